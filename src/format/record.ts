// The JSON shape of an article (fixed key order: users diff and grep it).
import type { Article } from '../types.js';

export interface RecordOptions {
  /** Leave the captions field out (--no-captions). */
  captions?: boolean;
}

export interface ArticleRecord {
  index: number;
  source: string;
  headline: string;
  byline?: string;
  date?: string;
  captions?: string[];
  body: string;
}

export function toRecord(article: Article, options: RecordOptions = {}): ArticleRecord {
  return {
    index: article.index,
    source: article.source,
    headline: article.headline,
    ...(article.byline !== undefined && { byline: article.byline }),
    ...(article.date !== undefined && { date: article.date }),
    ...(options.captions !== false && { captions: article.captions }),
    body: article.body,
  };
}
