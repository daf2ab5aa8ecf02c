// The font-size widget of news templates: a line "TT", then the current size ("20"), or both on one line.
import { rule } from './rule.js';

export const fontSizeWidget = rule(
  'font-size-widget',
  'The font-size control of the page ("TT" and the size after it) is not article text.',
);

const TT_LINE = /^TT(?:\s+\d{1,3})?$/;
const SIZE_LINE = /^\d{1,3}$/;
/**
 * The same as a text browser or a Markdown converter prints the widget's links: a bullet, then a link
 * number or a link ("* [3]TT", "* [TT](#)", "- [20](#)").
 */
const MARKED_TT_LINE = /^(?:[*+•-]\s+)?(?:\[\d{1,4}\])?(?:TT|\[TT\]\([^()\s]*\))(?:\s+\d{1,3})?$/u;
const MARKED_SIZE_LINE = /^(?:[*+•-]\s+)?(?:\[\d{1,4}\])?(?:\d{1,3}|\[\d{1,3}\]\([^()\s]*\))$/u;
const MARKED_SIZE_CHARS = 200;

// Both tests run on every line: a first-character or length check answers most lines without a regex.
export function isWidgetLine(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first === 84 /* T */) return TT_LINE.test(text);
  return isMark(first) && text.includes('TT') && MARKED_TT_LINE.test(text);
}

/** The size number shown after "TT" (only meaningful right after a widget line). */
export function isWidgetSize(text: string): boolean {
  if (text.length <= 3) return SIZE_LINE.test(text);
  return text.length <= MARKED_SIZE_CHARS && isMark(text.charCodeAt(0)) && MARKED_SIZE_LINE.test(text);
}

/** "*", "+", "-", "•" or "[": how a converter opens a list item or a link. */
function isMark(c: number): boolean {
  return c === 42 || c === 43 || c === 45 || c === 0x2022 || c === 91;
}

/** The widget line carries a converter's marks (the dump is a text browser's or Markdown). */
export function isMarkedWidget(text: string): boolean {
  return text.charCodeAt(0) !== 84 && isWidgetLine(text);
}
