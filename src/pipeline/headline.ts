// The headline of a web page, found in text alone. Every headline-like line near the article's first
// paragraph is a candidate; each is described by named features (how much of it the article
// repeats, where it stands, what surrounds it) and the best weighted sum wins. The weights were fitted
// on the development corpus by a conditional logit over candidates (`npm run fit:headline`, which
// also cross-validates by dump) and rounded; the features are the ones a reader uses, so they carry
// to other sites.
import { isDatedByline, isWireLede } from '../rules/byline.js';
import { isImageCredit } from '../rules/caption.js';
import { MAX_HEADLINE_CHARS } from '../rules/header.js';
import type { Language } from '../rules/language.js';
import { ContentWords, contentWordsOf, isLetterOrNumberUnit } from '../rules/words.js';
import { WordTable } from '../rules/word-table.js';
import { LineClass, type Scored } from './page.js';
import type { LineFacts } from './line-facts.js';

export const HEADLINE = {
  /** How far above the article's first paragraph the headline may stand (non-blank lines). */
  reachAbove: 60,
  /** How far into the run it may stand (under a gallery, a caption or a teaser the run took in). */
  reachInside: 20,
  /** Good paragraphs whose words make the lead. */
  leadParagraphs: 5,
  /** Words of the article's text kept to test a candidate against. */
  bodyWords: 1000,
} as const;

/** What a reader weighs, each scaled to about 0..1. */
export interface HeadlineFeatures {
  /** Share of the candidate's content words that the first paragraphs use (short lines count less). */
  leadOverlap: number;
  /** Share of its content words found anywhere in the article's text. */
  bodyOverlap: number;
  /** Above the article's first paragraph… */
  above: number;
  /** …how far above (log of lines)… */
  distanceAbove: number;
  /** …or how far inside the run (log of lines). */
  distanceInside: number;
  /** The dump's first line, with the article close below it (an article element). */
  firstLine: number;
  /** Printed more than once on the page (title bar, breadcrumb, heading). */
  repeated: number;
  /** Seen in an earlier article of the same dump: a teaser or site chrome, not this story's title. */
  seenBefore: number;
  /** A byline or date right under it, or within three lines. */
  metaBelow: number;
  /** 5 to 20 words: the usual length of a headline. */
  usualLength: number;
  /** Fewer than 3 words. */
  veryShort: number;
  /** Reads like a sentence (a standfirst, a caption, a teaser's summary). */
  sentence: number;
  /** Several capitalised words and no sentence end: the look of a linked title. */
  teaser: number;
  /** Its text stands verbatim inside one of the article's paragraphs: a fragment, not a title. */
  fragment: number;
  /** A headline-like line the lead repeats stands within three lines above it (it is the standfirst). */
  candidateAbove: number;
  /** A candidate within two lines above is much shorter (a kicker over this headline, or this is a standfirst)… */
  longerThanAbove: number;
  /** …or one within two lines below is much longer. */
  shorterThanBelow: number;
  /** The page's first line, however far the article. */
  pageStart: number;
  /** Share of its words that start with a capital. */
  capitalised: number;
  /** How many of its content words the lead repeats (log). */
  leadHits: number;
  /** Its length in words, over 20. */
  length: number;
  /** Holds a clock time or a full date: a dateline or a byline with its date. */
  dated: number;
  /** Holds another candidate whole ("Home › News › Title", "Section|Title"). */
  containsOther: number;
  /** Inside the run: paragraphs above it that the page prints once (the text a wrong pick would cut, log). */
  proseCut: number;
  /** "Section | Title" or "Title - Site": a title bar with a site or section name. */
  titleBar: number;
}

