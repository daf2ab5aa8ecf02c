// The same article scraped twice in one stream is emitted once: exact copies by a hash of the body,
// near copies (a changed date line, a different share count) by a 64-bit SimHash of word 3-shingles.
// Memory stays bounded: only the last MAX_REMEMBERED fingerprints are kept.
import { rule } from '../rules/rule.js';
import { isLetterOrNumberUnit, LETTER_OR_NUMBER, lowerUnit } from '../rules/words.js';

export const duplicateArticle = rule(
  'duplicate-article',
  'The stream already had this article (the same body, or one that differs in a few words).',
);

/** Bits two bodies' SimHashes may differ in and still be the same article. */
export const NEAR_DUPLICATE_BITS = 3;
/** Bodies with fewer words than this are too short to call near copies (only exact ones count). */
export const MIN_SIMHASH_WORDS = 40;
export const MAX_REMEMBERED = 10_000;

interface Fingerprint {
  readonly hi: number;
  readonly lo: number;
}

export class DuplicateFilter {
  private readonly exact = new Set<string>();
  private readonly order: string[] = [];
  private readonly sketches: Fingerprint[] = [];
  /**
   * The sketches by each of their four 16-bit bands: two sketches within NEAR_DUPLICATE_BITS (< 4)
   * bits agree on at least one whole band, so only the sketches sharing a band need comparing.
   */
  private readonly bands = new Map<number, Fingerprint[]>();
  /** Room for a body's word hashes, reused from one body to the next (one allocation, not one per body). */
  private scratch: Uint32Array = new Uint32Array(1024);

  /** True when the body was seen before; otherwise remembers it. */
  seen(body: string): boolean {
    const words = wordHashes(body, this.scratch);
    if (words.buffer.byteLength > this.scratch.byteLength) this.scratch = new Uint32Array(words.buffer);
    if (words.length === 0) return false;
    const key = exactKey(words);
    if (this.exact.has(key)) return true;
    const sketch = words.length >= MIN_SIMHASH_WORDS ? simhash(words) : undefined;
    if (sketch && this.near(sketch)) return true;
    this.remember(key, sketch);
    return false;
  }

  private near(sketch: Fingerprint): boolean {
    for (let band = 0; band < 4; band++) {
      const bucket = this.bands.get(bandKey(sketch, band));
      if (bucket) for (const s of bucket) if (hamming(s, sketch) <= NEAR_DUPLICATE_BITS) return true;
    }
    return false;
  }

  private remember(key: string, sketch: Fingerprint | undefined): void {
    this.exact.add(key);
    this.order.push(key);
    if (sketch) {
      this.sketches.push(sketch);
      for (let band = 0; band < 4; band++) {
        const k = bandKey(sketch, band);
        const bucket = this.bands.get(k);
        if (bucket) bucket.push(sketch);
        else this.bands.set(k, [sketch]);
      }
    }
    if (this.order.length > MAX_REMEMBERED) this.exact.delete(this.order.shift()!);
    if (this.sketches.length > MAX_REMEMBERED) this.forget(this.sketches.shift()!);
  }

  /** The oldest sketch leaves its buckets too (it is the oldest in each of them). */
  private forget(sketch: Fingerprint): void {
    for (let band = 0; band < 4; band++) {
      const k = bandKey(sketch, band);
      const bucket = this.bands.get(k)!;
      bucket.splice(bucket.indexOf(sketch), 1);
      if (bucket.length === 0) this.bands.delete(k);
    }
  }
}

/** Band 0–3 of a sketch (16 bits each), tagged with its number. */
function bandKey(s: Fingerprint, band: number): number {
  const half = band < 2 ? s.hi : s.lo;
  return band * 0x10000 + ((band & 1 ? half >>> 16 : half) & 0xffff);
}

/**
 * FNV-1a of each lower-cased word (a run of letters and digits, as /[\p{L}\p{N}]+/gu matches them):
 * the body is hashed once, shingles combine these numbers. One pass over the body, no word strings.
 * The hashes are written into `into` (a larger array when it is full) and returned as a view of it.
 */
export function wordHashes(body: string, into?: Uint32Array): Uint32Array {
  // Each unit is lower-cased where it stands (no lower-cased copy of the body); a body holding a unit
  // that is not lower-cased on its own (İ, Σ, a surrogate) is lower-cased whole first.
  return hashWords(body, true, into) ?? hashWords(body.toLowerCase(), false, into)!;
}

