// Tables printed one cell per line: found by their period, kept inside the article, one row a line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDetailed } from '../src/index.js';
import { LineClass, type Scored } from '../src/pipeline/page.js';
import { CellPlace, findTables, tablePlaces } from '../src/pipeline/table.js';
import { languageByCode } from '../src/rules/language.js';
import { lineFactsIn } from '../src/pipeline/line-facts.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}/input.txt`, import.meta.url), 'utf8');
const en = languageByCode('en');

/** Lines as the page rules score them, with only the classes a table test needs. */
function lines(texts: readonly string[]): Scored[] {
  return texts.map((text, index) => {
    const facts = lineFactsIn(en)(text);
    const cls = text.length > 100 ? LineClass.Good : facts.features.words >= 4 ? LineClass.Plain : LineClass.Short;
    return { index, text, cls, facts };
  });
}

describe('tables', () => {
  it('finds the rows of a table printed one cell per line, its header row included', () => {
    const rows = [['1', 'Kestrel Rovers', '18'], ['2', 'Eastpier Athletic', '16'], ['3', 'Saltmarsh United', '13'], ['4', 'Lantern Hill', '7']];
    const places = tablePlaces(lines(['Pos.', 'Team', 'Points', ...rows.flat()]));
    expect([...places]).toEqual([1, 2, 2, 1, 2, 2, 1, 2, 2, 1, 2, 2, 1, 2, 2]);
  });

  it('leaves menus and two-column lists alone', () => {
    const menu = tablePlaces(lines(['Home', 'News', 'Sport', 'Weather', 'Opinion', 'Culture', 'Travel', 'Food', 'Money', 'Video', 'Live', 'Podcasts']));
    expect(menu.every((p) => p === CellPlace.None)).toBe(true);
    const ranked = tablePlaces(lines(['1', 'Ferry times change', '2', 'Library opens', '3', 'Rail strike off', '4', 'New pier', '5', 'Storm warning']));
    expect(ranked.every((p) => p === CellPlace.None)).toBe(true);
  });

  it('finds a data list (one shape, figures inside), not a numbered list of titles', () => {
    const calendar = ['Race 1: 14 March – Kestrel Bay', 'Race 2: 11 April – Millbrook', 'Race 3: 9 May – Saltmarsh Point', 'Race 4: 13 June – Lantern Hill', 'Race 5: 18 July – Old Quay'];
    expect([...findTables(lines(calendar)).places]).toEqual([3, 3, 3, 3, 3]);
    const contents = ['1. Why the harbour silted up', '2. The first dredging plans', '3. A century of ferries', '4. The new east pier', '5. What comes next for the bay'];
    expect(findTables(lines(contents)).places.every((p) => p === CellPlace.None)).toBe(true);
  });

  it('keeps a calendar under the headline though share buttons stand between it and the text', () => {
    const [a] = cleanDetailed(fixture('page-data-list'));
    expect(a!.article.headline).toBe('Harbour Regatta Calendar 2026');
    const body = a!.article.body.split('\n\n');
    expect(body[0]).toBe('Race 1: 14 March – Kestrel Bay');
    expect(body).toHaveLength(7);
    expect(a!.decisions.filter((d) => d.rule === 'data-row')).toHaveLength(6);
  });

  it('keeps a standings table inside a page article, one row a paragraph', () => {
    const [a] = cleanDetailed(fixture('page-standings-table'));
    const body = a!.article.body.split('\n\n');
    expect(body).toContain('Pos. Team Played Won Points');
    expect(body).toContain('1 Kestrel Rovers 7 6 18');
    expect(body).toContain('6 Old Quay Wanderers 7 0 1');
    expect(body.at(-1)).toMatch(/^The eighth round/);
    expect(a!.decisions.filter((d) => d.rule === 'table-cell')).toHaveLength(35);
  });
});
