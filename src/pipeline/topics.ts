// Articles told apart by what they are about, for dumps that part them with no more blank lines than
// they put between paragraphs (one, or none). Two articles of a dump rarely share their vocabulary;
// the paragraphs of one article do. So a cut goes where the prose before and the prose after share
// (almost) no content words, at the next article's headline when one stands there: a short line whose
// words come back in the prose after it. In the spirit of TextTiling (Hearst 1997), with the windows
// made of prose lines only, so menus and link lists between two pages neither hide nor fake a cut.
// Pure: lines in, cut positions out. The splitter asks only where the stream shows no article gap.
import { ContentWords, countCjk } from '../rules/words.js';
import { endsLikeSentence } from '../rules/prose.js';
import { anyLanguage } from '../rules/language.js';
import { isCountedLabel, isLinkListLine, matchBoilerplate } from '../rules/boilerplate.js';
import { isDateLine } from '../rules/byline.js';
import { detectWrap, joinWrapped } from '../rules/wrap.js';
import type { Line } from '../types.js';

/** Content words of prose on each side of a gap that are compared. */
export const TOPIC_WINDOW_WORDS = 250;
/** An article of a cut has at least this many prose words (inside the lines asked about)... */
export const MIN_ARTICLE_WORDS = 120;
/**
 * ...but the first may be a brief (a notice, a short item) of this many, cut off only under a headline
 * that the prose after it repeats, with next to nothing shared: the windows of a brief are too small
 * for a weaker valley to mean anything.
 */
export const MIN_BRIEF_WORDS = 40;
export const BRIEF_HEADLINE_EVIDENCE = 0.8;
const BRIEF_SHARED_TOPIC = 0.02;
/** Two cuts are at least this many prose words apart; the sharper valley wins. */
export const MIN_CUT_DISTANCE_WORDS = 100;
/** Cosine of the two windows at or below which they share no topic. */
export const NO_SHARED_TOPIC = 0.03;
/** At or below this the two sides share next to nothing: the cut stands even with no headline in the gap. */
export const NOTHING_SHARED = 0.01;
/** A weaker valley is a cut too when a headline for the prose after it stands in the gap. */
export const WEAK_SHARED_TOPIC = 0.06;
/** A headline's share of words found in the prose after it, less its share in the prose before. */
export const HEADLINE_EVIDENCE = 0.5;
/** Prose lines in a row that make an article's body, and how soon after the cut they start. */
export const BODY_RUN_LINES = 3;
const BODY_WITHIN = 6;
/** Prose lines on each side that a headline's words are looked for in. */
const HEADLINE_CONTEXT_LINES = 3;
/** A headline shares at least this share of its words with the prose after it. */
const PLACED_HEADLINE = 0.34;
const MAX_HEADLINE_CHARS = 200;
const MIN_HEADLINE_CHARS = 8;

interface ProseLine {
  /** Its position among the lines asked about. */
  readonly at: number;
  readonly words: readonly string[];
  /** The words as numbers, the same for the same word throughout one topicCuts call. */
  readonly ids: readonly number[];
}

function idOf(vocabulary: Map<string, number>, word: string): number {
  let id = vocabulary.get(word);
  if (id === undefined) vocabulary.set(word, (id = vocabulary.size));
  return id;
}

interface Gap {
  /** The prose line after the gap (an index into the prose lines). */
  readonly next: number;
  /** Prose words before the gap. */
  readonly wordsBefore: number;
  readonly cosine: number;
  /** The best headline evidence of a line in the gap (0: none). */
  readonly evidence: number;
}

/**
 * topicCuts of a stretch of numbered lines (positions into `lines`). A text browser's dump is asked
 * about its paragraphs, not its physical lines: a wrapped paragraph's lines are not prose one by one
 * (only the last ends like a sentence), and its markers ("[12]") are no words of a headline.
 */
export function topicCutsOf(lines: readonly Line[]): number[] {
  const layout = detectWrap(lines);
  if (layout.width === 0 && !layout.markers && !layout.markdown) return topicCuts(lines.map((l) => l.text));
  const { units, members } = joinWrapped(lines, layout);
  return topicCuts(units.map((u) => u.text)).map((u) => members[u]![0]!);
}

/**
 * Where new articles start among `texts` (the trimmed lines of one stretch of a dump): positions in
 * ascending order, never 0. Empty when the stretch reads as one article.
 */
