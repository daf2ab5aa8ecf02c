import { describe, expect, it } from 'vitest';
import { findFrontMatter, MetaField } from '../src/rules/front-matter.js';
import { clean } from '../src/index.js';

const lines = (text: string) => text.split('\n').map((t, i) => ({ n: i + 1, text: t }));

describe('a metadata header (trafilatura --with-metadata, static sites)', () => {
  it('is read: title, author and date, a list under a key, the closing fence', () => {
    const meta = findFrontMatter(lines('---\ntitle: "Harbour: a plan"\nauthor: Jane Roe\ntags:\n- harbour\ndate: 2026-03-12\n---\nText.'));
    expect(meta?.end).toBe(7);
    expect(meta?.fields.map((f) => [f.at, f.field, f.value])).toEqual([
      [0, MetaField.Other, ''],
      [1, MetaField.Title, 'Harbour: a plan'],
      [2, MetaField.Author, 'Jane Roe'],
      [3, MetaField.Other, ''],
      [4, MetaField.Other, ''],
      [5, MetaField.Date, '2026-03-12'],
      [6, MetaField.Other, ''],
    ]);
  });

  it.each([
    ['"Harbour: a plan"', 'Harbour: a plan'],
    ["'It''s the harbour'", "It's the harbour"],
    ['"The \\"new\\" quay"', 'The "new" quay'],
    // Written raw, not as YAML: the quotes are the headline's own.
    ["'Neutral' inspector asks: 'Why the quay?'", "'Neutral' inspector asks: 'Why the quay?'"],
    ['"Fix it" says mayor, "now"', '"Fix it" says mayor, "now"'],
  ])('reads the title %s as %s', (title, headline) => {
    expect(findFrontMatter(lines(`---\ntitle: ${title}\n---\nText.`))?.fields[1]?.value).toBe(headline);
  });

  it('stays with the seed-layout article under it: the headline twice around the widget splits nothing', () => {
    const seed = 'Harbour Plan Approved\n\nTT\n20\n\nHarbour Plan Approved\n\nThe council agreed the harbour plan on Tuesday, after a long debate.\n';
    const out = clean(`---\ntitle: Harbour Plan Approved\nauthor: Jane Roe\nurl: https://example.com/a\nhostname: example.com\ndate: 2026-03-12\n---\n${seed}`);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ headline: 'Harbour Plan Approved', byline: 'Jane Roe', body: 'The council agreed the harbour plan on Tuesday, after a long debate.' });
  });

  it.each([
    ['a rule above prose', '---\nThe council met on Tuesday.\n---\n'],
    ['no title', '---\nauthor: Jane Roe\n---\n'],
    ['no closing fence', '---\ntitle: Harbour plan\nauthor: Jane Roe\n\nThe council met.'],
    ['not at the top', 'Harbour plan\n---\ntitle: Harbour plan\n---\n'],
  ])('is not found in %s', (_, text) => {
    expect(findFrontMatter(lines(text))).toBeUndefined();
  });

  it('gives the headline, byline and date, and keeps the article own headline line when the title adds the site name', () => {
    const body = 'The council agreed the harbour plan on Tuesday, after a debate that ran late into the evening.';
    const [withLine] = clean(`---\ntitle: Harbour Plan Approved | Example Gazette\nauthor: Jane Roe\ndate: 2026-03-12\nurl: https://example.com/a\n---\nHarbour Plan Approved\n\n${body}\n`);
    expect(withLine).toMatchObject({ headline: 'Harbour Plan Approved', byline: 'Jane Roe', date: '2026-03-12', body });
    const [withoutLine] = clean(`---\ntitle: Harbour Plan Approved\nurl: https://example.com/a\n---\n${body}\n`);
    expect(withoutLine).toMatchObject({ headline: 'Harbour Plan Approved', body });
  });
});

describe("a reader service's header (Jina Reader: Title, URL Source, Markdown Content)", () => {
  const header = 'Title: Harbour plan | Example News\n\nURL Source: https://www.example.com/harbour\n\nPublished Time: 2026-03-12T08:00:00Z\n\nMarkdown Content:\n';
  it('is read: the title, the date, the address, up to "Markdown Content:"', () => {
    const meta = findFrontMatter(lines(`${header}# Harbour plan\n\nThe council met.`));
    expect(meta?.end).toBe(7);
    expect(meta?.fields.map((f) => [f.at, f.field, f.value])).toEqual([
      [0, MetaField.Title, 'Harbour plan | Example News'],
      [2, MetaField.Other, 'https://www.example.com/harbour'],
      [4, MetaField.Date, '2026-03-12T08:00:00Z'],
      [6, MetaField.Other, ''],
    ]);
  });

  it.each([
    ['no address', 'Title: Harbour plan\n\nMarkdown Content:\nText.'],
    ['no "Markdown Content:"', 'Title: Harbour plan\n\nURL Source: https://www.example.com/harbour\n\nThe council met on Tuesday.'],
  ])('is not found with %s', (_, text) => {
    expect(findFrontMatter(lines(text))).toBeUndefined();
  });

  it('gives the article the headline it prints, its date, and none of the header as text', () => {
    const [a] = clean(`${header}Harbour plan\n\nThe council met on Tuesday evening and agreed the plan for the new quay.\n`);
    expect(a!.headline).toBe('Harbour plan');
    expect(a!.date).toBe('2026-03-12T08:00:00Z');
    expect(a!.body).toBe('The council met on Tuesday evening and agreed the plan for the new quay.');
  });
});

