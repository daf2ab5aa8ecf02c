import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { clean } from '../src/index.js';
import fc from 'fast-check';
import { createFormatter } from '../src/format/formatter.js';
import { toRecord } from '../src/format/record.js';
import type { Article, OutputFormat } from '../src/types.js';

const article = (over: Partial<Article> = {}): Article => ({
  index: 0,
  source: '-',
  headline: 'A Headline',
  captions: ['A caption (AP)'],
  body: 'First paragraph.\n\nSecond paragraph.',
  ...over,
});

async function render(format: OutputFormat, articles: Article[], captions = true): Promise<string> {
  const f = await createFormatter(format, { captions });
  return f.start() + articles.map((a) => f.article(a)).join('') + f.end();
}

describe('jsonl and json', () => {
  it('writes one object a line with a fixed key order', async () => {
    const out = await render('jsonl', [article(), article({ index: 1, byline: 'By Ana', date: 'Monday, 1 May, 2023' })]);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(Object.keys(JSON.parse(lines[0]!))).toEqual(['index', 'source', 'headline', 'captions', 'body']);
    expect(Object.keys(JSON.parse(lines[1]!))).toEqual(['index', 'source', 'headline', 'byline', 'date', 'captions', 'body']);
  });

  it('leaves captions out when asked', async () => {
    expect(JSON.parse(await render('jsonl', [article()], false))).not.toHaveProperty('captions');
  });

  it('prints exactly what JSON.stringify prints for the record (escapes, lone surrogates, optional fields)', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(
        fc.record({ source: text, headline: text, byline: fc.option(text, { nil: undefined }), date: fc.option(text, { nil: undefined }), captions: fc.array(text, { maxLength: 3 }), body: text }),
        fc.boolean(),
        fc.nat(10_000),
        async (fields, captions, index) => {
          const a: Article = { index, ...fields };
          if (a.byline === undefined) delete a.byline;
          if (a.date === undefined) delete a.date;
          expect(await render('jsonl', [a], captions)).toBe(JSON.stringify(toRecord(a, { captions })) + '\n');
        },
      ),
    );
  });

  it('writes a valid JSON array, also when empty', async () => {
    expect(JSON.parse(await render('json', []))).toEqual([]);
    const parsed = JSON.parse(await render('json', [article(), article({ index: 1 })])) as unknown[];
    expect(parsed).toHaveLength(2);
  });
});

describe('text', () => {
  it('reads back as the same articles', async () => {
    const articles = [
      article({ captions: [] }),
      article({ index: 1, headline: 'Second', captions: [], body: 'A short one.\n\nThe second article has another body, long enough to read as prose on its own.\n\nEnd.' }),
    ];
    const text = await render('text', articles);
    expect(clean(text).map(({ headline, body }) => ({ headline, body }))).toEqual(
      articles.map(({ headline, body }) => ({ headline, body })),
    );
  });
});

describe('markdown', () => {
  const tricky = ['1. Not a list.', '* Not a bullet.', '# Not a heading.', '[x] Not a task.', '---', '> not a quote', 'a_b_c *x* `y` <b>'];

  it('parses back to one heading per article and the body paragraphs unchanged', async () => {
    const articles = [article({ body: tricky.join('\n\n') }), article({ index: 1, headline: 'Two #2 *x*' })];
    const tree = fromMarkdown(await render('md', articles)) as Root;
    const headings = tree.children.filter((n) => n.type === 'heading');
    expect(headings.map((h) => toString(h))).toEqual(['A Headline', 'Two #2 *x*']);
    const paragraphs = tree.children.filter((n) => n.type === 'paragraph').map((p) => toString(p));
    for (const p of tricky) expect(paragraphs).toContain(p);
    expect(tree.children.filter((n) => n.type === 'thematicBreak')).toHaveLength(1);
    const quotes = tree.children.filter((n) => n.type === 'blockquote').map((q) => toString(q));
    expect(quotes[0]).toBe('A caption (AP)');
  });
});
