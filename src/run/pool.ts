// --jobs: sources cleaned in a pool of worker threads, their events handed on strictly in input
// order, so the output is byte-identical to one thread. Formatting and index numbering stay on the
// main thread (they depend on everything before); workers do the reading and cleaning.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { NewscleanError, type ExitCode } from '../errors.js';
import { STDIN } from '../io/input.js';
import { cleanSource, type SourceEvent, type SourceOptions } from './clean-source.js';

/** Messages a worker may post before it waits for an acknowledgement. */
export const WINDOW = 4;
/** Events a worker sends in one message: a message costs tens of microseconds, an event ~16 KiB of input. */
export const EVENTS_PER_MESSAGE = 16;
/**
 * Events held for a source that is not being written yet (it waits for the sources before it).
 * Past this its worker is left without acknowledgements and stops reading: memory stays bounded.
 */
export const AHEAD = 128;

export type ToWorker =
  | { readonly type: 'source'; readonly id: number; readonly name: string; readonly options: SourceOptions }
  | { readonly type: 'ack' };

export type FromWorker =
  | { readonly type: 'events'; readonly id: number; readonly events: SourceEvent[] }
  | { readonly type: 'done'; readonly id: number }
  | { readonly type: 'failed'; readonly id: number; readonly message: string; readonly exitCode?: ExitCode; readonly code?: string };

/** The default for --jobs: one worker per core when several files are given, else none. */
export function defaultJobs(names: readonly string[]): number {
  const files = names.filter((n) => n !== STDIN).length;
  return files > 1 ? Math.min(availableParallelism(), files) : 1;
}

interface SourceState {
  readonly events: SourceEvent[];
  /** Being cleaned, by a worker or by this thread. */
  taken: boolean;
  worker?: Worker;
  done: boolean;
  /** Acknowledgements held back because the source is too far ahead of the output. */
  owed: number;
  failure?: Error;
}

/**
 * `jobs` threads clean: this one and jobs − 1 workers. Each takes the first source nobody has taken
 * yet; this thread also hands on the events of the source at the head of the output, and cleans
 * whenever the head has nothing ready (one isolate fewer to start and warm up than jobs workers).
 */
export async function* cleanInParallel(
  names: readonly string[],
  jobs: number,
  options: SourceOptions,
): AsyncGenerator<SourceEvent> {
  const states: SourceState[] = names.map(() => ({ events: [], taken: false, done: false, owed: 0 }));
  let wake: (() => void) | undefined;
  let crash: Error | undefined;
  let finished = false;
  const notify = (): void => wake?.();

  /** The first source not yet taken (workers leave stdin to this thread), or -1. */
  const take = (byWorker: boolean): number => {
    const id = states.findIndex((s, i) => !s.taken && !(byWorker && names[i] === STDIN));
    if (id >= 0) states[id]!.taken = true;
    return id;
  };
  const assign = (worker: Worker): void => {
    const id = take(true);
    if (id < 0) return;
    states[id]!.worker = worker;
    worker.postMessage({ type: 'source', id, name: names[id]!, options } satisfies ToWorker);
  };

  const files = names.filter((n) => n !== STDIN).length;
  const workers: Worker[] = [];
  for (let k = 0; k < Math.min(jobs - 1, files - 1); k++) {
    const worker = new Worker(new URL('./worker.js', import.meta.url));
    worker.on('message', (message: FromWorker) => {
      const state = states[message.id]!;
      if (message.type === 'events') {
        state.events.push(...message.events);
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
  }
  // This thread takes the first source, so that output starts without waiting for a worker to load.
  let own: { id: number; events: AsyncIterator<SourceEvent> } | undefined;
  const takeOwn = (): void => {
    const id = take(false);
    if (id >= 0) own = { id, events: cleanSource(names[id]!, options)[Symbol.asyncIterator]() };
  };
  takeOwn();
  for (const worker of workers) assign(worker);

  try {
    for (let head = 0; head < names.length; ) {
      if (crash) throw crash;
      const state = states[head]!;
      const event = state.events.shift();
      if (event !== undefined) {
        if (state.owed > 0 && state.events.length <= AHEAD) {
          state.owed--;
          state.worker!.postMessage({ type: 'ack' } satisfies ToWorker);
        }
        yield event;
      } else if (state.done) {
        if (state.failure) throw state.failure;
        head++;
      } else {
        // The head has nothing ready: clean a step of this thread's own source, unless it is far
        // enough ahead of the output; else wait for a worker.
        if (own === undefined) takeOwn();
        if (own !== undefined && (own.id === head || states[own.id]!.events.length < AHEAD)) {
          const step = await own.events.next();
          if (step.done) {
            states[own.id]!.done = true;
            own = undefined;
          } else {
            states[own.id]!.events.push(step.value);
          }
        } else {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
      }
    }
  } finally {
    finished = true;
    await own?.events.return?.();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** An error thrown inside a worker, as the main thread would have seen it. */
function rebuildError(message: Extract<FromWorker, { type: 'failed' }>): Error {
  if (message.exitCode !== undefined) return new NewscleanError(message.message, message.exitCode);
  return Object.assign(new Error(message.message), message.code !== undefined ? { code: message.code } : {});
}
