// The font-size widget of news templates: a line "TT", then the current size ("20"), or both on one line.
import { rule } from './rule.js';

export const fontSizeWidget = rule(
  'font-size-widget',
  'The font-size control of the page ("TT" and the size after it) is not article text.',
);

const TT_LINE = /^TT(?:\s+\d{1,3})?$/;
const SIZE_LINE = /^\d{1,3}$/;

// Both tests run on every line: a first-character or length check answers most lines without a regex.
export function isWidgetLine(text: string): boolean {
  return text.charCodeAt(0) === 84 /* T */ && TT_LINE.test(text);
}

/** The size number shown after "TT" (only meaningful right after a widget line). */
export function isWidgetSize(text: string): boolean {
  return text.length <= 3 && SIZE_LINE.test(text);
}
