// --jobs: sources cleaned in a pool of worker threads, their events handed on strictly in input
// order, so the output is byte-identical to one thread. Formatting and index numbering stay on the
// main thread (they depend on everything before); workers do the reading and cleaning.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { NewscleanError, type ExitCode } from '../errors.js';
import { STDIN } from '../io/input.js';
import { cleanSource, type SourceEvent, type SourceOptions } from './clean-source.js';

/** Events a worker may post before it waits for an acknowledgement. */
export const WINDOW = 8;
/**
 * Events held for a source that is not being written yet (it waits for the sources before it).
 * Past this its worker is left without acknowledgements and stops reading: memory stays bounded.
 */
export const AHEAD = 64;

export type ToWorker =
  | { readonly type: 'source'; readonly id: number; readonly name: string; readonly options: SourceOptions }
  | { readonly type: 'ack' };

export type FromWorker =
  | { readonly type: 'event'; readonly id: number; readonly event: SourceEvent }
  | { readonly type: 'done'; readonly id: number }
  | { readonly type: 'failed'; readonly id: number; readonly message: string; readonly exitCode?: ExitCode; readonly code?: string };

/** The default for --jobs: one worker per core when several files are given, else none. */
export function defaultJobs(names: readonly string[]): number {
  const files = names.filter((n) => n !== STDIN).length;
  return files > 1 ? Math.min(availableParallelism(), files) : 1;
}

interface SourceState {
  readonly events: SourceEvent[];
  worker?: Worker;
  done: boolean;
  /** Acknowledgements held back because the source is too far ahead of the output. */
  owed: number;
  failure?: Error;
}

export async function* cleanInParallel(
  names: readonly string[],
  jobs: number,
  options: SourceOptions,
): AsyncGenerator<SourceEvent> {
  const states: SourceState[] = names.map(() => ({ events: [], done: false, owed: 0 }));
  let next = 0;
  let wake: (() => void) | undefined;
  let crash: Error | undefined;
  let finished = false;
  const notify = (): void => wake?.();

  const assign = (worker: Worker): void => {
    while (next < names.length && names[next] === STDIN) next++; // stdin is read on this thread
    if (next >= names.length) return;
    const id = next++;
    states[id]!.worker = worker;
    worker.postMessage({ type: 'source', id, name: names[id]!, options } satisfies ToWorker);
  };

  const files = names.filter((n) => n !== STDIN).length;
  const workers: Worker[] = [];
  for (let k = 0; k < Math.min(jobs, files); k++) {
    const worker = new Worker(new URL('./worker.js', import.meta.url));
    worker.on('message', (message: FromWorker) => {
      const state = states[message.id]!;
      if (message.type === 'event') {
        state.events.push(message.event);
        if (state.events.length <= AHEAD) worker.postMessage({ type: 'ack' } satisfies ToWorker);
        else state.owed++;
      } else {
        if (message.type === 'failed') state.failure = rebuildError(message);
        state.done = true;
        assign(worker);
      }
      notify();
    });
    worker.on('error', (error) => {
      crash ??= error;
      notify();
    });
    worker.on('exit', (code) => {
      if (!finished) crash ??= new Error(`a worker stopped (exit code ${code})`);
      notify();
    });
    workers.push(worker);
    assign(worker);
  }

  try {
    for (let id = 0; id < names.length; id++) {
      if (names[id] === STDIN) {
        yield* cleanSource(STDIN, options);
        continue;
      }
      const state = states[id]!;
      for (;;) {
        if (crash) throw crash;
        const event = state.events.shift();
        if (event !== undefined) {
          if (state.owed > 0) {
            state.owed--;
            state.worker!.postMessage({ type: 'ack' } satisfies ToWorker);
          }
          yield event;
        } else if (state.done) {
          break;
        } else {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
      }
      if (state.failure) throw state.failure;
    }
  } finally {
    finished = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** An error thrown inside a worker, as the main thread would have seen it. */
function rebuildError(message: Extract<FromWorker, { type: 'failed' }>): Error {
  if (message.exitCode !== undefined) return new NewscleanError(message.message, message.exitCode);
  return Object.assign(new Error(message.message), message.code !== undefined ? { code: message.code } : {});
}
