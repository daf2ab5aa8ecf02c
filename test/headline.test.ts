import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { isBylineLine, isDatedByline } from '../src/rules/byline.js';
import { HEADLINE_WEIGHTS, headlineTrace, type HeadlineCandidate, type HeadlineFeatures } from '../src/pipeline/headline.js';
import type { Article } from '../src/types.js';

// Invented pages: site chrome, a headline with its standfirst, a byline, the article, related links.
const para = (topic: string, n: number): string =>
  `The ${topic} council met on Tuesday evening and, after a long debate about the budget for the coming year, ` +
  `it agreed that the ${topic} plan would go ahead with the support of most of the members who were there (${n}).`;

const page = (head: string[], bodyTopic: string, tail: string[] = []): string =>
  [
    'Skip to main content',
    'Home',
    'News',
    'Sport',
    'Weather',
    'Log in',
    ...head,
    para(bodyTopic, 1),
    para(bodyTopic, 2),
    para(bodyTopic, 3),
    ...tail,
    '© 2026 Example Gazette. All rights reserved.',
  ].join('\n\n') + '\n';

/** Clean `text`, and every headline candidate the pages in it had, with its line's text. */
function traced(text: string): { articles: Article[]; candidates: (HeadlineCandidate & { text: string })[] } {
  const candidates: (HeadlineCandidate & { text: string })[] = [];
  headlineTrace.sink = (cs, scored) => candidates.push(...cs.map((c) => ({ ...c, text: scored[c.index]!.text })));
  try {
    return { articles: clean(text), candidates };
  } finally {
    headlineTrace.sink = undefined;
  }
}

describe('page headline', () => {
  it('takes the headline over the standfirst under it', () => {
    const [a] = clean(
      page(
        [
          'Harbour council backs the new harbour plan',
          'After a long debate, members of the harbour council agreed the budget for the coming year.',
          'By Ana Lima',
          'Share',
        ],
        'harbour',
      ),
    );
    expect(a!.headline).toBe('Harbour council backs the new harbour plan');
  });

  it('takes a title-cased headline of two sentences, full stop and all', () => {
    const head = 'Harbour Council Backs the Budget. Why the Quay Must Wait.';
    const [a] = clean(page(['Harbour News', head, 'By Ana Lima'], 'harbour'));
    expect(a!.headline).toBe(head);
  });

  it("does not take a video's title, printed twice in a row in its player, for the headline", () => {
    const video = 'Harbour council agreed the harbour plan after a long debate';
    const head = 'Members back the plan';
    const [a] = clean(page([head, 'By Ana Lima', 'Updated 10:20 GMT, March 3, 2026', `${video}\n${video}`, 'Just watched', video, 'Replay', video], 'harbour'));
    expect(a!.headline).toBe(head);
  });

  it('does not count a title bar that holds the headline whole as a headline over it', () => {
    const head = 'Harbour council backs the new harbour plan';
    const { candidates } = traced(page([`Harbour|${head}`, head, 'By Ana Lima'], 'harbour'));
    const own = candidates.find((c) => c.text === head);
    expect(own?.features.candidateAbove).toBe(0);
  });

  it('does not take a teaser of another story from the menu', () => {
    const [a] = clean(
      page(['Storm closes schools across the valley', 'Budget plan for the harbour council approved', 'By Ana Lima'], 'harbour'),
    );
    expect(a!.headline).toBe('Budget plan for the harbour council approved');
  });

  it('never takes a related story under a "Read more" line inside the article', () => {
    const [a] = clean(
      page(
        ['Harbour plan approved by the council'],
        'harbour',
        ['Читайте также', 'Harbour council plans a second budget debate for the coming year', para('harbour', 4)],
      ),
    );
    expect(a!.headline).toBe('Harbour plan approved by the council');
  });

  it('weighs every feature it computes', () => {
    const keys = Object.keys(HEADLINE_WEIGHTS) as (keyof HeadlineFeatures)[];
    expect(keys.length).toBeGreaterThan(10);
    for (const k of keys) expect(Number.isFinite(HEADLINE_WEIGHTS[k])).toBe(true);
    // The candidates of a real page carry exactly the weighted features, and finite scores.
    const seen = traced(page(['Storm closes schools across the valley', 'Harbour plan approved by the council', 'By Ana Lima'], 'harbour')).candidates;
    expect(seen.length).toBeGreaterThan(1);
    for (const c of seen) {
      expect(Object.keys(c.features).sort()).toEqual([...keys].sort());
      expect(Number.isFinite(c.score)).toBe(true);
    }
  });

  it('does not take a logo printed twice at the top of a page for a template headline', () => {
    const text = ['Gazette logo', 'Gazette logo', 'Home', 'News', 'Sport', 'Harbour plan approved by the council', para('harbour', 1), para('harbour', 2)].join('\n\n');
    const [a] = clean(text + '\n');
    expect(a!.headline).toBe('Harbour plan approved by the council');
    expect(a!.body).not.toContain('Gazette logo');
  });

  it("does not take a blog's name printed twice, over a date and the post's title, for a template headline", () => {
    const text = ['Example Developers Blog', 'This Blog', 'This Blog', '06 December 2026', 'Saving Data: Reducing the size of harbour updates by 65%', para('harbour', 1), para('harbour', 2)].join('\n\n');
    const [a] = clean(text + '\n');
    expect(a!.headline).not.toBe('This Blog');
  });

  it('still reads a template header without the size widget', () => {
    const text = ['Harbour plan approved', 'Harbour plan approved', para('harbour', 1), para('harbour', 2)].join('\n\n');
    const [a] = clean(text + '\n');
    expect(a!.headline).toBe('Harbour plan approved');
    expect(a!.body.split('\n\n')).toHaveLength(2);
  });
});

