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
