// Bylines, datelines and section labels that templates print between the headline and the body.
import { rule } from './rule.js';
import { memoizeLine } from './memo.js';
import { isWrittenDate } from './dates-intl.js';

export const bylineLine = rule('byline', 'An author or "City - Publisher" line goes to the byline field.');
export const dateLine = rule('date', 'A publication date or time goes to the date field.');
export const sectionLabel = rule(
  'section-label',
  'A short section or category label printed around the headline is site navigation, not article text.',
);

// The word in any case ("By", "BY:"), the name with a capital: under /i, \p{Lu} would match any letter.
// A label may stand before the word: "Analysis by …", "Written by …", "Escrito por …".
const BY =
  /^(?:(?:analysis|opinion|commentary|review|interview|story|words|text|written|reported|reporting|posted|escrito|publicado|texto|geschrieben|écrit|scritto)\s+)?(?:by|por|von|par|di|oleh|автор|от):?\s+/iu;
const CAPITAL = /^\p{Lu}/u;

/** "By Jane Roe", "BY: Jane Roe", "por Ana Lima", but not "By changed lines". */
function opensWithBy(text: string): boolean {
  const m = BY.exec(text);
  return m !== null && CAPITAL.test(text.slice(m[0].length));
}
// "London - Asharq Al-Awsat", "Cairo – Reuters", "BEIRUT (AP) —" style lines standing alone.
const CITY_DASH_SOURCE = /^\p{Lu}[\p{L}.'’ ]{1,40}\s[-–—]\s\p{Lu}[\p{L}.'’ -]{1,40}$/u;

/** An author or "City - Publisher" line (remembered: the same bylines recur on every page of a site). */
export const isBylineLine: (text: string) => boolean = memoizeLine(bylineTest, 80);

function bylineTest(text: string): boolean {
  if (text.length > 80) return false;
  if (/[.!?:;]$/.test(text)) return false;
  // "By Jane Roe | Special to the Courier": the name is what counts.
  const name = text.split(/\s[|•·]\s/)[0]!;
  return opensWithBy(name) ? wordCount(name) <= 8 : CITY_DASH_SOURCE.test(text);
}

