// Reading the --annotate view back: the gutter of each line (number, tag) and the text after it.
import { nodeJoint, wrapJoint } from '../../src/rules/wrap.js';

export interface ViewLine {
  n: number;
  tag: string;
  text: string;
}

// Colour codes as chalk writes them (SGR sequences).
const SGR = /\u001b\[[0-9;]*m/g;

export function stripColour(text: string): string {
  return text.replace(SGR, '');
}

const GUTTER = /^ *(\d+) (\S+) +\|(?: (.*))?$/;

/** The numbered lines of a view, in order; boundary, source and summary lines are left out. */
export function parseView(view: string): ViewLine[] {
  const out: ViewLine[] = [];
  for (const line of stripColour(view).split('\n')) {
    const m = GUTTER.exec(line);
    if (m) out.push({ n: Number(m[1]), tag: m[2]!, text: m[3] ?? '' });
  }
  return out;
}

/**
 * The articles of a view with the numbered lines under each boundary (blank lines between articles go
 * with the article above). A duplicate article, which the output leaves out, has index -1.
 */
export function viewArticles(view: string): { index: number; lines: ViewLine[] }[] {
  const articles: { index: number; lines: ViewLine[] }[] = [];
  for (const line of stripColour(view).split('\n')) {
    const boundary = /^---- (?:#(\d+)|\(duplicate, not written\)) /.exec(line);
    if (boundary) {
      articles.push({ index: boundary[1] === undefined ? -1 : Number(boundary[1]), lines: [] });
      continue;
    }
    if (line.startsWith('== summary')) break;
    const parsed = parseView(line)[0];
    if (parsed && articles.length > 0) articles[articles.length - 1]!.lines.push(parsed);
  }
  return articles;
}

/**
 * Body paragraphs as the view shows them: one per `body` line, `body+` lines joined as wrapped lines join
 * (a space, none between two CJK characters). A paragraph with a repaired line (`body*`: the view shows
 * the original text) is null: only its place counts.
 */
export function bodyParagraphs(lines: readonly ViewLine[]): (string | null)[] {
  const paragraphs: (string | null)[] = [];
  let previous = '';
  for (const l of lines) {
    const m = /^body(\+?)(\*?)$/.exec(l.tag);
    if (!m) continue;
    const text = m[2] ? null : l.text;
    const last = paragraphs.length - 1;
    // A wrapped line joins as a text browser wrapped it, a text node's line as the converter broke it:
    // the view shows neither rule, and the two never disagree on a line both could be.
    const joint = wrapJoint(previous, text ?? '') === '' || nodeJoint(previous, text ?? '') === '' ? '' : ' ';
    if (m[1] && last >= 0) paragraphs[last] = paragraphs[last] === null || text === null ? null : paragraphs[last] + joint + text;
    else paragraphs.push(text);
    previous = l.text;
  }
  return paragraphs;
}

/** JSON body paragraphs against the view's: equal in number, and equal wherever the view shows the text. */
export function sameParagraphs(view: readonly (string | null)[], json: readonly string[]): boolean {
  return view.length === json.length && view.every((p, i) => p === null || p === json[i]);
}

/** The lines of a text as newsclean numbers them: LF, CRLF or CR; no line after a final break. */
export function inputLines(text: string): string[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
