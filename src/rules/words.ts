// Words as /[\p{L}\p{N}]+/gu finds them, found by one scan over the text with a table per code unit
// (no match objects, no regex per word): the hot path of the headline search.
import type { Language } from './language.js';
import { FNV_OFFSET, FNV_PRIME, hashRange, stopwordTable, type WordTable } from './word-table.js';

export const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet known, 1 a letter or digit, 2 not (a lone surrogate is neither). */
const BMP = new Uint8Array(0x10000);

export function isLetterOrNumberUnit(c: number): boolean {
  let known = BMP[c]!;
  if (known === 0) BMP[c] = known = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

/** Lower-cased BMP code units, by unit: 0 not yet known, -1 none that stands alone (see lowerUnit). */
const LOWER = new Int32Array(0x10000);
const CAPITAL_SIGMA = 0x3a3;

/**
 * The unit `c` (not a surrogate) becomes in text.toLowerCase(), or -1 when that depends on more than
 * the unit: İ becomes two units, Σ becomes σ or ς by what follows it. Every other BMP unit lower-cases
 * on its own, to one BMP unit.
 */
export function lowerUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let known = LOWER[c]!;
  if (known === 0) {
    const lower = String.fromCharCode(c).toLowerCase();
    LOWER[c] = known = c === CAPITAL_SIGMA || lower.length !== 1 ? -1 : lower.charCodeAt(0);
  }
  return known;
}

/**
 * Lower-cased words that are not stopwords; for scripts without spaces, character pairs. The same
 * words, in the same order, as matching /[\p{L}\p{N}]+/gu on the lower-cased text and testing each
 * word for kana or CJK ideographs (/[\u3040-\u30ff\u3400-\u9fff]/u).
 */
export function contentWordsOf(text: string, lang: Language): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  const words = new ContentWords(lower, lang);
  while (words.next()) out.push(lower.slice(words.start, words.end));
  return out;
}

/**
 * The content words of an already lower-cased text (those of contentWordsOf), as ranges, one at a
 * time: `while (words.next()) use(words.start, words.end)`. For callers that only look words up
 * (in a WordTable), so no word string is made.
 */
export class ContentWords {
  /** The current word is lower[start, end), and `hash` its hashRange (to look it up in a WordTable). */
  start = 0;
  end = 0;
  hash = 0;
  /** Where the scan for the next word goes on. */
  private at = 0;
  /** Inside a word of an unspaced script: its next character pair starts here, and the word ends at pairsEnd. */
  private nextPair = -1;
  private pairsEnd = 0;
  private readonly table: WordTable;

  constructor(
    private readonly lower: string,
    private readonly lang: Language,
  ) {
    this.table = stopwordTable(lang.stopwords);
  }

  next(): boolean {
    if (this.nextPair >= 0) {
      if (this.nextPair + 1 < this.pairsEnd) return this.pair(this.nextPair++);
      this.nextPair = -1;
    }
    const lower = this.lower;
    const n = lower.length;
    let i = this.at;
    while (i < n) {
      let unit = unitAt(lower, i, n);
      if (unit === Unit.Gap || unit === Unit.PairGap) {
        i += unit === Unit.Gap ? 1 : 2;
        continue;
      }
      // A word: lower[start, end), hashed as it is read (the hashRange of the range).
      const start = i;
      let cjk = false;
      let hash = FNV_OFFSET;
      for (;;) {
        hash = Math.imul(hash ^ lower.charCodeAt(i), FNV_PRIME);
        if (unit === Unit.PairWord) {
          hash = Math.imul(hash ^ lower.charCodeAt(i + 1), FNV_PRIME);
          i += 2;
        } else {
          if (unit === Unit.CjkWord) cjk = true;
          i++;
        }
        // Most words are ASCII: their letters are read and hashed here, one charCodeAt each, and
        // unitAt is asked only about the unit that ends the run (~1/3 of the scan's time on a page).
        let c = 0;
        while (i < n && isAsciiWordUnit((c = lower.charCodeAt(i)))) {
          hash = Math.imul(hash ^ c, FNV_PRIME);
          i++;
        }
        unit = i >= n || c < 128 ? Unit.Gap : unitAt(lower, i, n);
        if (unit !== Unit.Word && unit !== Unit.CjkWord && unit !== Unit.PairWord) break;
      }
      const end = i;
      // The scan goes on after the gap that ended the word.
      i += unit === Unit.PairGap ? 2 : 1;
      this.at = i;
      if (this.lang.unspaced || cjk) {
        // Every pair of neighbouring characters is a word.
        if (end - start >= 2) {
          this.nextPair = start + 1;
          this.pairsEnd = end;
          return this.pair(start);
        }
      } else if (end - start > 1) {
        // Hashed once: for the stopword table here, and for the caller's look-up.
        if (this.table.findHashed(lower, start, end, false, hash) === undefined) return this.take(start, end, hash);
      }
    }
    this.at = n + 1;
    return false;
  }

  private take(start: number, end: number, hash: number): true {
    this.start = start;
    this.end = end;
    this.hash = hash;
    return true;
  }

  /** The pair of characters from `start` on. */
  private pair(start: number): true {
    return this.take(start, start + 2, hashRange(this.lower, start, start + 2, false));
  }
}

/** What the code unit at i is to the word scan: in a word or not, and how many units it takes. */
const enum Unit {
  Gap,
  Word,
  /** A letter in kana or CJK ideographs (/[\u3040-\u30ff\u3400-\u9fff]/u). */
  CjkWord,
  /** A surrogate pair that is a letter or digit, and one that is not. */
  PairWord,
  PairGap,
}

/** An ASCII letter or digit. */
function isAsciiWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

function unitAt(lower: string, i: number, n: number): Unit {
  const c = lower.charCodeAt(i);
  if (c < 128) return isAsciiWordUnit(c) ? Unit.Word : Unit.Gap;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && isLowSurrogate(lower.charCodeAt(i + 1))) {
    return LETTER_OR_NUMBER.test(lower.slice(i, i + 2)) ? Unit.PairWord : Unit.PairGap;
  }
  if (!isLetterOrNumberUnit(c)) return Unit.Gap;
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) ? Unit.CjkWord : Unit.Word;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Characters in kana, CJK ideographs or Hangul (what /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu matches), counted. */
export function countCjk(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isCjkUnit(text.charCodeAt(i))) n++;
  return n;
}

/** A UTF-16 code unit in kana, CJK ideographs or Hangul (see countCjk). */
export function isCjkUnit(c: number): boolean {
  return c >= 0x3040 && (c <= 0x30ff || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af));
}
