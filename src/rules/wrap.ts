// Text browsers (lynx -dump, w3m -dump, html2text) hard-wrap paragraphs at about 80 columns and add
// link markers ("[12]", "[image]") and bullets; html2text and other Markdown converters write links,
// images and headings as Markdown ("[text](url)", "![alt](src)", "## Heading"). Rejoin the wrapped
// lines of a paragraph and strip the markers, so that one paragraph of the page is one paragraph of the
// output, in the page's words.
import type { Line } from '../types.js';
import { rule } from './rule.js';
import { anyLanguage } from './language.js';
import { isLetterOrNumberUnit } from './words.js';
import { endsLikeSentence } from './prose.js';
import { isBylineLine, isDateLine } from './byline.js';
import { decodeEntities, hasEntity } from './entities.js';

export const wrappedLine = rule('wrapped-line', 'A text browser wrapped this paragraph: the line joins the one before it.');
export const linkMarker = rule('link-marker', 'Link and image markers of text browsers ("[12]", "[image]") and Markdown images are not text.');
export const splitLine = rule('split-line', 'A converter broke this paragraph at a link or an inline tag: the line joins the one before it.');
export const headingUnderline = rule('heading-underline', 'A line of "=" or "-" right under a heading (as pandoc and Markdown write headings) is markup.');

const UNDERLINE = /^(?:={3,}|-{3,})$/u;

/** "=====" or "-----": under a line of text, it marks that line as a heading (Setext style). */
export function isHeadingUnderline(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first === 61 || first === 45) && text.length >= 3 && UNDERLINE.test(text);
}

/** A dump is hard-wrapped when its lines never run longer than this… */
export const MAX_WRAP_WIDTH = 100;
/** …and at least this share of its longer lines end within WRAP_SLACK columns of the widest one. */
const FILLED_SHARE = 0.5;
const WRAP_SLACK = 22;
const MIN_WRAPPED_LINES = 4;

