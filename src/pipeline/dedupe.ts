// The same article scraped twice in one stream is emitted once: exact copies by a hash of the body,
// near copies (a changed date line, a different share count) by a 64-bit SimHash of word 3-shingles.
// Memory stays bounded: only the last MAX_REMEMBERED fingerprints are kept.
import { rule } from '../rules/rule.js';

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

  /** True when the body was seen before; otherwise remembers it. */
  seen(body: string): boolean {
    const words = wordHashes(body);
    if (words.length === 0) return false;
    const key = exactKey(words);
    if (this.exact.has(key)) return true;
    const sketch = words.length >= MIN_SIMHASH_WORDS ? simhash(words) : undefined;
    if (sketch && this.sketches.some((s) => hamming(s, sketch) <= NEAR_DUPLICATE_BITS)) return true;
    this.remember(key, sketch);
    return false;
  }

  private remember(key: string, sketch: Fingerprint | undefined): void {
    this.exact.add(key);
    this.order.push(key);
    if (sketch) this.sketches.push(sketch);
    if (this.order.length > MAX_REMEMBERED) this.exact.delete(this.order.shift()!);
    if (this.sketches.length > MAX_REMEMBERED) this.sketches.shift();
  }
}

const WORD = /[\p{L}\p{N}]+/gu;

/** FNV-1a of each lower-cased word: the body is hashed once, shingles combine these numbers. */
export function wordHashes(body: string): Uint32Array {
  const words = body.toLowerCase().match(WORD) ?? [];
  const out = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) out[i] = fnv1a(words[i]!, 0x811c9dc5);
  return out;
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

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A 32-bit mix (murmur3's finaliser): spreads the bits of a shingle's combined word hashes. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Charikar's SimHash over word 3-shingles, as two 32-bit halves. */
export function simhash(words: Uint32Array): Fingerprint {
  const votes = new Int32Array(64);
  for (let i = 0; i + 2 < words.length; i++) {
    const base = words[i]! ^ Math.imul(words[i + 1]!, 0x9e3779b1) ^ Math.imul(words[i + 2]!, 0x7feb352d);
    const hi = mix(base);
    const lo = mix(base ^ 0x68e31da4);
    for (let b = 0; b < 32; b++) {
      votes[b]! += (hi >>> b) & 1 ? 1 : -1;
      votes[b + 32]! += (lo >>> b) & 1 ? 1 : -1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (votes[b]! > 0) hi |= 1 << b;
    if (votes[b + 32]! > 0) lo |= 1 << b;
  }
  return { hi: hi >>> 0, lo: lo >>> 0 };
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function hamming(a: Fingerprint, b: Fingerprint): number {
  return popcount((a.hi ^ b.hi) >>> 0) + popcount((a.lo ^ b.lo) >>> 0);
}
