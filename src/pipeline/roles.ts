// One article's lines → one decision per line. Articles in the news template (widget, headline and
// captions printed twice) need only the header rules; anything else is treated as a web page: the
// page rules find the article inside it. Copies and caption pairs are marked last, on what was kept.
import { LineRole, type Decision, type Line } from '../types.js';
import {
  blockIds,
  captionPair,
  captionRepeat,
  findHeader,
  headerCaption,
  headlineRepeat,
  headlineRule,
  type HeaderLayout,
} from '../rules/header.js';
import { fontSizeWidget, isMarkedWidget } from '../rules/widget.js';
import { bylineLine, dateLine, isBylineLine, isDateLine, isDateStamp, isSectionLabel, sectionLabel } from '../rules/byline.js';
import { beforeHeadline, blankLine, bodyText, MIN_REPEATED_CHARS, repeatedLine } from '../rules/basic.js';
import { imageCredit, isImageCredit, isPictureLabel, mayBeLabelledCaption, pictureLabel } from '../rules/caption.js';
import type { Rule } from '../rules/rule.js';
import { classifyPage } from './page.js';
import { tableCell } from './table.js';
import { detectWrap, headingUnderline, isHeadingUnderline, joinWrapped, linkMarker, rewritesText, splitLine, wrappedLine, type WrapLayout } from '../rules/wrap.js';
import { RunMemory } from './memory.js';
import { articleMeta, isAddressLine, isLinkListLine, linkListRule } from '../rules/boilerplate.js';
import { isPageScript, pageScript, scriptLine, ScriptLine } from '../rules/code.js';
import { TextCounts } from './text-counts.js';
import { playerDialog, playerDialogLines } from '../rules/player.js';
import { findGalleries, gallerySlide } from '../rules/gallery.js';
import { findFrontMatter, frontMatter, MetaField, type FrontMatter } from '../rules/front-matter.js';
import { findPageTitle, pageTitle } from '../rules/page-title.js';

/** A kept line longer than this is a paragraph, never remembered as chrome. */
const CHROME_BODY_CHARS = 40;

export interface ClassifyOptions {
  /** Only headline, caption and widget cleanup (a recall mode): no page rules. */
  keepBoilerplate?: boolean;
  /** What the run learned from earlier articles (site chrome). */
  memory?: RunMemory;
}

export interface Classified {
  readonly decisions: Decision[];
  /** The article is in the news template (read by the header rules alone). */
  readonly template: boolean;
}

export function classifyArticle(lines: readonly Line[], options: ClassifyOptions = {}): Classified {
  const meta = findFrontMatter(lines);
  if (meta) return withFrontMatter(lines, meta, options);
  const memory = options.memory ?? new RunMemory();
  const blocks = blockIds(lines);
  const header = findHeader(lines, blocks);
  if (header.twin < 0) {
    const scripts = leadingScripts(lines);
    if (scripts > 0) {
      const below = withScriptsAbove(lines, scripts);
      if (below) return below;
    }
  }
  const decisions =
    header.template || options.keepBoilerplate
      ? templateDecisions(lines, blocks, header)
      : classifyWebPage(lines, blocks, header, memory);
  // Site chrome is a web-page notion: template articles teach the memory nothing.
  if (!header.template) memory.rememberArticle(chromeCandidates(decisions));
  return { decisions, template: header.template };
}

/**
 * An article under a metadata header: the rest is read as any article. The header's title is the
 * headline, unless the article prints it itself (perhaps without the site's name the title adds).
 */
