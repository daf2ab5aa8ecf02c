// The --annotate summary: per article and in total, lines kept and dropped by rule, captions, words.
// Each article's tally becomes its summary line as it passes; the run keeps those lines (up to
// MAX_LISTED_ARTICLES, so a huge dump cannot fill memory) and one running total.
import { KEPT_ROLES, LineRole, type CleanedArticle } from '../types.js';
import { RULES } from '../rules/catalog.js';
import type { Palette } from './annotate-palette.js';

export interface Tally {
  readonly index: number;
  /** An article the stream already had: not written, all its lines dropped. */
  readonly duplicate: boolean;
  readonly headline: string;
  /** Lines that reached the output, by rule name. */
  readonly kept: Map<string, number>;
  /** Non-blank lines that did not, by rule name. */
  readonly dropped: Map<string, number>;
  blank: number;
  captions: number;
  words: number;
}

export interface RunTally extends Tally {
  /** Articles written (duplicates not counted). */
  articles: number;
  duplicates: number;
  lines: number;
  /** Blank lines between articles (outside any article). */
  between: number;
}

export function tallyArticle({ article, decisions, duplicate }: CleanedArticle): Tally {
  const tally: Tally = {
    index: article.index,
    duplicate: duplicate === true,
    headline: article.headline,
    kept: new Map(),
    dropped: new Map(),
    blank: 0,
    captions: duplicate ? 0 : article.captions.length,
    words: duplicate ? 0 : countWords(article.body),
  };
  for (const d of decisions) {
    // Blank lines first: they are about half of a dump.
    if (d.role === LineRole.Blank) tally.blank++;
    else if (KEPT_ROLES.has(d.role)) add(tally.kept, d.rule, 1);
    else if (d.line.text.length === 0) tally.blank++;
    else add(tally.dropped, d.rule, 1);
  }
  return tally;
}

export function emptyRunTally(): RunTally {
  return {
    index: -1,
    duplicate: false,
    headline: '',
    kept: new Map(),
    dropped: new Map(),
    blank: 0,
    captions: 0,
    words: 0,
    articles: 0,
    duplicates: 0,
    lines: 0,
    between: 0,
  };
}

export function addToRun(run: RunTally, tally: Tally): void {
  if (tally.duplicate) run.duplicates++;
  else run.articles++;
  for (const [rule, n] of tally.kept) add(run.kept, rule, n);
  for (const [rule, n] of tally.dropped) add(run.dropped, rule, n);
  run.blank += tally.blank;
  run.captions += tally.captions;
  run.words += tally.words;
}

/** Stands for the index of an article the stream already had (it gets none in the output). */
export const DUPLICATE_LABEL = '(duplicate, not written)';

/** Articles listed one by one in the summary; the totals always cover all of them. */
export const MAX_LISTED_ARTICLES = 10_000;

export function renderArticleSummary(t: Tally, p: Palette): string {
  const label = t.duplicate ? DUPLICATE_LABEL : `#${t.index}`;
  return `${label} ${p.headline(t.headline || '(no headline)')}: ${counts(t, p)}\n`;
}

/** `listed` holds the first articles' summary lines (renderArticleSummary); `run` counts every article. */
export function renderSummary(listed: readonly string[], run: RunTally, p: Palette): string {
  let out = '\n' + p.boundary('== summary ' + '='.repeat(60)) + '\n';
  out += listed.join('');
  const more = run.articles + run.duplicates - listed.length;
  if (more > 0) out += `… and ${more} more article${more === 1 ? '' : 's'} (not listed, counted in the total)\n`;
  out += `total: ${run.articles} article${run.articles === 1 ? '' : 's'}`;
  if (run.duplicates > 0) out += ` (+${run.duplicates} duplicate${run.duplicates === 1 ? '' : 's'} not written)`;
  out += `, ${run.lines} lines: ${counts(run, p)}`;
  out += run.between > 0 ? ` (+${run.between} blank outside articles)\n` : '\n';
  out += p.gutter(LEGEND) + '\n';
  return out;
}

const LEGEND =
  'tags: kept = headline caption byline date body (body+ continues the paragraph above, * text repaired); ' +
  'dropped = widget duplicate bp:<rule> (boilerplate) blank';

function counts(t: Tally, p: Palette): string {
  return (
    `kept ${sum(t.kept)}${byRule(t.kept)}; ` +
    p.dropped(`dropped ${sum(t.dropped)}${byRule(t.dropped)}`) +
    `; blank ${t.blank}; captions ${t.captions}; words ${t.words}`
  );
}

const CATALOG_ORDER = new Map(RULES.map((r, i) => [r.name, i]));

/** " (headline 1, body 4)" in catalogue order (rules not in the catalogue last, by name). */
function byRule(counts: Map<string, number>): string {
  if (counts.size === 0) return '';
  const rank = (name: string): number => CATALOG_ORDER.get(name) ?? RULES.length;
  const names = [...counts.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return ' (' + names.map((name) => `${name} ${counts.get(name)}`).join(', ') + ')';
}

function sum(counts: Map<string, number>): number {
  let n = 0;
  for (const v of counts.values()) n += v;
  return n;
}

function add(counts: Map<string, number>, rule: string, n: number): void {
  counts.set(rule, (counts.get(rule) ?? 0) + n);
}

/** Whitespace-separated words (a cheap count, no tokeniser: the summary is a guide, not a metric). */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c === 0xa0 || (c >= 0x2000 && (c <= 0x200a || c === 0x3000));
    if (space) inWord = false;
    else if (!inWord) (inWord = true), words++;
  }
  return words;
}
