// Where output goes: stdout, stderr or a file written atomically (temp file in the same folder, flushed to
// disk, then renamed over the target), so an interrupt, a crash or a full disk never leaves a half-written
// target: the old file stays as it was until the complete new one replaces it in one step.
import { closeSync, createWriteStream, fstatSync, fsyncSync, openSync, promises as fsp, unlinkSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ExitCode, NewscleanError, describeSystemError, errorCode } from '../errors.js';

export interface Sink {
  /** Resolves when the text is handed over (waits for 'drain' when the consumer is slow). */
  write(text: string): Promise<void>;
  /** Flush and publish (rename into place for files). */
  close(): Promise<void>;
  /** Give up: remove the temp file, leave the target untouched. Synchronous, so it is safe in a signal handler. */
  abort(): void;
}

/** Raised when the reader of stdout went away (`| head -1`): not an error, just a reason to stop. */
export class ClosedPipe extends Error {}

/** A sink over a stream; `name` is for messages ("standard output"). Write failures other than EPIPE → exit 74. */
export function streamSink(stream: NodeJS.WritableStream, name = 'standard output'): Sink {
  let failure: Error | undefined;
  const encode = convertsStrings(stream);
  stream.on('error', (error: Error) => {
    failure ??=
      errorCode(error) === 'EPIPE'
        ? new ClosedPipe()
        : new NewscleanError(`cannot write ${name}: ${describeSystemError(error)}`, ExitCode.IoError);
  });
  return {
    write(text) {
      if (failure) return Promise.reject(failure);
      if (text.length === 0 || stream.write(encode ? utf8(text) : text)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const onDrain = (): void => (stream.off('error', onError), resolve());
        const onError = (): void => (stream.off('drain', onDrain), reject(failure));
        stream.once('drain', onDrain);
        stream.once('error', onError);
      });
    },
    close: () => (failure ? Promise.reject(failure) : Promise.resolve()),
    abort: () => undefined,
  };
}

/**
 * A stream onto a file or device (stdout redirected, a temp file) turns each string into a Buffer
 * (Buffer.from) before it writes; pipes, sockets and terminals hand strings to libuv, which encodes them once.
 */
function convertsStrings(stream: NodeJS.WritableStream): boolean {
  const { fd, isTTY } = stream as { fd?: unknown; isTTY?: boolean };
  if (typeof fd !== 'number' || isTTY === true) return false;
  try {
    const stat = fstatSync(fd);
    return !stat.isFIFO() && !stat.isSocket();
  } catch {
    return false;
  }
}

/** Texts up to this many UTF-16 units are encoded in one pass into a buffer of their largest size. */
const ONE_PASS_MAX_UNITS = 1024 * 1024;

/**
 * The text as UTF-8, what the stream would make of it. Buffer.from measures the UTF-8 length first, a
 * second pass over the text; filling a buffer of the most it can take (3 bytes a UTF-16 unit) and cutting
 * it to size needs one. A very long text is measured, so it does not take three times its size.
 */
function utf8(text: string): Buffer {
  if (text.length > ONE_PASS_MAX_UNITS) return Buffer.from(text, 'utf8');
  const bytes = Buffer.allocUnsafe(text.length * 3);
  return bytes.subarray(0, bytes.write(text, 'utf8'));
}

export async function atomicFileSink(target: string): Promise<Sink> {
  const cannotCreate = (error: unknown): NewscleanError =>
    new NewscleanError(`cannot create ${target}: ${describeSystemError(error)}`, ExitCode.CantCreate);
  const existing = await fsp.stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw cannotCreate(Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
  } catch (error) {
    throw cannotCreate(error);
  }
  const stream: WriteStream = createWriteStream('', { fd, autoClose: false });
  const sink = streamSink(stream, target);
  let open = true;
  /** Close the descriptor and remove the temp file, once; synchronous for signal handlers. */
  const discard = (): void => {
    activeTemps.delete(discard);
    stream.destroy();
    if (open) {
      open = false;
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  };
  activeTemps.add(discard);
  const asWriteError = (error: unknown): NewscleanError =>
    error instanceof NewscleanError ? error : new NewscleanError(`cannot write ${target}: ${describeSystemError(error)}`, ExitCode.IoError);
  return {
    write: (text) =>
      sink.write(text).catch((error: unknown) => {
        discard();
        throw asWriteError(error);
      }),
    async close() {
      try {
        await sink.close();
        await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
        fsyncSync(fd);
        open = false;
        closeSync(fd);
        await fsp.rename(temp, target);
        activeTemps.delete(discard);
      } catch (error) {
        discard();
        throw asWriteError(error);
      }
      syncFolder(dirname(target));
    },
    abort: discard,
  };
}

/** Make the rename itself durable; a folder that cannot be opened for this is no reason to fail. */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // best effort
  }
}

/** Temp files not yet published: a last-resort exit removes them. */
export const activeTemps = new Set<() => void>();
