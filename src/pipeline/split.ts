// lines → articles. An article ends at the stream's article gap (GAP_LINES blank lines, or wider where
// its gaps show three blank lines parting paragraphs); where the next article's header shows (a
// headline that the template prints twice within its first lines, the captions and the font-size
// widget between the copies); or at a page edge of a dump with narrower gaps (a skip link, a gap that
// is rare in the stream, a footer). A stream that shows neither of the first two parts its articles
// with no more blank lines than its paragraphs: there, the change of topic (topics.ts) cuts. Memory:
// one article, never the input (a topic-cut stream: at most TOPIC_CHECK_CHARS more; a stream's start:
// at most LEARN_GAP_CHARS, while its gaps are learned).
import type { ArticleLines, Line } from '../types.js';
import { isWidgetLine, isWidgetSize } from '../rules/widget.js';
import { isOpeningParagraph, MAX_HEADLINE_CHARS, onlyWidgetAndPairs } from '../rules/header.js';
import { isDateLine, isSectionLabel } from '../rules/byline.js';
import { isFooterLink, isLinkListLine, isPageFooter, isSkipLink, matchBoilerplate } from '../rules/boilerplate.js';
import { topicCutsOf } from './topics.js';
import { isPageScript } from '../rules/code.js';
import { countCjk } from '../rules/words.js';
import { findFrontMatter } from '../rules/front-matter.js';

/** Blank lines that separate two articles (the seed layout uses 3), unless the stream shows a wider article gap. */
export const GAP_LINES = 3;
/**
 * The last gaps between non-blank lines remembered, to learn the stream's article gap. A converter that
 * parts blocks by one to three blank lines as the markup nested them (BeautifulSoup's get_text and kin)
 * parts its pages by wider gaps still: there, three blank lines are a paragraph gap.
 */
export const GAP_HISTORY = 40;
/** Gaps remembered before the article gap can be other than GAP_LINES. */
export const MIN_GAP_HISTORY = 10;
/**
 * A stream's first GAP_HISTORY gaps are read before any gap cuts: only then is its article gap known.
 * At most this many characters are held for that.
 */
export const LEARN_GAP_CHARS = 256 * 1024;
/** Single-blank-line gaps (and none of two) after which learning ends early, at the first wide gap. */
export const EARLY_SINGLE_GAPS = 5;
/**
 * Gaps this wide or wider, as common as this among the last GAP_HISTORY gaps, part paragraphs (where
 * every narrower width is in use too). On the corpus at most a tenth of the gaps around an article gap
 * are that wide.
 */
export const COMMON_GAP_SHARE = 0.2;
/** Every narrower width takes at least this share of the last gaps where three blank lines part paragraphs. */
export const SPREAD_GAP_SHARE = 0.1;
/** Gap widths above this are told apart no further. */
const WIDEST_GAP = 16;
/** How many non-blank lines the second copy of a headline may stand after the first. */
export const TWIN_DISTANCE = 8;
/**
 * With the widget between, how many non-blank lines the copy may stand after the first: captions that
 * a converter wrapped, or broke at their links, take several lines each.
 */
export const FAR_TWIN_DISTANCE = 3 * TWIN_DISTANCE;
/** A gap that, right above a repeated headline, marks where the new article's label lines begin. */
export const SOFT_GAP_LINES = 2;
/**
 * Pages dumped one after another with fewer blank lines between them than GAP_LINES: a page ends a few
 * lines after its copyright footer, and the next one starts with "Skip to main content". Either edge
 * splits only an article of at least this many non-blank lines (a page is never shorter).
 */
export const MIN_PAGE_LINES = 30;
/** Paragraphs of prose a page shows before its copyright line ends it where no gap does, and after. */
export const PAGE_PROSE_LINES = 3;
/** A wide gap (SOFT_GAP_LINES) parts articles at once, however short, once the stream has had this many single gaps… */
export const RARE_GAP_AFTER = 10;
/** …and at most this share of wide ones among them. */
export const RARE_GAP_SHARE = 0.34;
/** Wide gaps seen before they can count as the stream's usual paragraph gap. */
export const WIDE_GAPS_COMMON_AFTER = 3;
/** Non-blank lines a footer may still have after its copyright line (links to terms, privacy, contact). */
export const FOOTER_TAIL_LINES = 15;
/** The article's own headline is among its first few non-blank lines (labels may stand above it). */
const OWN_HEADLINE_WITHIN = 3;
/**
 * The memory cap: an article that grows past this many characters (UTF-16 code units, about as many
 * bytes of Latin text) is cut there, with a warning, so a dump without boundaries cannot exhaust memory.
 * Real articles stay far below it (a long feature is 100 000 characters).
 */
