// Bylines, datelines and section labels that templates print between the headline and the body.
import { rule } from './rule.js';
import { memoizeLine } from './memo.js';

export const bylineLine = rule('byline', 'An author or "City - Publisher" line goes to the byline field.');
export const dateLine = rule('date', 'A publication date or time goes to the date field.');
export const sectionLabel = rule(
  'section-label',
  'A short section or category label printed around the headline is site navigation, not article text.',
);

const BY = /^(?:by|por|von|par|di|oleh|автор|от)\s+\p{Lu}/iu;
// "London - Asharq Al-Awsat", "Cairo – Reuters", "BEIRUT (AP) —" style lines standing alone.
const CITY_DASH_SOURCE = /^\p{Lu}[\p{L}.'’ ]{1,40}\s[-–—]\s\p{Lu}[\p{L}.'’ -]{1,40}$/u;

/** An author or "City - Publisher" line (remembered: the same bylines recur on every page of a site). */
export const isBylineLine: (text: string) => boolean = memoizeLine(bylineTest, 80);

function bylineTest(text: string): boolean {
  if (text.length > 80) return false;
  if (/[.!?:;]$/.test(text)) return false;
  // "By Jane Roe | Special to the Courier": the name is what counts.
  const name = text.split(/\s[|•·]\s/)[0]!;
  return BY.test(name) ? wordCount(name) <= 8 : CITY_DASH_SOURCE.test(text);
}

const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY = 'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?';
const DATE_WORD = new RegExp(
  `\\b(?:${MONTH}|${WEEKDAY}|published|updated|last|modified|on|at|am|pm|gmt|utc|est|edt|pst|bst|cet)\\b\\.?`,
  'giu',
);
const HAS_DATE = new RegExp(`\\b(?:19|20)\\d\\d\\b|\\b(?:${MONTH})\\b|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b`, 'iu');

/** A line that is only a date/time (with a few words such as "Published" or "Updated"). */
export const isDateLine: (text: string) => boolean = memoizeLine(dateLineTest, 80);

function dateLineTest(text: string): boolean {
  if (text.length > 80 || !HAS_DATE.test(text)) return false;
  const rest = text
    .replace(DATE_WORD, ' ')
    .replace(/[\d:.,/()\-–—|+]+/g, ' ')
    .trim();
  return rest.length === 0 || wordCount(rest) === 0;
}

/** A short label such as "Middle East" or "World News": a few capitalised words, no sentence punctuation. */
export function isSectionLabel(text: string): boolean {
  if (text.length > 40 || /[.!?,:;"“”]/.test(text)) return false;
  const words = text.split(/\s+/);
  return words.length <= 3 && words.every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || /^(?:and|of|the|&)$/i.test(w));
}

function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed.length === 0 ? 0 : trimmed.split(/\s+/).length;
}

// "Tuesday, 15 July, 2025 - 06:01": the stamp a template prints above the body (weekday, day, month,
// year, optional time). Dates written inside the article text ("Last updated May 3") are not this.
const DATE_STAMP = new RegExp(
  `^(?:${WEEKDAY}),?\\s+(?:\\d{1,2}\\s+(?:${MONTH})|(?:${MONTH})\\s+\\d{1,2}),?\\s+(?:19|20)\\d\\d(?:\\s*[-–—,]?\\s*\\d{1,2}:\\d{2}(?:\\s*(?:am|pm|gmt|utc))?)?$`,
  'iu',
);

export function isDateStamp(text: string): boolean {
  return text.length <= 60 && DATE_STAMP.test(text);
}
