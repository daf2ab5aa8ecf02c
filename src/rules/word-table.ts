// A set of words (a language's stopwords, the words a headline search asks about) as an
// open-addressing hash table over UTF-16 code units, so a word can be looked up where it stands in a
// line (no substring, no lower-cased copy for ASCII words).

export class WordTable {
  /** Plain arrays: a headline search builds a table per page, and a typed array is an ArrayBuffer to allocate and sweep. */
  private readonly hashes: number[];
  private readonly words: (string | undefined)[];
  private readonly mask: number;
  /** The longest stopword: longer words need no look-up. */
  private readonly longest: number;

  constructor(words: Iterable<string>) {
    const list = [...new Set(words)];
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.mask = size - 1;
    this.hashes = new Array<number>(size).fill(0);
    this.words = new Array(size);
    let longest = 0;
    for (const w of list) {
      longest = Math.max(longest, w.length);
      const h = hashRange(w, 0, w.length, false);
      let slot = h & this.mask;
      while (this.words[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.hashes[slot] = h;
      this.words[slot] = w;
    }
    this.longest = longest;
  }

  /**
   * Is text[a, b) one of the words? With `lowerAscii`, the range is read with A–Z lower-cased (what
   * toLowerCase does to a range of ASCII characters; the caller makes sure it holds nothing else).
   */
  hasRange(text: string, a: number, b: number, lowerAscii: boolean): boolean {
    return this.find(text, a, b, lowerAscii) !== undefined;
  }

  /** The word text[a, b) is (read as hasRange reads it), or undefined when it is none of them. */
  find(text: string, a: number, b: number, lowerAscii: boolean): string | undefined {
    if (b - a > this.longest) return undefined;
    return this.findHashed(text, a, b, lowerAscii, hashRange(text, a, b, lowerAscii));
  }

  /** find, given the range's hashRange (a caller that looks one word up in two tables hashes it once). */
  findHashed(text: string, a: number, b: number, lowerAscii: boolean, h: number): string | undefined {
    const length = b - a;
    if (length > this.longest) return undefined;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const w = this.words[slot];
      if (w === undefined) return undefined;
      if (this.hashes[slot] === h && w.length === length && sameRange(w, text, a, lowerAscii)) return w;
    }
  }
}

/** FNV-1a's offset basis (as an int32) and prime: hashRange, and scans that hash a word as they read it. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

export function hashRange(text: string, a: number, b: number, lowerAscii: boolean): number {
  let h = FNV_OFFSET;
  for (let i = a; i < b; i++) {
    let c = text.charCodeAt(i);
    if (lowerAscii && c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h | 0;
}

function sameRange(word: string, text: string, a: number, lowerAscii: boolean): boolean {
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(a + k);
    if (lowerAscii && c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

const tables = new WeakMap<ReadonlySet<string>, WordTable>();

/** The table of a stopword set, built once per set. */
export function stopwordTable(stopwords: ReadonlySet<string>): WordTable {
  let table = tables.get(stopwords);
  if (!table) tables.set(stopwords, (table = new WordTable(stopwords)));
  return table;
}