export const MAX_ARTICLE_CHARS = 16 * 1024 * 1024;
/** A stream cut by topic is asked where its topics change each time this many more characters are held. */
export const TOPIC_CHECK_CHARS = 1024 * 1024;
/**
 * A topic cut is final once this many characters follow it: its windows are full and no sharper
 * valley can stand close enough after it to win over it.
 */
export const TOPIC_SETTLED_CHARS = 64 * 1024;

/** CJK characters a headline without spaces holds at least. */
const MIN_CJK_HEADLINE = 4;

/** What stands between a headline and its copy. */
const enum Twin {
  /** Not the template's header. */
  None,
  /** The widget, or caption pairs after a soft gap: the header. */
  Header,
  /**
   * Caption pairs or nothing, after a single blank line, in a stream whose articles have shown such
   * a header (the template without its widget): the header, once a paragraph follows the copy.
   */
  Bare,
}

/** What a gap shorter than GAP_LINES says about an edge between articles just after it. */
const enum PageEdge {
  None,
  /** The stream's article gap: the cut holds at once. */
  Firm,
  /** A page's first line: the cut holds once the new page is MIN_PAGE_LINES long. */
  Tentative,
  /** The line after a page's copyright, where no gap parts pages: the new page must show its text too. */
  Footer,
}

export interface SplitOptions {
  /** Override MAX_ARTICLE_CHARS (tests use a small cap). */
  maxArticleChars?: number;
  /** Called with the line that would have pushed the article past the cap; the new article starts there. */
  onCap?: (line: Line) => void;
}

export class ArticleSplitter {
  private lines: Line[] = [];
  /** Positions in `lines` of the last FAR_TWIN_DISTANCE + 1 non-blank lines. */
  private recent: number[] = [];
  /** The stream has parted articles at its article gap (or holds such a gap while it learns it). */
  private gapParted = false;
  /** An article of the stream opened with its headline twice and no widget between. */
  private bareTemplate = false;
  /** Lines read since an article's own headline copy with no widget between (-1 for none), waiting for a paragraph. */
  private bareWait = -1;
  /** A cut at a headline's copy (Twin.Bare) that holds once a paragraph follows (-1 for none), and lines waited. */
  private twinCut = -1;
  private twinWait = 0;
  /** The article holds a widget line. */
  private articleWidget = false;
  /** Non-blank lines read since the last widget line. */
  private sinceWidget = Number.MAX_SAFE_INTEGER;
  /** Positions of the article's first non-blank lines, where its own headline stands. */
  private lead: number[] = [];
  /** Lines before this position belong to the current article's header; repeats there never split. */
  private headerEnd = 0;
  private blankRun = 0;
  /** Non-blank lines held. */
  private nonBlank = 0;
  /** Where a page edge would cut (an index into `lines`, -1 for none), and non-blank lines since. */
  private pageCut = -1;
  private sinceCut = 0;
  /** Paragraphs of prose in a row the new page must still show before the cut at pageCut holds. */
  private cutProse = 0;
  /** Gaps shorter than GAP_LINES seen in the stream: of one blank line, and wider. */
  private readonly gaps = { single: 0, wide: 0 };
  /** The widths of the last GAP_HISTORY gaps between non-blank lines (a ring), and how many were seen. */
  private readonly gapWidths = new Uint8Array(GAP_HISTORY);
  private gapsSeen = 0;
  /** How many of them have each width, and the article gap they show. */
  private readonly gapCounts = new Uint16Array(WIDEST_GAP + 1);
  private articleGap = GAP_LINES;
  /** A non-blank line has been read: blank lines after it make a gap. */
  private hadText = false;
  /**
   * The stream's first gaps are being read, to learn its article gap: gaps of GAP_LINES or more end an
   * article only in the state kept here (where the next line starts, how wide the gap was) until then.
   */
  private learning = true;
  private heldGaps: { at: number; width: number }[] = [];
  private index = 0;
  /**
   * The stream has shown how it parts its articles (a gap of GAP_LINES, a repeated headline): from
   * then on no article is cut by topic.
   */
  private separated = false;
  /** In a stream not yet separated: where topics are asked about next (a heldChars count)… */
  private nextTopicCheck = TOPIC_CHECK_CHARS;
  /** …and the first held line they are asked about (those before it were, and hold no cut). */
  private topicFrom = 0;
  /** Characters of the held lines (one more per line for its break). */
  private heldChars = 0;
  private readonly maxChars: number;
  private readonly onCap: ((line: Line) => void) | undefined;

