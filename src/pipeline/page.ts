// Whole web pages turned into text: the article is the densest run of prose; the headline is the
// headline-like line just above it. A per-line pass scores each line (jusText-style: length, stopword
// density, sentence punctuation, chrome patterns), then a context pass picks the best-scoring run.
import { LineRole, type Decision, type Line } from '../types.js';
import { detectLanguage, type Language } from '../rules/language.js';
import type { ProseFeatures } from '../rules/prose.js';
import { articleMeta, outsideArticle, siteChrome } from '../rules/boilerplate.js';
import { bylineLine, dateLine, isPublicationStamp, isWireLede } from '../rules/byline.js';
import { headlineRule } from '../rules/header.js';
import { findPageHeadline } from './headline.js';
import { isInvisibleLine } from './lines.js';
import type { Rule } from '../rules/rule.js';
import type { RunMemory } from './memory.js';
import { blankLine, bodyText as bodyRule } from '../rules/basic.js';
import { CellPlace, dataRow, findTables, tableCell } from './table.js';
import { codeLine } from '../rules/code.js';
import { lineFactsIn, type LineFacts } from './line-facts.js';
import { TextCounts } from './text-counts.js';
import { markCardLists } from './cards.js';

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
  /** Median stopword density under the previous article's language that keeps it for the next. */
  languageFit: 0.3,
  /** Short lines in a row that make a menu (a page without one, nor chrome, is kept whole). */
  menuRun: 1000,
  /** Cost of a short line and of a chrome line inside the run. */
  shortCost: 10,
  /** A list item or table row adds a little; a linked title costs a little. */
  plainWeight: 2,
  /** …but a list item with no paragraph within this many lines is a linked title (a sidebar of teasers). */
  proseReach: 10,
  teaserCost: 3,
  badCost: 30,
  /** Lines at the top of the body where a byline or a date still goes to its field. */
  metaAtStart: 4,
  /** Paragraphs of unique text above a headline found inside the run that keep the run's start. */
  proseAboveHeadline: 2,
  /** Weight a run after a comment section's heading keeps, against the article above it. */
  commentsDiscount: 0.2,
  /** Weight of text a run must hold before a "Read more" or share line ends it. */
  softWallAfter: 2000,
  /** …and only when what follows it weighs less than this share of what came before. */
  softWallTail: 0.3,
  /** …unless this many paragraphs in a row follow the marker's lines: the article goes on. */
  resumingParagraphs: 2,
} as const;

/** Patterns dropped wherever they stand, but costing the run no more than any short line (galleries sit inside articles). */
const LIGHT = new Set(['media-label']);

/** Patterns that never stand inside an article's text. */
const WALLS = new Set(['copyright', 'follow-us', 'cookie-notice', 'comments-prompt', 'login-prompt', 'skip-link']);
/** A lone "Report" button also sits under a post embedded in the article (a tweet): chrome, but no wall. */
const EMBED_BUTTON = /^report$/iu;

export const enum LineClass {
  Good,
  Near,
  /** Short, but worded like content (a list item, a table row, a short sentence). */
  Plain,
  /** A row of a data list (see table.ts): it weighs like a short sentence. */
  Row,
  /** A table cell (see table.ts): neither prose nor chrome, it weighs nothing. */
  Cell,
  /** A line of code (see rules/code.ts): weighs nothing either. */
  Code,
  /** Several capitalised words and no sentence end: the title of a linked story. */
  Teaser,
  /** A word or two: a menu item, a label. */
  Short,
  /** A date or time alone: under a headline once, but a run of them is a comment thread or a list of links. */
  Stamp,
  Bad,
  /** Chrome that ends an article (copyright, comment forms, cookie prompts): no run crosses it. */
  Wall,
}

export interface Scored {
  readonly index: number;
  readonly text: string;
  readonly cls: LineClass;
  /** Why a bad line is bad. */
  readonly rule?: Rule;
  readonly facts: LineFacts;
}

