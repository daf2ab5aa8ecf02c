// Where input comes from: files by name, "-" for stdin. gzip input (by its magic bytes) is decompressed on
// the way. Errors become one-line messages: cannot open → 66, a read failing midway → 74, corrupt gzip → 65.
import { promises as fsp, readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { ExitCode, NewscleanError, describeSystemError } from '../errors.js';
import { isGzip } from '../pipeline/sniff.js';
import { displayName } from '../pipeline/decode.js';

export const STDIN = '-';
// 64 KiB, as pipes deliver: larger reads left more garbage per step and raised peak RSS by ~50 MiB.
const CHUNK_BYTES = 64 * 1024;

export interface Input {
  /** The name written to `source`: the path as given, or "-". */
  readonly name: string;
  /** The bytes, decompressed if the input was gzip. Stops with `signal.reason` when the signal aborts. */
  readonly chunks: AsyncIterable<Uint8Array>;
  /** Size in bytes when known (regular files; compressed size for gzip). */
  readonly size?: number;
  /** Bytes read so far (before decompression), for progress. */
  bytesRead(): number;
  /** Close the file (or stop reading stdin), whether or not its chunks were ever read; idempotent. */
  close(): void;
}

export async function openInput(name: string, signal?: AbortSignal): Promise<Input> {
  if (name === STDIN) return wrap(name, process.stdin, undefined, signal);
  try {
    const stat = await fsp.stat(name);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    // Opening now turns "permission denied" into a message before any output is written.
    const handle = await fsp.open(name, 'r');
    if (stat.isFile()) return wrap(name, fileChunks(handle), stat.size, signal, () => void handle.close().catch(() => undefined));
    return wrap(name, handle.createReadStream({ highWaterMark: CHUNK_BYTES }), undefined, signal);
  } catch (error) {
    throw new NewscleanError(`cannot read ${name}: ${describeSystemError(error)}`, ExitCode.NoInput);
  }
}

/** The sizes of all inputs added up, or undefined when one is stdin or not a regular file. */
export async function totalSize(names: readonly string[]): Promise<number | undefined> {
  let total = 0;
  for (const name of names) {
    if (name === STDIN) return undefined;
    const stat = await fsp.stat(name).catch(() => undefined);
    if (stat === undefined) continue;
    if (!stat.isFile()) return undefined;
    total += stat.size;
  }
  return total;
}

/**
 * A regular file's bytes, read synchronously: a read from the page cache takes microseconds, while a
 * read stream's round trip through the thread pool and its promise and stream machinery cost about as
 * much again as the whole read-and-split reference (100 MiB: ~55 ms read this way, ~120 ms by stream).
 * A FIFO, a device or stdin is still read by stream (a read there may wait). Signals are seen between chunks.
 */
async function* fileChunks(handle: FileHandle): AsyncGenerator<Uint8Array> {
  for (;;) {
    // A fresh buffer per chunk: the decoder may hold on to a chunk (its first bytes) after the next read.
    const chunk = Buffer.allocUnsafeSlow(CHUNK_BYTES);
    const length = readSync(handle.fd, chunk, 0, CHUNK_BYTES, null);
    if (length === 0) return;
    yield length === CHUNK_BYTES ? chunk : chunk.subarray(0, length);
    // A turn of the event loop between chunks: a synchronous read never gives one, and without it a
    // SIGINT or SIGTERM would wait for the whole file.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

function wrap(
  name: string,
  stream: AsyncIterable<Uint8Array>,
  size: number | undefined,
  signal?: AbortSignal,
  close: () => void = () => void (stream as Partial<Readable>).destroy?.(),
): Input {
  let read = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of stream) {
      read += chunk.length;
      yield chunk;
    }
  }
  return { name, size, bytesRead: () => read, chunks: abortable(gunzipIfCompressed(counted(), name), name, close, signal), close };
}

async function* gunzipIfCompressed(chunks: AsyncIterable<Uint8Array>, name: string): AsyncGenerator<Uint8Array> {
  const it = chunks[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const rest = { [Symbol.asyncIterator]: () => it };
  if (!isGzip(first.value)) {
    yield first.value;
    yield* rest;
    return;
  }
  async function* all(): AsyncGenerator<Uint8Array> {
    yield first.value;
    yield* rest;
  }
  // zlib only for gzip input: loading it cost every run ~5 ms of start-up.
  const [{ Readable }, { createGunzip }] = await Promise.all([import('node:stream'), import('node:zlib')]);
  const source = Readable.from(all(), { objectMode: false });
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  try {
    for await (const chunk of gunzip) yield chunk as Uint8Array;
  } catch (error) {
    if (error instanceof NewscleanError) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (!code.startsWith('Z_')) throw error;
    throw new NewscleanError(`${displayName(name)}: corrupt gzip data (${(error as Error).message})`, ExitCode.DataError);
  } finally {
    source.destroy();
  }
}

/**
 * Iterate `chunks` until the signal aborts, even while a read is pending (stdin may wait forever).
 * Read failures become a one-line NewscleanError (exit 74).
 */
async function* abortable(
  chunks: AsyncIterable<Uint8Array>,
  name: string,
  close: () => void,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array> {
  const it = chunks[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await nextOrAbort(it, signal);
      } catch (error) {
        if (signal?.aborted || error instanceof NewscleanError) throw error;
        throw new NewscleanError(`cannot read ${displayName(name)}: ${describeSystemError(error)}`, ExitCode.IoError);
      }
      if (next.done) return;
      yield next.value;
    }
  } finally {
    // Stopping early (EPIPE downstream, a signal, an error): close the file or stdin, even mid-read.
    close();
  }
}

/**
 * The next chunk, or the signal's reason if it aborts first. A listener per read, removed after it:
 * racing every read against one long-lived promise would keep every chunk reachable (a leak as big as the input).
 */
function nextOrAbort<T>(it: AsyncIterator<T>, signal?: AbortSignal): Promise<IteratorResult<T>> {
  if (!signal) return it.next();
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    it.next().then(
      (result) => {
        signal.removeEventListener('abort', onAbort);
        resolve(result);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
