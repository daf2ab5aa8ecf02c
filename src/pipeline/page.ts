// Whole web pages turned into text: the article is the densest run of prose; the headline is the
// headline-like line just above it. A per-line pass scores each line (jusText-style: length, stopword
// density, sentence punctuation, chrome patterns), then a context pass picks the best-scoring run.
import { LineRole, type Decision, type Line } from '../types.js';
import { detectLanguage } from '../rules/language.js';
import { proseFeatures, type ProseFeatures } from '../rules/prose.js';
import { articleMeta, bareNumber, isBareNumber, matchBoilerplate, outsideArticle, siteChrome } from '../rules/boilerplate.js';
import { bylineLine, dateLine, isBylineLine, isDateLine } from '../rules/byline.js';
import { headlineRule, MAX_HEADLINE_CHARS } from '../rules/header.js';
import type { Rule } from '../rules/rule.js';
import type { RunMemory } from './memory.js';
import { blankLine, bodyText as bodyRule } from '../rules/basic.js';

/** Thresholds, in one place (jusText names its own the same way). */
export const PAGE = {
  /** A good paragraph: at least this long (characters)… */
  goodChars: 100,
  /** …with at least this share of stopwords… */
  goodStopwords: 0.3,
  /** …and a sentence end, unless it is at least this long. */
  longChars: 200,
  /** A near-good line: shorter prose that ends like a sentence. */
  nearChars: 40,
  nearStopwords: 0.2,
  /** Median stopword density of long lines below which the list is no use (Korean, unknown lists). */
  informativeStopwords: 0.1,
  /** Cost of a short line and of a chrome line inside the run. */
  shortCost: 10,
  badCost: 30,
  /** How far above the article's first paragraph the headline may stand (non-blank lines). */
  headlineReach: 15,
  /** Dumps of article elements start with the headline: the first line wins a close call. */
  firstLineBonus: 4,
} as const;

export const enum LineClass {
  Good,
  Near,
  /** Short, but worded like content (a list item, a short sentence): neither helps nor hurts a run. */
  Plain,
  Short,
  Bad,
}

interface Scored {
  readonly index: number;
  readonly text: string;
  readonly cls: LineClass;
  /** Why a bad line is bad. */
  readonly rule?: Rule;
  readonly features: ProseFeatures;
}

export function classifyPage(lines: readonly Line[], decided: readonly (Decision | undefined)[], memory: RunMemory): Decision[] {
  const open: number[] = [];
  for (let i = 0; i < lines.length; i++) if (!decided[i] && lines[i]!.text.length > 0) open.push(i);
  const lang = detectLanguage(open.map((i) => lines[i]!.text));
  const features = open.map((i) => proseFeatures(lines[i]!.text, lang));
  const useStopwords = stopwordsInform(features);
  const scored = open.map((i, k) => scoreLine(i, lines[i]!.text, features[k]!, useStopwords, memory));
  const [from, to] = densestRun(scored);
  const out: (Decision | undefined)[] = decided.slice();
  const set = (i: number, role: LineRole, why: Rule): void => {
    out[i] = { line: lines[i]!, role, rule: why.name };
  };
  if (from < 0) {
    // No prose at all: keep the page whole rather than guess (a list, a table, a very short note).
    const first = scored.find((s) => s.cls !== LineClass.Bad) ?? scored[0];
    for (const s of scored) {
      if (s === first) set(s.index, LineRole.Headline, headlineRule);
      else if (s.rule) set(s.index, LineRole.Boilerplate, s.rule);
      else set(s.index, LineRole.Body, bodyRule);
    }
    return fillBlank(out, lines);
  }
  const head = findPageHeadline(scored, from);
  for (let k = 0; k < scored.length; k++) {
    const s = scored[k]!;
    if (k === head) set(s.index, LineRole.Headline, headlineRule);
    else if (k < from && k > head && head >= 0) setMeta(s, set);
    else if (k < from || k > to) set(s.index, LineRole.Boilerplate, s.rule ?? outsideArticle);
    else if (s.rule) set(s.index, LineRole.Boilerplate, s.rule);
    else set(s.index, LineRole.Body, bodyRule);
  }
  return fillBlank(out, lines);
}

function setMeta(s: Scored, set: (i: number, role: LineRole, why: Rule) => void): void {
  if (isDateLine(s.text)) set(s.index, LineRole.Date, dateLine);
  else if (isBylineLine(s.text)) set(s.index, LineRole.Byline, bylineLine);
  else set(s.index, LineRole.Boilerplate, s.rule ?? articleMeta);
}

