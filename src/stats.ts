// What a run did, for --stats: articles, lines kept per role and dropped per rule, captions, speed.
import { isEmptyArticle } from './pipeline/content.js';
import { KEPT_ROLES, LineRole, type CleanedArticle } from './types.js';

export interface RunStats {
  articles: number;
  captions: number;
  bytes: number;
  kept: Map<string, number>;
  dropped: Map<string, number>;
}

export function emptyStats(): RunStats {
  return { articles: 0, captions: 0, bytes: 0, kept: new Map(), dropped: new Map() };
}

const bump = (map: Map<string, number>, key: string): void => void map.set(key, (map.get(key) ?? 0) + 1);

/** Count one article; its lines only when `lines` (they are read for --stats alone). */
export function addArticle(stats: RunStats, { article, decisions }: CleanedArticle, lines = true): void {
  if (!isEmptyArticle(article)) stats.articles++;
  stats.captions += article.captions.length;
  if (!lines) return;
  for (const d of decisions) {
    if (d.role === LineRole.Blank) continue;
    if (KEPT_ROLES.has(d.role)) bump(stats.kept, d.role);
    else bump(stats.dropped, d.rule);
  }
}

const list = (map: Map<string, number>): string =>
  map.size === 0 ? 'none' : [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ');

/** The summary, a few lines without the "newsclean:" prefix. */
export function formatStats(stats: RunStats, seconds: number): string[] {
  const mib = stats.bytes / (1024 * 1024);
  const rate = seconds > 0 ? mib / seconds : 0;
  return [
    `${stats.articles} articles, ${stats.captions} captions, ${mib.toFixed(2)} MiB in ${seconds.toFixed(2)}s (${rate.toFixed(1)} MiB/s)`,
    `lines kept: ${list(stats.kept)}`,
    `lines dropped: ${list(stats.dropped)}`,
  ];
}