export function topicCuts(texts: readonly string[]): number[] {
  return cutsWithin(texts, proseLines(texts), REFINE_ROUNDS);
}

/**
 * Once a cut is known, no window may reach across it: the prose of the article before would blur the
 * valley between two later ones. So each article found is asked again on its own, `rounds` deep.
 */
const REFINE_ROUNDS = 3;

/** The cuts among the prose lines `prose` (a run of them, in order); positions are into `texts`. */
function cutsWithin(texts: readonly string[], prose: readonly ProseLine[], rounds: number): number[] {
  const cuts = cutsOnce(texts, prose);
  if (cuts.length === 0 || rounds === 1) return cuts;
  const out: number[] = [];
  let first = 0;
  for (const cut of [...cuts, texts.length]) {
    let end = first;
    while (end < prose.length && prose[end]!.at < cut) end++;
    out.push(...cutsWithin(texts, prose.slice(first, end), rounds - 1));
    if (cut < texts.length) out.push(cut);
    first = end;
  }
  return out;
}

function cutsOnce(texts: readonly string[], prose: readonly ProseLine[]): number[] {
  const before = [0];
  for (const p of prose) before.push(before[before.length - 1]! + p.words.length);
  const total = before[prose.length]!;
  if (total < MIN_ARTICLE_WORDS + MIN_BRIEF_WORDS) return [];
  const gaps: Gap[] = [];
  const windows = new TwoWindows(prose);
  for (let j = 1; j < prose.length; j++) {
    // A short stretch after the last article is more often the page's end (a sign-in form, a list of
    // most read) than a brief: only the first article of a stretch may be a brief.
    if (total - before[j]! < MIN_ARTICLE_WORDS || before[j]! < MIN_BRIEF_WORDS) continue;
    // Up to TOPIC_WINDOW_WORDS on each side, and at least one line.
    let a = j - 1;
    while (a > 0 && before[j]! - before[a - 1]! <= TOPIC_WINDOW_WORDS) a--;
    let b = j + 1;
    while (b < prose.length && before[b + 1]! - before[j]! <= TOPIC_WINDOW_WORDS) b++;
    const cosine = windows.cosine(a, j, b);
    if (cosine > WEAK_SHARED_TOPIC) continue;
    const evidence = headlineEvidence(texts, prose, j);
    if (before[j]! < MIN_ARTICLE_WORDS && (cosine > BRIEF_SHARED_TOPIC || evidence < BRIEF_HEADLINE_EVIDENCE)) continue;
    gaps.push({ next: j, wordsBefore: before[j]!, cosine, evidence });
  }
  // A cut needs both: no shared topic, and a line in the gap that reads as the next article's headline
  // (unless the two sides share next to nothing).
  const valleys = gaps
    .filter((g) => g.cosine <= NO_SHARED_TOPIC || g.evidence >= HEADLINE_EVIDENCE)
    .map((g) => ({ gap: g, cut: placeCut(texts, prose, g.next, g.cosine <= NOTHING_SHARED) }))
    .filter((v) => v.cut >= 0 && bodyFollows(texts, prose, v.gap.next))
    .sort((x, y) => depth(x.gap) - depth(y.gap));
  const chosen: typeof valleys = [];
  for (const v of valleys) {
    if (chosen.every((c) => Math.abs(c.gap.wordsBefore - v.gap.wordsBefore) >= MIN_CUT_DISTANCE_WORDS)) chosen.push(v);
  }
  return chosen.map((v) => v.cut).sort((x, y) => x - y);
}

/**
 * An article has a body: BODY_RUN_LINES prose lines in a row (nothing but blank lines between them;
 * or one more across a single line once: a picture's caption) soon after its headline, within its first
 * BODY_WITHIN prose lines. A list of related stories, or comments under the article (a teaser or a
 * comment between headlines, names and dates), has none.
 */
function bodyFollows(texts: readonly string[], prose: readonly ProseLine[], j: number): boolean {
  let run = 1;
  // A picture's caption may stand once between its paragraphs; a teaser list has a title between every two.
  let interrupted = false;
  for (let k = j; k + 1 < prose.length && k < j + BODY_WITHIN; k++) {
    const between = linesBetween(texts, prose[k]!.at, prose[k + 1]!.at);
    if (between === 0) run++;
    else if (between === 1 && !interrupted) (interrupted = true), run++;
    else (run = 1), (interrupted = false);
    // Across a caption, one more paragraph shows it is a body.
    if (run >= BODY_RUN_LINES + (interrupted ? 1 : 0)) return true;
  }
  return false;
}

