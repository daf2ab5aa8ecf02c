// --jobs: sources cleaned in a pool of worker threads, their events handed on strictly in input
// order, so the output is byte-identical to one thread. Index numbering (and what depends on it) stays
// on the main thread; every thread reads, cleans and formats the rest of each article (./compact.ts).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { NewscleanError, type ExitCode } from '../errors.js';
import { STDIN } from '../io/input.js';
import { cleanSource, type SourceEvent, type SourceOptions } from './clean-source.js';
import { eventCompactor, type Compact } from './compact.js';

/** Messages a worker may post before it waits for an acknowledgement. */
export const WINDOW = 4;
/** Events a worker sends in one message: a message costs tens of microseconds, an event ~16 KiB of input. */
export const EVENTS_PER_MESSAGE = 16;
/**
 * Events held, over all sources, that are not being written yet (they wait for the source at the head
 * of the output). Past this, workers get no acknowledgements and this thread takes no new source, so
 * memory stays bounded however many files there are and however long the head takes. Formatted events
 * are small (the output text alone), so more of them may wait: enough that a slow source at the head
 * (a web page dump) does not leave the other threads idle.
 */
export const AHEAD = 256;
export const AHEAD_FORMATTED = 1024;

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
  done: boolean;
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
  const states: SourceState[] = names.map(() => ({ events: [], taken: false, done: false }));
  const limit = options.withDecisions ? AHEAD : AHEAD_FORMATTED;
  let head = 0;
  /** Events held for sources after the head. */
  let ahead = 0;
  /** Acknowledgements held back, per worker, and the source each worker is on. */
  const owed = new Map<Worker, number>();
  const current = new Map<Worker, number>();
  let wake: (() => void) | undefined;
  let crash: Error | undefined;
  let finished = false;
  const notify = (): void => wake?.();

  const ack = (worker: Worker, n = 1): void => {
    for (let k = 0; k < n; k++) worker.postMessage({ type: 'ack' } satisfies ToWorker);
  };
  /** Hand back held acknowledgements once there is room again, and always to the head's worker. */
  const release = (): void => {
    for (const [worker, n] of owed) {
      if (ahead <= limit || current.get(worker) === head) ack(worker, n), owed.delete(worker);
    }
  };
  /** The first source not yet taken (workers leave stdin to this thread), or -1. */
  const take = (byWorker: boolean): number => {
    const id = states.findIndex((s, i) => !s.taken && !(byWorker && names[i] === STDIN));
    if (id >= 0) states[id]!.taken = true;
    return id;
  };
  const assign = (worker: Worker): void => {
    const id = take(true);
    if (id < 0) return;
    current.set(worker, id);
    worker.postMessage({ type: 'source', id, name: names[id]!, options } satisfies ToWorker);
    release(); // it may have taken the head
  };

  const files = names.filter((n) => n !== STDIN).length;
  const workers: Worker[] = [];
  for (let k = 0; k < Math.min(jobs - 1, files - 1); k++) {
    const worker = new Worker(new URL('./worker.js', import.meta.url));
    worker.on('message', (message: FromWorker) => {
      const state = states[message.id]!;
      if (message.type === 'events') {
        state.events.push(...message.events);
        if (message.id !== head) ahead += message.events.length;
        if (message.id === head || ahead <= limit) ack(worker);
        else owed.set(worker, (owed.get(worker) ?? 0) + 1);
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

  // This thread's sources are held as compactly as the workers' (formatted ahead).
  const compact = await eventCompactor(options);
  let own: { id: number; events: AsyncIterator<SourceEvent> } | undefined;
  const startOwn = (id: number): void => {
    states[id]!.taken = true;
    own = { id, events: compacted(cleanSource(names[id]!, options), compact)[Symbol.asyncIterator]() };
  };
  // This thread takes the first source, so that output starts without waiting for a worker to load.
  startOwn(0);
  for (const worker of workers) assign(worker);

  try {
    while (head < names.length) {
      if (crash) throw crash;
      const state = states[head]!;
      const event = state.events.shift();
      if (event !== undefined) {
        yield event;
      } else if (state.done) {
        if (state.failure) throw state.failure;
        head++;
        if (head < names.length) ahead -= states[head]!.events.length;
        release();
      } else {
        // The head has nothing ready: clean a step of this thread's own source (the head itself if
        // nobody took it), unless enough is held ahead of the output already; else wait for a worker.
        if (own === undefined && !state.taken) startOwn(head);
        if (own === undefined && ahead < limit) {
          const id = take(false);
          if (id >= 0) startOwn(id);
        }
        if (own !== undefined && (own.id === head || ahead < limit)) {
          const step = await own.events.next();
          if (step.done) {
            states[own.id]!.done = true;
            own = undefined;
          } else {
            states[own.id]!.events.push(step.value);
            if (own.id !== head) ahead++;
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

async function* compacted(events: AsyncIterable<SourceEvent>, compact: Compact): AsyncGenerator<SourceEvent> {
  for await (const event of events) yield compact(event);
}

/** An error thrown inside a worker, as the main thread would have seen it. */
function rebuildError(message: Extract<FromWorker, { type: 'failed' }>): Error {
  if (message.exitCode !== undefined) return new NewscleanError(message.message, message.exitCode);
  return Object.assign(new Error(message.message), message.code !== undefined ? { code: message.code } : {});
}
