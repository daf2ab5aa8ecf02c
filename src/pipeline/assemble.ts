// decisions → Article. Kept lines go to their fields; body paragraphs are joined by a blank line.
import { LineRole, type Article, type Decision } from '../types.js';

export function assembleArticle(index: number, source: string, decisions: readonly Decision[]): Article {
  let headline = '';
  let byline: string | undefined;
  let date: string | undefined;
  const captions: string[] = [];
  const paragraphs: string[] = [];
  for (const d of decisions) {
    const text = d.text ?? d.line.text;
    switch (d.role) {
      case LineRole.Headline:
        if (d.continues && headline !== '') headline += ' ' + text;
        else if (headline === '') headline = text;
        break;
      case LineRole.Caption:
        if (d.continues && captions.length > 0) captions[captions.length - 1] += ' ' + text;
        else captions.push(text);
        break;
      case LineRole.Byline:
        byline ??= text;
        break;
      case LineRole.Date:
        date ??= text;
        break;
      case LineRole.Body:
        if (d.continues && paragraphs.length > 0) paragraphs[paragraphs.length - 1] += ' ' + text;
        else paragraphs.push(text);
        break;
      default:
        break;
    }
  }
  const unique = [...new Set(captions)];
  const article: Article = { index, source, headline, captions: unique, body: paragraphs.join('\n\n') };
  if (byline !== undefined) article.byline = byline;
  if (date !== undefined) article.date = date;
  return article;
}