  constructor(options: SplitOptions = {}) {
    this.maxChars = options.maxArticleChars ?? MAX_ARTICLE_CHARS;
    this.onCap = options.onCap;
  }

  push(line: Line, out: ArticleLines[] = []): ArticleLines[] {
    if (this.heldChars + line.text.length + 1 > this.maxChars && this.lines.length > 0) {
      this.onCap?.(line);
      this.flush(this.lines.length, out, false);
    }
    if (line.text.length === 0) {
      this.blankRun++;
      if (this.lines.length > 0) this.hold(line);
      if (this.learning && this.blankRun === GAP_LINES && this.nonBlank > 0 && this.onlySingleGaps()) this.learnArticleGap(out);
      if (!this.learning && this.nonBlank > 0 && this.blankRun >= this.articleGap) {
        this.separated = this.gapParted = true;
        this.flush(this.lines.length, out, false);
      }
      return out;
    }
    const gap = this.blankRun;
    this.blankRun = 0;
    if (gap > 0 && this.hadText) this.noteGap(gap);
    this.hadText = true;
    if (this.learning) {
      if (gap >= GAP_LINES && this.nonBlank > 0) this.holdGap(gap);
      if (this.gapsSeen >= GAP_HISTORY) this.learnArticleGap(out);
    }
    if (this.twinCut >= 0) this.confirmTwin(line.text, out);
    if (this.bareWait >= 0) {
      if (isOpeningParagraph(line.text)) (this.bareTemplate = true), (this.bareWait = -1);
      else if (++this.bareWait > TWIN_DISTANCE) this.bareWait = -1;
    }
    const cut = this.findNextHeader(line.text, gap);
    if (cut >= 0) {
      this.separated = true;
      this.flush(cut, out, true);
    } else {
      const edge = this.pageEdge(line.text, gap);
      // Rare wide gaps part articles, but they may also stand inside one: they do not stop topic cuts.
      if (edge === PageEdge.Firm) this.flushAtWideGaps(out);
      else if (edge !== PageEdge.None) {
        // A "Skip to content" at the foot of a page, or a footer's last lines, start no page. The
        // cut holds once the new page has MIN_PAGE_LINES lines; a later edge before that replaces it.
        this.pageCut = this.lines.length - gap;
        this.sinceCut = 0;
        // What follows a copyright line may be the rest of its page (a consent dialog, a script).
        this.cutProse = edge === PageEdge.Footer ? PAGE_PROSE_LINES : 0;
      }
    }
    if (this.pageCut >= 0) {
      // A run of them, as an article's body has: a dialog's lines of instructions are no article.
      if (this.cutProse > 0) this.cutProse = isOpeningParagraph(line.text) ? this.cutProse - 1 : PAGE_PROSE_LINES;
      if (++this.sinceCut >= MIN_PAGE_LINES && this.cutProse === 0) this.flush(this.pageCut, out, false);
    }
    const at = this.lines.length;
    this.hold(line);
    this.recent.push(at);
    if (this.recent.length > FAR_TWIN_DISTANCE + 1) this.recent.shift();
    this.countLine(at);
    if (this.learning && this.heldChars >= LEARN_GAP_CHARS) this.learnArticleGap(out);
    if (!this.separated && this.heldChars >= this.nextTopicCheck) this.flushSettledTopics(out);
    return out;
  }