describe('a date with its author under the title', () => {
  it.each([
    ['Tuesday 15 October 2026 by Ana Lima', true],
    ['Monday November 18, 2026 7:45 am PST by Ana Lima', true],
    ['October 9, 2026 | by Ana Lima', true],
    ['Posted on Tuesday 15 October 2026 at 09:11 by Ana Lima.', true],
    ['February 1, 2026 | BY: Ana Lima, MS, RDN', true],
    ['Call Me by Your Name', false],
    ['Kidnapped girl, 8, rescued by police in dramatic footage', false],
    ['© 2026 by Example Publishing, Inc.', false],
  ])('%s: %s', (line, want) => {
    expect(isDatedByline(line)).toBe(want);
  });

  it('reads a label before "by" as a byline too ("Analysis by …"), but not a sentence that has one', () => {
    expect(isBylineLine('Analysis by Ana Lima, Harbour Gazette Editor-at-large')).toBe(true);
    expect(isBylineLine('Escrito por Ana Lima')).toBe(true);
    expect(isBylineLine('Analysis by the council shows rising costs')).toBe(false);
  });

  it('reads "by: Ana Lima" as a byline', () => {
    expect(isBylineLine('by: Ana Lima')).toBe(true);
    // Under /i a \p{Lu} class matches any letter: the name's capital is tested on its own.
    expect(isBylineLine('By changed lines')).toBe(false);
    expect(isDatedByline('March 26, 2026 by changed lines')).toBe(false);
  });

  it('marks the title above it as a headline with its byline below', () => {
    const { candidates } = traced(page(['Harbour plan approved', 'Tuesday 15 October 2026 by Ana Lima'], 'harbour'));
    expect(candidates.find((c) => c.text === 'Harbour plan approved')?.features.metaBelow).toBe(1);
  });
});

describe('lines that are never headlines', () => {
  it.each([
    ['a breadcrumb', 'News » Harbour » Harbour council budget plan approved for the coming year'],
    ['a dateline with a clock time', 'Harbour Wire 30 avril 2026 à 07:19 council budget'],
    ['an attribution', '— Harbour council member on Tuesday, in a statement about the budget'],
    ['a hatnote', 'See also: Harbour council budget and harbour council plan'],
    ["an editor's note in brackets", '[What you need to know about the harbour council budget: get it in your inbox]'],
  ])('%s', (_, line) => {
    const [a] = clean(page([line, 'Harbour plan approved', 'By Ana Lima'], 'harbour'));
    expect(a!.headline).toBe('Harbour plan approved');
  });
});

describe('an article element that opens with its text', () => {
  it('does not take a wire story\'s first sentence for the headline, but the title under its picture', () => {
    const text = [
      'HARBOURTON (AP) — The harbour council finally has its plan.',
      para('harbour', 1),
      para('harbour', 2),
      'Advertisement',
      'Photo: Ana Lima, AP',
      'Image 1 of 3',
      'Harbour council approves harbour plan after long debate',
      '1 / 3',
      'Back to Gallery',
      para('harbour', 3),
      para('harbour', 4),
    ].join('\n\n');
    const [a] = clean(text + '\n');
    expect(a!.headline).toBe('Harbour council approves harbour plan after long debate');
    expect(a!.body.startsWith('HARBOURTON (AP) — The harbour council finally has its plan.')).toBe(true);
  });

  it('leaves the headline empty rather than take the first sentence of a text without chrome', () => {
    const [a] = clean(['HARBOURTON (AP) — The harbour council finally has its plan.', para('harbour', 1)].join('\n\n') + '\n');
    expect(a!.headline).toBe('');
    expect(a!.body.split('\n\n')).toHaveLength(2);
  });
});

