// Finds the first invalid UTF-8 sequence in a byte stream, chunk by chunk, so the decoder can name its
// offset in one warning. Valid stretches go through the native Buffer check; the byte loop only runs
// around chunk edges and in the one chunk that holds the first bad sequence.
import { isUtf8 } from 'node:buffer';

export class Utf8Check {
  /** Offset of the first byte of the first invalid sequence, or -1 while all is valid. */
  firstBad = -1;
  private offset = 0;
  /** Continuation bytes still expected, and the range the next one must fall in (WHATWG rules). */
  private need = 0;
  private lower = 0x80;
  private upper = 0xbf;
  private seqStart = 0;

  push(bytes: Uint8Array): void {
    if (this.firstBad >= 0) return;
    let i = 0;
    while (this.need > 0 && i < bytes.length && this.firstBad < 0) this.step(bytes[i]!, this.offset + i++);
    if (this.firstBad < 0 && i < bytes.length) {
      const tail = incompleteTailStart(bytes);
      const fast = tail >= i && isUtf8(bytes.subarray(i, tail));
      for (let j = fast ? tail : i; j < bytes.length && this.firstBad < 0; j++) this.step(bytes[j]!, this.offset + j);
    }
    this.offset += bytes.length;
  }

  /** At end of input a sequence still open is truncated, hence invalid. */
  end(): void {
    if (this.firstBad < 0 && this.need > 0) this.firstBad = this.seqStart;
  }

  private step(b: number, at: number): void {
    if (this.need > 0) {
      if (b >= this.lower && b <= this.upper) {
        this.need--;
        this.lower = 0x80;
        this.upper = 0xbf;
        return;
      }
      this.firstBad = this.seqStart;
      return;
    }
    if (b < 0x80) return;
    this.seqStart = at;
    if (b >= 0xc2 && b <= 0xdf) this.need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      this.need = 2;
      if (b === 0xe0) this.lower = 0xa0;
      if (b === 0xed) this.upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      this.need = 3;
      if (b === 0xf0) this.lower = 0x90;
      if (b === 0xf4) this.upper = 0x8f;
    } else this.firstBad = at;
  }
}

/** Where a multi-byte character cut off by the chunk's end begins (bytes.length if none is). */
export function incompleteTailStart(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back]!;
    if (b < 0x80) return n;
    if (b >= 0xc0) {
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return length > back ? n - back : n;
    }
  }
  return n;
}

/** The first invalid offset of a whole buffer, or -1 (a character cut at the end counts only when `final`). */
export function firstInvalidUtf8(bytes: Uint8Array, final = true): number {
  const check = new Utf8Check();
  check.push(bytes);
  if (final) check.end();
  return check.firstBad;
}

/** Well-formed multi-byte characters and invalid sequences among the bytes (a character cut at the end is neither). */
export function countUtf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) {
      invalid++;
      i++;
      continue;
    }
    if (i + length > n) break;
    const bad = firstInvalidUtf8(bytes.subarray(i, i + length));
    if (bad < 0) valid++, (i += length);
    else invalid++, i++;
  }
  return { valid, invalid };
}
