// Where output goes: stdout, stderr or a file written atomically (temp file in the same folder, flushed to
// disk, then renamed over the target), so an interrupt, a crash or a full disk never leaves a half-written
// target: the old file stays as it was until the complete new one replaces it in one step.
import { closeSync, createWriteStream, fstatSync, fsyncSync, openSync, promises as fsp, unlinkSync, writeSync, type WriteStream } from 'node:fs';
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
  const fail = (error: Error): Error =>
    (failure ??=
      errorCode(error) === 'EPIPE'
        ? new ClosedPipe()
        : new NewscleanError(`cannot write ${name}: ${describeSystemError(error)}`, ExitCode.IoError));
  stream.on('error', fail);
  const fd = fileDescriptor(stream);
  if (fd !== undefined) {
    const file = new FileWriter(fd);
    return {
      write(text) {
        if (failure) return Promise.reject(failure);
        try {
          file.write(text);
        } catch (error) {
          return Promise.reject(fail(error as Error));
        }
        return Promise.resolve();
      },
      close: () => (failure ? Promise.reject(failure) : Promise.resolve()),
      abort: () => undefined,
    };
  }
  return {
    write(text) {
      if (failure) return Promise.reject(failure);
      if (text.length === 0 || stream.write(text)) return Promise.resolve();
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
 * The descriptor of a stream onto a file or device (stdout redirected, a temp file), which the sink
 * writes itself, synchronously (as Node's stdout does to a file anyway): the stream would turn each
 * string into a new Buffer (Buffer.from measures the UTF-8 length first, a second pass) and pass it
 * through its write queue. Pipes, sockets and terminals are written by their stream (they may be slow
 * to take it; libuv encodes a string once).
 */
function fileDescriptor(stream: NodeJS.WritableStream): number | undefined {
  const { fd, isTTY } = stream as { fd?: unknown; isTTY?: boolean };
  if (typeof fd !== 'number' || isTTY === true) return undefined;
  try {
    const stat = fstatSync(fd);
    return stat.isFIFO() || stat.isSocket() ? undefined : fd;
  } catch {
    return undefined;
  }
}

/** Texts up to this many UTF-16 units are encoded in one pass into a buffer kept for the next write. */
const SCRATCH_MAX_UNITS = 256 * 1024;

/** Writes text to a descriptor as UTF-8, all of it (a short write goes on where it stopped). */
class FileWriter {
  /** Reused: a write is done with it when writeSync returns. At most 3 bytes a unit of SCRATCH_MAX_UNITS. */
  private scratch = Buffer.allocUnsafeSlow(0);

  constructor(private readonly fd: number) {}

  write(text: string): void {
    if (text.length === 0) return;
    let bytes: Buffer;
    let length: number;
    if (text.length > SCRATCH_MAX_UNITS) {
      // Measured first (Buffer.from), so a very long text does not take three times its size.
      bytes = Buffer.from(text, 'utf8');
      length = bytes.length;
    } else {
      // Filling a buffer of the most the text can take (3 bytes a UTF-16 unit) needs one pass.
      if (this.scratch.length < text.length * 3) this.scratch = Buffer.allocUnsafeSlow(Math.max(text.length * 3, 64 * 1024));
      bytes = this.scratch;
      length = bytes.write(text, 'utf8');
    }
    for (let at = 0; at < length; ) at += writeSync(this.fd, bytes, at, length - at);
  }
}

/**
 * `-o` and `--explain` to a path. A regular file (or a new one) is written atomically; so is the file a
 * symbolic link names (the link stays a link). Anything else is written in place: a device, a FIFO,
 * /dev/stdout (renamed over, `/dev/null` would become a plain file).
 */
export async function atomicFileSink(path: string): Promise<Sink> {
  const cannotCreate = (error: unknown): NewscleanError =>
    new NewscleanError(`cannot create ${path}: ${describeSystemError(error)}`, ExitCode.CantCreate);
  // Our own standard output or error by name: a socket behind it cannot be opened again.
  const own = OWN_STREAM.exec(path)?.slice(1).find(Boolean);
  if (own === 'stdout' || own === '1') return streamSink(process.stdout);
  if (own === 'stderr' || own === '2') return streamSink(process.stderr, 'standard error');
  // A link to a descriptor (/dev/fd/3 → "pipe:[…]") resolves to no path: kept as given.
  const target = await fsp.realpath(path).catch(() => path);
  const existing = await fsp.stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw cannotCreate(Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
  if ((existing && !existing.isFile()) || target.startsWith('/proc/')) return inPlaceSink(target, path, cannotCreate);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
  } catch (error) {
    throw cannotCreate(error);
  }
  const stream: WriteStream = createWriteStream('', { fd, autoClose: false });
  const sink = streamSink(stream, path);
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
    error instanceof NewscleanError ? error : new NewscleanError(`cannot write ${path}: ${describeSystemError(error)}`, ExitCode.IoError);
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

const OWN_STREAM = /^\/(?:dev\/(stdout|stderr)|dev\/fd\/(\d+)|proc\/self\/fd\/(\d+))$/;

/** A device or a FIFO: opened for writing and written as it is (nothing to publish, nothing to remove). */
function inPlaceSink(target: string, name: string, cannotCreate: (error: unknown) => NewscleanError): Sink {
  let fd: number;
  try {
    fd = openSync(target, 'w');
  } catch (error) {
    throw cannotCreate(error);
  }
  const stream: WriteStream = createWriteStream('', { fd });
  const sink = streamSink(stream, name);
  return {
    write: (text) => sink.write(text),
    async close() {
      await sink.close();
      await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    },
    abort: () => void stream.destroy(),
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
