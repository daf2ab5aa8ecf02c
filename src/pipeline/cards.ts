// Lists of cards around an article: related stories ("Title / Author / Tuesday November 19, 2019 /
// its first sentence") and comment threads ("Name / 3 hours ago / the comment / Reply"). Each card's
// text is a sentence or two of prose, so it scores like a paragraph; but an article's paragraphs
// follow one another, while a card's text stands alone between two card heads, each with a date or an
// author among a few short lines (or its title twice, around a kicker: an aggregator's feed). Several
// such paragraphs in a row are a list, never the article.
import { rule } from '../rules/rule.js';
import { LineClass, type Scored } from './page.js';

export const teaserCard = rule(
  'teaser-card',
  'A list of cards (a title or a name, an author or a date, then a sentence or two): related stories or comments, not the article.',
);

export const CARDS = {
  /** Card texts in a row that make a list (a lone pair may be an article's dated update). */
  minCards: 3,
  /** Lines a card's head may have besides its text (a picture's alt text, the title, the author, the date). */
  maxHeadLines: 6,
  /** Paragraphs in a row, no card head between them, that show an article beside the cards. */
  articleParagraphs: 3,
} as const;

/**
 * Each card's text in a list of at least CARDS.minCards, marked with teaserCard (its head lines are
 * left to the run: they cost it already). `scored` is not changed: a copy is returned when a list is found.
 */
export function markCardLists(scored: readonly Scored[]): readonly Scored[] {
  // Prose lines, and whether the lines between each and the one before make a card's head.
  const prose: number[] = [];
  const headBefore: boolean[] = [];
  for (let k = 0; k < scored.length; k++) {
    const cls = scored[k]!.cls;
    if (cls !== LineClass.Good && cls !== LineClass.Near) continue;
    headBefore.push(prose.length > 0 && isCardHead(scored, prose[prose.length - 1]! + 1, k));
    prose.push(k);
  }
  const lists: [number, number][] = [];
  // Runs of prose lines that each have a card's head before them.
  for (let p = 0; p < prose.length; p++) {
    if (!headBefore[p]) continue;
    let q = p;
    while (q + 1 < prose.length && headBefore[q + 1]) q++;
    if (q - p + 1 >= CARDS.minCards) lists.push([p, q]);
    p = q;
  }
  if (lists.length === 0 || !articleBeside(scored, prose, headBefore)) return scored;
  const out = scored.slice();
  for (const [p, q] of lists) {
    for (let r = p; r <= q; r++) {
      const s = scored[prose[r]!]!;
      out[prose[r]!] = { ...s, cls: LineClass.Teaser, rule: s.rule ?? teaserCard };
    }
  }
  return out;
}

/**
 * Paragraphs in a row that no card head parts: an article beside the cards. A page of cards alone (a
 * live blog's one-paragraph posts, a section's front page) has them as its text.
 */
function articleBeside(scored: readonly Scored[], prose: readonly number[], headBefore: readonly boolean[]): boolean {
  let run = 0;
  for (let p = 0; p < prose.length; p++) {
    // A card's text may open the run: the article may follow the last card.
    run = scored[prose[p]!]!.cls !== LineClass.Good ? 0 : headBefore[p] ? 1 : run + 1;
    if (run >= CARDS.articleParagraphs) return true;
  }
  return false;
}

/** A label printed twice ("Photo", "Share") is no title. */
const MIN_TITLE_CHARS = 20;

/**
 * Lines [from, to) are a card's head: a few lines, one of them a date or an author, one of them not;
 * or a title the card prints twice, a line apart (as a heading and as its link's text).
 */
function isCardHead(scored: readonly Scored[], from: number, to: number): boolean {
  const n = to - from;
  if (n < 2 || n > CARDS.maxHeadLines) return false;
  let meta = 0;
  let twice = false;
  for (let k = from; k < to; k++) {
    const s = scored[k]!;
    if (s.cls === LineClass.Wall) return false;
    if (s.facts.date || s.facts.byline) meta++;
    // Not twice in a row: that is a picture's alt text and caption.
    else if (!twice && s.text.length >= MIN_TITLE_CHARS) for (let j = k + 2; j < to; j++) if (scored[j]!.text === s.text) twice = true;
  }
  return twice || (meta > 0 && meta < n);
}