/**
 * Non-blank lines between two lines (counted up to two: more say no more), but for the page's furniture
 * ("Advertisement", "Read more"), which stands between any article's paragraphs.
 */
function linesBetween(texts: readonly string[], from: number, to: number): number {
  let lines = 0;
  for (let at = from + 1; at < to && lines < 2; at++) if (texts[at]!.length > 0 && !isPageFurniture(texts[at]!)) lines++;
  return lines;
}

/** How much a full headline's evidence counts against the cosine when two valleys compete. */
const HEADLINE_WEIGHT = 0.05;

/** Lower is a surer cut: little shared vocabulary, helped by a headline. */
function depth(g: Gap): number {
  return g.cosine - HEADLINE_WEIGHT * g.evidence;
}

/** Paragraph-sized lines that end like sentences (or are too long for anything else), with their content words. */
function proseLines(texts: readonly string[]): ProseLine[] {
  const out: ProseLine[] = [];
  const vocabulary = new Map<string, number>();
  for (let at = 0; at < texts.length; at++) {
    const t = texts[at]!;
    const prose = t.length >= 200 || (t.length >= 60 && endsLikeSentence(t)) || (t.length >= 40 && countCjk(t) >= 20);
    if (prose) {
      const words = topicWords(t);
      out.push({ at, words, ids: words.map((w) => idOf(vocabulary, w)) });
    }
  }
  return out;
}

/** Content words that can carry a topic: not stopwords of any language, not numbers, not two letters. */
function topicWords(text: string): string[] {
  const lower = text.toLowerCase();
  const scan = new ContentWords(lower, anyLanguage());
  const out: string[] = [];
  while (scan.next()) {
    const word = lower.slice(scan.start, scan.end);
    // CJK comes as character pairs, which are words enough.
    if ((word.length >= 3 || countCjk(word) === 2) && !isNumber(word)) out.push(word);
  }
  return out;
}

function isNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Word counts of two neighbouring windows of prose lines, [a, j) and [j, b), slid forward as the gap
 * moves on (each window only ever moves on), with their dot product and norms kept as counts change:
 * linear in the prose, where building two bags at every gap cost a fifth of a topic-cut run.
 */
class TwoWindows {
  private readonly left: Window;
  private readonly right: Window;
  /** The sum over words of left count × right count. */
  private dot = 0;

  constructor(private readonly prose: readonly ProseLine[]) {
    let vocabulary = 0;
    for (const p of prose) for (const id of p.ids) vocabulary = Math.max(vocabulary, id + 1);
    this.left = { counts: new Int32Array(vocabulary), norm: 0, start: 0, end: 0 };
    this.right = { counts: new Int32Array(vocabulary), norm: 0, start: 0, end: 0 };
  }

  /** Cosine of the windows [a, j) and [j, b); 1 (one topic, as far as anyone can tell) when either is empty. */
  cosine(a: number, j: number, b: number): number {
    this.slide(this.left, this.right, a, j);
    this.slide(this.right, this.left, j, b);
    const { norm: x } = this.left;
    const { norm: y } = this.right;
    return x > 0 && y > 0 ? this.dot / Math.sqrt(x * y) : 1;
  }

  /** Move `w` to [start, end), both no earlier than now: lines it leaves are taken out, lines it reaches put in. */
  private slide(w: Window, other: Window, start: number, end: number): void {
    for (let k = w.start; k < Math.min(start, w.end); k++) this.count(w, other, k, -1);
    for (let k = Math.max(w.end, start); k < end; k++) this.count(w, other, k, 1);
    w.start = start;
    w.end = end;
  }

  private count(w: Window, other: Window, line: number, by: 1 | -1): void {
    for (const id of this.prose[line]!.ids) {
      const n = w.counts[id]!;
      // (n ± 1)² − n² and the other side's share of the dot product.
      w.norm += by === 1 ? 2 * n + 1 : 1 - 2 * n;
      this.dot += by * other.counts[id]!;
      w.counts[id] = n + by;
    }
  }
}

interface Window {
  readonly counts: Int32Array;
  /** The sum of squared counts. */
  norm: number;
  start: number;
  end: number;
}