function withFrontMatter(lines: readonly Line[], meta: FrontMatter, options: ClassifyOptions): Classified {
  const rest = classifyArticle(lines.slice(meta.end), options);
  const head: Decision[] = lines.slice(0, meta.end).map((line) => ({ line, role: LineRole.Blank, rule: blankLine.name }));
  let title: Decision | undefined;
  for (const { at, field, value } of meta.fields) {
    const line = lines[at]!;
    const role = value.length === 0 ? LineRole.Boilerplate : META_ROLES[field];
    head[at] = role === LineRole.Boilerplate ? { line, role, rule: frontMatter.name } : { line, role, rule: frontMatter.name, text: value };
    if (role === LineRole.Headline) title ??= head[at];
  }
  const decisions = rest.decisions.slice();
  const own = decisions.findIndex((d) => d.role === LineRole.Headline);
  if (title && own >= 0) {
    const ownText = decisions[own]!.text ?? decisions[own]!.line.text;
    if (title.text!.startsWith(ownText)) head[head.indexOf(title)] = { line: title.line, role: LineRole.Boilerplate, rule: frontMatter.name };
    else decisions[own] = { ...decisions[own]!, role: LineRole.Body, rule: bodyText.name };
  }
  return { decisions: [...head, ...decisions], template: rest.template };
}

/**
 * Where the article's text starts below the page's address and its style sheet and scripts, as a
 * naive converter prints them above it (0 when no script stands there).
 */
function leadingScripts(lines: readonly Line[]): number {
  let end = 0;
  let scripts = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.length === 0) continue;
    if (isPageScript(text)) scripts = true;
    else if (end > 0 || !isAddressLine(text)) break;
    end = i + 1;
  }
  return scripts ? end : 0;
}

/**
 * Scripts above a news template's header hide it from the header rules (they take its first lines):
 * the template under them is read as such, the lines above it are page script.
 */
function withScriptsAbove(lines: readonly Line[], end: number): Classified | undefined {
  const rest = lines.slice(end);
  const restBlocks = blockIds(rest);
  const header = findHeader(rest, restBlocks);
  if (!header.template) return undefined;
  const head = lines.slice(0, end).map((line, i): Decision =>
    line.text.length === 0 ? decide(lines, i, LineRole.Blank, blankLine) : decide(lines, i, LineRole.Boilerplate, isPageScript(line.text) ? pageScript : beforeHeadline),
  );
  return { decisions: [...head, ...templateDecisions(rest, restBlocks, header)], template: true };
}

const META_ROLES: Record<MetaField, LineRole> = {
  [MetaField.Title]: LineRole.Headline,
  [MetaField.Author]: LineRole.Byline,
  [MetaField.Date]: LineRole.Date,
  [MetaField.Other]: LineRole.Boilerplate,
};

/** What may be site chrome: never the headline or a caption, never a real paragraph. */
function chromeCandidates(decisions: readonly Decision[]): string[] {
  const out: string[] = [];
  for (const d of decisions) {
    if (d.role === LineRole.Headline || d.role === LineRole.Caption || d.role === LineRole.Blank) continue;
    if (d.role === LineRole.Body && d.line.text.length > CHROME_BODY_CHARS) continue;
    out.push(d.line.text);
  }
  return out;
}

/**
 * A web page: text-browser wrapping undone first (the page rules judge whole paragraphs), then the
 * page rules, then copies marked; each paragraph's decision goes back to its physical lines.
 */
function classifyWebPage(lines: readonly Line[], blocks: readonly number[], header: HeaderLayout, memory: RunMemory): Decision[] {
  const layout = detectWrap(lines);
  if (!rewritesText(layout)) return markCopies(pageRules(lines, header, memory), blocks);
  return viaUnits(lines, layout, (units, unitBlocks) => markCopies(pageRules(units, findHeader(units, unitBlocks), memory), unitBlocks))!;
}

/**
 * The news template's rules, over whole paragraphs too where a converter broke its text at every
 * text node or left its references undecoded (when the joined lines still show the same kind of
 * header). The template prints the site's own text: link markers ("[1]"), bullets ("* "), star
 * headings and a wrap width are too often the text itself, and stay, unless the widget shows them.
 */
function templateDecisions(lines: readonly Line[], blocks: readonly number[], header: HeaderLayout): Decision[] {
  // A widget printed with a text browser's marks ("* [1]TT") says the dump is a text browser's.
  let marked = false;
  for (const i of header.widget) marked ||= isMarkedWidget(lines[i]!.text);
  const layout = detectWrap(lines, !marked);
  const joined = rewritesText(layout)
    ? viaUnits(lines, layout, (units, unitBlocks) => {
        const unitHeader = findHeader(units, unitBlocks);
        return unitHeader.template === header.template ? classifyTemplate(units, unitBlocks, unitHeader) : undefined;
      })
    : undefined;
  return joined ?? classifyTemplate(lines, blocks, header);
}

