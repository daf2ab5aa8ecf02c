// Output formats as incremental writers: start, one string per article, end. Nothing is buffered, so
// even the JSON array streams.
import type { Article, OutputFormat } from '../types.js';
import type { RecordOptions } from './record.js';
import { jsonFormatter, jsonlFormatter } from './json.js';
import { textFormatter } from './text.js';

export interface Formatter {
  start(): string;
  article(article: Article): string;
  end(): string;
  /**
   * Optional, for --jobs: the article's text in two parts, `place(index) + body(article)`, where
   * `body` does not depend on where the article lands in the output, so workers build it ahead.
   * Call `place` once per article, in output order; `article(a)` must equal `place(a.index) + body(a)`.
   */
  body?(article: Article): string;
  place?(index: number): string;
}

export type FormatOptions = RecordOptions;

export const FORMATS: readonly OutputFormat[] = ['jsonl', 'json', 'md', 'text'];

export async function createFormatter(format: OutputFormat, options: FormatOptions = {}): Promise<Formatter> {
  switch (format) {
    case 'jsonl':
      return jsonlFormatter(options);
    case 'json':
      return jsonFormatter(options);
    case 'text':
      return textFormatter();
    case 'md': {
      // Markdown pulls in mdast-util-to-markdown: load it only when asked for.
      const { markdownFormatter } = await import('./markdown.js');
      return markdownFormatter(options);
    }
  }
}
