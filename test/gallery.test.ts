// A picture gallery printed as text: its slides' counters go, their captions go to captions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { toLines } from '../src/pipeline/lines.js';
import { findGalleries } from '../src/rules/gallery.js';

const fixture = readFileSync(new URL('../fixtures/page-gallery/input.txt', import.meta.url), 'utf8');
const lines = (...texts: string[]): ReturnType<typeof toLines> => toLines(texts.join('\n\n') + '\n');

describe('findGalleries', () => {
  it('finds slides numbered one after another, each with its caption', () => {
    const l = lines('Intro text.', '1/3 First', 'Caption one.', '2/3 Second', 'Caption two.', '3/3 Third', 'Caption three.', 'After.');
    const g = findGalleries(l);
    expect(g.counters.map((i) => l[i]!.text)).toEqual(['1/3 First', '2/3 Second', '3/3 Third']);
    expect(g.captions.map((i) => l[i]!.text)).toEqual(['Caption one.', 'Caption two.', 'Caption three.']);
  });

  it('takes a caption with its number glued on for a caption ("2of4A shopper …")', () => {
    const caption = (k: number): string => `${k}of3A shopper looks at the extension cords at the hardware store on the harbour front, on Tuesday, before the storm.`;
    const l = lines(caption(1), caption(2), caption(3));
    expect(findGalleries(l)).toEqual({ counters: [], captions: [0, 2, 4] });
  });

  it("takes the line above the first slide for the gallery's title only inside an article", () => {
    const slides = ['1/3 First', 'Caption one.', '2/3 Second', 'Caption two.', '3/3 Third', 'Caption three.'];
    const inside = lines('The harbour had its busiest summer in a decade, the traders said on Monday, as visitors returned.', 'In pictures', ...slides);
    expect(findGalleries(inside).counters.map((i) => inside[i]!.text)).toContain('In pictures');
    const story = lines('The harbour in pictures', ...slides);
    expect(findGalleries(story).counters.map((i) => story[i]!.text)).not.toContain('The harbour in pictures');
  });

  it('finds none in dates, scores or two numbered lines', () => {
    expect(findGalleries(lines('3/09/15 8:00am', '4/09/15 9:00am', '5/09/15 10:00am'))).toEqual({ counters: [], captions: [] });
    expect(findGalleries(lines('1/2 cup of flour', '2/2 cups of milk'))).toEqual({ counters: [], captions: [] });
    expect(findGalleries(lines('1/5 First', 'x', '3/5 Third', 'y', '4/5 Fourth'))).toEqual({ counters: [], captions: [] });
  });
});

describe('a page with a gallery inside the article', () => {
  it('keeps the article around it, and the captions in their field', () => {
    const [a] = clean(fixture);
    expect(a!.body.split('\n\n')).toHaveLength(3);
    expect(a!.body).not.toMatch(/\d\/4/u);
    expect(a!.captions).toContain('The Saturday market on the quay sold out of strawberries by ten in the morning for six weeks in a row.');
    expect(a!.captions).toHaveLength(4);
  });
});
