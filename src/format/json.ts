import type { Formatter, FormatOptions } from './formatter.js';
import { toRecord } from './record.js';

export function jsonlFormatter(options: FormatOptions): Formatter {
  return {
    start: () => '',
    article: (a) => JSON.stringify(toRecord(a, options)) + '\n',
    end: () => '',
  };
}

/** A JSON array written element by element, so it streams like JSON Lines. */
export function jsonFormatter(options: FormatOptions): Formatter {
  let count = 0;
  return {
    start: () => '[',
    article: (a) => (count++ === 0 ? '\n' : ',\n') + JSON.stringify(toRecord(a, options)),
    end: () => (count === 0 ? ']\n' : '\n]\n'),
  };
}
