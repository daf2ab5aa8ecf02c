// One article's lines → one decision per line. The header rules run first (they need no NLP); the
// page rules (boilerplate, when enabled) run over what is left as body.
import { LineRole, type Decision, type Line } from '../types.js';
import {
  blockIds,
  captionPair,
  captionRepeat,
  findHeader,
  headerCaption,
  headlineRepeat,
  headlineRule,
} from '../rules/header.js';
import { fontSizeWidget } from '../rules/widget.js';
import { bylineLine, dateLine, isBylineLine, isDateLine, isDateStamp, isSectionLabel, sectionLabel } from '../rules/byline.js';
import { rule, type Rule } from '../rules/rule.js';

export const blankLine = rule('blank', 'Blank lines separate paragraphs; they carry no text.');
export const bodyText = rule('body', 'Article text, kept verbatim.');
export const repeatedLine = rule(
  'repeated-line',
  'A line the article already showed word for word (pages print hidden copies for other screen sizes).',
);
/** Shorter lines repeat legitimately (table cells, list items), so only longer ones count as copies. */
export const MIN_REPEATED_CHARS = 8;
export const beforeHeadline = rule(
  'before-headline',
  'Lines above a template article\'s repeated headline are navigation or labels of the page.',
);

export function classifyArticle(lines: readonly Line[]): Decision[] {
  const decisions: (Decision | undefined)[] = new Array(lines.length);
  const set = (i: number, role: LineRole, why: Rule): void => {
    decisions[i] = { line: lines[i]!, role, rule: why.name };
  };
  for (let i = 0; i < lines.length; i++) if (lines[i]!.text.length === 0) set(i, LineRole.Blank, blankLine);

  const blocks = blockIds(lines);
  const { headline, twin, widget } = findHeader(lines, blocks);
  for (const i of widget) set(i, LineRole.Widget, fontSizeWidget);
  if (headline < 0) return fill(decisions, lines);
  const headlineText = lines[headline]!.text;
  set(headline, LineRole.Headline, headlineRule);

  for (let i = 0; i < headline; i++) {
    if (decisions[i]) continue;
    const text = lines[i]!.text;
    if (isDateLine(text)) set(i, LineRole.Date, dateLine);
    else if (isBylineLine(text)) set(i, LineRole.Byline, bylineLine);
    else set(i, LineRole.Boilerplate, isSectionLabel(text) ? sectionLabel : beforeHeadline);
  }

  // Everything between the headline and its copy (or the widget) is image captions.
  const captions = new Set<string>();
  const headerEnd = twin >= 0 ? twin : widget.size > 0 ? Math.max(...widget) : headline;
  if (twin >= 0) set(twin, LineRole.Duplicate, headlineRepeat);
  for (let i = headline + 1; i < headerEnd; i++) {
    if (decisions[i]) continue;
    const text = lines[i]!.text;
    if (captions.has(text)) set(i, LineRole.Duplicate, captionRepeat);
    else set(i, LineRole.Caption, headerCaption), captions.add(text);
  }

  // After the header: caption copies, a byline and a date stamp, then the body. Short labels and dates in
  // words stay: in the seed layout they belong to the article text ("Last updated September 14, 2016").
  let leading = true;
  // A templated article (widget, headline printed twice) is the site's clean text: its repeats are real.
  const templated = widget.size > 0 || twin >= 0;
  const bodySeen = new Set<string>();
  for (let i = headerEnd + 1; i < lines.length; i++) {
    if (decisions[i]) continue;
    const text = lines[i]!.text;
    if (captions.has(text)) {
      set(i, LineRole.Duplicate, captionRepeat);
    } else if (blocks[i + 1] === blocks[i] && lines[i + 1]!.text === text) {
      set(i, LineRole.Caption, captionPair);
      captions.add(text);
    } else if (leading && text === headlineText) {
      set(i, LineRole.Duplicate, headlineRepeat);
    } else if (leading && isBylineLine(text)) {
      set(i, LineRole.Byline, bylineLine);
    } else if (leading && isDateStamp(text)) {
      set(i, LineRole.Date, dateLine);
    } else if (!templated && text.length >= MIN_REPEATED_CHARS && bodySeen.has(text)) {
      set(i, LineRole.Duplicate, repeatedLine);
    } else {
      set(i, LineRole.Body, bodyText);
      bodySeen.add(text);
      leading = false;
    }
  }
  return fill(decisions, lines);
}

function fill(decisions: (Decision | undefined)[], lines: readonly Line[]): Decision[] {
  for (let i = 0; i < lines.length; i++) {
    decisions[i] ??= { line: lines[i]!, role: LineRole.Body, rule: bodyText.name };
  }
  return decisions as Decision[];
}
