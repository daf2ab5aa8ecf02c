// Whether messages get colour, decided in one place (errors and warnings here, --annotate's view too).
// Chalk does its own sniffing from process.argv and the environment; we decide ourselves and hand chalk a
// fixed level, so the rule below is the whole story and tests can pass any environment.
import { Chalk, type ChalkInstance } from 'chalk';

export interface ColourChoice {
  /** The environment to read (NO_COLOR, FORCE_COLOR, TERM). Default: process.env. */
  env?: NodeJS.ProcessEnv;
  /** False for --no-color. */
  color?: boolean;
}

/**
 * Colour for text written to `stream`? FORCE_COLOR (anything but "0"/"false") wins; otherwise off with
 * --no-color, a non-empty NO_COLOR, TERM=dumb, or a stream that is not a terminal.
 */
export function colourEnabled(stream: { isTTY?: boolean }, choice: ColourChoice = {}): boolean {
  const env = choice.env ?? process.env;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (choice.color === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/** A chalk that colours exactly when `enabled` (basic 16 colours: enough for messages). */
export function painter(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
