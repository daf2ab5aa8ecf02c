// Where output goes: stdout, stderr or a file written atomically (temp file in the same folder, then
// rename), so a crash or a full disk never leaves a half-written target.
import { createWriteStream, promises as fsp, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ExitCode, NewscleanError, describeSystemError, errorCode } from '../errors.js';

export interface Sink {
  /** Resolves when the text is handed over (waits for 'drain' when the consumer is slow). */
  write(text: string): Promise<void>;
  /** Flush and publish (rename into place for files). */
  close(): Promise<void>;
  /** Give up: remove the temp file, leave the target untouched. */
  abort(): void;
}

/** Raised when the reader of stdout went away (`| head -1`): not an error, just a reason to stop. */
export class ClosedPipe extends Error {}

export function streamSink(stream: NodeJS.WritableStream): Sink {
  let failure: Error | undefined;
  stream.on('error', (error: Error) => {
    failure = errorCode(error) === 'EPIPE' ? new ClosedPipe() : error;
  });
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

export async function atomicFileSink(target: string): Promise<Sink> {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(temp, 'wx');
  } catch (error) {
    throw new NewscleanError(`cannot create ${target}: ${describeSystemError(error)}`, ExitCode.CantCreate);
  }
  const stream: WriteStream = createWriteStream('', { fd: handle.fd, autoClose: false });
  const sink = streamSink(stream);
  let done = false;
  const cleanup = (): void => {
    if (done) return;
    done = true;
    stream.destroy();
    void handle.close().catch(() => undefined);
    void fsp.rm(temp, { force: true });
  };
  activeTemps.add(cleanup);
  return {
    write: (text) =>
      sink.write(text).catch((error: unknown) => {
        throw new NewscleanError(`cannot write ${target}: ${describeSystemError(error)}`, ExitCode.IoError);
      }),
    async close() {
      try {
        await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
        await handle.sync();
        await handle.close();
        await fsp.rename(temp, target);
        done = true;
        activeTemps.delete(cleanup);
      } catch (error) {
        cleanup();
        activeTemps.delete(cleanup);
        throw new NewscleanError(`cannot write ${target}: ${describeSystemError(error)}`, ExitCode.IoError);
      }
    },
    abort() {
      cleanup();
      activeTemps.delete(cleanup);
    },
  };
}

/** Temp files not yet published: removed when the process is interrupted. */
export const activeTemps = new Set<() => void>();
