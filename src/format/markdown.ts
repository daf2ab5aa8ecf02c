// Markdown from a syntax tree: mdast-util-to-markdown escapes what would otherwise turn a paragraph
// into a list, a heading or a link ("1. ", "# ", "*", "[x]").
import { toMarkdown } from 'mdast-util-to-markdown';
import type { BlockContent, Paragraph, Root, RootContent } from 'mdast';
import type { Article } from '../types.js';
import type { Formatter, FormatOptions } from './formatter.js';

const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });

export function articleTree(article: Article, options: FormatOptions = {}): Root {
  const children: RootContent[] = [{ type: 'heading', depth: 1, children: [{ type: 'text', value: article.headline }] }];
  const meta = [article.byline, article.date].filter((x): x is string => x !== undefined);
  if (meta.length > 0) {
    children.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: meta.join(' · ') }] }] });
  }
  if (options.captions !== false && article.captions.length > 0) {
    const quoted: BlockContent[] = article.captions.map(paragraph);
    children.push({ type: 'blockquote', children: quoted });
  }
  if (article.body !== '') for (const p of article.body.split('\n\n')) children.push(paragraph(p));
  return { type: 'root', children };
}

export function markdownFormatter(options: FormatOptions): Formatter {
  let count = 0;
  const body = (a: Article): string => toMarkdown(articleTree(a, options), { rule: '-' });
  const place = (): string => (count++ === 0 ? '' : '\n---\n\n');
  return {
    start: () => '',
    article: (a) => place() + body(a),
    end: () => '',
    body,
    place,
  };
}