/**
 * `classify` over the lines as `layout` rejoins and strips them (units: whole paragraphs), each
 * unit's decision given back to its physical lines; undefined when `classify` declines.
 */
function viaUnits(
  lines: readonly Line[],
  layout: WrapLayout,
  classify: (units: readonly Line[], unitBlocks: readonly number[]) => Decision[] | undefined,
): Decision[] | undefined {
  const { units, members, stripped } = joinWrapped(lines, layout);
  const unitDecisions = classify(units, blockIds(units));
  if (!unitDecisions) return undefined;
  const out: Decision[] = new Array(lines.length);
  unitDecisions.forEach((d, u) => {
    members[u]!.forEach((i, k) => {
      const text = stripped[i]!;
      if (text.length === 0 && lines[i]!.text.length > 0) {
        out[i] = decide(lines, i, LineRole.Boilerplate, linkMarker);
      } else {
        const wrapped = k > 0 && (d.role === LineRole.Body || d.role === LineRole.Headline || d.role === LineRole.Caption);
        const rule = wrapped ? (layout.textNodes ? splitLine : wrappedLine).name : d.rule;
        out[i] = { line: lines[i]!, role: d.role, rule, text, continues: wrapped || d.continues === true };
      }
    });
  });
  return out;
}

/** The page rules, after what headerOnly decides; a document title above the page names its headline. */
function pageRules(lines: readonly Line[], header: HeaderLayout, memory: RunMemory): Decision[] {
  const decided = headerOnly(lines, header);
  let from = 0;
  while (from < lines.length && (lines[from]!.text.length === 0 || decided[from])) from++;
  const title = findPageTitle(lines, from);
  if (title) decided[title.title] = decide(lines, title.title, LineRole.Boilerplate, pageTitle);
  const decisions = classifyPage(lines, decided, memory);
  if (!title || decisions[title.headline]!.role === LineRole.Headline) return decisions;
  // The line the title names is the headline; one the page rules chose above it was a kicker, one below a subheading.
  const own = decisions.findIndex((d) => d.role === LineRole.Headline);
  if (own >= 0) {
    decisions[own] = own < title.headline ? { ...decisions[own]!, role: LineRole.Boilerplate, rule: articleMeta.name } : { ...decisions[own]!, role: LineRole.Body, rule: bodyText.name };
  }
  decisions[title.headline] = { ...decisions[title.headline]!, role: LineRole.Headline, rule: headlineRule.name };
  return decisions;
}

/**
 * Blank lines, heading underlines, the page's own address and scripts around it, the widget, video
 * players' dialogs and picture galleries: what the page path takes as decided.
 */