  /**
   * While learning: a gap of GAP_LINES or more has just ended before the line about to be held. The
   * next line starts an article for the rules that look at an article's first lines; the lines stay held.
   */
  private holdGap(width: number): void {
    this.heldGaps.push({ at: this.lines.length, width });
    this.startArticleAt(this.lines.length);
  }

  /** The stream's gaps are known: the held articles parted by its article gap leave. */
  private learnArticleGap(out: ArticleLines[]): void {
    const width = this.articleGap;
    const kept = this.heldGaps.filter((g) => g.width >= width);
    // The others were paragraph gaps, and wide ones.
    this.gaps.wide += this.heldGaps.length - kept.length;
    const lastHeld = this.heldGaps.at(-1);
    this.learning = false;
    this.heldGaps = [];
    if (kept.length === 0) {
      // Its wide gaps part paragraphs: the held lines are one article.
      if (lastHeld) this.startArticleAt(0);
      return;
    }
    this.separated = this.gapParted = true;
    const last = kept.at(-1)!.at;
    let from = 0;
    for (const { at } of kept) {
      if (at > from) out.push({ index: this.index++, lines: trimmed(this.lines, from, at) });
      from = at;
    }
    const current = this.lines.slice(last);
    const headerEnd = this.headerEnd;
    const pageCut = this.pageCut;
    this.lines = current;
    this.startArticleAt(0);
    // The article since the last gap, as read (its header and page edge found then), if that gap held.
    if (lastHeld!.at === last) {
      this.headerEnd = headerEnd > 0 ? headerEnd - last : 0;
      this.pageCut = pageCut >= 0 ? pageCut - last : -1;
    }
  }

  /**
   * While learning, the held gaps before `cut` that part articles (by the article gap known so far);
   * they leave the held list, kept or not.
   */
  private heldGapCutsBefore(cut: number): number[] {
    if (this.heldGaps.length === 0) return [];
    const width = this.articleGap;
    const cuts: number[] = [];
    while (this.heldGaps.length > 0 && this.heldGaps[0]!.at <= cut) {
      const gap = this.heldGaps.shift()!;
      if (gap.width >= width && gap.at > 0 && gap.at < cut) cuts.push(gap.at);
    }
    if (cuts.length > 0) this.separated = this.gapParted = true;
    return cuts;
  }

  /** The state the rules keep of an article, for one starting at lines[from] (held lines before it stay). */
  private startArticleAt(from: number): void {
    this.twinCut = -1;
    this.articleWidget = false;
    this.recent = [];
    this.lead = [];
    this.nonBlank = 0;
    this.pageCut = -1;
    this.headerEnd = 0;
    this.heldChars = 0;
    for (let p = 0; p < this.lines.length; p++) {
      this.heldChars += this.lines[p]!.text.length + 1;
      if (p < from || this.lines[p]!.text.length === 0) continue;
      this.recent.push(p);
      if (this.recent.length > FAR_TWIN_DISTANCE + 1) this.recent.shift();
      this.countLine(p);
    }
  }

  /**
   * lines[p], a non-blank line of the article, counted and noted among its first lines. The page's
   * style sheet and scripts above its text are neither: they make no page yet (a page edge needs
   * MIN_PAGE_LINES of it) and hold no headline, so early lines are asked once whether they are script.
   */
  private countLine(p: number): void {
    if (!this.articleWidget && isWidgetLine(this.lines[p]!.text)) this.articleWidget = true;
    const early = this.nonBlank < MIN_PAGE_LINES || this.lead.length < OWN_HEADLINE_WITHIN;
    if (early && isPageScript(this.lines[p]!.text)) return;
    this.nonBlank++;
    if (this.lead.length < OWN_HEADLINE_WITHIN) this.lead.push(p);
  }

