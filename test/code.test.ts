// Lines of code inside an article: kept, and they no longer cut the article before its first paragraph.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDetailed } from '../src/index.js';
import { isCodeLine } from '../src/rules/code.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}/input.txt`, import.meta.url), 'utf8');

describe('code lines', () => {
  it.each(['$ tides fetch --station kestrel-bay', '#include <stdio.h>', 'console.log(total);', 'player.setav speedmult 120', 'int main() {'])('%s is code', (text) => {
    expect(isCodeLine(text)).toBe(true);
  });

  it.each([
    'harbourgazette.com',
    'ferry-map.jpg',
    'Tag: example.org',
    'IAB.U (quarterly)',
    'violates the rules of the forum, for example by posting the same message again and again ("flooding");',
    '// Press enter to search',
  ])('%s is not', (text) => {
    expect(isCodeLine(text)).toBe(false);
  });

  it('keeps the commands between the headline and the first paragraph', () => {
    const [a] = cleanDetailed(fixture('page-code-lines'));
    const body = a!.article.body.split('\n\n');
    expect(body.slice(0, 4)).toEqual(['Two commands update the tables', '$ tides fetch --station kestrel-bay', '$ tides publish', 'tides.config refresh 30']);
    expect(a!.decisions.filter((d) => d.rule === 'code-line')).toHaveLength(3);
  });
});
