// Character references a tag-stripping scraper left undecoded: decoded where a dump is full of them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { decodeEntities, hasEntity } from '../src/rules/entities.js';

const fixture = readFileSync(new URL('../fixtures/page-undecoded-entities/input.txt', import.meta.url), 'utf8');

describe('decodeEntities', () => {
  it.each([
    ['It&#8217;s', 'It’s'],
    ['R&amp;D', 'R&D'],
    ['&#x201C;Yes&#x201D;', '“Yes”'],
    ['&pound;4&nbsp;million', '£4 million'],
    ['caf&eacute; &mdash; open', 'café — open'],
    ['&unknownname; stays, and so do &#0; &#xD800; &#99999999;', '&unknownname; stays, and so do &#0; &#xD800; &#99999999;'],
    ['AT&T and Q&A', 'AT&T and Q&A'],
  ])('%s → %s', (text, want) => {
    expect(decodeEntities(text)).toBe(want);
  });

  it('tells a reference from an ampersand in text', () => {
    expect(hasEntity('It&#8217;s')).toBe(true);
    expect(hasEntity('AT&T and Q&A; R & D')).toBe(false);
  });
});

describe('a dump with undecoded references', () => {
  it('has them decoded in its headline, byline and body', () => {
    const [a] = clean(fixture);
    expect(a!.headline).toBe('R&D Lab Opens at the Old Harbour Mill');
    expect(a!.byline).toBe('By Ana Lima & Mara Ellison');
    expect(a!.body).toContain('The town’s new research lab');
    expect(a!.body).toContain('£4 million');
    expect(a!.body).not.toMatch(/&[#a-z]/u);
  });

  it('has them decoded in a seed-layout article too: headline, captions and body, its copies still found', () => {
    const caption = 'The mill&#8217;s new lab, seen from the quay.';
    const body = ['The town&#8217;s new research lab opened on Monday.', 'It cost &pound;4&nbsp;million, the council said.', '&#8220;It is a start,&#8221; the mayor said.'];
    const [a, ...rest] = clean(`R&amp;D Lab Opens\n\n${caption}\n${caption}\nTT\n20\n\nR&amp;D Lab Opens\n\n${caption}\n${caption}\n\n${body.join('\n\n')}\n`);
    expect(rest).toHaveLength(0);
    expect(a).toMatchObject({ headline: 'R&D Lab Opens', captions: ['The mill’s new lab, seen from the quay.'] });
    expect(a!.body).toBe('The town’s new research lab opened on Monday.\n\nIt cost £4 million, the council said.\n\n“It is a start,” the mayor said.');
  });

  it('keeps one written as text in an article that has no others (an article about HTML)', () => {
    const body = 'To print an ampersand in HTML, the page writes &amp; and the browser shows the sign itself, as every guide to the language explains at length.';
    const [a] = clean(`Writing HTML by hand\n\n${body}\n\nThe rest of the guide covers tables, forms and the other elements a page can hold, one chapter each.\n`);
    expect(a!.body).toContain('&amp;');
  });
});
