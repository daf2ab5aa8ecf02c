// One-line messages on stderr: "newsclean: warning: …" and "newsclean: …" for errors. Warnings are dropped
// with --quiet; errors never are. A progress line, if shown, is cleared first so the two never mix.
import { Chalk, type ChalkInstance } from 'chalk';

/** A chalk that colours exactly when `enabled` (decide with useColour in ./colour.ts); basic colours suffice. */
export function painter(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}

export interface Messages {
  warn(text: string): void;
  error(text: string): void;
  /** A plain line (--stats), no colour but the prefix. */
  info(text: string): void;
}

export interface MessagesOptions {
  stream: NodeJS.WritableStream;
  paint: ChalkInstance;
  quiet?: boolean;
  /** Called before each message (the progress line clears itself). */
  beforeWrite?: () => void;
}

export function createMessages({ stream, paint, quiet = false, beforeWrite }: MessagesOptions): Messages {
  // A closed stderr must not crash the run: messages are best effort.
  stream.on('error', () => undefined);
  const prefix = paint.bold('newsclean:');
  const write = (line: string): void => {
    beforeWrite?.();
    stream.write(line + '\n');
  };
  return {
    warn: (text) => {
      if (!quiet) write(`${prefix} ${paint.yellow('warning:')} ${text}`);
    },
    error: (text) => write(`${prefix} ${paint.red(text)}`),
    info: (text) => write(`${prefix} ${text}`),
  };
}
