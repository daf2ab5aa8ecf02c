// A metadata header at the top of an article, as trafilatura writes it (`--with-metadata`) and static
// site generators keep it: "---", then "title: …", "author: …", "url: …", "date: …" lines, then "---";
// or as a reader service prints it over the page's Markdown ("Title: …", "URL Source: …", "Markdown Content:").
// Its title is the headline, its author and date go to their fields; the rest is no article text.
import { rule } from './rule.js';

export const frontMatter = rule(
  'front-matter',
  'A metadata header ("---", "title: …", "url: …", "---"; a reader service\'s "Title: …", "URL Source: …", "Markdown Content:"): its title is the headline, its author and date go to their fields.',
);

export const enum MetaField {
  Title,
  Author,
  Date,
  Other,
}

export interface FrontMatter {
  /** Index of the line after the closing "---". */
  readonly end: number;
  /** For each line of the header (from its opening "---"): what it holds, and its value. */
  readonly fields: readonly { readonly at: number; readonly field: MetaField; readonly value: string }[];
}

/** A header is short: more lines than this before a closing "---" is text with a rule in it. */
const MAX_HEADER_LINES = 40;
const FENCE = '---';
const KEY_VALUE = /^([A-Za-z][\w -]{0,30}):(?:\s+(.*))?$/u;
/** A YAML list item under a key ("tags:" then "- harbour"). */
const LIST_ITEM = /^\s*- /u;
const FIELDS: Record<string, MetaField> = {
  title: MetaField.Title,
  author: MetaField.Author,
  authors: MetaField.Author,
  byline: MetaField.Author,
  date: MetaField.Date,
  published: MetaField.Date,
  pubdate: MetaField.Date,
};

/**
 * The header opening `texts` (its first non-blank line is "---"), or undefined. It needs a title and
 * its closing "---"; every line between is a `key: value` pair or a list item.
 */
export function findFrontMatter(lines: readonly { readonly text: string }[]): FrontMatter | undefined {
  let open = 0;
  while (open < lines.length && lines[open]!.text.length === 0) open++;
  if (lines[open]?.text.startsWith(READER_TITLE)) return readerHeader(lines, open);
  if (lines[open]?.text !== FENCE) return undefined;
  const fields: { at: number; field: MetaField; value: string }[] = [{ at: open, field: MetaField.Other, value: '' }];
  let titled = false;
  for (let i = open + 1; i < lines.length && i <= open + MAX_HEADER_LINES; i++) {
    const text = lines[i]!.text;
    if (text === FENCE) {
      if (!titled) return undefined;
      fields.push({ at: i, field: MetaField.Other, value: '' });
      return { end: i + 1, fields };
    }
    const pair = KEY_VALUE.exec(text);
    if (pair) {
      const field = FIELDS[pair[1]!.toLowerCase()] ?? MetaField.Other;
      const value = unquoted((pair[2] ?? '').trim());
      if (field === MetaField.Title && value.length > 0) titled = true;
      fields.push({ at: i, field, value });
    } else if (LIST_ITEM.test(text)) fields.push({ at: i, field: MetaField.Other, value: '' });
    else return undefined;
  }
  return undefined;
}

// A reader service's header (Jina Reader: "Title: …", "URL Source: …", "Published Time: …", then
// "Markdown Content:" over the page's Markdown), blank lines between its lines.
const READER_TITLE = 'Title: ';
const READER_SOURCE = /^URL Source: \S+$/u;
const READER_END = 'Markdown Content:';
const READER_FIELDS: Record<string, MetaField> = { title: MetaField.Title, 'published time': MetaField.Date, author: MetaField.Author };

function readerHeader(lines: readonly { readonly text: string }[], open: number): FrontMatter | undefined {
  const fields: { at: number; field: MetaField; value: string }[] = [];
  let sourced = false;
  for (let i = open; i < lines.length && i <= open + MAX_HEADER_LINES; i++) {
    const text = lines[i]!.text;
    if (text.length === 0) continue;
    if (text === READER_END) {
      if (!sourced) return undefined;
      fields.push({ at: i, field: MetaField.Other, value: '' });
      return { end: i + 1, fields };
    }
    const pair = KEY_VALUE.exec(text);
    if (!pair) return undefined;
    if (READER_SOURCE.test(text)) sourced = true;
    fields.push({ at: i, field: READER_FIELDS[pair[1]!.toLowerCase()] ?? MetaField.Other, value: (pair[2] ?? '').trim() });
  }
  return undefined;
}

/**
 * A YAML value without the quotes around it. A value whose inner quotes are not escaped as YAML
 * escapes them ('It''s', "a \"b\"") was written raw: "'Neutral' fact-checker asks: 'Why?'" keeps its quotes.
 */
function unquoted(value: string): string {
  const q = value[0];
  if (value.length < 2 || (q !== '"' && q !== "'") || !value.endsWith(q)) return value;
  const inner = value.slice(1, -1);
  if (q === "'") return /^(?:[^']|'')*$/u.test(inner) ? inner.replaceAll("''", "'") : value;
  return /^(?:[^"\\]|\\.)*$/u.test(inner) ? inner.replace(/\\(["\\])/gu, '$1') : value;
}
