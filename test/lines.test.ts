import { describe, expect, it } from 'vitest';
import { LineSplitter, toLines } from '../src/pipeline/lines.js';

const texts = (s: string): string[] => toLines(s).map((l) => l.text);

describe('lines', () => {
  it('ends lines at LF, CRLF and CR alike', () => {
    expect(texts('a\nb\r\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('numbers lines from 1 and keeps blank lines', () => {
    expect(toLines('x\n\ny\n')).toEqual([
      { n: 1, text: 'x' },
      { n: 2, text: '' },
      { n: 3, text: 'y' },
    ]);
  });

  it('trims outer whitespace, NBSP included, and leaves inner text alone', () => {
    expect(texts('  He said\u00a0“no” — twice.\u00a0 \n\t \n')).toEqual(['He said\u00a0“no” — twice.', '']);
  });

  it('keeps a last line without a final newline', () => {
    expect(texts('a\nb')).toEqual(['a', 'b']);
  });

  it('does not see an empty line when a CRLF is split across chunks', () => {
    const s = new LineSplitter();
    const out = [...s.push('one\r'), ...s.push('\ntwo\r'), ...s.push('\r\nthree'), ...s.end()];
    expect(out.map((l) => l.text)).toEqual(['one', 'two', '', 'three']);
  });

  it('joins a line split across many chunks', () => {
    const s = new LineSplitter();
    const out = ['He', 'adl', 'ine\nBo', 'dy'].flatMap((c) => s.push(c));
    out.push(...s.end());
    expect(out.map((l) => l.text)).toEqual(['Headline', 'Body']);
  });
});