export function classifyPage(lines: readonly Line[], decided: readonly (Decision | undefined)[], memory: RunMemory): Decision[] {
  const open: number[] = [];
  for (let i = 0; i < lines.length; i++) if (!decided[i] && lines[i]!.text.length > 0 && !isInvisibleLine(lines[i]!.text)) open.push(i);
  const texts = open.map((i) => lines[i]!.text);
  // The stream's last language is kept while its stopwords fit the article (a cheap check): franc is
  // the costliest step per article, and dumps seldom change language from one article to the next.
  let lang = memory.language;
  let facts = lang ? texts.map(lineFactsIn(lang)) : [];
  let median = medianDensity(facts);
  if (!lang || !languageFits(median) || lang.cjk !== mostlyCjk(texts, facts)) {
    const detected = detectLanguage(texts);
    // Facts depend on the text and the language alone: franc's answer may be the language tried.
    if (detected !== lang) {
      lang = detected;
      facts = texts.map(lineFactsIn(lang));
      median = medianDensity(facts);
      memory.language = lang;
    }
  }
  const useStopwords = stopwordsInform(median);
  const tables = findTables(open.map((i, k) => scoreLine(i, lines[i]!.text, facts[k]!, useStopwords, lang!.unspaced, memory)));
  const scored = markCardLists(demoteFarFromProse(tables.scored));
  const [from, runEnd] = densestRun(scored);
  const to = from < 0 ? runEnd : throughNumberedList(scored, runEnd);
  const out: (Decision | undefined)[] = decided.slice();
  const set = (i: number, role: LineRole, why: Rule): void => {
    out[i] = { line: lines[i]!, role, rule: why.name };
  };
  // A line of a data list is kept as it is; a table cell with its row (a later cell joins the line of
  // the cell before it).
  const keepTableLine = (k: number): void => {
    const i = scored[k]!.index;
    if (tables.places[k] === CellPlace.DataRow) return set(i, LineRole.Body, dataRow);
    const continues = tables.places[k] === CellPlace.InRow && k > 0 && out[scored[k - 1]!.index]?.rule === tableCell.name;
    out[i] = { line: lines[i]!, role: LineRole.Body, rule: tableCell.name, continues };
  };
  if (from < 0 || withoutChrome(scored)) {
    // No prose at all, or nothing that looks like a site around the text: keep the article whole
    // rather than guess (a list, a table, a short note, newsclean's own text output).
    const first = scored.find((s) => s.cls < LineClass.Bad);
    const top = first ? scored.indexOf(first) + PAGE.metaAtStart : 0;
    // The first line is the headline, unless it opens the story's text (a wire story's dateline). A
    // line that a pattern drops never is: a block of chrome alone (a link list) is no article at all.
    const head = first && !isWireLede(first.text) ? first : undefined;
    scored.forEach((s, k) => {
      if (s === head) set(s.index, LineRole.Headline, headlineRule);
      else if (s.rule) set(s.index, LineRole.Boilerplate, s.rule);
      else if (tables.places[k] !== CellPlace.None) keepTableLine(k);
      else if (s.cls === LineClass.Code) set(s.index, LineRole.Body, codeLine);
      else if (k <= top && s.cls !== LineClass.Good && (s.facts.date || s.facts.byline)) setMeta(s, set);
      else set(s.index, LineRole.Body, bodyRule);
    });
    return fillBlank(out, lines);
  }
  const prose = uniqueProseBefore(scored);
  const head = findPageHeadline(scored, from, to, lang, (text) => memory.seenBefore(text), prose);
  // A headline found inside the run starts the article after it, unless paragraphs of the page's own
  // text stand above it (a lede before the title, or a subheading taken for it): those stay.
  const start = head >= from && prose[head]! - prose[from]! >= PAGE.proseAboveHeadline ? from : Math.max(from, head + 1);
  for (let k = 0; k < scored.length; k++) {
    const s = scored[k]!;
    if (k === head) set(s.index, LineRole.Headline, headlineRule);
    else if (k < start && k > head && head >= 0) setMeta(s, set);
    else if (k < start || k > to) set(s.index, LineRole.Boilerplate, s.rule ?? outsideArticle);
    else if (s.rule) set(s.index, LineRole.Boilerplate, s.rule);
    else if (tables.places[k] !== CellPlace.None) keepTableLine(k);
    else if (s.cls === LineClass.Code) set(s.index, LineRole.Body, codeLine);
    else if (k - start < PAGE.metaAtStart && s.cls !== LineClass.Good && (s.facts.date || s.facts.byline)) setMeta(s, set);
    // "Updated 3:27 am PST, …" further down (under a picture, over the last paragraph) is a stamp still.
    else if (s.facts.date && isPublicationStamp(s.text)) set(s.index, LineRole.Date, dateLine);
    else set(s.index, LineRole.Body, bodyRule);
  }
  return fillBlank(out, lines);
}

