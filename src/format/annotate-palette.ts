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
    gutter: c.dim,
    headline: c.bold.yellow,
    caption: c.cyan,
    meta: c.green,
    body: plain,
    dropped: c.dim,
    boundary: c.bold.magenta,
  };
}