const MARKER = /\[(?:\d{1,5}|image|img|inline|link|iframe|button)\]/giu;
/** A list item's opening: it never continues the line before. */
const LIST_ITEM = /^(?:[*•+o#-]|\d{1,3}[.)])\s+/u;
/** The bullets a text browser prints (numbers stay: the page may have written them, "2. Check the lock"). */
const BULLET = /^[*•+o#-]\s+/u;
/** A heading between stars, as Debian's html2text prints one ("****** Title ******"). */
const STAR_HEADING = /^(\*{2,6}) (\S.*?) \1$/u;
const ONLY_MARKERS = /^(?:\[(?:\d{1,5}|image|img|inline|link|iframe|button)\]\s*)+$/iu;

export interface WrapLayout {
  /** Width the text was wrapped at, or 0 when it was not. */
  readonly width: number;
  /** The text carries text-browser link markers. */
  readonly markers: boolean;
  /** The text is Markdown: links, images and headings in its syntax. */
  readonly markdown?: boolean;
  /**
   * A converter printed each text node on a line of its own (BeautifulSoup's get_text('\n')): its
   * paragraphs break around every link and inline tag, at no fixed width.
   */
  readonly textNodes?: boolean;
  /**
   * Text nodes whose paragraphs are set apart by blank lines (the HTML had white space between its
   * blocks): lines with no blank between them are one paragraph more often than not.
   */
  readonly blankParagraphs?: boolean;
  /** The text holds undecoded character references ("It&#8217;s", "&amp;"): a tag stripper's dump. */
  readonly entities?: boolean;
  /** Headings between stars ("****** Title ******"), as Debian's html2text prints them. */
  readonly starHeadings?: boolean;
}

/** A line this long that ends a sentence may end a paragraph; so many of them a blank line follows where blanks set paragraphs apart. */
const LONG_SENTENCE_LINE = 40;
const BLANK_PARAGRAPH_SHARE = 0.75;

/** Breaks of prose at a text node a dump needs, at least, to be read as one, and per long line. */
const MIN_NODE_BREAKS = 4;
const NODE_BREAKS_PER_LONG_LINE = 0.3;
/** A line this long is prose, for the share above. */
const LONG_PROSE_LINE = 80;
/** A break inside prose: the two lines hold this many characters together, and one of them this many words. */
const NODE_BREAK_CHARS = 60;
const NODE_BREAK_WORDS = 5;
/** What ends a line that a new line may follow: a sentence, a clause, a quotation, a bracket (. ! ? : ; " ” ’ ) ] …). */
function endsLine(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0x2026;
}
/**
 * What opens the rest of a sentence: a lowercase word (not a file name, an address, a code), bracketed or
 * closing a quotation (`(opened`, `ridiculous.”`), or punctuation that closes or goes on.
 */
const GOES_ON = /^(?:\(?\p{Ll}[\p{Ll}'’-]*[,.;:!?)]?["”’»)\]]*(?:\s|$)|[,;:)\]–—.!?%])/u;

/**
 * `line` goes on with the sentence `prev` left open: `prev` ends in no stop, `line` opens in lowercase
 * or with punctuation that goes on, and the two are prose (long together, one of them several words),
 * not two items of a lowercase list or a link's address.
 */
export function isNodeBreak(prev: string, line: string, unit = prev): boolean {
  if (unit.length + line.length < NODE_BREAK_CHARS) return false;
  // Asked of every line of a page: most open with a capital or a digit, and are answered here.
  const first = line.charCodeAt(0);
  if ((first >= 65 && first <= 90) || (first >= 48 && first <= 57)) return false;
  if (endsLine(prev) || !GOES_ON.test(line)) return false;
  if (line.includes('://') || prev.includes('://')) return false;
  return wordCount(unit) >= NODE_BREAK_WORDS || wordCount(line) >= NODE_BREAK_WORDS;
}

/**
 * In a dump read as text nodes: `line` is a link to a name or a number ("Western District", "2020
 * primary") that goes on with the sentence `prev` left open on a function word ("for the", "into the");
 * or, in a paragraph already joined from several nodes, `prev` is a long stretch of a sentence that stops
 * on no punctuation ("… the Russian and Syrian defense ministries accused", then "U.S. forces …").
 */
export function isNameBreak(prev: string, line: string, unit = prev): boolean {
  if (unit.length + line.length < NODE_BREAK_CHARS || !/^[\p{Lu}\d]/u.test(line)) return false;
  if (endsOnFunctionWord(prev)) return true;
  // A headline or a heading is a unit of one line: only a paragraph under way goes on like this.
  return unit.length > prev.length && !endsLine(prev) && wordCount(prev, OPEN_STRETCH_WORDS) >= OPEN_STRETCH_WORDS;
}

/** Words of a sentence's stretch that cannot be a list item or a heading left without punctuation. */
const OPEN_STRETCH_WORDS = 10;

/**
 * Where blank lines set paragraphs apart: in a paragraph already joined from several nodes, a sentence
 * ends a line and the next one (a link, several words long) opens the paragraph's next sentence.
 */
export function isSentenceBreak(prev: string, line: string, unit = prev): boolean {
  return unit.length > prev.length && endsLikeSentence(prev) && /^\p{Lu}/u.test(line) && wordCount(line) >= NODE_BREAK_WORDS;
}

/** The function words a sentence cannot end on are short ("the", "of", "für", "les"). */
const MAX_JOINING_WORD = 4;

/** `text` ends on a short function word, after at least one other word. */
function endsOnFunctionWord(text: string, longest = MAX_JOINING_WORD): boolean {
  const space = text.lastIndexOf(' ');
  const last = text.slice(space + 1);
  return space > 0 && last.length <= longest && /^\p{Ll}+$/u.test(last) && anyLanguage().stopwords.has(last);
}

/** Words separated by spaces, counted up to `upTo`. */
function wordCount(text: string, upTo = NODE_BREAK_WORDS): number {
  let n = 1;
  for (let at = text.indexOf(' '); at >= 0 && n < upTo; at = text.indexOf(' ', at + 1)) n++;
  return n;
}

/** What joins a text node's line to the one before: nothing before punctuation that goes on or after an opening bracket. */
export function nodeJoint(before: string, after: string): '' | ' ' {
  return /^[,;:)\].!?%]/u.test(after) || /[(\[“‘]$/u.test(before) ? '' : ' ';
}

// Labels, titles and strong text are bounded so that a long line of stray "[" or "**" costs linear time.
const MD_LINK = /!?\[([^\]\n]{0,300})\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]{0,300}")?\)/gu;
const MD_HEADING = /^#{1,6}\s+/u;
const MD_LINK_END = /^([^[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/u;
/** Markdown list bullets (numbers stay: they are the list's text). */
const MD_BULLET = /^[*+-]\s+/u;
const MD_STRONG = /(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1/gu;
/** `_emphasis_` and `*emphasis*`, not the underscores of a snake_case name nor an escaped star. */
const MD_EMPHASIS = /(?<![\p{L}\p{N}\\*_])([*_])(?=[^\s*_])(.{1,300}?)(?<=[^\s*_\\])\1(?![\p{L}\p{N}*_])/gu;
/** A block quote's markers ("> ", "> > "). */
const MD_QUOTE = /^(?:>[ \t]?)+/u;
/** What a converter escapes so that Markdown reads it as text: "1\.", "\-", "\*", "\_", "\[". */
const MD_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>~])/gu;

/**
 * How the lines were converted. `joinsOnly`: only whether they are text nodes (with blank lines
 * between paragraphs) and undecoded: a quicker scan, for text that keeps its own markers and widths.
 */
export function detectWrap(lines: readonly Line[], joinsOnly = false): WrapLayout {
  // Widths, in columns, of the lines a wrapper could have broken: a word longer than the width (an
  // address) overflows its line and says nothing of the width. The last slot holds every wider line.
  // (Tables shared by every call, cleared here: a typed array per article is a buffer to allocate and sweep.)
  const lengths = joinsOnly ? LENGTHS : LENGTHS.fill(0);
  // The same without Markdown links and headings: converters to Markdown break neither.
  const plainLengths = joinsOnly ? PLAIN_LENGTHS : PLAIN_LENGTHS.fill(0);
  let markerLines = 0;
  let markdownLines = 0;
  let entityLines = 0;
  let starHeadings = false;
  let nonBlank = 0;
  let nodeBreaks = 0;
  let longLines = 0;
  // Sentences that end a line, and how many of them a blank line follows.
  let sentenceEnds = 0;
  let blankAfterSentence = 0;
  let prev = '';
  for (const { text } of lines) {
    const before = prev;
    prev = text;
    if (before.length >= LONG_SENTENCE_LINE && endsLikeSentence(before)) {
      sentenceEnds++;
      if (text.length === 0) blankAfterSentence++;
    }
    if (text.length === 0) continue;
    nonBlank++;
    if (text.length >= LONG_PROSE_LINE) longLines++;
    // A link's text breaks a sentence twice around a short line: breaks between two long lines (a list
    // whose items open in lowercase) do not count.
    if (before.length > 0 && isNodeBreak(before, text) && (wordCount(before) < NODE_BREAK_WORDS || wordCount(text) < NODE_BREAK_WORDS)) nodeBreaks++;
    if (hasEntity(text)) entityLines++;
    if (joinsOnly) continue;
    // A line under half the shortest long line is short however wide its characters: not scanned.
    const wide = text.length * 2 >= MIN_LONG_LINE && WIDE.test(text);
    if (!hasLongWord(text, wide)) {
      const slot = Math.min(wide ? columnsOf(text) : text.length, MAX_WRAP_WIDTH + 1);
      lengths[slot]!++;
      if (!text.includes('](') && !(text.charCodeAt(0) === 35 && MD_HEADING.test(text))) plainLengths[slot]!++;
    }
    if (text.charCodeAt(0) === 42 && STAR_HEADING.test(text)) starHeadings = true;
    // Markers and Markdown links open with "[": most lines hold none, and are not scanned for them.
    if (!text.includes('[')) continue;
    if (hasBrowserMarker(text)) markerLines++;
    if (text.includes('](') && MD_LINK.test(text)) markdownLines++;
    MD_LINK.lastIndex = 0;
  }
  const markers = markerLines >= 3 && markerLines >= nonBlank / 20;
  const markdown = markdownLines >= 3 && markdownLines >= nonBlank / 20;
  const entities = entityLines >= MIN_ENTITY_LINES && entityLines >= nonBlank * ENTITY_LINE_SHARE;
  const nodes = nodeBreaks >= MIN_NODE_BREAKS && nodeBreaks >= longLines * NODE_BREAKS_PER_LONG_LINE;
  const blankParagraphs = nodes && blankAfterSentence >= sentenceEnds * BLANK_PARAGRAPH_SHARE;
  if (joinsOnly) return { width: 0, markers: false, ...(nodes && { textNodes: true }), ...(blankParagraphs && { blankParagraphs }), ...(entities && { entities }) };
  let layout = wrapLayout(lengths, plainLengths, markers, markdown, nodes);
  if (layout.textNodes && blankParagraphs) layout = { ...layout, blankParagraphs: true };
  return entities || starHeadings ? { ...layout, ...(entities && { entities }), ...(starHeadings && { starHeadings }) } : layout;
}

const LENGTHS = new Uint32Array(MAX_WRAP_WIDTH + 2);
const PLAIN_LENGTHS = new Uint32Array(MAX_WRAP_WIDTH + 2);

/** Lines with character references a dump needs, at least, to be read as undecoded, and their share. */
const MIN_ENTITY_LINES = 3;
const ENTITY_LINE_SHARE = 0.05;

function wrapLayout(lengths: Uint32Array, plainLengths: Uint32Array, markers: boolean, markdown: boolean, nodes: boolean): WrapLayout {
  const widest = wrapWidth(markdown ? plainLengths : lengths);
  if (widest === 0) {
    if (markdown) return { width: 0, markers, markdown };
    return nodes ? { width: 0, markers, textNodes: true } : { width: 0, markers };
  }
  let long = 0;
  let filled = 0;
  for (let length = MIN_LONG_LINE; length <= MAX_WRAP_WIDTH + 1; length++) {
    long += lengths[length]!;
    // A line longer than the width was never wrapped (a heading the wrapper left whole), unless it holds a
    // Markdown link: the converter does not break the address.
    if (length >= widest - WRAP_SLACK && (length <= widest || markdown)) filled += lengths[length]!;
  }
  const wrapped = filled >= MIN_WRAPPED_LINES && filled >= long * FILLED_SHARE;
  return markdown ? { width: wrapped ? widest : 0, markers, markdown } : { width: wrapped ? widest : 0, markers };
}

/** Lines shorter than this say nothing of a wrap (a label, the end of a paragraph). */
const MIN_LONG_LINE = 40;
/** A wrapped dump may hold a few lines longer than its width (a heading, a table row): one in this many. */
const OUTLIER_SHARE = 1 / 20;

/**
 * The width the lines were wrapped at: the longest length, once a few longer outliers are set aside
 * (a text browser leaves some headings whole). 0 when too many lines run past MAX_WRAP_WIDTH.
 */
function wrapWidth(lengths: Uint32Array): number {
  let long = 0;
  for (let length = MIN_LONG_LINE; length < lengths.length; length++) long += lengths[length]!;
  let longer = 0;
  const outliers = Math.floor(long * OUTLIER_SHARE);
  for (let length = lengths.length - 1; length > 0; length--) {
    const count = lengths[length]!;
    if (count === 0) continue;
    if (longer + count > outliers) return length > MAX_WRAP_WIDTH ? 0 : widestNear(lengths, length);
    longer += count;
  }
  return 0;
}

/** An outlier stands clear of the width: lines a column or two longer are the width's own. */
function widestNear(lengths: Uint32Array, width: number): number {
  for (let length = Math.min(width + FIT_TOLERANCE, MAX_WRAP_WIDTH); length > width; length--) if (lengths[length]! > 0) return length;
  return width;
}

/** Longer than any word a wrapper could have moved to the next line. */
const LONG_WORD = 30;

// East Asian wide characters (Hangul, CJK ideographs and punctuation, kana, full-width forms): a text
// browser gives each two columns and may break a line between any two of them.
// (No /u: every range is in the BMP, and without it a line of Latin-1 text is rejected at once.)
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const WIDE_ALL = new RegExp(WIDE.source, 'g');

/** WIDE for one code unit, by its ranges (no string made per character). */
function isWide(code: number): boolean {
  return (
    code >= 0x1100 &&
    (code <= 0x115f ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6))
  );
}

/** The columns a text browser gives the line: two for each wide character. */
export function columnsOf(text: string): number {
  return text.length + (text.match(WIDE_ALL)?.length ?? 0);
}

function hasLongWord(text: string, wide: boolean): boolean {
  if (text.length <= LONG_WORD) return false;
  if (wide) {
    // A run of wide characters breaks anywhere: only the other characters make words.
    let run = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 32 || isWide(code)) run = 0;
      else if (++run > LONG_WORD) return true;
    }
    return false;
  }
  let start = 0;
  for (let space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', start)) {
    if (space - start > LONG_WORD) return true;
    start = space + 1;
  }
  return text.length - start > LONG_WORD;
}

/**
 * What joins a wrapped line to the line before it: a space between words, none between wide characters
 * (CJK has none). Asked of the two physical lines, never of the paragraph built so far: reading the end
 * of a long concatenated string would flatten it on every line.
 */
export function wrapJoint(before: string, after: string): '' | ' ' {
  return isWide(before.charCodeAt(before.length - 1)) && isWide(after.charCodeAt(0)) ? '' : ' ';
}

/** The layout asks for each line's text to be rewritten (joined, markers stripped, references decoded). */
export function rewritesText(layout: WrapLayout): boolean {
  return layout.width > 0 || layout.markers || layout.markdown === true || layout.textNodes === true || layout.entities === true || layout.starHeadings === true;
}

/** The line without text-browser markers; bullets go only where the dump is a text-browser dump. */
export function stripMarkers(text: string, layout: WrapLayout): string {
  if (!layout.markers && layout.width === 0 && !layout.markdown) {
    const plain = layout.starHeadings ? text.replace(STAR_HEADING, '$2') : text;
    return layout.entities ? decodeEntities(plain) : plain;
  }
  let out = text;
  if (layout.markdown) {
    // A link keeps its text; an image is no text at all.
    out = out.replace(MD_QUOTE, '');
    out = out.replace(MD_LINK, (all, label: string) => (all.startsWith('!') ? '' : label)).replace(MD_HEADING, '').replace(MD_STRONG, '$2');
    // A link the converter wrapped across two lines: its end opens this line, its start closes the last.
    out = withoutOpenLink(out.replace(MD_LINK_END, '$1'));
    // Escapes go last: an escaped character is text, never the syntax read above.
    if (out.includes('*') || out.includes('_')) out = out.replace(MD_EMPHASIS, '$2');
    if (out.includes('\\')) out = out.replace(MD_ESCAPE, '$1');
  }
  if (layout.markers) out = out.replace(MARKER, '');
  out = out.replace(/ {2,}/g, ' ').trim();
  if (layout.width > 0) out = out.replace(BULLET, '');
  if (layout.starHeadings) out = out.replace(STAR_HEADING, '$2');
  else if (layout.markdown) out = out.replace(MD_BULLET, '');
  // Last: a decoded "&lt;" or "&#42;" is text, never the syntax read above.
  return layout.entities ? decodeEntities(out) : out;
}

/** The line without the "[" of a link that its next line closes (the last "[", with no "]" after it). */
function withoutOpenLink(text: string): string {
  const open = text.lastIndexOf('[');
  return open < 0 || text.indexOf(']', open) >= 0 ? text : text.slice(0, open) + text.slice(open + 1);
}

/**
 * Holds a text browser's link marker: lynx prints it before the link's text ("[12]News", "the [3]minister").
 * A bracketed number glued to the end of a word or a stop and not opening one ("uncertain",[11] referring)
 * is the page's own citation (Wikipedia's footnotes): text to keep, and no sign of a text browser.
 */
export function hasBrowserMarker(text: string): boolean {
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m !== null; m = MARKER.exec(text)) {
    const before = m.index === 0 ? 32 : text.charCodeAt(m.index - 1);
    const end = m.index + m[0].length;
    if (before === 32 || before === 9 || (end < text.length && isLetterOrNumberUnit(text.charCodeAt(end)))) {
      MARKER.lastIndex = 0;
      return true;
    }
  }
  return false;
}

export function isOnlyMarkers(text: string): boolean {
  return ONLY_MARKERS.test(text);
}

/**
 * Does `line` continue `prev` in a wrapped dump? Greedy wrapping broke `prev` only because the next
 * word did not fit: so the line's first word would have run past the width. A line that starts a
 * list item never continues.
 */
export function continuesWrapped(prev: string, text: string, layout: WrapLayout, unit = prev): boolean {
  // Text nodes are judged with the paragraph joined so far: its length, its first words (read from its start only).
  if (layout.textNodes) {
    // A byline or a date under the headline is a line of its own, whatever the word before it (a month's
    // name alone, no digit, is a linked word of a sentence: "… agreed in" / "February").
    if (prev.length === 0 || text.length === 0 || isBylineLine(text) || (isDateLine(text) && DIGIT.test(text))) return false;
    return isNodeBreak(prev, text, unit) || isNameBreak(prev, text, unit) || (layout.blankParagraphs === true && isSentenceBreak(prev, text, unit));
  }
  let line = text;
  if (layout.markdown && (line.charCodeAt(0) === 62 || prev.charCodeAt(0) === 62)) {
    // A block quote's lines continue only each other; its first word comes after the marker.
    const quote = quoteMarker(line);
    if (quote.trimEnd() !== quoteMarker(prev).trimEnd()) return false;
    line = line.slice(quote.length);
  }
  if (layout.width === 0 || prev.length === 0 || line.length === 0 || LIST_ITEM.test(line) || isHeadingUnderline(line)) return false;
  const prevColumns = columnsOf(prev);
  // A line longer than the width was not wrapped (unless a Markdown link's address ran it over): what
  // follows it starts anew.
  if (prevColumns > layout.width && !(layout.markdown && prev.includes(']('))) return false;
  // A wide character breaks off alone, without a space before it.
  if (isWide(line.charCodeAt(0))) return prevColumns + 2 > layout.width - FIT_TOLERANCE;
  const space = line.indexOf(' ');
  const firstWord = space < 0 ? line.length : space;
  return prevColumns + 1 + firstWord > layout.width - FIT_TOLERANCE;
}

function quoteMarker(text: string): string {
  return MD_QUOTE.exec(text)?.[0] ?? '';
}

/** Columns of slack for indentation differences between lines. */
const FIT_TOLERANCE = 2;

/**
 * In a text-node dump an article's first line is its headline as often as not: it goes on only where it
 * breaks off on the shortest function words ("… for the", "… into a"), not on one a headline may end on
 * ("… Austria says", then the dateline "VIENNA — …").
 */
const OPENING_JOINING_WORD = 3;

const DIGIT = /\d/u;

/** Group the physical lines of wrapped paragraphs; a unit is one paragraph as one Line. */
export function joinWrapped(lines: readonly Line[], layout: WrapLayout): { units: Line[]; members: number[][]; stripped: string[] } {
  const units: Line[] = [];
  const members: number[][] = [];
  const stripped = lines.map((l) => (l.text.length === 0 ? '' : stripMarkers(l.text, layout)));
  /** The unit of the first line with text. */
  let firstText = -1;
  for (let i = 0; i < lines.length; i++) {
    if (firstText < 0 && units.length > 0 && units[units.length - 1]!.text.length > 0) firstText = units.length - 1;
    const raw = lines[i]!.text;
    const last = members[members.length - 1];
    const prev = last ? lines[last[last.length - 1]!]!.text : '';
    const heldTitle = layout.textNodes === true && last !== undefined && units.length === firstText + 1 && last.length === 1 && !endsOnFunctionWord(prev, OPENING_JOINING_WORD);
    if (last && stripped[i]!.length > 0 && !heldTitle && continuesWrapped(prev, raw, layout, units[units.length - 1]!.text) && units[units.length - 1]!.text.length > 0) {
      const joint = (layout.textNodes ? nodeJoint : wrapJoint)(stripped[last[last.length - 1]!]!, stripped[i]!);
      last.push(i);
      const unit = units[units.length - 1]!;
      units[units.length - 1] = { n: unit.n, text: unit.text + joint + stripped[i]! };
    } else if (raw.length > 0 && stripped[i]!.length === 0 && last && isOnlyMarkers(raw)) {
      // A line of markers only: keep it with its neighbour so the view still shows it.
      last.push(i);
    } else {
      members.push([i]);
      units.push({ n: lines[i]!.n, text: stripped[i]! });
    }
  }
  return { units, members, stripped };
}
