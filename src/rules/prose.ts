// How much a line reads like running text, in the spirit of jusText: length, stopword density and
// sentence punctuation. Cheap string work only; no tokenizer on the hot path.
import type { Language } from './language.js';
import { FNV_OFFSET, FNV_PRIME, stopwordTable } from './word-table.js';
import { countCjk, isCjkUnit } from './words.js';

export interface ProseFeatures {
  readonly chars: number;
  readonly words: number;
  /** Share of words (or, unspaced, of characters) that are stopwords. */
  readonly stopwordDensity: number;
  /** Ends like a sentence (., !, ?, closing quote, CJK full stop). */
  readonly sentenceEnd: boolean;
  /** Share of words that start with a capital letter (menus and headlines are Title Case). */
  readonly capitalised: number;
  /** Holds a digit (table rows, scores, dates). */
  readonly digits: boolean;
  /** Characters in kana, CJK ideographs or Hangul (counted in the same pass). */
  readonly cjk: number;
}

const DIGIT = /\d/;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code unit: 0 not yet known, 1 a letter or digit, 2 not (a lone surrogate is neither). */
const WORD_UNIT = new Uint8Array(0x10000);

function isSpace(c: number): boolean {
  // Most characters are printable ASCII or Latin-1 letters: answered by the first test.
  if (c > 32 && c < 160) return false;
  return c === 32 || c === 9 || c === 160 || c === 10 || c === 13 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

/** A non-ASCII code unit that is a letter or digit. */
function isWordUnit(c: number): boolean {
  let known = WORD_UNIT[c]!;
  if (known === 0) WORD_UNIT[c] = known = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

/** Closing quotes and brackets that may follow a sentence's final stop. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93 || isSpace(c);
}

function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/**
 * Ends like a sentence: a stop (. ! ? … 。 ！ ？), then only closing quotes, brackets or spaces. (The
 * same as /[.!?…。！？][\s"'”’»)\]]*$|[.!?]["”’»]$/u, without a regex scan over the whole line.)
 */
export function endsLikeSentence(text: string): boolean {
  let q = text.length;
  while (q > 0 && isCloser(text.charCodeAt(q - 1))) q--;
  return q > 0 && isStop(text.charCodeAt(q - 1));
}

/** The line's features (remembered for short lines with the rest of its facts: see pipeline/line-facts.ts). */
export function proseFeatures(text: string, lang: Language): ProseFeatures {
  const sentenceEnd = endsLikeSentence(text);
  if (lang.unspaced) return unspacedFeatures(text, lang, sentenceEnd);
  let words = 0;
  let stop = 0;
  let caps = 0;
  let digits = false;
  let cjk = 0;
  const table = stopwordTable(lang.stopwords);
  // One pass over the text: whitespace-separated tokens, their outer punctuation trimmed (the hot
  // path of page rules, so no regex per token). A token is read once: its word characters run from a
  // to b, and the hash of text[start, b) (A–Z lower-cased, as WordTable hashes) is kept as it is read,
  // which is the hash of the word when it starts the token.
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const start = i;
    let a = -1;
    let b = i;
    let hash = FNV_OFFSET;
    let wordHash = 0;
    /** A–Z and non-ASCII units seen so far, and up to b. */
    let upper = false;
    let wide = false;
    let upperToB = false;
    let wideToB = false;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) {
        // A run of lower-case ASCII letters (most of a page's text): read and hashed in a tight loop,
        // doing for each what the general step below does for it.
        if (a < 0) a = i;
        do hash = Math.imul(hash ^ c, FNV_PRIME);
        while (++i < n && (c = text.charCodeAt(i)) >= 97 && c <= 122);
        b = i;
        wordHash = hash;
        upperToB = upper;
        wideToB = wide;
        continue;
      }
      let word: boolean;
      if (c < 128) {
        if (c === 32 || (c >= 9 && c <= 13)) break;
        // (a–z took the branch above)
        if (c >= 48 && c <= 57) (word = true), (digits = true);
        else if (c >= 65 && c <= 90) (word = true), (upper = true), (c += 32);
        else word = false;
      } else {
        if (isSpace(c)) break;
        if (isCjkUnit(c)) cjk++;
        wide = true;
        word = isWordUnit(c);
      }
      hash = Math.imul(hash ^ c, FNV_PRIME);
      if (word) {
        if (a < 0) a = i;
        b = i + 1;
        wordHash = hash;
        upperToB = upper;
        wideToB = wide;
      }
      i++;
    }
    if (a < 0) continue;
    words++;
    const hashed = a === start;
    const first = text.charCodeAt(a);
    // Most tokens start with a lower-case ASCII letter: look them up as they are (stopword lists are
    // lower case), and lower-case only the others. ASCII tokens are looked up in place.
    if (first >= 97 && first <= 122) {
      // Without A–Z in the word, its hash as it is and lower-cased are one.
      if (hashed && !upperToB ? table.findHashed(text, a, b, false, wordHash) !== undefined : table.hasRange(text, a, b, false)) stop++;
      continue;
    }
    if (first < 128 && (hashed ? !wideToB : isAsciiRange(text, a, b))) {
      if (hashed ? table.findHashed(text, a, b, true, wordHash) !== undefined : table.hasRange(text, a, b, true)) stop++;
      else if (first >= 65 && first <= 90) caps++;
      continue;
    }
    const w = text.slice(a, b);
    const lower = w.toLowerCase();
    if (lang.stopwords.has(lower)) stop++;
    else if (w[0] !== lower[0]) caps++;
  }
  return {
    chars: text.length,
    words,
    stopwordDensity: words === 0 ? 0 : stop / words,
    sentenceEnd,
    capitalised: words === 0 ? 0 : caps / words,
    digits,
    cjk,
  };
}

function isAsciiRange(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

// Chinese and Japanese: stopwords are mostly one or two characters (的, 了, は, が); count how many
// characters of the line they cover.
function unspacedFeatures(text: string, lang: Language, sentenceEnd: boolean): ProseFeatures {
  let covered = 0;
  for (let i = 0; i < text.length; i++) {
    if (lang.stopwords.has(text.slice(i, i + 2))) covered += 2, i++;
    else if (lang.stopwords.has(text[i]!)) covered++;
  }
  // A CJK character carries about as much as a short word: count two per "word".
  const words = Math.ceil(text.length / 2);
  return {
    chars: text.length * 3,
    words,
    stopwordDensity: covered / Math.max(1, text.length),
    sentenceEnd,
    capitalised: 0,
    digits: DIGIT.test(text),
    cjk: countCjk(text),
  };
}
