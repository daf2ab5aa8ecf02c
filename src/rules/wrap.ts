// Text browsers (lynx -dump, w3m -dump, html2text) hard-wrap paragraphs at about 80 columns and add
// link markers ("[12]", "[image]") and bullets; html2text and other Markdown converters write links,
// images and headings as Markdown ("[text](url)", "![alt](src)", "## Heading"). Rejoin the wrapped
// lines of a paragraph and strip the markers, so that one paragraph of the page is one paragraph of the
// output, in the page's words.
import type { Line } from '../types.js';
import { rule } from './rule.js';

export const wrappedLine = rule('wrapped-line', 'A text browser wrapped this paragraph: the line joins the one before it.');
export const linkMarker = rule('link-marker', 'Link and image markers of text browsers ("[12]", "[image]") and Markdown images are not text.');

/** A dump is hard-wrapped when its lines never run longer than this… */
export const MAX_WRAP_WIDTH = 100;
/** …and at least this share of its longer lines end within WRAP_SLACK columns of the widest one. */
const FILLED_SHARE = 0.5;
const WRAP_SLACK = 22;
const MIN_WRAPPED_LINES = 4;

const MARKER = /\[(?:\d{1,5}|image|img|inline|link|iframe|button)\]/giu;
const BULLET = /^(?:[*•+o#-]|\d{1,3}[.)])\s+/u;
const ONLY_MARKERS = /^(?:\[(?:\d{1,5}|image|img|inline|link|iframe|button)\]\s*)+$/iu;

export interface WrapLayout {
  /** Width the text was wrapped at, or 0 when it was not. */
  readonly width: number;
  /** The text carries text-browser link markers. */
  readonly markers: boolean;
  /** The text is Markdown: links, images and headings in its syntax. */
  readonly markdown?: boolean;
}

// Labels, titles and strong text are bounded so that a long line of stray "[" or "**" costs linear time.
const MD_LINK = /!?\[([^\]\n]{0,300})\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]{0,300}")?\)/gu;
const MD_HEADING = /^#{1,6}\s+/u;
const MD_LINK_END = /^([^[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/u;
/** Markdown list bullets (numbers stay: they are the list's text). */
const MD_BULLET = /^[*+-]\s+/u;
const MD_STRONG = /(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1/gu;

export function detectWrap(lines: readonly Line[]): WrapLayout {
  let widest = 0;
  let markerLines = 0;
  let markdownLines = 0;
  let nonBlank = 0;
  // Converters to Markdown never break a link's address, nor a heading: such lines may run past the width.
  let widestWithoutLink = 0;
  for (const { text } of lines) {
    if (text.length === 0) continue;
    nonBlank++;
    // A word longer than the width (an address, a run of CJK) overflows the line: it says nothing of the width.
    if (text.length > widestWithoutLink && !hasLongWord(text)) {
      if (text.length > widest) widest = text.length;
      if (!text.includes('](') && !(text.charCodeAt(0) === 35 && MD_HEADING.test(text))) widestWithoutLink = text.length;
    }
    // Markers and Markdown links open with "[": most lines hold none, and are not scanned for them.
    if (!text.includes('[')) continue;
    if (MARKER.test(text)) markerLines++;
    MARKER.lastIndex = 0;
    if (text.includes('](') && MD_LINK.test(text)) markdownLines++;
    MD_LINK.lastIndex = 0;
  }
  const markers = markerLines >= 3 && markerLines >= nonBlank / 20;
  const markdown = markdownLines >= 3 && markdownLines >= nonBlank / 20;
  if (markdown) widest = widestWithoutLink;
  if (widest === 0 || widest > MAX_WRAP_WIDTH) return markdown ? { width: 0, markers, markdown } : { width: 0, markers };
  let long = 0;
  let filled = 0;
  for (const { text } of lines) {
    // Nor does a line whose word no wrapper could break (a list of link addresses): it counts for neither side.
    if (text.length < 40 || hasLongWord(text)) continue;
    long++;
    if (text.length >= widest - WRAP_SLACK) filled++;
  }
  const wrapped = filled >= MIN_WRAPPED_LINES && filled >= long * FILLED_SHARE;
  return markdown ? { width: wrapped ? widest : 0, markers, markdown } : { width: wrapped ? widest : 0, markers };
}

/** Longer than any word a wrapper could have moved to the next line. */
const LONG_WORD = 30;

function hasLongWord(text: string): boolean {
  // From space to space by indexOf (native) rather than unit by unit; a tail of LONG_WORD or fewer
  // units holds no such word.
  for (let from = 0; text.length - from > LONG_WORD; ) {
    const space = text.indexOf(' ', from);
    if (space < 0 || space - from > LONG_WORD) return true;
    from = space + 1;
  }
  return false;
}

/** The line without text-browser markers; bullets go only where the dump is a text-browser dump. */
export function stripMarkers(text: string, layout: WrapLayout): string {
  if (!layout.markers && layout.width === 0 && !layout.markdown) return text;
  let out = text;
  if (layout.markdown) {
    // A link keeps its text; an image is no text at all.
    out = out.replace(MD_LINK, (all, label: string) => (all.startsWith('!') ? '' : label)).replace(MD_HEADING, '').replace(MD_STRONG, '$2');
    // A link the converter wrapped across two lines: its end opens this line, its start closes the last.
    out = withoutOpenLink(out.replace(MD_LINK_END, '$1'));
  }
  if (layout.markers || layout.width > 0) out = out.replace(MARKER, '');
  out = out.replace(/ {2,}/g, ' ').trim();
  if (layout.width > 0) out = out.replace(BULLET, '');
  else if (layout.markdown) out = out.replace(MD_BULLET, '');
  return out;
}

/** The line without the "[" of a link that its next line closes (the last "[", with no "]" after it). */
function withoutOpenLink(text: string): string {
  const open = text.lastIndexOf('[');
  return open < 0 || text.indexOf(']', open) >= 0 ? text : text.slice(0, open) + text.slice(open + 1);
}

export function isOnlyMarkers(text: string): boolean {
  return ONLY_MARKERS.test(text);
}

/**
 * Does `line` continue `prev` in a wrapped dump? Greedy wrapping broke `prev` only because the next
 * word did not fit: so the line's first word would have run past the width. A line that starts a
 * list item never continues.
 */
export function continuesWrapped(prev: string, line: string, layout: WrapLayout): boolean {
  if (layout.width === 0 || prev.length === 0 || line.length === 0 || BULLET.test(line)) return false;
  const space = line.indexOf(' ');
  const firstWord = space < 0 ? line.length : space;
  return prev.length + 1 + firstWord > layout.width - FIT_TOLERANCE;
}

/** Columns of slack for indentation differences between lines. */
const FIT_TOLERANCE = 2;
