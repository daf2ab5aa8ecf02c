// Tables printed one cell per line (a standings table, a results grid). Each cell alone is a word or a
// number and costs the run like a menu item; what gives a table away is its period: the same pattern
// of text and number cells comes back row after row. Such cells weigh nothing (a table never makes an
// article by itself, but no longer cuts one in two), and each row is kept as one line. Tables printed
// one row per line (data lists: a calendar, tour dates) are told by the shared shape of their rows.
import { rule } from '../rules/rule.js';
import { LineClass, type Scored } from './page.js';

export const TABLE = {
  /** A cell: a line at most this long… */
  cellChars: 40,
  /** …in a row of this many cells (two columns are too often a ranked list of links)… */
  minColumns: 3,
  maxColumns: 12,
  /** …repeated at least this many times. */
  minRows: 4,
  /** A data list: at least this many lines in a row of one shape… */
  minListRows: 5,
  /** …each at most this long, its shape read from its first words. */
  listChars: 100,
  shapeWords: 3,
} as const;

export const dataRow = rule('data-row', 'A line of a list whose lines share one shape with figures inside (a calendar, tour dates, results): kept.');

export const tableCell = rule('table-cell', 'A cell of a table in the article (short lines whose text and numbers repeat row after row): each row is kept as one line.');

/** Where a cell stands in its table. */
export const enum CellPlace {
  None = 0,
  /** The first cell of a row (the row's line starts here). */
  RowStart = 1,
  /** A later cell: it joins the row's line. */
  InRow = 2,
  /** A whole row on its line: an item of a data list. */
  DataRow = 3,
}

const enum Kind {
  NotCell = 0,
  Number = 1,
  Text = 2,
  Date = 3,
}

