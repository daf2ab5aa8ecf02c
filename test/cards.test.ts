import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDetailed } from '../src/index.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}/input.txt`, import.meta.url), 'utf8');

/** The lines of a card's head: its title, author and date; or its title twice around a kicker; or a picture's alt text and caption. */
const HEADS = {
  dated: (k: number) => [`Another story number ${k + 1} from the desk`, `Writer Number${k + 1}`, `Sunday November ${10 + k}, 2026`],
  titleTwice: (k: number) => [`Another Story Number ${k + 1} From The Desk`, 'WHAT A TIME', `Another Story Number ${k + 1} From The Desk`, `${k + 2} votes example.com News`],
  picture: (k: number) => [`The quay at dawn, picture ${k + 1}`, `The quay at dawn, picture ${k + 1}`],
};

/** An article of `paragraphs` paragraphs, then `cards` related stories (a head, then one sentence). */
function page(paragraphs: number, cards: number, head: (k: number) => string[] = HEADS.dated): string {
  const lines = ['Skip to main content', 'Example Courier', 'News', 'Log in', 'The quay will get a covered walkway', 'By Jane Roe', 'Monday November 18, 2026'];
  for (let k = 0; k < paragraphs; k++) {
    lines.push(`Paragraph ${k + 1} of the story says that the walkway along the quay will be covered before the winter, so that the people who wait for the ferries stay dry.`);
  }
  lines.push('More stories');
  for (let k = 0; k < cards; k++) {
    lines.push(...head(k));
    lines.push(`This is the first sentence of story ${k + 1}, which the page prints under its title to make a reader click through to it.`);
  }
  lines.push('© 2026 Example Courier Ltd. All rights reserved.');
  return `${lines.join('\n\n')}\n`;
}

const dropped = (text: string): string[] =>
  cleanDetailed(text).flatMap((c) => c.decisions.filter((d) => d.rule === 'teaser-card').map((d) => d.line.text));

describe('teaser-card', () => {
  it('drops the text of each card in a list of related stories, and names the rule', () => {
    const [opinion] = cleanDetailed(fixture('page-related-cards'));
    expect(opinion!.article.body.split('\n\n')).toHaveLength(4);
    expect(opinion!.article.body).not.toMatch(/lighthouse|arches|village schools/);
    expect(opinion!.decisions.filter((d) => d.rule === 'teaser-card')).toHaveLength(3);
  });

  it('keeps a page whose text is cards alone (a live blog of one-paragraph posts)', () => {
    const [, live] = cleanDetailed(fixture('page-related-cards'));
    expect(live!.article.body).toMatch(/Schools stay open[\s\S]*Bridge road reopens[\s\S]*Afternoon ferries will sail[\s\S]*north pier/);
    expect(live!.decisions.some((d) => d.rule === 'teaser-card')).toBe(false);
  });

  it('needs three cards in a row, and an article of paragraphs beside them', () => {
    expect(dropped(page(4, 3))).toHaveLength(3);
    expect(dropped(page(4, 2))).toHaveLength(0);
    // Two paragraphs are no article beside the cards: the page may be the list itself.
    expect(dropped(page(2, 4))).toHaveLength(0);
  });

  it('knows a card by its title printed twice, a line apart; a picture between paragraphs makes no card', () => {
    expect(dropped(page(4, 3, HEADS.titleTwice))).toHaveLength(3);
    expect(dropped(page(4, 3, HEADS.picture))).toHaveLength(0);
  });
});