function scoreLine(index: number, text: string, features: ProseFeatures, useStopwords: boolean, memory: RunMemory): Scored {
  const pattern = matchBoilerplate(text) ?? (isBareNumber(text) ? bareNumber : memory.isChrome(text) ? siteChrome : undefined);
  if (pattern) return { index, text, cls: LineClass.Bad, rule: pattern, features };
  return { index, text, cls: lineClass(features, useStopwords), features };
}

/**
 * Stopword lists only help where the article's long lines actually contain stopwords: for a
 * language whose words carry their particles (Korean) or an unknown list, density says nothing.
 */
export function stopwordsInform(features: readonly ProseFeatures[]): boolean {
  const densities = features.filter((f) => f.chars >= PAGE.goodChars).map((f) => f.stopwordDensity);
  if (densities.length === 0) return true;
  densities.sort((a, b) => a - b);
  return densities[Math.floor(densities.length / 2)]! >= PAGE.informativeStopwords;
}

export function lineClass(f: ProseFeatures, useStopwords = true): LineClass {
  const good = useStopwords ? PAGE.goodStopwords : 0;
  const near = useStopwords ? PAGE.nearStopwords : 0;
  if (f.chars >= PAGE.goodChars && f.stopwordDensity >= good && (f.sentenceEnd || f.chars >= PAGE.longChars)) {
    return LineClass.Good;
  }
  if (f.chars >= PAGE.nearChars && f.stopwordDensity >= near && f.sentenceEnd) return LineClass.Near;
  if (f.words >= 4 && f.stopwordDensity >= near && f.capitalised < 0.5) return LineClass.Plain;
  return LineClass.Short;
}

function weight(s: Scored): number {
  switch (s.cls) {
    case LineClass.Good:
      return s.features.chars;
    case LineClass.Near:
      return s.features.chars / 2;
    case LineClass.Plain:
      return 0;
    case LineClass.Short:
      return -PAGE.shortCost;
    case LineClass.Bad:
      return -PAGE.badCost;
  }
}

/** The run of lines with the highest total weight (Kadane); [-1, -1] when no line has positive weight. */
export function densestRun(scored: readonly Scored[]): [number, number] {
  let best = 0;
  let bestFrom = -1;
  let bestTo = -1;
  let sum = 0;
  let from = 0;
  for (let k = 0; k < scored.length; k++) {
    if (sum <= 0) (sum = 0), (from = k);
    sum += weight(scored[k]!);
    if (sum > best) (best = sum), (bestFrom = from), (bestTo = k);
  }
  return [bestFrom, bestTo];
}

/**
 * The headline stands above the first paragraph, within reach: a short line that reads like a title
 * (a few words, not chrome, not a date or byline). Preferred: the article's first line (dumps of
 * article elements start with it), lines the page prints more than once (title bar, breadcrumb,
 * heading), lines followed by a byline or date, lines close to the first paragraph.
 */
export function findPageHeadline(scored: readonly Scored[], from: number): number {
  const counts = new Map<string, number>();
  for (const s of scored) counts.set(s.text, (counts.get(s.text) ?? 0) + 1);
  let best = -1;
  let bestScore = -Infinity;
  const consider = (k: number): void => {
    const s = scored[k]!;
    if (!isHeadlineLike(s, k === 0)) return;
    let score = -(from - k) * 0.5;
    if (k === 0) score += PAGE.firstLineBonus;
    if ((counts.get(s.text) ?? 0) > 1) score += 3;
    const next = scored[k + 1];
    if (next && (isBylineLine(next.text) || isDateLine(next.text))) score += 2;
    if (s.features.words >= 4) score += 1;
    if (score > bestScore) (bestScore = score), (best = k);
  };
  for (let k = from - 1; k >= Math.max(0, from - PAGE.headlineReach); k--) consider(k);
  if (from > PAGE.headlineReach) consider(0);
  if (best < 0) best = scored.findIndex((s, k) => k < from && s.cls !== LineClass.Bad);
  return best;
}

function isHeadlineLike(s: Scored, first: boolean): boolean {
  if (s.cls === LineClass.Bad || s.text.length > MAX_HEADLINE_CHARS) return false;
  if (s.features.words > 30 || (s.features.words < 2 && !first)) return false;
  if (!first && /[.,;:]$/.test(s.text) && !/\.\.\.$|…$/.test(s.text)) return false;
  return !isDateLine(s.text) && !isBylineLine(s.text);
}

function fillBlank(out: (Decision | undefined)[], lines: readonly Line[]): Decision[] {
  for (let i = 0; i < lines.length; i++) out[i] ??= { line: lines[i]!, role: LineRole.Blank, rule: blankLine.name };
  return out as Decision[];
}