/** wordHashes of `text`, read with lowerUnit (`fold`) or as it is; undefined when a unit will not fold. */
function hashWords(text: string, fold: boolean, into: Uint32Array | undefined): Uint32Array | undefined {
  const n = text.length;
  let out: Uint32Array = into ?? new Uint32Array(Math.max(16, n >>> 2));
  let count = 0;
  let h = 0;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    let word: boolean;
    let low = -1;
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    } else if (fold && c >= 0xd800 && c <= 0xdfff) {
      return undefined;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (low = text.charCodeAt(i + 1)) >= 0xdc00 && low <= 0xdfff) {
      word = LETTER_OR_NUMBER.test(text.slice(i, i + 2));
    } else {
      low = -1;
      if (fold && (c = lowerUnit(c)) < 0) return undefined;
      word = isLetterOrNumberUnit(c);
    }
    if (word) {
      if (!inWord) (h = 0x811c9dc5), (inWord = true);
      h = Math.imul(h ^ c, 0x01000193) >>> 0;
      if (low >= 0) h = Math.imul(h ^ low, 0x01000193) >>> 0;
    } else if (inWord) {
      if (count === out.length) out = grow(out);
      out[count++] = h;
      inWord = false;
    }
    if (low >= 0) i++;
  }
  if (inWord) {
    if (count === out.length) out = grow(out);
    out[count++] = h;
  }
  return out.subarray(0, count);
}

function grow(a: Uint32Array): Uint32Array {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

function exactKey(words: Uint32Array): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < words.length; i++) {
    a = Math.imul(a ^ words[i]!, 0x01000193) >>> 0;
    b = (Math.imul(b ^ words[i]!, 0x85ebca6b) ^ (b >>> 13)) >>> 0;
  }
  return `${words.length}:${a.toString(36)}:${b.toString(36)}`;
}

/** A 32-bit mix (murmur3's finaliser): spreads the bits of a shingle's combined word hashes. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** simhash's bit totals and counters, reused by every call (two ArrayBuffers fewer per article). */
const SIMHASH_ONES = new Int32Array(64);
const SIMHASH_COUNTERS = new Int32Array(16);

/**
 * Charikar's SimHash over word 3-shingles, as two 32-bit halves: bit b is set when more than half of
 * the shingles' hashes have it. The bits are counted eight at a time: lane j (bits 8j–8j+7) of counter
 * k counts bit 8j+k, for up to 255 shingles before the lanes are emptied into the totals.
 */
export function simhash(words: Uint32Array): Fingerprint {
  const ones = SIMHASH_ONES.fill(0);
  const counters = SIMHASH_COUNTERS.fill(0);
  const shingles = Math.max(0, words.length - 2);
  let pending = 0;
  for (let i = 0; i < shingles; i++) {
    const base = words[i]! ^ Math.imul(words[i + 1]!, 0x9e3779b1) ^ Math.imul(words[i + 2]!, 0x7feb352d);
    const hi = mix(base);
    const lo = mix(base ^ 0x68e31da4);
    for (let k = 0; k < 8; k++) {
      counters[k]! += (hi >>> k) & 0x01010101;
      counters[k + 8]! += (lo >>> k) & 0x01010101;
    }
    if (++pending === 255) (flush(counters, ones), (pending = 0));
  }
  flush(counters, ones);
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (ones[b]! * 2 > shingles) hi |= 1 << b;
    if (ones[b + 32]! * 2 > shingles) lo |= 1 << b;
  }
  return { hi: hi >>> 0, lo: lo >>> 0 };
}

function flush(counters: Int32Array, ones: Int32Array): void {
  for (let k = 0; k < 8; k++) {
    const h = counters[k]!;
    const l = counters[k + 8]!;
    for (let j = 0; j < 4; j++) {
      ones[8 * j + k]! += (h >>> (8 * j)) & 0xff;
      ones[32 + 8 * j + k]! += (l >>> (8 * j)) & 0xff;
    }
    counters[k] = 0;
    counters[k + 8] = 0;
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function hamming(a: Fingerprint, b: Fingerprint): number {
  return popcount((a.hi ^ b.hi) >>> 0) + popcount((a.lo ^ b.lo) >>> 0);
}
