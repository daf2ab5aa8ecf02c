// The line splitter's fast path (indexOf, a CR scan per chunk) against the plain definition of a
// line, for every way of cutting the input into chunks.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineSplitter } from '../src/pipeline/lines.js';
import type { Line } from '../src/types.js';

/** The definition: LF, CRLF and CR each end a line; the last line may lack a break. */
function referenceLines(text: string): string[] {
  const parts = text.split(/\r\n|\r|\n/);
  if (parts[parts.length - 1] === '') parts.pop();
  return parts.map((p) => p.trim());
}

function splitInChunks(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let prev = 0;
  for (const c of at) chunks.push(text.slice(prev, c)), (prev = c);
  chunks.push(text.slice(prev));
  return chunks;
}

describe('LineSplitter', () => {
  it('cuts LF, CRLF and CR lines the same whatever the chunking', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', '\u00a0', '\r', '\n', '\r\n', 'TT', '“');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 8 }), (parts, cuts) => {
        const text = parts.join('');
        const splitter = new LineSplitter();
        const lines: Line[] = [];
        for (const chunk of splitInChunks(text, cuts)) splitter.push(chunk, lines);
        splitter.end(lines);
        expect(lines.map((l) => l.text)).toEqual(referenceLines(text));
        expect(lines.map((l) => l.n)).toEqual(lines.map((_, i) => i + 1));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a CRLF whole when the chunk boundary falls between CR and LF', () => {
    const splitter = new LineSplitter();
    const lines = splitter.push('one\r');
    splitter.push('\ntwo\r\n', lines);
    splitter.end(lines);
    expect(lines.map((l) => l.text)).toEqual(['one', 'two']);
  });
});
