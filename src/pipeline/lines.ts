// text chunks → numbered lines. LF, CRLF and CR all end a line, also when a CRLF is split across chunks.
import type { Line } from '../types.js';

const BREAK = /\r\n|\r|\n/g;

export class LineSplitter {
  private carry = '';
  private n = 0;
  /** The previous chunk ended in CR: a LF at the start of the next one belongs to it. */
  private afterCR = false;

  push(chunk: string, out: Line[] = []): Line[] {
    if (chunk.length === 0) return out;
    let start = 0;
    if (this.afterCR && chunk.charCodeAt(0) === 10) start = 1;
    this.afterCR = false;
    BREAK.lastIndex = start;
    let match: RegExpExecArray | null;
    while ((match = BREAK.exec(chunk)) !== null) {
      const end = match.index;
      // A CR at the very end may be the first half of a CRLF.
      if (match[0] === '\r' && end === chunk.length - 1) this.afterCR = true;
      const piece = chunk.slice(start, end);
      const text = this.carry.length > 0 ? this.carry + piece : piece;
      this.carry = '';
      out.push({ n: ++this.n, text: text.trim() });
      start = BREAK.lastIndex;
    }
    if (start < chunk.length) this.carry += chunk.slice(start);
    return out;
  }

  /** The last line, if the input did not end with a line break. */
  end(out: Line[] = []): Line[] {
    if (this.carry.length > 0) out.push({ n: ++this.n, text: cleanLine(this.carry) });
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

/** The line without its outer whitespace (NBSP included); a line of only zero-width marks is blank. */
export function cleanLine(raw: string): string {
  const text = raw.trim();
  const c = text.charCodeAt(0);
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff ? text.replace(INVISIBLE_ONLY, '') : text;
}
