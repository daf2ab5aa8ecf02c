import type { Article } from '../types.js';
import type { Formatter, FormatOptions } from './formatter.js';
import { jsonString, jsonStringArray } from './json-string.js';

/**
 * The record's JSON after its leading `{"index":n`: what JSON.stringify(toRecord(a, options)) prints
 * there, field by field in the record's order (no record object, and no copy of the whole text to
 * cut the index off: the hot path of the seed layout). Strings are quoted by jsonString, which
 * writes what JSON.stringify does, faster.
 */
export function recordAfterIndex(a: Article, options: FormatOptions, quoteSource: (source: string) => string = JSON.stringify): string {
  let json = `,"source":${quoteSource(a.source)},"headline":${jsonString(a.headline)}`;
  if (a.byline !== undefined) json += `,"byline":${jsonString(a.byline)}`;
  if (a.date !== undefined) json += `,"date":${jsonString(a.date)}`;
  if (options.captions !== false && a.captions !== undefined) json += `,"captions":${jsonStringArray(a.captions)}`;
  return `${json},"body":${jsonString(a.body)}}`;
}

/** JSON.stringify for the source, remembering the last: every article of a file has the same one. One per formatter. */
function sourceQuoter(): (source: string) => string {
  let last: string | undefined;
  let quoted = '';
  return (source) => {
    if (source !== last) (last = source), (quoted = JSON.stringify(source));
    return quoted;
  };
}

export function jsonlFormatter(options: FormatOptions): Formatter {
  const quoteSource = sourceQuoter();
  const body = (a: Article): string => recordAfterIndex(a, options, quoteSource) + '\n';
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
  const quoteSource = sourceQuoter();
  const body = (a: Article): string => recordAfterIndex(a, options, quoteSource);
  const place = (index: number): string => (count++ === 0 ? '\n' : ',\n') + `{"index":${index}`;
  return {
    start: () => '[',
    article: (a) => place(a.index) + body(a),
    end: () => (count === 0 ? ']\n' : '\n]\n'),
    body,
    place,
  };
}