  /**
   * A long stretch with no article gap: the articles that end at a settled topic cut are emitted, so
   * a stream cut by topic is held a stretch at a time, not whole.
   */
  private flushSettledTopics(out: ArticleLines[]): void {
    const cuts = this.topicCutsBefore(this.lines.length);
    let chars = this.heldChars;
    let last = -1;
    // The last settled cut, and where the stretch already asked about (with no settled cut) ends.
    let asked = this.topicFrom;
    for (let p = this.lines.length - 1, k = cuts.length - 1; p >= this.topicFrom; p--) {
      chars -= this.lines[p]!.text.length + 1;
      const after = this.heldChars - chars;
      if (after < 2 * TOPIC_SETTLED_CHARS) asked = p;
      else if (k < 0) break;
      if (k < 0 || p !== cuts[k]) continue;
      if (after >= TOPIC_SETTLED_CHARS) {
        last = k;
        break;
      }
      k--;
    }
    if (last >= 0) this.flush(cuts[last]!, out, false, cuts.slice(0, last));
    else {
      // No cut stands before `asked`, with twice the context a cut needs after it: it is not asked again.
      this.topicFrom = asked;
      this.nextTopicCheck = this.heldChars + TOPIC_CHECK_CHARS;
    }
  }

  /** Topic cuts among lines[0, end), asked only of the lines from topicFrom on. */
  private topicCutsBefore(end: number): number[] {
    const from = Math.min(this.topicFrom, end);
    return topicCutsOf(this.lines.slice(from, end)).map((at) => at + from);
  }

  /**
   * After a gap shorter than GAP_LINES (or none), does `text` open the next article of the dump? A
   * skip link does; so does a gap of SOFT_GAP_LINES after a copyright footer, or where such gaps are
   * rare. A single blank line after a footer does not: pages run on past their footers for many lines.
   */
  private pageEdge(text: string, gap: number): PageEdge {
    // Pages glued without a blank line: only a skip link shows where the next one starts.
    if (gap === 0) return this.nonBlank >= MIN_PAGE_LINES && isSkipLink(text) ? PageEdge.Tentative : PageEdge.None;
    const wide = gap >= SOFT_GAP_LINES;
    // Wide gaps are rare in a stream whose paragraphs have one blank line between them: there, they part articles.
    // (While the article gap is learned, the gaps of GAP_LINES or more held so far are wide ones too.)
    const wideSoFar = this.gaps.wide + (this.learning ? this.heldGaps.length : 0);
    const rare = wide && this.gaps.single >= RARE_GAP_AFTER && wideSoFar <= this.gaps.single * RARE_GAP_SHARE;
    // An article gap has already ended the article: it is no paragraph gap of either kind.
    if (gap >= this.articleGap) return PageEdge.None;
    if (wide) this.gaps.wide++;
    else this.gaps.single++;
    // Short of a page and with no rare gap, no edge: the regexes below are not asked (most lines).
    if (!rare && this.nonBlank < MIN_PAGE_LINES) return PageEdge.None;
    if (isLinkListLine(text)) return PageEdge.None;
    if (rare) return PageEdge.Firm;
    if (isSkipLink(text)) return PageEdge.Tentative;
    if (wide) return !this.wideGapsCommon() && this.footerJustAbove() ? PageEdge.Tentative : PageEdge.None;
    // Where no gap parts the articles at all, a page's copyright line is the surest end it shows, once
    // the page has shown its text (a site's menu may hold its footer's links and copyright too).
    const gapless = !this.gapParted && this.heldGaps.length === 0;
    return gapless && this.footerEndsAbove(text) && this.hasProse(Math.max(0, this.pageCut)) ? PageEdge.Footer : PageEdge.None;
  }