/** Fitted weights (see the module comment); a feature's weight is its pull in a close call. */
export const HEADLINE_WEIGHTS: HeadlineFeatures = {
  leadOverlap: 1.5,
  bodyOverlap: 1.8,
  above: 0.9,
  distanceAbove: -0.4,
  distanceInside: -0.5,
  firstLine: -0.6,
  repeated: 0.8,
  seenBefore: -0.1,
  metaBelow: 1.2,
  usualLength: 2.1,
  veryShort: -1.2,
  sentence: -1.1,
  teaser: 0.5,
  fragment: -0.7,
  titleBar: -0.8,
  candidateAbove: -0.8,
  longerThanAbove: 1.2,
  shorterThanBelow: 0.3,
  pageStart: 3.0,
  capitalised: -0.6,
  leadHits: 2.2,
  length: 0.3,
  proseCut: -1.1,
  dated: -0.5,
  containsOther: -0.4,
};

export interface HeadlineCandidate {
  readonly index: number;
  readonly features: HeadlineFeatures;
  readonly score: number;
}

/** Hook for the fitting script: sees every candidate of every page. */
export const headlineTrace: { sink?: (candidates: readonly HeadlineCandidate[], scored: readonly Scored[]) => void } = {};

/**
 * Index into `scored` of the headline, or -1. `from`..`to` is the article's run of prose;
 * `seen(text)` says whether an earlier article of the dump printed the line; `uniqueProse` is
 * uniqueProseBefore(scored).
 */
export function findPageHeadline(
  scored: readonly Scored[],
  from: number,
  to: number,
  lang: Language,
  seen: (text: string) => boolean,
  uniqueProse: readonly number[],
): number {
  const candidates = headlineCandidates(scored, from, to, lang, seen, uniqueProse);
  headlineTrace.sink?.(candidates, scored);
  let best: HeadlineCandidate | undefined;
  for (const c of candidates) if (!best || c.score > best.score) best = c;
  if (best) return best.index;
  return scored.findIndex((s, k) => k < from && s.cls < LineClass.Bad);
}

