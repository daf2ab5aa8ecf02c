import type { Formatter } from './formatter.js';

/** Headline, blank line, paragraphs; articles apart by 3 blank lines: newsclean reads it back the same. */
export function textFormatter(): Formatter {
  let count = 0;
  return {
    start: () => '',
    article: (a) => {
      const parts = a.body === '' ? [a.headline] : [a.headline, a.body];
      return (count++ === 0 ? '' : '\n\n\n') + parts.join('\n\n') + '\n';
    },
    end: () => '',
  };
}