function isHeadlineLike(text: string): boolean {
  if (text.length < MIN_HEADLINE_CHARS || text.length > MAX_HEADLINE_CHARS) return false;
  if (!text.includes(' ') && countCjk(text) === 0) return false;
  // No final full stop, comma, colon, semicolon or ellipsis (in Latin or CJK punctuation).
  if (NOT_HEADLINE_END.has(text.charCodeAt(text.length - 1))) return false;
  // A line of dialogue ("— …"), an item of a list or slide show ("6. …", "1/50 …") or of a bar of
  // links whose first is empty ("| | Edit | Delete") opens no article;
  // nor does a line the rules know for page furniture ("Show comments", "Comments (74)", a date).
  return !LIST_OR_DIALOGUE.test(text) && !isPageFurniture(text);
}

function isPageFurniture(text: string): boolean {
  return matchBoilerplate(text) !== undefined || isCountedLabel(text) || isLinkListLine(text) || isDateLine(text);
}

const NOT_HEADLINE_END = new Set([0x2e, 0x2c, 0x3a, 0x3b, 0x2026, 0x3002, 0xff0c, 0xff1a, 0xff1b, 0x3001]);
const LIST_OR_DIALOGUE = /^(?:[-–—•*|]|\d+\s*(?:[./)]|of\b))/u;

/**
 * A headline's words are looked for in the prose by their first letters, a stemmer for any language
 * that writes suffixes: the headline's "robot" and "onion" are the body's "robots" and "onions", its
 * "meet", "nursing" and "shutoff" the body's "meeting", "nurses" and "shutting" (four letters, not five).
 * (Topics are compared by whole words: stems would make unrelated articles look alike.)
 */
const STEM_CHARS = 4;

function stem(word: string): string {
  return word.length > STEM_CHARS ? word.slice(0, STEM_CHARS) : word;
}

/** Distinct stems of the topic words of prose lines `from` to `to`. */
function stemSet(prose: readonly ProseLine[], from: number, to: number): Set<string> {
  const set = new Set<string>();
  for (let j = Math.max(0, from); j < Math.min(prose.length, to); j++) for (const w of prose[j]!.words) set.add(stem(w));
  return set;
}

/** Distinct stems of a line's topic words. */
function stemsOf(text: string): string[] {
  return [...new Set(topicWords(text).map(stem))];
}

/**
 * How well a line between prose lines `j - 1` and `j` reads as the next article's headline: the
 * best share of its words that come back after the gap, less the share found before it.
 */
function headlineEvidence(texts: readonly string[], prose: readonly ProseLine[], j: number): number {
  const after = stemSet(prose, j, j + HEADLINE_CONTEXT_LINES);
  const earlier = stemSet(prose, j - HEADLINE_CONTEXT_LINES, j);
  let best = 0;
  for (let at = prose[j - 1]!.at + 1; at < prose[j]!.at; at++) {
    const text = texts[at]!;
    if (!isHeadlineLike(text)) continue;
    const words = stemsOf(text);
    if (words.length < 2) continue;
    let found = 0;
    for (const w of words) found += (after.has(w) ? 1 : 0) - (earlier.has(w) ? 1 : 0);
    best = Math.max(best, found / words.length);
  }
  return best;
}

/**
 * Where in the gap before prose line `j` the next article starts: at its headline, the line whose
 * words the prose after it repeats most (after a blank line if the gap has any). Where no line of
 * the gap reads as one: at the gap's first line if `anyway`, else -1 (no cut).
 */
function placeCut(texts: readonly string[], prose: readonly ProseLine[], j: number, anyway: boolean): number {
  const lo = prose[j - 1]!.at + 1;
  const hi = prose[j]!.at;
  const after = stemSet(prose, j, j + HEADLINE_CONTEXT_LINES);
  let blankInGap = false;
  for (let at = lo; at < hi; at++) if (texts[at]!.length === 0) blankInGap = true;
  let best = -1;
  let bestShare = 0;
  for (let at = lo; at <= hi; at++) {
    const text = texts[at]!;
    // Right after the prose before, it is a dump with no blank line between articles at all.
    if (text.length === 0 || (blankInGap && at > lo && texts[at - 1]!.length > 0) || !isHeadlineLike(text)) continue;
    const words = stemsOf(text);
    if (words.length === 0) continue;
    let found = 0;
    for (const w of words) if (after.has(w)) found++;
    if (found / words.length > bestShare) (bestShare = found / words.length), (best = at);
  }
  if (bestShare >= PLACED_HEADLINE) return best;
  if (!anyway) return -1;
  let first = lo;
  while (first < hi && texts[first]!.length === 0) first++;
  return first;
}