export function headlineCandidates(
  scored: readonly Scored[],
  from: number,
  to: number,
  lang: Language,
  seen: (text: string) => boolean,
  uniqueProse: readonly number[],
): HeadlineCandidate[] {
  const paragraphs = goodTexts(scored, from, to);

  const indices: number[] = [];
  const lo = Math.max(0, from - HEADLINE.reachAbove);
  if (lo > 0) indices.push(0);
  for (let k = lo; k < Math.min(to, from + HEADLINE.reachInside); k++) {
    // Under a "Related" or "Read more" line come other stories' titles.
    if (k > from && scored[k]!.rule?.name === 'read-more') break;
    indices.push(k);
  }

  // Each line's headline-likeness and words are asked for by its neighbours too: work them out once.
  const like = new Map<number, boolean>();
  const likeAt = (k: number): boolean => {
    let v = like.get(k);
    if (v === undefined) like.set(k, (v = isHeadlineLike(scored[k]!, k === 0, lang)));
    return v;
  };
  const candidates = indices.filter(likeAt);
  // The lines whose words are weighed: each candidate and the headline-like lines near it (three
  // above, two below). The article's text is then searched for their words only.
  const wordsByLine = new Map<number, readonly string[]>();
  const asked: string[] = [];
  for (const k of candidates) {
    for (let j = Math.max(0, k - 3); j <= k + 2 && j < scored.length; j++) {
      if (wordsByLine.has(j) || !likeAt(j)) continue;
      const words = wordsOf(scored[j]!, lang);
      wordsByLine.set(j, words);
      for (const w of words) asked.push(w);
    }
  }
  const wordsAt = (k: number): readonly string[] => wordsByLine.get(k)!;
  const { lead, body } = wordsInRun(scored, from, to, lang, new WordTable(asked));
  const leadShare = new Map<number, number>();
  const leadOf = (k: number): number => {
    let v = leadShare.get(k);
    if (v === undefined) leadShare.set(k, (v = overlap(wordsAt(k), lead)));
    return v;
  };
  const counts = textCounts(scored, candidates);
  const doubled = doubledInARow(scored);
  const texts = candidates.map((k) => scored[k]!.text);
  const out: HeadlineCandidate[] = [];
  for (const k of candidates) {
    const s = scored[k]!;
    const words = wordsAt(k);
    if (isAltText(words, scored[k + 1], lang) || isCutShortCopy(s.text, scored[k + 1]) || doubled.has(s.text)) continue;
    const n = headlineWords(s, lang);
    const next = scored[k + 1];
    const isCandidate = (j: number): boolean =>
      j >= 0 && j < scored.length && j !== k && scored[j]!.text !== s.text && likeAt(j) && leadOf(j) >= 0.3;
    let candidateAbove = 0;
    // A title bar above that holds this line whole ("Section|Title") makes it no standfirst.
    for (let d = 1; d <= 3; d++) if (isCandidate(k - d) && !scored[k - d]!.text.includes(s.text)) candidateAbove = 1;
    const hits = leadOf(k) * words.length;
    const paired = (j: number): number => (isCandidate(j) ? headlineWords(scored[j]!, lang) : 0);
    let longerThanAbove = 0;
    let shorterThanBelow = 0;
    for (let d = 1; d <= 2; d++) {
      const above = paired(k - d);
      const below = k + d < from ? paired(k + d) : 0;
      if (above > 0 && n >= above * 1.4) longerThanAbove = 1;
      if (below > 0 && below >= n * 1.4) shorterThanBelow = 1;
    }
    const proseCut = k > from ? uniqueProse[k]! - uniqueProse[from]! : 0;
    const features: HeadlineFeatures = {
      leadOverlap: leadOf(k) * Math.min(1, n / 5),
      bodyOverlap: overlap(words, body),
      above: k < from ? 1 : 0,
      distanceAbove: k < from ? Math.log1p(from - k) : 0,
      distanceInside: k >= from ? Math.log1p(k - from + 1) : 0,
      firstLine: k === 0 && from <= 12 ? 1 : 0,
      repeated: (counts.get(s.text) ?? 0) > 1 ? 1 : 0,
      seenBefore: seen(s.text) ? 1 : 0,
      metaBelow: next && isMeta(next) ? 1 : scored.slice(k + 2, k + 4).some(isMeta) ? 0.5 : 0,
      usualLength: n >= 5 && n <= 20 ? 1 : 0,
      veryShort: n < 3 ? 1 : 0,
      sentence: s.cls === LineClass.Near || s.cls === LineClass.Good ? 1 : 0,
      teaser: s.cls === LineClass.Teaser ? 1 : 0,
      fragment: s.text.length >= 15 && paragraphs.some((p) => p !== s.text && p.includes(s.text)) ? 1 : 0,
      titleBar: TITLE_BAR.test(s.text) ? 1 : 0,
      candidateAbove,
      longerThanAbove,
      shorterThanBelow,
      pageStart: k === 0 ? 1 : 0,
      capitalised: s.facts.features.capitalised,
      leadHits: Math.log1p(hits) / Math.log(10),
      length: Math.min(n, 40) / 20,
      proseCut: Math.log1p(proseCut),
      dated: DATED.test(s.text) ? 1 : 0,
      containsOther: texts.some((t) => t.length >= 12 && t.length < s.text.length && s.text.includes(t)) ? 1 : 0,
    };
    out.push({ index: k, features, score: weigh(features) });
  }
  return out;
}

