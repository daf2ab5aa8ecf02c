// The colours of the --annotate view. Without colour every style is the identity, so the tags alone
// carry the meaning and no escape code is ever written.
import { Chalk } from 'chalk';

export type Paint = (text: string) => string;

export interface Palette {
  /** Line numbers, the gutter's bar and other scaffolding. */
  readonly gutter: Paint;
  readonly headline: Paint;
  readonly caption: Paint;
  /** Byline and date lines: kept, but outside the body. */
  readonly meta: Paint;
  readonly body: Paint;
  /** Everything that does not reach the output. */
  readonly dropped: Paint;
  /** Article boundaries and the summary's heading. */
  readonly boundary: Paint;
}

const plain: Paint = (text) => text;

export function palette(colour: boolean): Palette {
  if (!colour) {
    return { gutter: plain, headline: plain, caption: plain, meta: plain, body: plain, dropped: plain, boundary: plain };
  }
  // Level 1 (16 colours): the codes every terminal, tmux and `less -R` understand.
  const c = new Chalk({ level: 1 });
  return {
    gutter: fixed(c.dim),
    headline: fixed(c.bold.yellow),
    caption: fixed(c.cyan),
    meta: fixed(c.green),
    body: plain,
    dropped: fixed(c.dim),
    boundary: fixed(c.bold.magenta),
  };
}

/**
 * The style's opening and closing codes, taken from chalk once and then only concatenated: chalk
 * rescans every string for nested codes, and the view paints each of hundreds of thousands of lines.
 * Safe because the view's text never holds an escape code (displayText shows ESC as a symbol).
 */
function fixed(style: Paint): Paint {
  const [open = '', close = ''] = style('\u0000').split('\u0000');
  return (text) => open + text + close;
}
