import { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean, cleanDetailed, cleanStream, LineRole } from '../src/index.js';

const dump = readFileSync(new URL('../fixtures/seed-layout/input.txt', import.meta.url), 'utf8');

describe('library API', () => {
  it('cleanStream gives what clean gives, whatever the chunking', async () => {
    const expected = clean(dump);
    const bytes = Buffer.from(dump, 'utf8');
    for (const size of [1, 7, 64, 4096]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const got = [];
      for await (const a of cleanStream(Readable.from(chunks))) got.push(a);
      expect(got).toEqual(expected);
    }
  });

  it('cleanDetailed gives one decision per input line of each article', () => {
    const detailed = cleanDetailed(dump);
    const numbers = detailed.flatMap((c) => c.decisions.map((d) => d.line.n));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(detailed[0]!.decisions[0]!.role).toBe(LineRole.Headline);
  });

  it('names the source', () => {
    expect(clean(dump, { source: 'day1.txt' }).every((a) => a.source === 'day1.txt')).toBe(true);
  });
});
