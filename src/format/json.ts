import type { Article } from '../types.js';
import type { Formatter, FormatOptions } from './formatter.js';
import { jsonString, jsonStringArray } from './json-string.js';

/**
 * The record's JSON after its leading `{"index":n`: what JSON.stringify(toRecord(a, options)) prints
 * there, field by field in the record's order (no record object, and no copy of the whole text to
 * cut the index off: the hot path of the seed layout). Strings are quoted by jsonString, which
 * writes what JSON.stringify does, faster.
 */
export function recordAfterIndex(a: Article, options: FormatOptions): string {
  let json = `,"source":${quotedSource(a.source)},"headline":${jsonString(a.headline)}`;
  if (a.byline !== undefined) json += `,"byline":${jsonString(a.byline)}`;
  if (a.date !== undefined) json += `,"date":${jsonString(a.date)}`;
  if (options.captions !== false && a.captions !== undefined) json += `,"captions":${jsonStringArray(a.captions)}`;
  return `${json},"body":${jsonString(a.body)}}`;
}

/** Every article of a file has the same source: it is quoted once per file. */
let lastSource: string | undefined;
let lastSourceJson = '';
function quotedSource(source: string): string {
  if (source !== lastSource) {
    lastSource = source;
    lastSourceJson = JSON.stringify(source);
  }
  return lastSourceJson;
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
