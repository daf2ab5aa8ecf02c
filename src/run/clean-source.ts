// One input source, cleaned, as a sequence of events the CLI turns into output. The same generator
// runs on the main thread (--jobs 1) and inside each worker (--jobs n), so both write the same bytes.
import { Cleaner } from '../pipeline/cleaner.js';
import { NewscleanError } from '../errors.js';
import { openInput } from '../io/input.js';
import { noteInput } from './heap-guard.js';
import type { CleanedArticle, OutputFormat } from '../types.js';
import type { FormatOptions } from '../format/formatter.js';

export type SourceEvent =
  | { readonly type: 'articles'; readonly articles: CleanedArticle[] }
  | { readonly type: 'warning'; readonly message: string }
  /** The source could not be opened or read: the message is printed, the run goes on with the next source. */
  | { readonly type: 'error'; readonly message: string; readonly exitCode: number }
  /** From workers only: the articles already formatted, each the part that does not depend on its place. */
  | { readonly type: 'formatted'; readonly bodies: string[] }
  /** Input bytes of this source read so far (for the progress line). */
  | { readonly type: 'read'; readonly bytes: number }
  /** The source was opened: its articles follow. */
  | { readonly type: 'begin'; readonly name: string }
  /** The source is done; `ok` is false when it could not be read to its end; `lines` it had in all. */
  | { readonly type: 'end'; readonly ok: boolean; readonly bytes: number; readonly lines: number };

/**
 * Input is cleaned, and its articles handed on, in steps of this many bytes. Small steps keep every
 * decoded string and every output batch in V8's young generation (a two-byte string of 64 KiB input
 * is a "large object", which lives in the old generation until a full GC): peak RSS −20 to −35 MiB.
 */
export const STEP_BYTES = 16 * 1024;

export interface SourceOptions {
  /** Keep each article's per-line decisions (--explain, --stats and --annotate need them; workers then send them over). */
  readonly withDecisions: boolean;
  /** --keep-boilerplate and --keep-duplicates. */
  readonly keepBoilerplate?: boolean;
  readonly keepDuplicates?: boolean;
  /** --encoding and --force. */
  readonly encoding?: string;
  readonly force?: boolean;
  /** Memory cap override (see MAX_ARTICLE_CHARS). */
  readonly maxArticleChars?: number;
  /** The output format: workers format articles with it (Formatter.body) when it can be done ahead. */
  readonly format?: { readonly name: OutputFormat; readonly options: FormatOptions };
}

export async function* cleanSource(name: string, options: SourceOptions, signal?: AbortSignal): AsyncGenerator<SourceEvent> {
  let input;
  try {
    input = await openInput(name, signal);
  } catch (error) {
    if (!(error instanceof NewscleanError)) throw error;
    yield { type: 'error', message: error.message, exitCode: error.exitCode };
    yield { type: 'end', ok: false, bytes: 0, lines: 0 };
    return;
  }
  const warnings: string[] = [];
  const cleaner = new Cleaner({
    source: input.name,
    onWarning: (message) => warnings.push(message),
    keepBoilerplate: options.keepBoilerplate ?? false,
    keepDuplicates: options.keepDuplicates ?? false,
    ...(options.encoding !== undefined && { encoding: options.encoding }),
    ...(options.force !== undefined && { force: options.force }),
    ...(options.maxArticleChars !== undefined && { maxArticleChars: options.maxArticleChars }),
  });
  const events = function* (articles: CleanedArticle[]): Generator<SourceEvent> {
    for (const message of warnings.splice(0)) yield { type: 'warning', message };
    if (articles.length > 0) yield { type: 'articles', articles };
  };
  // Input-side failures (a read error, binary data) end this source only; output failures end the run.
  const chunks = input.chunks[Symbol.asyncIterator]();
  let ok = true;
  try {
    yield { type: 'begin', name: input.name };
    for (let done = false; !done; ) {
      let batches: CleanedArticle[][];
      try {
        const next = await chunks.next();
        done = next.done === true;
        if (done) {
          batches = [cleaner.end()];
        } else {
          const chunk = next.value;
          noteInput(chunk.length);
          batches = [];
          for (let at = 0; at < chunk.length; at += STEP_BYTES) batches.push(cleaner.pushBytes(chunk.subarray(at, at + STEP_BYTES)));
        }
      } catch (error) {
        if (!(error instanceof NewscleanError)) throw error;
        yield* events([]);
        yield { type: 'error', message: error.message, exitCode: error.exitCode };
        ok = false;
        break;
      }
      for (const batch of batches) yield* events(batch);
      yield { type: 'read', bytes: input.bytesRead() };
    }
  } finally {
    // Closes the file (or stdin) also when the run stops early (EPIPE, a signal), even before the
    // first read: a generator never started runs no cleanup of its own on return().
    await chunks.return?.();
    input.close();
  }
  yield { type: 'end', ok, bytes: input.bytesRead(), lines: cleaner.lineCount };
}

/** Every source in turn, on this thread. */
export async function* cleanInOrder(names: readonly string[], options: SourceOptions, signal?: AbortSignal): AsyncGenerator<SourceEvent> {
  for (const name of names) yield* cleanSource(name, options, signal);
}