  /**
   * The blank lines that part articles here, as the last gaps show: GAP_LINES, unless every width from
   * one blank line up is in common use (a converter that spaces blocks as the markup nested them); then
   * the narrowest width that is rare. Back to GAP_LINES only once wide gaps have all but gone.
   */
  private learnedArticleGap(): number {
    const n = Math.min(this.gapsSeen, GAP_HISTORY);
    if (n < MIN_GAP_HISTORY) return GAP_LINES;
    const counts = this.gapCounts;
    let learned = GAP_LINES;
    let atLeast = n;
    for (let width = 1; width < WIDEST_GAP; width++) {
      atLeast -= counts[width]!;
      // Gaps of one blank line up to `width` are all in use, and wider ones are rare.
      if (width + 1 >= GAP_LINES && atLeast < n * COMMON_GAP_SHARE) {
        learned = width + 1;
        break;
      }
      if (counts[width]! < n * SPREAD_GAP_SHARE) break;
    }
    if (learned > GAP_LINES || this.articleGap === GAP_LINES) return learned;
    let wide = 0;
    for (let width = GAP_LINES; width <= WIDEST_GAP; width++) wide += counts[width]!;
    return wide < (n * SPREAD_GAP_SHARE) / 2 ? GAP_LINES : this.articleGap;
  }

  /**
   * The stream has parted its paragraphs by one blank line only (EARLY_SINGLE_GAPS of them, none of
   * two): it parts none by three, so its article gap is known before GAP_HISTORY gaps and a live
   * stream's first article is written at once.
   */
  private onlySingleGaps(): boolean {
    // (A wide gap held already, among the single ones, may be one more paragraph gap: the last gaps tell.)
    return this.gapCounts[1]! >= EARLY_SINGLE_GAPS && this.gapCounts[SOFT_GAP_LINES] === 0 && this.heldGaps.length === 0;
  }

  private noteGap(gap: number): void {
    const slot = this.gapsSeen++ % GAP_HISTORY;
    if (this.gapsSeen > GAP_HISTORY) this.gapCounts[this.gapWidths[slot]!]!--;
    const width = Math.min(gap, WIDEST_GAP);
    this.gapWidths[slot] = width;
    this.gapCounts[width]!++;
    this.articleGap = this.learnedArticleGap();
  }

  /** Gaps of SOFT_GAP_LINES or more are the stream's usual paragraph gap, not a mark of a new article. */
  private wideGapsCommon(): boolean {
    return this.gaps.wide >= WIDE_GAPS_COMMON_AFTER && this.gaps.wide > this.gaps.single;
  }

  /**
   * A copyright line stands above `text`, with only its footer's links between ("Privacy Policy",
   * "Terms | Contact"), and `text` is none of them: the next page may start here.
   */
  private footerEndsAbove(text: string): boolean {
    if (isFooterLink(text) || isPageFooter(text)) return false;
    for (let p = this.lines.length - 1, seen = 0; p >= 0 && seen <= FOOTER_TAIL_LINES; p--) {
      const above = this.lines[p]!.text;
      if (above.length === 0) continue;
      if (isPageFooter(above)) return true;
      if (!isFooterLink(above)) return false;
      seen++;
    }
    return false;
  }

  /** Lines since lines[from] hold PAGE_PROSE_LINES paragraphs of prose. */
  private hasProse(from: number): boolean {
    let prose = 0;
    for (let p = from; p < this.lines.length && prose < PAGE_PROSE_LINES; p++) if (isOpeningParagraph(this.lines[p]!.text)) prose++;
    return prose >= PAGE_PROSE_LINES;
  }

  /** A copyright footer among the last FOOTER_TAIL_LINES non-blank lines (looked for only at a wide gap). */
  private footerJustAbove(): boolean {
    let seen = 0;
    for (let p = this.lines.length - 1; p >= 0 && seen < FOOTER_TAIL_LINES; p--) {
      const text = this.lines[p]!.text;
      if (text.length === 0) continue;
      if (isPageFooter(text)) return true;
      seen++;
    }
    return false;
  }

