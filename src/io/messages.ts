// One-line messages on stderr: "newsclean: warning: …" and "newsclean: …" for errors. Warnings are dropped
// with --quiet; errors never are. A progress line, if shown, is cleared first so the two never mix.

/** The styles messages and the progress line use (a chalk has them all). */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
}

const plain = (text: string): string => text;
/** What a chalk without colours does: leaves the text as it is. */
export const PLAIN: Paint = { bold: plain, dim: plain, red: plain, yellow: plain };

/**
 * A chalk that colours when `enabled` (decide with useColour in ./colour.ts); basic colours suffice.
 * Without colours (a pipe, a file: most runs) chalk is not loaded at all: ~10 ms of start-up.
 */
export async function painter(enabled: boolean): Promise<Paint> {
  if (!enabled) return PLAIN;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}

export interface Messages {
  warn(text: string): void;
  error(text: string): void;
  /** A plain line (--stats), no colour but the prefix. */
  info(text: string): void;
}

export interface MessagesOptions {
  stream: NodeJS.WritableStream;
  paint: Paint;
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
