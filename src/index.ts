// Public API: the same pipeline the CLI runs.
import { Cleaner } from './pipeline/cleaner.js';
import type { Article, CleanOptions, CleanedArticle } from './types.js';
import { isWritten } from './pipeline/content.js';

export { Cleaner } from './pipeline/cleaner.js';
export { LineRole, KEPT_ROLES } from './types.js';
export type { Article, ArticleLines, CleanOptions, CleanedArticle, Decision, Line, OutputFormat } from './types.js';
export { RULES } from './rules/catalog.js';
export { isEmptyArticle } from './pipeline/content.js';
export { NewscleanError, ExitCode } from './errors.js';

/** Clean a whole dump held in memory. */
export function clean(text: string, options: CleanOptions = {}): Article[] {
  return cleanDetailed(text, options)
    .filter(isWritten)
    .map((c) => c.article);
}

/**
 * Like `clean`, with the per-line decisions (role and rule) behind each article. Every input line is in
 * exactly one article's decisions, so this includes articles with no kept text (see isEmptyArticle).
 */
export function cleanDetailed(text: string, options: CleanOptions = {}): CleanedArticle[] {
  const cleaner = new Cleaner(options);
  return [...cleaner.pushText(text), ...cleaner.end()];
}

/** Clean a stream of bytes or text; yields each article as soon as it is complete. */
export async function* cleanStream(
  input: AsyncIterable<Uint8Array | string>,
  options: CleanOptions = {},
): AsyncGenerator<Article> {
  for await (const cleaned of cleanStreamDetailed(input, options)) {
    if (isWritten(cleaned)) yield cleaned.article;
  }
}

export async function* cleanStreamDetailed(
  input: AsyncIterable<Uint8Array | string>,
  options: CleanOptions = {},
): AsyncGenerator<CleanedArticle> {
  const cleaner = new Cleaner(options);
  for await (const chunk of input) {
    yield* typeof chunk === 'string' ? cleaner.pushText(chunk) : cleaner.pushBytes(chunk);
  }
  yield* cleaner.end();
}