  private hold(line: Line): void {
    this.lines.push(line);
    this.heldChars += line.text.length + 1;
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
   * `text` is about to be appended, after `gap` blank lines. If it is the second copy of a headline
   * that opens a new article, return where that article starts (an index into `lines`), else -1.
   */
  private findNextHeader(text: string, gap: number): number {
    this.sinceWidget++;
    if (text.length > MAX_HEADLINE_CHARS) return -1;
    if (isWidgetLine(text)) {
      // A second widget, well after the article's own: the next article's header, even where the
      // template prints its headline once.
      const cut = this.articleWidget && this.sinceWidget > TWIN_DISTANCE ? this.headerAboveWidget() : -1;
      this.sinceWidget = 0;
      return cut;
    }
    if (isWidgetSize(text)) return -1;
    const recent = this.recent;
    // Past TWIN_DISTANCE lines only while a widget stands among the recent lines (most lines are not asked).
    const last = this.sinceWidget <= FAR_TWIN_DISTANCE ? 0 : Math.max(0, recent.length - 1 - TWIN_DISTANCE);
    for (let k = recent.length - 1; k >= last; k--) {
      const i = recent[k]!;
      if (this.lines[i]!.text !== text) continue;
      if (recent.length - 1 - k > TWIN_DISTANCE && !this.widgetAfter(i)) return -1;
      if (i < this.headerEnd) {
        // A copy of a header line goes on with the header: a page's title above the template's
        // headline makes the first pair, and the caption pairs after it are copies too.
        this.headerEnd = this.lines.length + 1;
        return -1;
      }
      const twin = this.headerBetween(k, i, gap);
      if (twin === Twin.None) return -1;
      if (this.headerEnd === 0 && (this.lead.includes(i) || this.metadataAbove(i))) {
        // The current article's own headline and its copy: the template's header, which parts its articles.
        this.headerEnd = this.lines.length + 1;
        // A line printed twice with nothing between shows no template yet: a page's title above its
        // site name does that too, and its articles may be parted by topic alone.
        if (k < recent.length - 1) this.separated = true;
        // Without the widget, the stream shows the bare template once a paragraph follows the copy.
        if (!this.bareTemplate && !this.widgetAfter(i)) this.bareWait = 0;
        return -1;
      }
      if (twin === Twin.Bare) {
        this.twinCut = this.startBefore(k, i);
        this.twinWait = 0;
        return -1;
      }
      return this.startBefore(k, i);
    }
    return -1;
  }

  /**
   * Where the article starts whose widget is about to be read: at its headline, the line above its
   * caption pairs (or above the widget), with a label or date above it. -1 when the lines there are
   * no such header.
   */
  private headerAboveWidget(): number {
    const lines = this.lines;
    // The widget's block: caption pairs, perhaps under the headline.
    let p = lines.length;
    while (p > 0 && lines[p - 1]!.text.length > 0) p--;
    const block = lines.slice(p).map((line) => line.text);
    let headline: number;
    if (block.length === 0 || onlyWidgetAndPairs(block)) {
      // The headline ends the block above (in a dump with no blank line between articles, after the last one's text).
      let q = p;
      while (q > 0 && lines[q - 1]!.text.length === 0) q--;
      headline = q - 1;
    } else if (block.length === 1 || onlyWidgetAndPairs(block.slice(1))) headline = p;
    else return -1;
    if (headline <= 0 || lines[headline]!.text.length > MAX_HEADLINE_CHARS) return -1;
    const k = this.recent.indexOf(headline);
    return k >= 0 ? this.startBefore(k, headline) : headline;
  }

  /** A widget line is held after lines[i]. */
  private widgetAfter(i: number): boolean {
    for (let p = i + 1; p < this.lines.length; p++) if (isWidgetLine(this.lines[p]!.text)) return true;
    return false;
  }

  /**
   * Only a metadata header (front matter, a reader service's "Title:" lines) stands above lines[i]: the
   * headline there is the article's own, however many lines the header takes.
   */
  private metadataAbove(i: number): boolean {
    const header = findFrontMatter(this.lines.slice(0, i));
    if (!header) return false;
    for (let p = header.end; p < i; p++) if (this.lines[p]!.text.length > 0) return false;
    return true;
  }

  /**
   * Between a headline and its copy the template prints the widget and caption pairs. Without the
   * widget, the copies must also follow a soft gap (web pages repeat short lines all the time), or a
   * blank line each (the copy's is `gap`) in a stream that has shown that header (Twin.Bare).
   */
  private headerBetween(k: number, i: number, gap: number): Twin {
    const between: string[] = [];
    for (let b = k + 1; b < this.recent.length; b++) between.push(this.lines[this.recent[b]!]!.text);
    if (between.some(isWidgetLine)) return Twin.Header;
    const pairs = between.length === 0 || onlyWidgetAndPairs(between);
    if (i > 0 && this.blankRunBefore(i) < SOFT_GAP_LINES) {
      // A headline has words, or CJK characters ("Auckland" twice is a table's); "Continue reading the
      // main story" twice is the site's.
      const text = this.lines[i]!.text;
      const words = text.includes(' ') || countCjk(text) >= MIN_CJK_HEADLINE;
      // Only in a stream that parts its articles no wider than its paragraphs: elsewhere the article
      // gap does, and a line printed twice is more often a picture's alt text and caption.
      const gapless = !this.gapParted && this.heldGaps.length === 0;
      const bare = this.bareTemplate && gapless && pairs && gap > 0 && words && matchBoilerplate(text) === undefined;
      return bare ? Twin.Bare : Twin.None;
    }
    // Where most paragraphs are parted by wide gaps, a wide gap marks no header.
    if (this.wideGapsCommon()) return Twin.None;
    return pairs ? Twin.Header : Twin.None;
  }

  /**
   * A Twin.Bare cut waits for `text`: a paragraph within TWIN_DISTANCE lines (past caption pairs, a
   * byline, a subheading) makes it hold.
   */
  private confirmTwin(text: string, out: ArticleLines[]): void {
    if (isOpeningParagraph(text)) {
      const cut = this.twinCut;
      this.twinCut = -1;
      this.flush(cut, out, true);
    } else if (++this.twinWait > TWIN_DISTANCE) this.twinCut = -1;
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

  /**
   * Emit the held lines as articles parted at each wide gap: once wide gaps are known to part articles,
   * so did those among the held lines (they came before the stream's gap counts could tell).
   */
  private flushAtWideGaps(out: ArticleLines[]): void {
    const starts: number[] = [];
    let run = 0;
    for (let p = 0; p < this.lines.length; p++) {
      const text = this.lines[p]!.text;
      if (text.length === 0) {
        run++;
        continue;
      }
      if (run >= SOFT_GAP_LINES && p > run && !isLinkListLine(text)) starts.push(p);
      run = 0;
    }
    let removed = 0;
    for (const start of starts) {
      this.flush(start - removed, out, false);
      removed = start;
    }
    this.flush(this.lines.length, out, false);
  }

  /**
   * Emit lines[0, cut) as an article (if it has text); the rest starts the next one. In a stream not
   * separated, lines[0, cut) is cut by topic first (at `topics`, when they are known).
   */
  private flush(cut: number, out: ArticleLines[], twinFollows: boolean, topics?: readonly number[]): void {
    let end = cut;
    while (end > 0 && this.lines[end - 1]!.text.length === 0) end--;
    const gapCuts = this.heldGapCutsBefore(cut);
    if (end > 0) {
      const held = this.lines.slice(0, end);
      let from = 0;
      const cuts = gapCuts.length > 0 || this.separated ? gapCuts : (topics ?? this.topicCutsBefore(end));
      for (const at of cuts) {
        out.push({ index: this.index++, lines: trimmed(held, from, at) });
        from = at;
      }
      out.push({ index: this.index++, lines: from === 0 ? held : held.slice(from) });
    }
    let from = cut;
    while (from < this.lines.length && this.lines[from]!.text.length === 0) from++;
    this.lines = this.lines.slice(from);
    for (const gap of this.heldGaps) gap.at -= from;
    this.startArticleAt(0);
    this.nextTopicCheck = this.heldChars + TOPIC_CHECK_CHARS;
    this.topicFrom = 0;
    // A split at a repeated headline: the copy being appended closes the new article's header.
    this.headerEnd = twinFollows ? this.lines.length + 1 : 0;
  }
}

/** lines[from, to) without the blank lines at its end. */
function trimmed(lines: readonly Line[], from: number, to: number): Line[] {
  while (to > from && lines[to - 1]!.text.length === 0) to--;
  return lines.slice(from, to);
}

/** All articles of a list of lines. */
export function splitArticles(lines: Iterable<Line>): ArticleLines[] {
  const splitter = new ArticleSplitter();
  const out: ArticleLines[] = [];
  for (const line of lines) splitter.push(line, out);
  return splitter.end(out);
}