function headerOnly(lines: readonly Line[], header: HeaderLayout): (Decision | undefined)[] {
  const out: (Decision | undefined)[] = new Array(lines.length);
  let first = true;
  // Above the article's first text: the page's style sheet and scripts, as a naive converter prints them.
  let leading = true;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const opens = first && text.length > 0;
    if (opens) first = false;
    if (text.length === 0) out[i] = decide(lines, i, LineRole.Blank, blankLine);
    // A scraper prints the page's address as its first line: to the page rules it is not there.
    else if (opens && isAddressLine(text)) out[i] = decide(lines, i, LineRole.Boilerplate, beforeHeadline);
    else if (leading && isPageScript(text)) out[i] = decide(lines, i, LineRole.Boilerplate, pageScript);
    else if (i > 0 && isHeadingUnderline(text) && lines[i - 1]!.text.length > 0 && !isHeadingUnderline(lines[i - 1]!.text)) {
      out[i] = decide(lines, i, LineRole.Boilerplate, headingUnderline);
    }
    // (The address above the page keeps it open: scripts may follow it.)
    if (text.length > 0 && out[i]?.role !== LineRole.Boilerplate) leading = false;
  }
  // …and below its last: scripts after the page's text, when one of them is no article's code (a style
  // rule, a data block, a minified script): an article may end with a snippet of its own.
  const trailing: number[] = [];
  let pageOnly = false;
  for (let i = lines.length - 1; i >= 0 && (out[i]?.role === LineRole.Blank || !out[i]); i--) {
    if (out[i]) continue;
    const kind = scriptLine(lines[i]!.text);
    if (kind === ScriptLine.None) break;
    if (kind === ScriptLine.Page) pageOnly = true;
    trailing.push(i);
  }
  if (pageOnly) for (const i of trailing) out[i] = decide(lines, i, LineRole.Boilerplate, pageScript);
  // …and the list of link addresses a text browser prints under the page ("References", "1. https://…").
  for (let i = lines.length - 1; i >= 0; i--) {
    if (out[i]) continue;
    if (!isLinkListLine(lines[i]!.text)) break;
    out[i] = decide(lines, i, LineRole.Boilerplate, linkListRule);
  }
  for (const i of header.widget) out[i] = decide(lines, i, LineRole.Widget, fontSizeWidget);
  for (const i of playerDialogLines(lines)) out[i] = decide(lines, i, LineRole.Boilerplate, playerDialog);
  const gallery = findGalleries(lines);
  for (const i of gallery.counters) out[i] = decide(lines, i, LineRole.Boilerplate, gallerySlide);
  for (const i of gallery.captions) out[i] = decide(lines, i, LineRole.Caption, gallerySlide);
  return out;
}

const decide = (lines: readonly Line[], i: number, role: LineRole, why: Rule): Decision => ({ line: lines[i]!, role, rule: why.name });

function classifyTemplate(lines: readonly Line[], blocks: readonly number[], header: HeaderLayout): Decision[] {
  const decisions = headerOnly(lines, header);
  const set = (i: number, role: LineRole, why: Rule): void => {
    decisions[i] = decide(lines, i, role, why);
  };
  const { headline, twin, widget } = header;
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
  const captions = new CaptionSet();
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
  // A templated article is the site's clean text: its repeats are real (a table's cells).
  const bodySeen = header.template ? undefined : new Set<string>();
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
    } else if (bodySeen !== undefined && text.length >= MIN_REPEATED_CHARS && bodySeen.has(text)) {
      set(i, LineRole.Duplicate, repeatedLine);
    } else {
      set(i, LineRole.Body, bodyText);
      bodySeen?.add(text);
      leading = false;
    }
  }
  return fill(decisions, lines);
}

/**
 * The caption texts seen so far. An article has a handful, so a scan with `===` (which compares lengths
 * first) answers for every body line without hashing it; a Set takes over once there are many.
 */
class CaptionSet {
  private readonly texts: string[] = [];
  private set: Set<string> | undefined;

  has(text: string): boolean {
    if (this.set) return this.set.has(text);
    for (let k = 0; k < this.texts.length; k++) if (this.texts[k] === text) return true;
    return false;
  }

  add(text: string): void {
    if (this.set) this.set.add(text);
    else if (this.texts.push(text) > CAPTIONS_SCANNED) this.set = new Set(this.texts);
  }
}

/** Captions CaptionSet scans before it hashes. */
const CAPTIONS_SCANNED = 16;

/**
 * On the body the page rules kept: copies of the headline, alt text followed by its caption (the same
 * line twice, or once without its final stop), credit lines, the line after a picture label, and
 * word-for-word repeats.
 */
