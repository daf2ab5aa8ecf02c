import { describe, expect, it } from 'vitest';
import { createAnnotator, displayText, roleTag, TAG_WIDTH } from '../src/format/annotate.js';
import { RULES } from '../src/rules/catalog.js';
import { countWords, MAX_LISTED_ARTICLES } from '../src/format/annotate-summary.js';
import { cleanDetailed } from '../src/index.js';
import { LineRole, type CleanedArticle, type Decision } from '../src/types.js';
import { parseView, stripColour } from './helpers/annotate-view.js';

const d = (n: number, text: string, role: LineRole, rule: string, extra: Partial<Decision> = {}): Decision => ({
  line: { n, text },
  role,
  rule,
  ...extra,
});

const article = (index: number, headline: string, decisions: Decision[], body = '', captions: string[] = []): CleanedArticle => ({
  article: { index, source: 'x.txt', headline, captions, body },
  decisions,
});

const ESC = '\u001b[';

describe('roleTag', () => {
  it('names the role, and the rule for boilerplate', () => {
    expect(roleTag(d(1, 'Hi', LineRole.Headline, 'headline'))).toBe('headline');
    expect(roleTag(d(1, 'TT', LineRole.Widget, 'font-size-widget'))).toBe('widget');
    expect(roleTag(d(1, 'Share', LineRole.Boilerplate, 'share-buttons'))).toBe('bp:share-buttons');
    expect(roleTag(d(1, 'x', LineRole.Duplicate, 'caption-repeat'))).toBe('duplicate');
  });

  it('marks a continued paragraph with + and repaired text with *', () => {
    expect(roleTag(d(2, 'wrapped', LineRole.Body, 'body', { continues: true }))).toBe('body+');
    expect(roleTag(d(2, '> quoted', LineRole.Body, 'body', { text: 'quoted' }))).toBe('body*');
    expect(roleTag(d(2, 'same', LineRole.Body, 'body', { text: 'same' }))).toBe('body');
    expect(roleTag(d(2, '[1]Menu', LineRole.Boilerplate, 'navigation', { text: 'Menu' }))).toBe('bp:navigation');
  });
});

describe('displayText', () => {
  it('leaves ordinary text (tabs, quotes, NBSP) alone', () => {
    const text = 'a\tb “c” — d\u00a0e';
    expect(displayText(text)).toBe(text);
  });

  it('shows control characters as symbols, so the page cannot restyle the terminal', () => {
    expect(displayText('a\u001b[31mb\u0007\u007f\u0085')).toBe('a\u241b[31mb\u2407\u2421\ufffd');
  });
});

