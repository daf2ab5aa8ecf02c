import type { Article } from '../types.js';
import type { Formatter, FormatOptions } from './formatter.js';
import { toRecord } from './record.js';

/** The record's JSON after its leading `{"index":n` (index is the first key, a number: no comma in it). */
function recordAfterIndex(a: Article, options: FormatOptions): string {
  const json = JSON.stringify(toRecord(a, options));
  return json.slice(json.indexOf(','));
}

export function jsonlFormatter(options: FormatOptions): Formatter {
  const body = (a: Article): string => recordAfterIndex(a, options) + '\n';
  const place = (index: number): string => `{"index":${index}`;
  return {
    start: () => '',
    article: (a) => place(a.index) + body(a),
    end: () => '',
    body,
    place,
  };
}

/** A JSON array written element by element, so it streams like JSON Lines. */
export function jsonFormatter(options: FormatOptions): Formatter {
  let count = 0;
  const body = (a: Article): string => recordAfterIndex(a, options);
  const place = (index: number): string => (count++ === 0 ? '\n' : ',\n') + `{"index":${index}`;
  return {
    start: () => '[',
    article: (a) => place(a.index) + body(a),
    end: () => (count === 0 ? ']\n' : '\n]\n'),
    body,
    place,
  };
}