function markCopies(decisions: Decision[], blocks: readonly number[]): Decision[] {
  const headline = decisions.find((d) => d.role === LineRole.Headline)?.line.text;
  // Only texts of MIN_REPEATED_CHARS or more are asked about: only those are kept.
  const seen = new TextCounts();
  /** The last long lines, which a shortened copy with a "more" or "less" toggle may repeat. */
  const recent: string[] = [];
  const out = decisions.slice();
  let prev = -1;
  let afterLabel = false;
  for (let i = 0; i < out.length; i++) {
    const d = out[i]!;
    if (d.role === LineRole.Blank) continue;
    const labelled = afterLabel;
    afterLabel = isPictureLabel(d.line.text);
    if (d.role !== LineRole.Body) continue;
    // Table cells repeat ("0", "0"): never a caption pair or a copy.
    if (d.rule === tableCell.name) {
      prev = -1;
      continue;
    }
    const text = d.line.text;
    if (text === headline) out[i] = { ...d, role: LineRole.Duplicate, rule: headlineRepeat.name };
    else if (isImageCredit(text)) {
      out[i] = { ...d, role: LineRole.Caption, rule: imageCredit.name };
      // Alt text, then the caption with its credit: "A galaxy forms.", "A galaxy forms. (Image credit: X)".
      if (prev >= 0 && out[prev]!.role === LineRole.Body && creditedCopy(out[prev]!.line.text, text)) {
        out[prev] = { ...out[prev]!, role: LineRole.Caption, rule: captionPair.name };
      }
    } else if (labelled && mayBeLabelledCaption(text)) out[i] = { ...d, role: LineRole.Caption, rule: pictureLabel.name };
    else if (prev >= 0 && out[prev]!.role === LineRole.Body && sameCaption(out[prev]!.line.text, text) && blocks[i] !== 0) {
      out[prev] = { ...out[prev]!, role: LineRole.Caption, rule: captionPair.name };
      out[i] = { ...d, role: LineRole.Duplicate, rule: captionRepeat.name };
    } else if ((text.length >= MIN_REPEATED_CHARS && seen.has(text)) || isToggledCopy(text, recent)) {
      out[i] = { ...d, role: LineRole.Duplicate, rule: repeatedLine.name };
    }
    if (text.length >= MIN_REPEATED_CHARS) seen.add(text);
    if (text.length >= MIN_TOGGLED_CHARS) {
      recent.push(text);
      if (recent.length > TOGGLE_REACH) recent.shift();
    }
    prev = i;
  }
  return out;
}

/** Alt text and caption: the same words, perhaps without the final full stop. Long prose never pairs. */
function sameCaption(a: string, b: string): boolean {
  if (a.length > 300 || b.length > 300) return false;
  return a === b || withoutFinalStops(a) === withoutFinalStops(b);
}

/** Long lines looked back at for a shortened copy, and how long the copy's text must be. */
const TOGGLE_REACH = 8;
const MIN_TOGGLED_CHARS = 60;
// "… with the Southeast Asian nation. less", "… the military relations ... more": a caption's copies for the
// toggle that opens and closes it.
const TOGGLE = /(?:\s|\.\.\.|…)+(?:less|more)$/u;
const TOGGLE_TAIL_CHARS = 16;

/** A line that repeats the start of a recent long line, then a "more" or "less" toggle. */
function isToggledCopy(text: string, recent: readonly string[]): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (text.length < MIN_TOGGLED_CHARS || (last !== 0x73 && last !== 0x65)) return false;
  // Only the end is scanned: a long line's white space is never walked again from every position.
  const tail = text.length - TOGGLE_TAIL_CHARS;
  const match = TOGGLE.exec(text.slice(tail));
  if (!match) return false;
  const start = text.slice(0, tail + match.index);
  return start.length >= MIN_TOGGLED_CHARS && recent.some((r) => r.length > start.length && r.startsWith(start));
}

/** `caption` is `alt` with a credit after it. */
function creditedCopy(alt: string, caption: string): boolean {
  const words = withoutFinalStops(alt);
  return words.length >= MIN_ALT_CHARS && caption.length > alt.length && caption.startsWith(words);
}

/** Alt text this short ("Photo") is a label, not a copy of the caption. */
const MIN_ALT_CHARS = 20;

/** The text without its trailing full stops and white space (as .replace(/[.\s]+$/, '') would). */
function withoutFinalStops(text: string): string {
  let end = text.length;
  while (end > 0 && isStopOrSpace(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** "." or a character of the regex class \s. */
function isStopOrSpace(c: number): boolean {
  return c === 46 || c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function fill(decisions: (Decision | undefined)[], lines: readonly Line[]): Decision[] {
  for (let i = 0; i < lines.length; i++) decisions[i] ??= decide(lines, i, LineRole.Body, bodyText);
  return decisions as Decision[];
}
