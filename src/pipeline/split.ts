// lines → articles. An article ends at a gap of GAP_LINES blank lines, or where the next article's
// header shows: a headline that the template prints twice within its first lines (the captions and
// the font-size widget between the copies). Memory: one article, never the input.
import type { ArticleLines, Line } from '../types.js';
import { isWidgetLine, isWidgetSize } from '../rules/widget.js';
import { MAX_HEADLINE_CHARS, onlyWidgetAndPairs } from '../rules/header.js';
import { isDateLine, isSectionLabel } from '../rules/byline.js';

/** Blank lines that always separate two articles (the seed layout uses 3). */
export const GAP_LINES = 3;
/** How many non-blank lines the second copy of a headline may stand after the first. */
export const TWIN_DISTANCE = 8;
/** A gap that, right above a repeated headline, marks where the new article's label lines begin. */
export const SOFT_GAP_LINES = 2;
/** The article's own headline is among its first few non-blank lines (labels may stand above it). */
const OWN_HEADLINE_WITHIN = 3;

export class ArticleSplitter {
  private lines: Line[] = [];
  /** Positions in `lines` of the last TWIN_DISTANCE + 1 non-blank lines. */
  private recent: number[] = [];
  /** Positions of the article's first non-blank lines, where its own headline stands. */
  private lead: number[] = [];
  /** Lines before this position belong to the current article's header; repeats there never split. */
  private headerEnd = 0;
  private blankRun = 0;
  private index = 0;

  push(line: Line, out: ArticleLines[] = []): ArticleLines[] {
    if (line.text.length === 0) {
      this.blankRun++;
      if (this.lines.length > 0) this.lines.push(line);
      if (this.blankRun === GAP_LINES) this.flush(this.lines.length, out, false);
      return out;
    }
    this.blankRun = 0;
    const cut = this.findNextHeader(line.text);
    if (cut >= 0) this.flush(cut, out, true);
    const at = this.lines.length;
    this.lines.push(line);
    this.recent.push(at);
    if (this.recent.length > TWIN_DISTANCE + 1) this.recent.shift();
    if (this.lead.length < OWN_HEADLINE_WITHIN) this.lead.push(at);
    return out;
  }

  end(out: ArticleLines[] = []): ArticleLines[] {
    this.flush(this.lines.length, out, false);
    return out;
  }

  /** Lines held for the article being read (bounded by the largest article). */
  get heldLines(): number {
    return this.lines.length;
  }

  /**
   * `text` is about to be appended. If it is the second copy of a headline that opens a new article,
   * return where that article starts (an index into `lines`), else -1.
   */
  private findNextHeader(text: string): number {
    if (text.length > MAX_HEADLINE_CHARS || isWidgetLine(text) || isWidgetSize(text)) return -1;
    const recent = this.recent;
    for (let k = recent.length - 1; k >= 0; k--) {
      const i = recent[k]!;
      if (this.lines[i]!.text !== text) continue;
      if (i < this.headerEnd || !this.looksLikeHeaderBetween(k, i)) return -1;
      if (this.headerEnd === 0 && this.lead.includes(i)) {
        // The current article's own headline and its copy.
        this.headerEnd = this.lines.length + 1;
        return -1;
      }
      return this.startBefore(k, i);
    }
    return -1;
  }

  /**
   * Between a headline and its copy the template prints the widget and caption pairs. Without the
   * widget, the copies must also follow a soft gap: web pages repeat short lines all the time.
   */
  private looksLikeHeaderBetween(k: number, i: number): boolean {
    const between: string[] = [];
    for (let b = k + 1; b < this.recent.length; b++) between.push(this.lines[this.recent[b]!]!.text);
    if (between.some(isWidgetLine)) return true;
    if (i > 0 && this.blankRunBefore(i) < SOFT_GAP_LINES) return false;
    return between.length === 0 || onlyWidgetAndPairs(between);
  }

  private blankRunBefore(i: number): number {
    let n = 0;
    for (let p = i - 1; p >= 0 && this.lines[p]!.text.length === 0; p--) n++;
    return n;
  }

  /** The new article starts at its headline, or at a label or date line just above it. */
  private startBefore(k: number, i: number): number {
    let start = i;
    for (let back = 1; back <= 2 && k - back >= 0; back++) {
      const p = this.recent[k - back]!;
      const text = this.lines[p]!.text;
      if (p === 0 || !(isSectionLabel(text) || isDateLine(text))) break;
      start = p;
      if (this.blankRunBefore(p) >= SOFT_GAP_LINES) break;
    }
    return start;
  }

  /** Emit lines[0, cut) as an article (if it has text); the rest starts the next one. */
  private flush(cut: number, out: ArticleLines[], twinFollows: boolean): void {
    let end = cut;
    while (end > 0 && this.lines[end - 1]!.text.length === 0) end--;
    if (end > 0) out.push({ index: this.index++, lines: this.lines.slice(0, end) });
    let from = cut;
    while (from < this.lines.length && this.lines[from]!.text.length === 0) from++;
    this.lines = this.lines.slice(from);
    this.recent = [];
    this.lead = [];
    for (let p = 0; p < this.lines.length; p++) {
      if (this.lines[p]!.text.length === 0) continue;
      this.recent.push(p);
      if (this.lead.length < OWN_HEADLINE_WITHIN) this.lead.push(p);
    }
    // A split at a repeated headline: the copy being appended closes the new article's header.
    this.headerEnd = twinFollows ? this.lines.length + 1 : 0;
  }
}

/** All articles of a list of lines. */
export function splitArticles(lines: Iterable<Line>): ArticleLines[] {
  const splitter = new ArticleSplitter();
  const out: ArticleLines[] = [];
  for (const line of lines) splitter.push(line, out);
  return splitter.end(out);
}
