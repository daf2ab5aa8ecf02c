// What a --jobs thread holds of a source's events while they wait for the output: articles formatted
// ahead (or stripped of their decisions), copies and empty articles left out; everything else as it is.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDetailed } from '../src/index.js';
import { createFormatter } from '../src/format/formatter.js';
import { eventCompactor } from '../src/run/compact.js';
import type { SourceEvent } from '../src/run/clean-source.js';
import type { CleanedArticle } from '../src/types.js';

const cleaned = cleanDetailed(readFileSync('fixtures/seed-layout/input.txt', 'utf8'), { source: 'a.txt' });
const copy: CleanedArticle = { ...cleaned[0]!, duplicate: true };
const empty: CleanedArticle = { article: { index: 9, source: 'a.txt', headline: '', captions: [], body: '' }, decisions: [] };
const articles: SourceEvent = { type: 'articles', articles: [...cleaned, copy, empty] };

describe('eventCompactor', () => {
  it('formats the written articles ahead, the part that does not depend on their place', async () => {
    const compact = await eventCompactor({ withDecisions: false, format: { name: 'md', options: {} } });
    const formatter = await createFormatter('md');
    expect(compact(articles)).toEqual({ type: 'formatted', bodies: cleaned.map((c) => formatter.body!(c.article)) });
  });

  it('keeps articles without their decisions when there is no format', async () => {
    const compact = await eventCompactor({ withDecisions: false });
    expect(compact(articles)).toEqual({ type: 'articles', articles: cleaned.map((c) => ({ article: c.article, decisions: [] })) });
  });

  it('leaves events as they are when decisions are wanted, and other events always', async () => {
    const explained = await eventCompactor({ withDecisions: true, format: { name: 'jsonl', options: {} } });
    expect(explained(articles)).toBe(articles);
    const formatted = await eventCompactor({ withDecisions: false, format: { name: 'jsonl', options: {} } });
    const read: SourceEvent = { type: 'read', bytes: 10 };
    expect(formatted(read)).toBe(read);
  });
});
