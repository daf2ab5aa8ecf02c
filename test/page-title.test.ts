// The document's title printed above the page ("Headline | Site"): it names the headline, and is dropped.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDetailed } from '../src/index.js';
import { toLines } from '../src/pipeline/lines.js';
import { findPageTitle } from '../src/rules/page-title.js';

const fixture = readFileSync(new URL('../fixtures/page-title-first/input.txt', import.meta.url), 'utf8');
const page = (...texts: string[]): ReturnType<typeof toLines> => toLines(texts.join('\n\n') + '\n');

describe('findPageTitle', () => {
  it.each([
    ['Ferry Cuts Two Sailings | Kestrel Bay Courier', 'Ferry Cuts Two Sailings'],
    ['Ferry Cuts Two Sailings - Example News', 'Ferry Cuts Two Sailings'],
    ['Kestrel Bay Courier – Ferry Cuts Two Sailings', 'Ferry Cuts Two Sailings'],
    ['Harbour Plan: Vote - Part 2 - Example News', 'Harbour Plan: Vote - Part 2'],
  ])('%s names %s', (title, headline) => {
    const lines = page(title, 'Home', 'News', headline, 'The ferry company will run two fewer sailings a day from November.');
    const found = findPageTitle(lines, 0);
    expect(found && lines[found.headline]!.text).toBe(headline);
    expect(found && lines[found.title]!.text).toBe(title);
  });

  it('names no headline with a site name or a menu item, nor without a separator', () => {
    expect(findPageTitle(page('Home | Example News', 'News', 'Home', 'Some text of the page.'), 0)).toBeUndefined();
    expect(findPageTitle(page('The Example Blog', 'Posts', 'The Example Blog'), 0)).toBeUndefined();
    expect(findPageTitle(page('Ferry Cuts Two Sailings | A Very Long Name Of A Site Of Many Words', 'Ferry Cuts Two Sailings'), 0)).toBeUndefined();
  });
});

describe('a page with its title above it', () => {
  it('keeps the headline the title names, and drops the title line', () => {
    const [a] = cleanDetailed(fixture);
    expect(a!.article.headline).toBe('Ferry Company Cuts Two Winter Sailings');
    expect(a!.decisions.find((d) => d.rule === 'page-title')?.line.text).toBe('Ferry Company Cuts Two Winter Sailings | Kestrel Bay Courier');
    expect(a!.article.body).not.toContain('Kestrel Bay Courier');
  });
});
