import type { Language } from '../rules/language.js';
import { ownCopy } from '../rules/memo.js';

// What one run learns across the articles of a dump: which short lines recur (site chrome: the same
// menu, footer and prompts on every page). Created per run, never global; bounded in size.

/** Lines longer than this are prose, never counted as chrome. */
export const CHROME_MAX_CHARS = 100;
/** A line seen in this many earlier articles is site chrome. */
export const CHROME_MIN_ARTICLES = 2;
/** Distinct lines remembered; the oldest half is forgotten beyond this. */
export const MEMORY_MAX_LINES = 50_000;

/** How many articles printed a line, and the last of them (so each counts a line once). */
interface Sightings {
  articles: number;
  last: number;
}

export class RunMemory {
  private readonly seen = new Map<string, Sightings>();
  /** Articles remembered so far: the number of the last one. */
  private remembered = 0;
  /** The language of the last web page, tried first for the next one. */
  language: Language | undefined;

  isChrome(text: string): boolean {
    return text.length <= CHROME_MAX_CHARS && (this.seen.get(text)?.articles ?? 0) >= CHROME_MIN_ARTICLES;
  }

  /** Printed by an earlier article of this dump (outside its body). */
  seenBefore(text: string): boolean {
    return this.seen.has(text);
  }

  /** Record the lines of one finished article (each line once per article). */
  rememberArticle(texts: Iterable<string>): void {
    // One look-up per line: a line the article already printed was counted (no set of its lines).
    const article = ++this.remembered;
    for (const t of texts) {
      if (t.length === 0 || t.length > CHROME_MAX_CHARS) continue;
      const known = this.seen.get(t);
      // The key is copied: a line is a slice of a decoded input chunk, and a kept slice keeps the whole chunk alive.
      if (!known) this.seen.set(ownCopy(t), { articles: 1, last: article });
      else if (known.last !== article) (known.articles++, (known.last = article));
    }
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