const BREADCRUMB = /\s[»›|]\s|\s>\s/gu;
const CLOCK = /\b\d{1,2}[:h]\d{2}\b/u;
const YEAR = /\b(?:19|20)\d\d\b/u;
const DATED = /\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)?,?\s+\p{L}{3,}\.?,?\s+(?:19|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d\b/u;
const TITLE_BAR = /\S\s*[|｜]\s*\S|\s[-–—]\s+(?:\S+\s+){0,3}\S+$/u;

function weigh(f: HeadlineFeatures): number {
  let score = 0;
  for (const key of Object.keys(f) as (keyof HeadlineFeatures)[]) score += f[key] * HEADLINE_WEIGHTS[key];
  return score;
}

/**
 * A line the next one starts with, cut off inside a word ("… so-called ‘metadat"): an alt text or a
 * teaser clipped to a length, never a title.
 */
function isCutShortCopy(text: string, next: Scored | undefined): boolean {
  return next !== undefined && next.text.length > text.length && next.text.startsWith(text) && isLetterOrNumberUnit(next.text.charCodeAt(text.length));
}

/** A picture's alt text: the caption under it (a credited caption) holds all its words. */
function isAltText(words: readonly string[], next: Scored | undefined, lang: Language): boolean {
  if (!next || words.length === 0 || !isImageCredit(next.text)) return false;
  const caption = new Set(contentWordsOf(next.text, lang));
  return words.every((w) => caption.has(w));
}

/**
 * Texts printed twice in a row, a block of their own between blank lines: a picture's alt text and
 * caption, a video's title in its player. A headline never is. (A dump with no blank lines shows none.)
 */
function doubledInARow(scored: readonly Scored[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k + 1 < scored.length; k++) {
    const s = scored[k]!;
    const at = s.index;
    if (scored[k + 1]!.index !== at + 1 || scored[k + 1]!.text !== s.text) continue;
    const blankBefore = k === 0 || scored[k - 1]!.index < at - 1;
    const blankAfter = k + 2 >= scored.length || scored[k + 2]!.index > at + 2;
    if (blankBefore && blankAfter) out.add(s.text);
  }
  return out;
}

function isMeta(s: Scored): boolean {
  return s.facts.byline || s.facts.date || isDatedByline(s.text);
}

function goodTexts(scored: readonly Scored[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k <= to && out.length < 20; k++) if (scored[k]!.cls === LineClass.Good) out.push(scored[k]!.text);
  return out;
}

/**
 * Which words of `asked` the lead (the run's first HEADLINE.leadParagraphs good paragraphs) and the
 * body (the run's text, up to HEADLINE.bodyWords content words) use. One scan over the run serves
 * both, and looks words up where they stand.
 */
function wordsInRun(
  scored: readonly Scored[],
  from: number,
  to: number,
  lang: Language,
  asked: WordTable,
): { lead: Set<string>; body: Set<string> } {
  const lead = new Set<string>();
  const body = new Set<string>();
  let leadLines = 0;
  let bodyWords = 0;
  for (let k = from; k <= to && (leadLines < HEADLINE.leadParagraphs || bodyWords < HEADLINE.bodyWords); k++) {
    const s = scored[k]!;
    const inLead = leadLines < HEADLINE.leadParagraphs && (s.cls === LineClass.Good || s.cls === LineClass.Near);
    const inBody = bodyWords < HEADLINE.bodyWords && s.cls <= LineClass.Plain;
    if (!inLead && !inBody) continue;
    if (inLead) leadLines++;
    const lower = s.text.toLowerCase();
    const words = new ContentWords(lower, lang);
    while (words.next()) {
      if (inBody) bodyWords++;
      const w = asked.findHashed(lower, words.start, words.end, false, words.hash);
      if (w === undefined) continue;
      if (inLead) lead.add(w);
      if (inBody) body.add(w);
    }
  }
  return { lead, body };
}

/** How often the page prints each of the texts of lines `of`. */
function textCounts(scored: readonly Scored[], of: readonly number[]): Map<string, number> {
  const counts = new Map<string, number>();
  const lengths = new Set<number>();
  for (const k of of) counts.set(scored[k]!.text, 0), lengths.add(scored[k]!.text.length);
  // Most lines differ from every candidate in length: those are not hashed.
  for (const s of scored) {
    if (!lengths.has(s.text.length)) continue;
    const n = counts.get(s.text);
    if (n !== undefined) counts.set(s.text, n + 1);
  }
  return counts;
}

function overlap(words: readonly string[], bag: ReadonlySet<string>): number {
  if (words.length === 0) return 0;
  let hit = 0;
  for (const w of words) if (bag.has(w)) hit++;
  return hit / words.length;
}


/** Words, for a headline's length: in Chinese and Japanese three characters make one. */
function headlineWords(s: Scored, lang: Language): number {
  return lang.unspaced ? Math.ceil((s.facts.features.words * 2) / 3) : s.facts.features.words;
}

/** A line's content words (contentWordsOf), kept with its facts: a page's chrome recurs. */
function wordsOf(s: Scored, lang: Language): readonly string[] {
  return (s.facts.contentWords ??= contentWordsOf(s.text, lang));
}

function isHeadlineLike(s: Scored, first: boolean, lang: Language): boolean {
  const words = headlineWords(s, lang);
  if (s.cls >= LineClass.Bad || s.cls === LineClass.Good || s.cls === LineClass.Cell || s.cls === LineClass.Code || s.cls === LineClass.Row || s.text.length > MAX_HEADLINE_CHARS) return false;
  if (words > (first ? 30 : 20) || (words < 2 && !first)) return false;
  // The tests of the text alone are kept with the line's facts (the page's first line is asked once).
  return first ? readsLikeTitle(s.text, s.facts, true) : (s.facts.titleLike ??= readsLikeTitle(s.text, s.facts, false));
}

function readsLikeTitle(text: string, facts: LineFacts, first: boolean): boolean {
  if (!first && /[.,;:]["”’»)\]]*$/.test(text) && !/\.\.\.$|…$/.test(text) && !isTitleCasedSentence(text)) return false;
  // An editor's note in brackets: "[What you need to know to start the day: …]".
  if (text.charCodeAt(0) === 91 && text.endsWith(']')) return false;
  // A sentence followed by a credit in brackets is a caption: "… campaign. (onmeth.com)".
  if (/[.!?] .*\([^()]{2,40}\)$/.test(text)) return false;
  // Headlines start with a capital, a digit or a quote; alt text often starts in lower case, list
  // items and footnotes with a bullet ("iPhone" and "eBay" do start in lower case).
  if (/^\p{Ll}(?!\p{Lu})/u.test(text) || (!first && /^[*+•·–-]\s/u.test(text))) return false;
  // Breadcrumbs and title bars: "News » World » Title", "Title | Section | Site".
  if ((text.match(BREADCRUMB) ?? []).length >= 2) return false;
  // A dateline holds a clock time and a year ("AFP 30 avril 2015 à 07:19"); an attribution opens with
  // a dash; a wiki's hatnote says "See also".
  if ((CLOCK.test(text) && YEAR.test(text)) || /^[—―]\s/u.test(text) || /^see also\b/iu.test(text)) return false;
  if (isWireLede(text)) return false;
  // "… (Source: Jane Roe)": a caption ("(Credit: iStock)" is an image credit, below).
  if (/\(source\s*:[^()]*\)$/iu.test(text)) return false;
  return !facts.date && !facts.byline && !isImageCredit(text) && !facts.countedLabel;
}

/** Share of the longer words a title-cased line capitalises ("Why You Shouldn’t Worry."). */
const TITLE_CASE_SHARE = 0.8;

/** A headline of whole sentences, with a full stop: a sentence of prose is not title-cased. */
function isTitleCasedSentence(text: string): boolean {
  if (!text.endsWith('.')) return false;
  const long = text.split(/\s+/u).filter((w) => w.length >= 4);
  if (long.length < 3) return false;
  const capitals = long.filter((w) => /^["“‘(]?\p{Lu}/u.test(w)).length;
  return capitals >= long.length * TITLE_CASE_SHARE;
}