const WIRE_LEDE = /^\p{Lu}[\p{Lu} .,'’-]{2,40}(?:\s*\([^()]{1,30}\))?\s*[—–-]\s.*[.!?]["”’»]?$/u;

/** "LOS ANGELES (AP) — To LeBron James, …": a wire story's first sentence, however short; never a headline. */
export function isWireLede(text: string): boolean {
  return WIRE_LEDE.test(text);
}

const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY = 'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?';
// Time zones: the common abbreviations that are no word of their own (not "west", "eat").
const DATE_WORD = new RegExp(
  `\\b(?:${MONTH}|${WEEKDAY}|published|updated|posted|first|last|modified|original|originally|on|at|am|pm|gmt|utc|et|ct|pt|est|edt|cst|cdt|mst|mdt|pst|pdt|hst|bst|ist|cet|cest|eet|eest|msk|sast|pkt|wib|sgt|hkt|kst|jst|aest|aedt|nzst|nzdt)\\b\\.?`,
  'giu',
);
/** "18th", "15:24pm", "08h15": a number with its suffix; and "a.m.", "p.m." (the stops are not word ends). */
const GLUED_SUFFIX = /(\d)(?:st|nd|rd|th|am|pm|h)\b/giu;
const DOTTED_MERIDIEM = /\b[ap]\.m\.?/giu;
const HAS_DATE = new RegExp(`\\b(?:19|20)\\d\\d\\b|\\b(?:${MONTH})\\b|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b`, 'iu');

/** "2019-11-19T08:57:45+01:00": a page's machine-readable date (its microdata), printed as text. */
const ISO_DATE_TIME = /^(?:19|20)\d\d-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?$/u;

/** A line that is only a date/time (with a few words such as "Published" or "Updated"). */
export function isDateLine(text: string): boolean {
  return text.length <= 80 && (mayHoldDate(text) || STAMP_OPENER.test(text)) && onlyDate(text);
}

/** The regex part of isDateLine, remembered: the same date lines recur on every page of a site. */
const onlyDate: (text: string) => boolean = memoizeLine((text) => {
  // A publication stamp may give the time alone ("Updated at 1:23 p.m."); any other line needs a date.
  if (!HAS_DATE.test(text) && !(STAMP_OPENER.test(text) && CLOCK.test(text))) return false;
  if (isWrittenDate(text) || ISO_DATE_TIME.test(text)) return true;
  // A stamp's opener and the little words after it in other languages ("Publicado em …", "Publié le …").
  const stamp = STAMP_OPENER.exec(text);
  const dated = stamp ? text.slice(stamp[0].length).replace(STAMP_FILLER, ' ') : text;
  if (stamp && isWrittenDate(dated.trim())) return true;
  const rest = dated
    .replace(GLUED_SUFFIX, '$1')
    .replace(DOTTED_MERIDIEM, ' ')
    .replace(DATE_WORD, ' ')
    .replace(/[\d:.,;/()\-–—|+·]+/g, ' ')
    .trim();
  return rest.length === 0 || wordCount(rest) === 0;
}, 80);

/**
 * "Updated 3:27 am PST, Wednesday, November 20, 2019", "First Published: …", "Posted on …": the
 * stamp a page prints over or under the article. Where it stands in the text it is still no prose.
 */
const STAMP_OPENER =
  /^(?:(?:first|last|originally)\s+)?(?:published|updated|posted|modified|publicado|atualizado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato|diterbitkan|diperbarui|опубликовано|обновлено)(?=[\s:,.]|$)/iu;
const STAMP_FILLER = /(?<!\p{L})(?:em|às|à|le|el|a las|am|um|il|alle|pada|pukul|в)(?!\p{L})/giu;
const CLOCK = /\b\d{1,2}[:.]\d{2}\b/u;

/** A date line that opens with "Published", "Updated" or "Posted" (and their kin in other languages). */
export function isPublicationStamp(text: string): boolean {
  return STAMP_OPENER.test(text) && isDateLine(text);
}

const DATE_BY_NAME = /^(?:posted(?: on)?\s+)?(.{6,50}?)[\s|,]+(by:?\s+[\p{L}.,'’ -]{2,40})$/iu;

/** "Monday November 18, 2019 7:45 am PST by Joe Rossignol": a date with its author, the line under a blog's title. */
export function isDatedByline(text: string): boolean {
  if (text.length > 100) return false;
  const m = DATE_BY_NAME.exec(text.replace(/\.$/, ''));
  return m !== null && opensWithBy(m[2]!) && isDateLine(m[1]!);
}

/** The three-letter stems every month name of HAS_DATE starts with, by number (see stem()). */
const MONTH_STEMS = new Uint8Array(32 * 32 * 32);
for (const m of ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']) MONTH_STEMS[stem(m, 0)] = 1;

/** Three ASCII letters from `i` on, lower-cased, as one number (ſ, which /iu matches as "s", counts as s); -1 otherwise. */
function stem(text: string, i: number): number {
  let code = 0;
  for (let k = i; k < i + 3; k++) {
    let c = text.charCodeAt(k);
    if (c === 0x17f) c = 115;
    else if (c >= 65 && c <= 90) c += 32;
    else if (!(c >= 97 && c <= 122)) return -1;
    code = code * 32 + (c - 96);
  }
  return code;
}

const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/**
 * A cheap test that HAS_DATE may match (never false when it does): each of its alternatives needs a
 * year 19xx/20xx, a digit, separator and digit (12/05), or a month's first three letters at the start
 * of a word (after anything but an ASCII letter).
 */
function mayHoldDate(text: string): boolean {
  let afterLetter = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      const d = text.charCodeAt(i + 1);
      if (((c === 49 && d === 57) || (c === 50 && d === 48)) && isDigitAt(text, i + 2) && isDigitAt(text, i + 3)) return true;
      if ((d === 47 || d === 46 || d === 45) && isDigitAt(text, i + 2)) return true;
      afterLetter = false;
    } else {
      const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
      if (!afterLetter && (letter || c === 0x17f)) {
        const code = stem(text, i);
        if (code >= 0 && MONTH_STEMS[code] === 1) return true;
      }
      afterLetter = letter;
    }
  }
  return false;
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
