// text chunks → numbered lines. LF, CRLF and CR all end a line, also when a CRLF is split across chunks.
import type { Line } from '../types.js';

const LF = 10;

export interface LineOptions {
  /** A line that grows past this many characters is broken there (the memory cap; default: none). */
  maxLineChars?: number;
  /** Called with the number of a line that was broken at the cap. */
  onCap?: (n: number) => void;
}

export class LineSplitter {
  private carry = '';
  private n = 0;
  /** The previous chunk ended in CR: a LF at the start of the next one belongs to it. */
  private afterCR = false;
  private readonly maxChars: number;
  private readonly onCap: ((n: number) => void) | undefined;

  constructor(options: LineOptions = {}) {
    this.maxChars = options.maxLineChars ?? Infinity;
    this.onCap = options.onCap;
  }

  // Hot path: one indexOf per line (a regex alternation per line cost twice as much), and one scan
  // per chunk to learn whether it holds a CR at all.
  push(chunk: string, out: Line[] = []): Line[] {
    if (chunk.length === 0) return out;
    let start = 0;
    if (this.afterCR && chunk.charCodeAt(0) === LF) start = 1;
    this.afterCR = false;
    let cr = chunk.indexOf('\r', start);
    if (cr === -1) {
      for (let lf = chunk.indexOf('\n', start); lf !== -1; lf = chunk.indexOf('\n', start)) {
        this.emit(chunk, start, lf, out);
        start = lf + 1;
      }
    } else {
      let lf = chunk.indexOf('\n', start);
      while (lf !== -1 || cr !== -1) {
        if (cr === -1 || (lf !== -1 && lf < cr)) {
          this.emit(chunk, start, lf, out);
          start = lf + 1;
        } else {
          this.emit(chunk, start, cr, out);
          // CRLF is one break; a CR at the very end may be the first half of one.
          if (cr + 1 === chunk.length) this.afterCR = true;
          start = chunk.charCodeAt(cr + 1) === LF ? cr + 2 : cr + 1;
          cr = chunk.indexOf('\r', start);
        }
        if (lf !== -1 && lf < start) lf = chunk.indexOf('\n', start);
      }
    }
    if (start < chunk.length) this.carry += chunk.slice(start);
    if (this.carry.length > this.maxChars) {
      // A line without end (a dump that lost its line breaks): hand it on in pieces, not in one string.
      out.push({ n: ++this.n, text: this.carry.trim() });
      this.carry = '';
      this.onCap?.(this.n);
    }
    return out;
  }

  private emit(chunk: string, start: number, end: number, out: Line[]): void {
    const piece = chunk.slice(start, end);
    const text = this.carry.length > 0 ? this.carry + piece : piece;
    this.carry = '';
    out.push({ n: ++this.n, text: text.trim() });
  }

  /** The last line, if the input did not end with a line break. */
  end(out: Line[] = []): Line[] {
    if (this.carry.length > 0) out.push({ n: ++this.n, text: this.carry.trim() });
    this.carry = '';
    return out;
  }

  /** Lines numbered so far: after `end()`, the number of lines in the source. */
  get lineCount(): number {
    return this.n;
  }

  /** Characters held for a line that has not ended yet (a very long line grows this). */
  get pendingLength(): number {
    return this.carry.length;
  }
}

/** All lines of a whole text. */
export function toLines(text: string): Line[] {
  const splitter = new LineSplitter();
  return splitter.end(splitter.push(text));
}

const INVISIBLE_ONLY = /^[\u200b-\u200d\u2060\ufeff]+$/;

/**
 * Only zero-width marks: blank to a reader, but text to the splitter (an article gap is made of
 * truly blank lines): the page rules treat it as blank, wherever it stands.
 */
export function isInvisibleLine(text: string): boolean {
  // Asked of every line of a page: the first character answers for nearly all.
  const first = text.charCodeAt(0);
  return (first === 0x2060 || first === 0xfeff || (first >= 0x200b && first <= 0x200d)) && INVISIBLE_ONLY.test(text);
}
