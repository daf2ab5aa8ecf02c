// An article with no kept text (a dump of only widget lines, say) is no article: the library and the CLI
// leave it out of the output, and --explain still lists its dropped lines.
import type { Article, CleanedArticle } from '../types.js';

export function isEmptyArticle(article: Article): boolean {
  return (
    article.headline === '' &&
    article.body === '' &&
    article.captions.length === 0 &&
    article.byline === undefined &&
    article.date === undefined
  );
}

/** What the output carries: not a copy of an earlier article (see dedupe.ts), not an empty article. */
export function isWritten(cleaned: CleanedArticle): boolean {
  return cleaned.duplicate !== true && !isEmptyArticle(cleaned.article);
}