describe('a sidebar of categories with their counts', () => {
  it('stays out of the article and does not hide the headline under it', () => {
    const topics = ['Business', 'Culture', 'Economy', 'Health', 'Local news', 'Opinion', 'Science', 'Sport', 'Travel', 'World'];
    const sidebar = Array.from({ length: 40 }, (_, i) => `${topics[i % 10]}${i >= 10 ? ` ${Math.floor(i / 10) + 1}` : ''} (${(i * 37) % 900 + 1})`);
    const [a] = clean(page([...sidebar, 'Harbour plan approved by the council'], 'harbour'));
    expect(a!.headline).toBe('Harbour plan approved by the council');
    expect(a!.body).not.toContain('Business (1)');
    expect(a!.body.split('\n\n')).toHaveLength(3);
  });
});

describe("a picture's alt text", () => {
  it('above its credited caption is not the headline', () => {
    const text = [
      'Harbour crane',
      'The new harbour crane at dawn, after its installation last week. (credit: Ana Lima)',
      'Council backs the plan for a bigger harbour',
      'by Ana Lima',
      'Monday, November 18, 2026',
      'Share on Facebook',
      para('harbour', 1),
      para('harbour', 2),
    ].join('\n\n');
    const { articles, candidates } = traced(text + '\n');
    expect(candidates.map((c) => c.text)).not.toContain('Harbour crane');
    expect(articles[0]!.headline).toBe('Council backs the plan for a bigger harbour');
  });

  it('clipped inside a word above the caption it copies is no candidate', () => {
    const caption = 'The council wants the new crane to unload container ships of every size by next spring. Source: Supplied';
    const clipped = caption.slice(0, caption.indexOf('container') + 4);
    expect(clipped.endsWith(' cont')).toBe(true);
    const text = page(['Council backs the plan for a bigger harbour', 'By Ana Lima', 'Monday, November 18, 2026', clipped, caption], 'harbour');
    const { articles, candidates } = traced(text);
    expect(candidates.map((c) => c.text)).not.toContain(clipped);
    expect(articles[0]!.headline).toBe('Council backs the plan for a bigger harbour');
  });
});

describe('numbered lists', () => {
  it('keeps a numbered list to its last item, with the link under each item', () => {
    const items = Array.from({ length: 8 }, (_, i) => [`${i + 1}) Harbour souvenir number ${i + 1}`, `http://example.com/s${i + 1}`]).flat();
    const text = page(['Eight harbour souvenirs for the holidays'], 'harbour', [...items, 'Share', 'Related', 'Storm closes schools across the valley']);
    const [a] = clean(text);
    const body = a!.body.split('\n\n');
    expect(body).toContain('8) Harbour souvenir number 8');
    expect(body).toContain('http://example.com/s8');
    expect(body).not.toContain('Storm closes schools across the valley');
  });
});

describe('headline inside the article', () => {
  it('keeps the paragraphs above a headline found inside the run', () => {
    const text = [
      'Skip to main content',
      'Home',
      'News',
      para('harbour', 1),
      para('harbour', 2),
      'Harbour council budget plan approved',
      para('harbour', 3),
      para('harbour', 4),
      '© 2026 Example Gazette. All rights reserved.',
    ].join('\n\n');
    const [a] = clean(text + '\n');
    const body = a!.body.split('\n\n');
    expect(body).toContain(para('harbour', 1));
    expect(body).toContain(para('harbour', 4));
  });
});

describe('comment sections', () => {
  it('keeps the article above a comment section that holds more text than it', () => {
    const comment = (n: number): string =>
      `I have lived by the harbour for most of my life and I think that the council should have asked the people who live there before it agreed to any of this (${n}).`;
    const comments = Array.from({ length: 12 }, (_, i) => [`Reader ${i + 1}`, comment(i)]).flat();
    const [a] = clean(page(['Harbour plan approved by the council'], 'harbour', ['[ 24 comments ]', 'Top Rated Comments', ...comments]));
    expect(a!.body).toContain(para('harbour', 1));
    expect(a!.body).not.toContain(comment(3));
  });
});

describe('bylines and dates at the top of the body', () => {
  it('go to their fields, not the body', () => {
    const text = page(['Harbour plan approved by the council'], 'harbour').replace(
      para('harbour', 1),
      ['Updated 10:01 pm PST, Tuesday, November 19, 2026', 'By Ana Lima', para('harbour', 1)].join('\n\n'),
    );
    const [a] = clean(text);
    expect(a!.body.startsWith(para('harbour', 1))).toBe(true);
    expect(a!.byline).toBe('By Ana Lima');
  });
});
