// decisions → Article. Kept lines go to their fields; body paragraphs are joined by a blank line.
import { LineRole, type Article, type Decision } from '../types.js';
import { nodeJoint, splitLine, wrapJoint, wrappedLine } from '../rules/wrap.js';

export function assembleArticle(index: number, source: string, decisions: readonly Decision[]): Article {
  let headline = '';
  let byline: string | undefined;
  let date: string | undefined;
  const captions: string[] = [];
  const paragraphs: string[] = [];
  // The last line kept: a wrapped line's joint depends on it (the line it continues is the one before).
  let previous = '';
  /** A line that continues the one before: a wrapped line rejoins as the wrap rule says, a table cell after a space. */
  const joint = (d: Decision, text: string): string =>
    d.rule === wrappedLine.name ? wrapJoint(previous, text) : d.rule === splitLine.name ? nodeJoint(previous, text) : ' ';
  for (const d of decisions) {
    const text = d.text ?? d.line.text;
    switch (d.role) {
      case LineRole.Headline:
        if (d.continues && headline !== '') headline += joint(d, text) + text;
        else if (headline === '') headline = text;
        break;
      case LineRole.Caption:
        if (d.continues && captions.length > 0) captions[captions.length - 1] += joint(d, text) + text;
        else captions.push(text);
        break;
      // A second byline or date line is kept too (one per line), never silently dropped.
      case LineRole.Byline:
        byline = byline === undefined ? text : `${byline}\n${text}`;
        break;
      case LineRole.Date:
        date = date === undefined ? text : `${date}\n${text}`;
        break;
      case LineRole.Body:
        if (d.continues && paragraphs.length > 0) paragraphs[paragraphs.length - 1] += joint(d, text) + text;
        else paragraphs.push(text);
        break;
      default:
        continue;
    }
    previous = text;
  }
  const article: Article = { index, source, headline, captions: unique(captions), body: paragraphs.join('\n\n') };
  if (byline !== undefined) article.byline = byline;
  if (date !== undefined) article.date = date;
  return article;
}

/** Captions scanned with === while there are few: `[...new Set(texts)]` without a Set per article. */
const CAPTIONS_SCANNED = 16;

/** The texts without repeats, first copies in their order (as `[...new Set(texts)]`); `texts` itself when it has none. */
function unique(texts: string[]): string[] {
  if (texts.length > CAPTIONS_SCANNED) return [...new Set(texts)];
  for (let i = 1; i < texts.length; i++) if (texts.lastIndexOf(texts[i]!, i - 1) >= 0) return [...new Set(texts)];
  return texts;
}
