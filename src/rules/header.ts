// The article header of news templates: headline, image captions (alt text + caption), the font-size
// widget, then the headline and captions a second time. Scrapers keep both copies; we keep one.
import type { Line } from '../types.js';
import { rule } from './rule.js';
import { isWidgetLine, isWidgetSize } from './widget.js';
import { isBylineLine, isDateLine, isSectionLabel } from './byline.js';
import { countCjk } from './words.js';

export const headlineRule = rule('headline', 'The headline is kept once, in the headline field.');
export const headlineRepeat = rule('headline-repeat', 'The template prints the headline a second time.');
export const headerCaption = rule('header-caption', 'An image caption in the article header goes to the captions field.');
export const captionRepeat = rule('caption-repeat', 'A caption the dump already showed (alt text and caption repeat it).');
export const captionPair = rule('caption-pair', 'A line printed twice in a row is an image caption (alt text, then caption).');

/** How many non-blank lines at the top of an article may hold its header. */
export const HEADER_WINDOW = 12;
/** Longer lines are prose, never a headline. */
export const MAX_HEADLINE_CHARS = 300;

const HAS_WORD = /[\p{L}\p{N}]/u;

/** Positions (into the article's line array) of what the header rules found. */
export interface HeaderLayout {
  /** Index of the headline line, or -1 when the article has no non-blank line. */
  headline: number;
  /** Index of the headline's second copy, or -1. */
  twin: number;
  /** Indices of widget lines ("TT", its size, "TT 20"). */
  widget: Set<number>;
  /** The news template's header: the widget, or a headline copy with only captions between. */
  template: boolean;
}

/**
 * Blocks are runs of non-blank lines; `block[i]` numbers them. Identical lines in one block are an
 * image's alt text and caption; identical lines in different blocks of the header are the template
 * repeating itself (headline, captions).
 */
export function blockIds(lines: readonly Line[]): number[] {
  // A plain array, not a typed one: a typed array per article is an ArrayBuffer to allocate and sweep.
  const ids: number[] = [];
  let block = 0;
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const blank = lines[i]!.text.length === 0;
    if (!blank && !inBlock) block++;
    inBlock = !blank;
    ids.push(blank ? 0 : block);
  }
  return ids;
}

/** The first non-blank lines of the article, as indices. */
export function headerWindow(lines: readonly Line[], size = HEADER_WINDOW): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length && out.length < size; i++) if (lines[i]!.text.length > 0) out.push(i);
  return out;
}

export function findWidget(lines: readonly Line[], window: readonly number[]): Set<number> {
  const widget = new Set<number>();
  for (let k = 0; k < window.length; k++) {
    const i = window[k]!;
    if (!isWidgetLine(lines[i]!.text)) continue;
    widget.add(i);
    const next = window[k + 1];
    if (next !== undefined && isWidgetSize(lines[next]!.text)) widget.add(next);
  }
  return widget;
}

/**
 * The news template's header: a headline printed twice with only the widget and caption pairs between
 * the copies. With the widget, the headline is the earliest line with a later copy (labels may stand
 * above it). Without it, only the first lines count, and only alt-text/caption pairs may stand between:
 * web pages repeat lines everywhere. No header: the first line is the headline.
 */
export function findHeader(lines: readonly Line[], blocks: readonly number[]): HeaderLayout {
  const window = headerWindow(lines);
  const widget = findWidget(lines, window);
  const candidates = window.filter((i) => !widget.has(i) && HAS_WORD.test(lines[i]!.text));
  const first = candidates[0] ?? -1;
  const reach = widget.size > 0 ? candidates.length : Math.min(isLabel(lines, first) ? 2 : 1, candidates.length);
  for (let a = 0; a < reach; a++) {
    const i = candidates[a]!;
    const text = lines[i]!.text;
    if (text.length > MAX_HEADLINE_CHARS || isPairedInBlock(lines, blocks, i)) continue;
    for (let b = a + 1; b < candidates.length; b++) {
      const j = candidates[b]!;
      if (lines[j]!.text !== text || blocks[j] === blocks[i]) continue;
      if (widget.size > 0 || (onlyPairsBetween(lines, blocks, i, j) && articleFollows(lines, blocks, j))) {
        return { headline: i, twin: j, widget, template: true };
      }
    }
  }
  return { headline: first, twin: -1, widget, template: widget.size > 0 };
}

/**
 * Without the widget the headline is the first line, or the second under a section label or date
 * (asked only then: with the widget, every line may be the headline).
 */
function isLabel(lines: readonly Line[], first: number): boolean {
  return first >= 0 && (isSectionLabel(lines[first]!.text) || isDateLine(lines[first]!.text));
}

/**
 * Without the widget, a line printed twice is only a template's headline when the article follows its
 * copy (after any caption pairs, a byline and a date): a paragraph. A site's logo printed twice is
 * followed by its menu, a blog's name by the post's title.
 */
function articleFollows(lines: readonly Line[], blocks: readonly number[], twin: number): boolean {
  let meta = 0;
  for (let p = twin + 1; p < lines.length; p++) {
    const text = lines[p]!.text;
    if (text.length === 0 || isPairedInBlock(lines, blocks, p)) continue;
    if ((isDateLine(text) || isBylineLine(text)) && meta++ < 3) continue;
    return isOpeningParagraph(text);
  }
  return true;
}

/**
 * A paragraph, as the line under a headline's copy is: several words, and a sentence end or some
 * length. Chinese and Japanese put no spaces between words: there, characters count (two a word).
 */
export function isOpeningParagraph(text: string): boolean {
  const ends = text.length >= ARTICLE_CHARS || /[.!?…。”"’»)」]$/u.test(text);
  if (text.split(/\s+/).length >= ARTICLE_WORDS) return ends;
  return text.length >= 2 * ARTICLE_WORDS && countCjk(text) * 2 >= text.length && ends;
}

/** The line under a headline's copy (past a byline and a date) is a paragraph: this many words… */
const ARTICLE_WORDS = 8;
/** …and a sentence end, or this many characters. */
const ARTICLE_CHARS = 100;

/** Between i and j only alt-text/caption pairs (a line and its copy in one block), or nothing. */
function onlyPairsBetween(lines: readonly Line[], blocks: readonly number[], i: number, j: number): boolean {
  for (let p = i + 1; p < j; p++) {
    if (lines[p]!.text.length > 0 && !isPairedInBlock(lines, blocks, p)) return false;
  }
  return true;
}

/**
 * What a template prints between a headline and its copy: the font-size widget and image captions,
 * each caption twice (alt text and caption). True when `texts` hold the widget, or only such pairs.
 */
export function onlyWidgetAndPairs(texts: readonly string[]): boolean {
  const counts = new Map<string, number>();
  for (let b = 0; b < texts.length; b++) {
    const t = texts[b]!;
    if (isWidgetLine(t) || (b > 0 && isWidgetSize(t) && isWidgetLine(texts[b - 1]!))) return true;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  for (const n of counts.values()) if (n < 2) return false;
  return counts.size > 0;
}

/** The line has an identical neighbour in its own block (an alt-text/caption pair, not a headline). */
export function isPairedInBlock(lines: readonly Line[], blocks: readonly number[], i: number): boolean {
  const text = lines[i]!.text;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  return (
    (prev !== undefined && blocks[i - 1] === blocks[i] && prev.text === text) ||
    (next !== undefined && blocks[i + 1] === blocks[i] && next.text === text)
  );
}
