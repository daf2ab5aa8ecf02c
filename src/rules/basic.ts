// Rules every article path shares.
import { rule } from './rule.js';

export const blankLine = rule('blank', 'Blank lines separate paragraphs; they carry no text.');
export const bodyText = rule('body', 'Article text, kept verbatim.');
export const repeatedLine = rule(
  'repeated-line',
  'A line the article already showed word for word, or cut short before a "more" or "less" toggle (pages print hidden copies for other screen sizes).',
);
export const beforeHeadline = rule(
  'before-headline',
  "Lines above the article's headline are the page's navigation or labels.",
);

/** Shorter lines repeat legitimately (table cells, list items), so only longer ones count as copies. */
export const MIN_REPEATED_CHARS = 8;