/**
 * `out[k]`: good paragraphs before line k that the page prints once (gallery captions repeat), so the
 * unique prose of lines a..b is out[b] − out[a]: what a headline found inside the run would cut.
 */
export function uniqueProseBefore(scored: readonly Scored[]): number[] {
  const counts = new TextCounts();
  for (const s of scored) if (s.cls === LineClass.Good) counts.add(s.text);
  // A plain array, not a typed one: a typed array per page is an ArrayBuffer to allocate and sweep.
  const out = [0];
  for (let k = 0; k < scored.length; k++) {
    const s = scored[k]!;
    out.push(out[k]! + (s.cls === LineClass.Good && counts.count(s.text) === 1 ? 1 : 0));
  }
  return out;
}

function setMeta(s: Scored, set: (i: number, role: LineRole, why: Rule) => void): void {
  if (s.facts.date) set(s.index, LineRole.Date, dateLine);
  else if (s.facts.byline) set(s.index, LineRole.Byline, bylineLine);
  else set(s.index, LineRole.Boilerplate, s.rule ?? articleMeta);
}

function scoreLine(index: number, text: string, facts: LineFacts, useStopwords: boolean, unspaced: boolean, memory: RunMemory): Scored {
  const pattern = facts.pattern ?? (memory.isChrome(text) ? siteChrome : undefined);
  // Every record has the same keys (`rule` too), so that the stages read them in one shape.
  return { index, text, cls: pattern ? chromeClass(pattern, text) : textClass(facts, useStopwords, unspaced), rule: pattern, facts };
}

function chromeClass(pattern: Rule, text: string): LineClass {
  return WALLS.has(pattern.name) && !EMBED_BUTTON.test(text) ? LineClass.Wall : LIGHT.has(pattern.name) ? LineClass.Short : LineClass.Bad;
}

function textClass(facts: LineFacts, useStopwords: boolean, unspaced: boolean): LineClass {
  if (facts.code) return LineClass.Code;
  // A bare number costs like a menu item outside the article, but inside it is a table cell: kept. So
  // does a label with a count (a list of categories in a sidebar weighs against the run, not for it).
  if (facts.bareNumber || facts.countedLabel) return LineClass.Short;
  if (facts.date) return LineClass.Stamp;
  return lineClass(facts.features, useStopwords, unspaced);
}

/**
 * A list item is content beside paragraphs; a long column of them with no paragraph near is a list of
 * links (teaser titles in a sidebar): there it weighs like a linked title.
 */
function demoteFarFromProse(scored: readonly Scored[]): Scored[] {
  const out = scored.slice();
  let lastProse = -Infinity;
  const before: number[] = [];
  for (let k = 0; k < scored.length; k++) {
    if (scored[k]!.cls <= LineClass.Near) lastProse = k;
    before.push(k - lastProse);
  }
  let nextProse = Infinity;
  for (let k = scored.length - 1; k >= 0; k--) {
    const s = scored[k]!;
    if (s.cls <= LineClass.Near) nextProse = k;
    if (s.cls === LineClass.Plain && !s.facts.features.digits && before[k]! > PAGE.proseReach && nextProse - k > PAGE.proseReach) {
      out[k] = { ...s, cls: LineClass.Teaser };
    }
  }
  return out;
}

/** More than a quarter of the article's characters are Chinese, Japanese or Korean. */
function mostlyCjk(texts: readonly string[], facts: readonly LineFacts[]): boolean {
  let all = 0;
  let cjk = 0;
  for (let k = 0; k < texts.length; k++) {
    all += texts[k]!.length;
    cjk += facts[k]!.features.cjk;
    if (all > 4000) break;
  }
  return cjk * 4 > all;
}

