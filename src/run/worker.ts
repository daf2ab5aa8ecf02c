// A --jobs worker thread: cleans the source the main thread assigns and posts its events back, with
// at most WINDOW of them unacknowledged (the main thread holds back acks for sources far ahead).
import { parentPort } from 'node:worker_threads';
import { NewscleanError, errorCode } from '../errors.js';
import { cleanSource } from './clean-source.js';
import type { SourceEvent } from './clean-source.js';
import { eventCompactor } from './compact.js';
import { EVENTS_PER_MESSAGE, WINDOW, type FromWorker, type ToWorker } from './pool.js';

const port = parentPort!;
let credits = WINDOW;
let wake: (() => void) | undefined;

port.on('message', (message: ToWorker) => {
  if (message.type === 'ack') {
    credits++;
    wake?.();
  } else {
    void run(message);
  }
});

async function run({ id, name, options }: Extract<ToWorker, { type: 'source' }>): Promise<void> {
  let batch: SourceEvent[] = [];
  const send = async (): Promise<void> => {
    while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
    credits--;
    port.postMessage({ type: 'events', id, events: batch } satisfies FromWorker);
    batch = [];
  };
  try {
    // Formatting here leaves the main thread only the part of each article that depends on its place.
    const compact = await eventCompactor(options);
    for await (const event of cleanSource(name, options)) {
      batch.push(compact(event));
      if (batch.length >= EVENTS_PER_MESSAGE) await send();
    }
    if (batch.length > 0) await send();
    port.postMessage({ type: 'done', id } satisfies FromWorker);
  } catch (error) {
    const failed: FromWorker = {
      type: 'failed',
      id,
      message: error instanceof Error ? error.message : String(error),
      ...(error instanceof NewscleanError && { exitCode: error.exitCode }),
      ...(errorCode(error) !== undefined && { code: errorCode(error)! }),
    };
    port.postMessage(failed);
  }
}