describe('createAnnotator', () => {
  const first = article(
    0,
    'Title',
    [
      d(2, 'Title', LineRole.Headline, 'headline'),
      d(3, '', LineRole.Blank, 'blank'),
      d(4, 'TT', LineRole.Widget, 'font-size-widget'),
      d(5, 'Menu', LineRole.Boilerplate, 'menu'),
      d(6, 'One two three.', LineRole.Body, 'body'),
      d(7, 'four five', LineRole.Body, 'body', { continues: true }),
    ],
    'One two three. four five',
  );
  const second = article(1, 'Next', [d(10, 'Next', LineRole.Headline, 'headline'), d(11, 'Six.', LineRole.Body, 'body')], 'Six.');

  const render = (colour: boolean): string => {
    const view = createAnnotator({ colour });
    return view.beginSource('x.txt') + view.article(first) + view.article(second) + view.endSource(13) + view.end();
  };

  it('shows every line once, the gaps between articles as blank', () => {
    const lines = parseView(render(false));
    expect(lines.map((l) => l.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(lines.map((l) => l.tag)).toEqual([
      'blank', 'headline', 'blank', 'widget', 'bp:menu', 'body', 'body+', 'blank', 'blank', 'headline', 'body', 'blank', 'blank',
    ]);
    expect(lines[4]!.text).toBe('Menu');
  });

  it('draws a boundary with the index and headline before each article', () => {
    const view = render(false);
    expect(view).toMatch(/^## x\.txt\n    1 blank +\|\n---- #0 Title -+\n    2 headline +\| Title\n/);
    expect(view).toMatch(/\n---- #1 Next -+\n   10 headline +\| Next\n/);
  });

  it('ends with a summary per article and in total', () => {
    const view = render(false);
    expect(view).toContain('#0 Title: kept 3 (headline 1, body 2); dropped 2 (font-size-widget 1, menu 1); blank 1; captions 0; words 5\n');
    expect(view).toContain('#1 Next: kept 2 (headline 1, body 1); dropped 0; blank 0; captions 0; words 1\n');
    expect(view).toContain('total: 2 articles, 13 lines: kept 5 (headline 2, body 3); dropped 2 (font-size-widget 1, menu 1); blank 1; captions 0; words 6 (+5 blank outside articles)\n');
  });

  it('writes no escape code without colour, and the same text with it', () => {
    const plain = render(false);
    const coloured = render(true);
    expect(plain).not.toContain('\u001b');
    expect(coloured).toContain(ESC);
    expect(stripColour(coloured)).toBe(plain);
  });

  it('dims dropped lines and gives the headline and captions their own colours', () => {
    const coloured = render(true);
    const lineOf = (n: number): string => coloured.split('\n').find((l) => stripColour(l).startsWith(String(n).padStart(5) + ' '))!;
    expect(lineOf(4)).toContain(`${ESC}2mTT`);
    expect(lineOf(5)).toContain(`${ESC}2mMenu`);
    expect(lineOf(2)).toContain(`${ESC}33mTitle`);
    // Body text in the normal colour: nothing opens after the gutter's bar closes.
    expect(lineOf(6).endsWith(`|${ESC}22m One two three.`)).toBe(true);
    const view = createAnnotator({ colour: true });
    const caption = view.article(article(0, 'H', [d(1, 'A photo.', LineRole.Caption, 'header-caption')], '', ['A photo.']));
    expect(caption).toContain(`${ESC}36mA photo.`);
  });

  it('lists at most MAX_LISTED_ARTICLES articles in the summary and counts them all', () => {
    const view = createAnnotator({ colour: false });
    for (let i = 0; i <= MAX_LISTED_ARTICLES; i++) view.article(article(i, `H${i}`, [d(i + 1, `H${i}`, LineRole.Headline, 'headline')]));
    view.endSource(MAX_LISTED_ARTICLES + 1);
    const summary = view.end();
    expect(summary).toContain(`\n#${MAX_LISTED_ARTICLES - 1} H${MAX_LISTED_ARTICLES - 1}: `);
    expect(summary).not.toContain(`\n#${MAX_LISTED_ARTICLES} `);
    expect(summary).toContain('\n… and 1 more article (not listed, counted in the total)\n');
    expect(summary).toContain(`\ntotal: ${MAX_LISTED_ARTICLES + 1} articles, `);
  });

  it('shows a duplicate article without an index, and counts it apart', () => {
    const view = createAnnotator({ colour: false });
    const copy: CleanedArticle = {
      ...article(0, 'Title', [d(1, 'Title', LineRole.Duplicate, 'duplicate-article'), d(2, 'Text.', LineRole.Duplicate, 'duplicate-article')], 'Text.'),
      duplicate: true,
    };
    const shown = view.article(first) + view.article(copy);
    expect(shown).toMatch(/\n---- \(duplicate, not written\) Title -+\n/);
    view.endSource(7);
    const summary = view.end();
    expect(summary).toContain('\n(duplicate, not written) Title: kept 0; dropped 2 (duplicate-article 2); blank 0; captions 0; words 0\n');
    expect(summary).toMatch(/\ntotal: 1 article \(\+1 duplicate not written\), 7 lines: /);
  });

  it('shows a long line whole', () => {
    const long = 'word '.repeat(400).trim();
    const view = createAnnotator({ colour: false }).article(article(0, 'H', [d(1, long, LineRole.Body, 'body')], long));
    expect(parseView(view)[0]!.text).toBe(long);
  });

  it('renders what the Cleaner decided for a dump', () => {
    const cleaned = cleanDetailed('Head\n\nCaption.\nCaption.\nTT\n20\n\nHead\n\nBody text here.\n');
    const view = createAnnotator({ colour: false });
    const lines = parseView(cleaned.map((c) => view.article(c)).join('') + view.endSource(10));
    expect(lines.map((l) => `${l.n}:${l.tag}`)).toEqual([
      '1:headline', '2:blank', '3:caption', '4:duplicate', '5:widget', '6:widget', '7:blank', '8:duplicate', '9:blank', '10:body',
    ]);
  });
});

describe('countWords', () => {
  it('counts whitespace-separated words', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('One two\n\nthree\u00a0four  five')).toBe(5);
  });
});

describe('TAG_WIDTH', () => {
  it('fits the tag of every rule in the catalogue', () => {
    for (const r of RULES) expect(`bp:${r.name}`.length, r.name).toBeLessThanOrEqual(TAG_WIDTH);
  });
});
