import type { Article } from '../types.js';
import type { Formatter, FormatOptions } from './formatter.js';

/**
 * The record's JSON after its leading `{"index":n`: what JSON.stringify(toRecord(a, options)) prints
 * there, field by field in the record's order (no record object, and no copy of the whole text to
 * cut the index off: the hot path of the seed layout).
 */
export function recordAfterIndex(a: Article, options: FormatOptions): string {
  let json = `,"source":${JSON.stringify(a.source)},"headline":${JSON.stringify(a.headline)}`;
  if (a.byline !== undefined) json += `,"byline":${JSON.stringify(a.byline)}`;
  if (a.date !== undefined) json += `,"date":${JSON.stringify(a.date)}`;
  if (options.captions !== false && a.captions !== undefined) json += `,"captions":${JSON.stringify(a.captions)}`;
  return `${json},"body":${JSON.stringify(a.body)}}`;
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
