// Lines of code inside an article: kept, and they no longer cut the article before its first paragraph.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDetailed } from '../src/index.js';
import { isCodeLine, isPageScript } from '../src/rules/code.js';
import { toLines } from '../src/pipeline/lines.js';
import { splitArticles } from '../src/pipeline/split.js';

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

describe("a page's style sheet and scripts printed as text (a naive HTML-to-text converter)", () => {
  it.each([
    '.nav a:hover,.nav a:focus{color:#c00;text-decoration:underline}',
    '@media (max-width: 600px){.sidebar{display:none}}',
    '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Library reopens"}',
    '[{"id":1,"title":"Library reopens"}]',
    "gtag('js', new Date());",
    `(function(d,s,id){var js,fjs=d.getElementsByTagName(s)[0];if(d.getElementById(id))return;js=d.createElement(s);js.id=id;js.src="//connect.facebook.net/en_US/sdk.js";fjs.parentNode.insertBefore(js,fjs);}(document,'script','facebook-jssdk'));`,
  ])('%s is page script', (text) => {
    expect(isPageScript(text)).toBe(true);
  });

  it.each([
    'The children\'s room has a reading corner; the chairs (new) and the radiators (old) work; the roof (mended) holds.',
    `The council (which met on Tuesday) said the plan (the third) would go ahead; the mayor (Ana Lima) agreed; the opposition (two members) did not. ${'It was a long night. '.repeat(4)}`,
    '{Library} reopens after a year of repairs',
    'Library reopens after a year of repairs',
  ])('%s is not', (text) => {
    expect(isPageScript(text)).toBe(false);
  });

  it('drops them above and below the article, so none is taken for its headline or its text', () => {
    const [a] = cleanDetailed(fixture('page-with-scripts'));
    expect(a!.article.headline).toBe('Library reopens after a year of repairs');
    expect(a!.article.body).not.toMatch(/[{};]$/mu);
    expect(a!.decisions.filter((d) => d.rule === 'page-script')).toHaveLength(10);
  });

  it("leaves a news template under them to the header rules: the headline, the caption pair, the widget", () => {
    const scripts = ".site-header{display:flex;align-items:center}\n.nav a:hover{color:#c00}\n@media (max-width: 600px){.sidebar{display:none}}\n\nwindow.dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}\ngtag('js', new Date());\ngtag('config', 'G-EXAMPLE1');\n\n";
    const caption = 'The reading room, repainted.';
    const body = 'The library reopened on Monday after a year of repairs to its roof and its reading room.';
    const [a] = cleanDetailed(`${scripts}Library reopens\n\n${caption}\n${caption}\nTT\n20\n\nLibrary reopens\n\n${caption}\n${caption}\n\n${body}\n`);
    expect(a!.article).toMatchObject({ headline: 'Library reopens', captions: [caption], body });
    expect(a!.decisions.filter((d) => d.rule === 'page-script')).toHaveLength(7);
  });

  it('makes no page of its own: a skip link after scripts and a short menu starts no new article', () => {
    const text = fixture('page-with-scripts');
    const menu = (from: number, n: number): string => Array.from({ length: n }, (_, k) => `Section ${from + k}`).join('\n\n');
    // 25 menu lines above the skip link (a page edge needs 30 lines of page before it), 30 below.
    const page = text.replace('Skip to main content', `${menu(1, 25)}\n\nSkip to main content\n\n${menu(26, 30)}`);
    expect(splitArticles(toLines(page))).toHaveLength(1);
  });
});

describe("an article's own code at its end", () => {
  it('stays: only a style rule, a data block or a minified script among the last lines marks them as the page\'s', () => {
    const text = [
      'How to total a column',
      'The spreadsheet can add up a column for you, but a short script does the same in one line, and it can run every night without anyone opening the file.',
      'Here is the whole of it, the last line printing the result:',
      'const total = rows.reduce((sum, row) => sum + row.amount, 0);',
      'console.log(total);',
    ].join('\n\n');
    const [a] = cleanDetailed(`${text}\n`);
    expect(a!.article.body).toContain('console.log(total);');
    const [b] = cleanDetailed(`${text}\n\n.footer a{color:#c00}\n`);
    expect(b!.article.body).not.toContain('console.log(total);');
  });
});
