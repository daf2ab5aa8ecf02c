import type { Language } from '../rules/language.js';

// What one run learns across the articles of a dump: which short lines recur (site chrome: the same
// menu, footer and prompts on every page). Created per run, never global; bounded in size.

/** Lines longer than this are prose, never counted as chrome. */
export const CHROME_MAX_CHARS = 100;
/** A line seen in this many earlier articles is site chrome. */
export const CHROME_MIN_ARTICLES = 2;
/** Distinct lines remembered; the oldest half is forgotten beyond this. */
export const MEMORY_MAX_LINES = 50_000;

export class RunMemory {
  private readonly seen = new Map<string, number>();
  /** The language of the last web page, tried first for the next one. */
  language: Language | undefined;

  isChrome(text: string): boolean {
    return text.length <= CHROME_MAX_CHARS && (this.seen.get(text) ?? 0) >= CHROME_MIN_ARTICLES;
  }

  /** Printed by an earlier article of this dump (outside its body). */
  seenBefore(text: string): boolean {
    return this.seen.has(text);
  }

  /** Record the lines of one finished article (each line once per article). */
  rememberArticle(texts: Iterable<string>): void {
    const unique = new Set<string>();
    for (const t of texts) if (t.length > 0 && t.length <= CHROME_MAX_CHARS) unique.add(t);
    for (const t of unique) this.seen.set(t, (this.seen.get(t) ?? 0) + 1);
    if (this.seen.size > MEMORY_MAX_LINES) this.forgetOldest();
  }

  private forgetOldest(): void {
    let drop = this.seen.size - MEMORY_MAX_LINES / 2;
    for (const key of this.seen.keys()) {
      if (drop-- <= 0) break;
      this.seen.delete(key);
    }
  }
}
