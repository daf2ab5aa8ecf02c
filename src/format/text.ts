import type { Article } from '../types.js';
import type { Formatter } from './formatter.js';

/** Headline, blank line, paragraphs; articles apart by 3 blank lines: newsclean reads it back the same. */
export function textFormatter(): Formatter {
  let count = 0;
  const body = (a: Article): string => (a.body === '' ? [a.headline] : [a.headline, a.body]).join('\n\n') + '\n';
  const place = (): string => (count++ === 0 ? '' : '\n\n\n');
  return {
    start: () => '',
    article: (a) => place() + body(a),
    end: () => '',
    body,
    place,
  };
}