/** The long lines' median stopword density under a language, or undefined without long lines. */
function medianDensity(facts: readonly LineFacts[]): number | undefined {
  const densities: number[] = [];
  for (const { features: f } of facts) if (f.chars >= PAGE.goodChars) densities.push(f.stopwordDensity);
  if (densities.length === 0) return undefined;
  densities.sort((a, b) => a - b);
  return densities[Math.floor(densities.length / 2)]!;
}

/** Do the article's long lines (their median density) read like prose in this language, or is there nothing to tell? */
function languageFits(median: number | undefined): boolean {
  return median === undefined || median >= PAGE.languageFit;
}

/**
 * Stopword lists only help where the article's long lines (their median density) actually contain
 * stopwords: for a language whose words carry their particles (Korean) or an unknown list, density
 * says nothing.
 */
function stopwordsInform(median: number | undefined): boolean {
  return median === undefined || median >= PAGE.informativeStopwords;
}

export function lineClass(f: ProseFeatures, useStopwords = true, unspaced = false): LineClass {
  const good = useStopwords ? PAGE.goodStopwords : 0;
  const near = useStopwords ? PAGE.nearStopwords : 0;
  if (f.chars >= PAGE.goodChars && f.stopwordDensity >= good && (f.sentenceEnd || f.chars >= PAGE.longChars)) {
    return LineClass.Good;
  }
  if (f.chars >= PAGE.nearChars && f.stopwordDensity >= near && f.sentenceEnd) return LineClass.Near;
  if (f.words >= 4 && f.stopwordDensity >= near && f.capitalised < 0.5) return LineClass.Plain;
  // Chinese and Japanese have no capitals: a sentence there is text, never the title of a link.
  if (unspaced && f.words >= 4 && f.sentenceEnd) return LineClass.Plain;
  if (f.words >= 2 && f.digits) return LineClass.Plain;
  if (f.words >= 4) return LineClass.Teaser;
  return LineClass.Short;
}

/** No chrome line (and no menu, PAGE.menuRun short lines in a row): the text is an article already. */
function withoutChrome(scored: readonly Scored[]): boolean {
  let shortRun = 0;
  for (const s of scored) {
    if (s.cls >= LineClass.Bad) return false;
    shortRun = s.cls === LineClass.Short ? shortRun + 1 : 0;
    if (shortRun >= PAGE.menuRun) return false;
  }
  return true;
}

function weight(s: Scored): number {
  switch (s.cls) {
    case LineClass.Good:
      return s.facts.features.chars;
    case LineClass.Near:
    case LineClass.Row:
      return s.facts.features.chars / 2;
    case LineClass.Plain:
      return PAGE.plainWeight;
    case LineClass.Cell:
    case LineClass.Code:
      return 0;
    case LineClass.Teaser:
      return -PAGE.teaserCost;
    case LineClass.Short:
      return -PAGE.shortCost;
    case LineClass.Stamp:
      return -PAGE.badCost;
    case LineClass.Bad:
      return -PAGE.badCost;
    case LineClass.Wall:
      return -Infinity;
  }
}

/** A comment section's heading or count (not a lone "Reply" or "Report" button). */
const COMMENTS_HEADING = /comment|коммент|kom+ent|coment/iu;

/** The run of lines with the highest total weight (Kadane); [-1, -1] when no line has positive weight. */
export function densestRun(scored: readonly Scored[]): [number, number] {
  let best = 0;
  let bestFrom = -1;
  let bestTo = -1;
  let sum = 0;
  let from = 0;
  // Text under a comment section's heading is readers' comments: it must outweigh the article by far.
  let discount = 1;
  for (let k = 0; k < scored.length; k++) {
    if (sum <= 0) (sum = 0), (from = k);
    const s = scored[k]!;
    sum += weight(s);
    if (s.rule?.name === 'comments-prompt' && COMMENTS_HEADING.test(s.text)) discount = PAGE.commentsDiscount;
    if (sum * discount > best) (best = sum * discount), (bestFrom = from), (bestTo = k);
  }
  return bestFrom < 0 ? [-1, -1] : [bestFrom, endAtSoftWall(scored, bestFrom, bestTo)];
}

