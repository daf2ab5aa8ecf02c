// The --annotate view: the input itself, one view line per input line, each with a gutter (line number
// and role tag) and the line shown whole. Pure rendering over the Cleaner's decisions: the same
// decisions the JSON output is assembled from, so the view cannot disagree with it.
//
//   ---- #0 Harbour Town Opens Floating Library for Summer -------------------
//       1 headline             | Harbour Town Opens Floating Library for Summer
//       2 blank                |
//       3 caption              | Children browse shelves ...
//       4 duplicate            | Children browse shelves ...
//       5 widget               | TT
import { KEPT_ROLES, LineRole, type CleanedArticle, type Decision } from '../types.js';
import { palette, type Palette } from './annotate-palette.js';
import {
  addToRun,
  DUPLICATE_LABEL,
  emptyRunTally,
  MAX_LISTED_ARTICLES,
  renderArticleSummary,
  renderSummary,
  tallyArticle,
} from './annotate-summary.js';

export interface AnnotateOptions {
  /** Write colour escape codes (decided by the caller: see io/colour.ts). */
  colour: boolean;
}

/** The view of one run, source by source: each call returns the text to write next. */
export interface Annotator {
  /** A source (file or stdin) begins; its line numbers start at 1. */
  beginSource(name: string): string;
  article(cleaned: CleanedArticle): string;
  /** The source ended after `lineCount` lines: shows the blank lines after its last article. */
  endSource(lineCount: number): string;
  /** The summary. */
  end(): string;
}

/** Line numbers up to 99999 keep the gutter aligned; longer ones widen it by a column. */
const NUMBER_WIDTH = 5;
const BOILERPLATE_PREFIX = 'bp:';
/**
 * The tag column: "bp:" and a rule name of up to 17 characters (all of the catalogue's today). A fixed
 * width, so adding a rule never reflows every view; a longer tag only shifts its own line.
 */
export const TAG_WIDTH = 20;
const RULE_LINE_WIDTH = 78;

/**
 * The palette, plus the painted middle of the gutter (tag and bar) per tag: a view has a handful of
 * distinct tags over hundreds of thousands of lines, so each is padded and painted once.
 */
export interface ViewStyle {
  readonly palette: Palette;
  /** " <tag, padded and painted> |" for a line of this role. */
  tagColumn(role: LineRole, tag: string): string;
}

export function viewStyle(colour: boolean): ViewStyle {
  const p = palette(colour);
  const bar = p.gutter('|');
  const cache = new Map<string, string>();
  return {
    palette: p,
    // The tag names its role (roleTag), so it alone keys the cache.
    tagColumn(role, tag) {
      let column = cache.get(tag);
      if (column === undefined) cache.set(tag, (column = ' ' + paintFor(role, p)(tag.padEnd(TAG_WIDTH)) + ' ' + bar));
      return column;
    },
  };
}

export function createAnnotator(options: AnnotateOptions): Annotator {
  const style = viewStyle(options.colour);
  const p = style.palette;
  const listed: string[] = [];
  const run = emptyRunTally();
  let lastLine = 0;
  return {
    beginSource(name) {
      lastLine = 0;
      return p.boundary(`## ${displayText(name === '-' ? '(stdin)' : name)}`) + '\n';
    },
    article(cleaned) {
      const { decisions } = cleaned;
      const first = decisions[0]?.line.n ?? lastLine + 1;
      let out = renderGap(lastLine + 1, first - 1, style);
      run.between += Math.max(0, first - 1 - lastLine);
      out += renderBoundary(cleaned, p);
      for (const d of decisions) out += renderDecision(d, style);
      if (decisions.length > 0) lastLine = decisions[decisions.length - 1]!.line.n;
      const tally = tallyArticle(cleaned);
      if (listed.length < MAX_LISTED_ARTICLES) listed.push(renderArticleSummary(tally, p));
      addToRun(run, tally);
      return out;
    },
    endSource(lineCount) {
      const out = renderGap(lastLine + 1, lineCount, style);
      run.between += Math.max(0, lineCount - lastLine);
      run.lines += lineCount;
      lastLine = lineCount;
      return out;
    },
    end: () => renderSummary(listed, run, p),
  };
}

/**
 * The short tag in the gutter: the role, the rule for boilerplate, '+' for a line joined to the
 * paragraph above, '*' for kept text the output carries repaired (markers stripped).
 */
export function roleTag(d: Decision): string {
  let tag = d.role === LineRole.Boilerplate ? BOILERPLATE_PREFIX + d.rule : d.role;
  if (d.continues) tag += '+';
  // Only kept text is repaired for the output; a dropped line's repair changes nothing a reader sees.
  if (d.text !== undefined && d.text !== d.line.text && KEPT_ROLES.has(d.role)) tag += '*';
  return tag;
}

export function renderDecision(d: Decision, style: ViewStyle): string {
  const text = d.line.text;
  const head = lineNumber(d.line.n, style.palette) + style.tagColumn(d.role, roleTag(d));
  return text.length === 0 ? head + '\n' : head + ' ' + paintFor(d.role, style.palette)(displayText(text)) + '\n';
}

/** Lines from..to (inclusive) that lie outside every article: the splitter only leaves blank ones there. */
export function renderGap(from: number, to: number, style: ViewStyle): string {
  let out = '';
  const column = style.tagColumn(LineRole.Blank, LineRole.Blank);
  for (let n = from; n <= to; n++) out += lineNumber(n, style.palette) + column + '\n';
  return out;
}

/** "---- #3 Headline ----"; a duplicate article has no index in the output, so it shows none. */
export function renderBoundary({ article, duplicate }: CleanedArticle, p: Palette): string {
  const label = duplicate ? DUPLICATE_LABEL : `#${article.index}`;
  const head = `---- ${label} ${displayText(article.headline) || '(no headline)'} `;
  return p.boundary(head + '-'.repeat(Math.max(4, RULE_LINE_WIDTH - head.length))) + '\n';
}

function lineNumber(n: number, p: Palette): string {
  return p.gutter(String(n).padStart(NUMBER_WIDTH));
}

function paintFor(role: LineRole, p: Palette): (text: string) => string {
  switch (role) {
    case LineRole.Headline:
      return p.headline;
    case LineRole.Caption:
      return p.caption;
    case LineRole.Byline:
    case LineRole.Date:
      return p.meta;
    case LineRole.Body:
      return p.body;
    default:
      return KEPT_ROLES.has(role) ? p.body : p.dropped;
  }
}

// C0/C1 control characters other than tab (an ESC in a scraped page would restyle or move the terminal).
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/** The text as a terminal may safely show it: control characters become visible symbols (␛, ␡, �). */
export function displayText(text: string): string {
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  });
}
