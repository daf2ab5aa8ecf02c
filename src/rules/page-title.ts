// The document's title printed above the page (a converter that reads <head> too): "Ferry cuts two
// sailings | Example News". The page's headline repeats it without the site's name; the title line itself
// is no article text, and the line it names is the headline.
import { rule } from './rule.js';
import type { Line } from '../types.js';
import { matchBoilerplate } from './boilerplate.js';

export const pageTitle = rule('page-title', "The document's title above the page (the headline and the site's name): the headline below repeats it.");

/** Between a headline and the site's name: "Headline | Site", "Headline - Site", "Site – Headline". */
const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' « ', ' » '];
/** A title is a line, not a paragraph. */
const MAX_TITLE_CHARS = 300;
/** The headline it names stands among the page's first lines. */
const HEADLINE_WITHIN_LINES = 400;
/** The named headline is longer than a site's abbreviation. */
const MIN_HEADLINE_CHARS = 4;
/** A site's name is short: "Example News", "The Example Times", "example.com". */
const MAX_SITE_WORDS = 5;
const MAX_SITE_CHARS = 40;

export interface PageTitle {
  /** The title line and the line it names, as indices into the lines. */
  readonly title: number;
  readonly headline: number;
}

/**
 * What the title may name: its longer side at a separator, when the shorter side is short enough to be
 * the site's name. (A first line that a later line repeats whole is the headline and its copy, or the
 * site's name in its header and footer: the other rules read those.)
 */
function namesOf(title: string): Set<string> {
  const names = new Set<string>();
  for (const sep of SEPARATORS) {
    for (const at of [title.indexOf(sep), title.lastIndexOf(sep)]) {
      if (at < 0) continue;
      const before = title.slice(0, at).trim();
      const after = title.slice(at + sep.length).trim();
      const [name, site] = before.length >= after.length ? [before, after] : [after, before];
      // "Home | Example News" names the site's front page: a menu item is no headline.
      if (site.length <= MAX_SITE_CHARS && site.split(' ').length <= MAX_SITE_WORDS && name.length >= MIN_HEADLINE_CHARS && !matchBoilerplate(name)) names.add(name);
    }
  }
  return names;
}

/**
 * The page's first line when a later line, soon after, is its headline part. `from`: where the page's
 * text starts (after its address or scripts).
 */
export function findPageTitle(lines: readonly Line[], from: number): PageTitle | undefined {
  let title = from;
  while (title < lines.length && lines[title]!.text.length === 0) title++;
  if (title >= lines.length || lines[title]!.text.length > MAX_TITLE_CHARS) return undefined;
  const names = namesOf(lines[title]!.text);
  if (names.size === 0) return undefined;
  const end = Math.min(lines.length, title + 1 + HEADLINE_WITHIN_LINES);
  for (let i = title + 1; i < end; i++) if (names.has(lines[i]!.text)) return { title, headline: i };
  return undefined;
}