/** A figure, a score, a share or a time: "5040", "16.6%", "23/16", "1:02.345", "+3". */
const FIGURE = /^[-+−–]?\d[\d.,:%'’/−–-]*$/u;

function kindOf(s: Scored): Kind {
  if (s.rule !== undefined || s.text.length > TABLE.cellChars) return Kind.NotCell;
  if (s.cls === LineClass.Stamp) return Kind.Date;
  if (s.cls !== LineClass.Plain && s.cls !== LineClass.Teaser && s.cls !== LineClass.Short) return Kind.NotCell;
  return FIGURE.test(s.text) ? Kind.Number : Kind.Text;
}

export interface Tables {
  /** The lines, table cells classed LineClass.Cell and data-list lines LineClass.Row. */
  readonly scored: readonly Scored[];
  /** Per line, where it stands in a table or data list (CellPlace). */
  readonly places: Uint8Array;
}

/** The page's lines with their tables and data lists found and classed. */
export function findTables(scored: readonly Scored[]): Tables {
  const places = tablePlaces(scored);
  if (!markDataRows(scored, places) && places.indexOf(CellPlace.RowStart) < 0) return { scored, places };
  const out = scored.slice();
  for (let k = 0; k < out.length; k++) {
    const place = places[k]!;
    if (place !== CellPlace.None) out[k] = { ...out[k]!, cls: place === CellPlace.DataRow ? LineClass.Row : LineClass.Cell };
  }
  return { scored: out, places };
}

/**
 * The table cells among the page's lines: in each stretch of consecutive cells, the longest part where
 * every cell has the kind of the cell one row (p cells) above, for the smallest period p that gives
 * TABLE.minRows rows with both text and figures; the row of text cells just above it is its header.
 * Linear: each stretch is scanned once per period.
 */
export function tablePlaces(scored: readonly Scored[]): Uint8Array {
  const out = new Uint8Array(scored.length);
  const kinds = new Uint8Array(scored.length);
  for (let k = 0; k < scored.length; k++) kinds[k] = kindOf(scored[k]!);
  let k = 0;
  while (k < kinds.length) {
    if (kinds[k] === Kind.NotCell) {
      k++;
      continue;
    }
    let end = k;
    while (end + 1 < kinds.length && kinds[end + 1] !== Kind.NotCell) end++;
    if (end - k + 1 >= TABLE.minColumns * TABLE.minRows) markTable(kinds, k, end, out);
    k = end + 1;
  }
  return out;
}

/** The best periodic part of the stretch from..to, marked in `out`. */
function markTable(kinds: Uint8Array, from: number, to: number, out: Uint8Array): void {
  let best: { start: number; end: number; period: number } | undefined;
  for (let p = TABLE.minColumns; p <= TABLE.maxColumns && !best; p++) {
    let chain = -1;
    for (let j = from + p; j <= to + 1; j++) {
      const same = j <= to && kinds[j] === kinds[j - p];
      if (same && chain < 0) chain = j;
      if (same || chain < 0) continue;
      const start = chain - p;
      if ((j - start) / p >= TABLE.minRows && mixedRow(kinds, start, p) && (!best || j - 1 - start > best.end - best.start)) {
        best = { start, end: j - 1, period: p };
      }
      chain = -1;
    }
  }
  if (!best) return;
  const { period } = best;
  // A header: the row just above, all text ("Pos.", "Driver", "Points").
  let start = best.start;
  if (start - period >= from && kinds.slice(start - period, start).every((c) => c === Kind.Text)) start -= period;
  for (let j = start; j <= best.end; j++) out[j] = (j - start) % period === 0 ? CellPlace.RowStart : CellPlace.InRow;
}

/** A row holds text and a figure or date: a name and its numbers, not a menu. */
function mixedRow(kinds: Uint8Array, start: number, period: number): boolean {
  let text = false;
  let figure = false;
  for (let j = start; j < start + period; j++) {
    if (kinds[j] === Kind.Text) text = true;
    else figure = true;
  }
  return text && figure;
}

/**
 * Data lists printed one row a line ("1a etapa: 10 de março – Interlagos", "June 9 – Tampa, FL"):
 * TABLE.minListRows lines or more in a row whose first words have one shape, a figure among them
 * after the first word (a numbered list of titles has its number only: a table of contents, a
 * "most read" list). Marked DataRow in `places` where no table cell is; true when it found one.
 */
function markDataRows(scored: readonly Scored[], places: Uint8Array): boolean {
  let found = false;
  let k = 0;
  while (k < scored.length) {
    const shape = places[k] === CellPlace.None ? rowShape(scored[k]!) : undefined;
    if (shape === undefined) {
      k++;
      continue;
    }
    let end = k;
    while (end + 1 < scored.length && places[end + 1] === CellPlace.None && rowShape(scored[end + 1]!) === shape) end++;
    if (end - k + 1 >= TABLE.minListRows) {
      places.fill(CellPlace.DataRow, k, end + 1);
      found = true;
    }
    k = end + 1;
  }
  return found;
}

const FIGURES = /\p{N}+/gu;
const LETTERS = /\p{L}+/gu;

/** "1a etapa: 10 de março" → "0a a: 0": the first words, figures as 0 and words as a; undefined unless a figure follows the first word. */
function rowShape(s: Scored): string | undefined {
  if (s.rule !== undefined || s.text.length > TABLE.listChars) return undefined;
  if (s.cls !== LineClass.Plain && s.cls !== LineClass.Near && s.cls !== LineClass.Teaser) return undefined;
  // Most lines hold no figure at all: no need to split them.
  if (!s.facts.features.digits) return undefined;
  const words = s.text.split(/\s+/u, TABLE.shapeWords + 1);
  if (words.length <= TABLE.shapeWords) return undefined;
  const shape = words.slice(0, TABLE.shapeWords).map((w) => w.replace(FIGURES, '0').replace(LETTERS, 'a'));
  return shape.slice(1).some((w) => w.includes('0')) ? shape.join(' ') : undefined;
}