/**
 * "Read more", share buttons and newsletter prompts after a good stretch of text usually end the
 * article: what follows them is teasers and comments. Cut there when the text after the marker weighs
 * much less than the text before it (an inline "Read more" in a long article is not an end).
 */
function endAtSoftWall(scored: readonly Scored[], from: number, to: number): number {
  let total = 0;
  for (let k = from; k <= to; k++) total += weight(scored[k]!);
  let before = 0;
  for (let k = from; k <= to; k++) {
    const s = scored[k]!;
    if (before >= PAGE.softWallAfter && s.rule !== undefined && SOFT_WALLS.has(s.rule.name)) {
      // What follows the marker: the run's total less what came before it and the marker itself.
      const after = total - before - weight(s);
      // A newsletter box sits inside articles too; teasers follow a "Read more" however long they are.
      if (after < before * PAGE.softWallTail && !(s.rule.name === 'newsletter-prompt' && proseResumes(scored, k + 1, to))) {
        let end = k - 1;
        while (end > from && weight(scored[end]!) <= 0) end--;
        return end;
      }
    }
    before += weight(s);
  }
  return to;
}

/**
 * The article goes on after a prompt set inside it ("Subscribe to WIRED and stay smart"): right after
 * the prompt's lines, paragraphs follow one another again.
 */
function proseResumes(scored: readonly Scored[], k: number, to: number): boolean {
  // The prompt's own lines: a button, its pitch ("Subscribe to WIRED and stay smart …").
  for (let skipped = 0; k <= to && scored[k]!.cls !== LineClass.Good && skipped < PROMPT_LINES; skipped++) k++;
  let good = 0;
  for (; k <= to && scored[k]!.cls === LineClass.Good; k++) good++;
  return good >= PAGE.resumingParagraphs;
}

/** Lines of a prompt after its first (its button, its pitch) before the article may go on. */
const PROMPT_LINES = 2;

/** Lines allowed between two items of a numbered list (a link, a price, a picture's caption). */
const LIST_GAP = 4;
const LIST_NUMBER = /^(\d{1,3})[.)]\s+\S/u;

/**
 * A numbered list ("1) …", "2. …") that starts inside the article goes on to its last item, however
 * short its items: prose density ends the run at the first item, a list's numbers say it goes on.
 */
export function throughNumberedList(scored: readonly Scored[], to: number): number {
  let end = to;
  for (let k = Math.max(0, to - LIST_GAP); k <= end; k++) {
    const n = listNumber(scored[k]!.text);
    if (n === undefined) continue;
    // Follow n+1, n+2, … past the run's end, never across chrome.
    let at = k;
    let next = n + 1;
    for (let j = k + 1; j < scored.length && j - at <= LIST_GAP; j++) {
      const s = scored[j]!;
      if (s.cls >= LineClass.Bad) break;
      if (listNumber(s.text) === next) (at = j), next++;
    }
    if (at > end) {
      // The last item keeps the lines that followed each item before it (its link or price).
      const gap = next - n > 1 ? Math.floor((at - k) / (next - n - 1)) - 1 : 0;
      end = at;
      for (let j = at + 1; j <= at + gap && j < scored.length && scored[j]!.cls < LineClass.Bad && listNumber(scored[j]!.text) === undefined; j++) end = j;
    }
    // The items of this chain start no longer one: go on after it (linear in the list's length).
    k = Math.max(k, at);
  }
  return end;
}

function listNumber(text: string): number | undefined {
  const m = LIST_NUMBER.exec(text);
  return m ? Number(m[1]) : undefined;
}

const SOFT_WALLS = new Set(['read-more', 'share-buttons', 'newsletter-prompt']);

function fillBlank(out: (Decision | undefined)[], lines: readonly Line[]): Decision[] {
  for (let i = 0; i < lines.length; i++) out[i] ??= { line: lines[i]!, role: LineRole.Blank, rule: blankLine.name };
  return out as Decision[];
}
