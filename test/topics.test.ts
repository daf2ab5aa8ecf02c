// Articles parted by no more blank lines than their paragraphs: cut where the topic changes.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toLines } from '../src/pipeline/lines.js';
import { ArticleSplitter, splitArticles, TOPIC_CHECK_CHARS } from '../src/pipeline/split.js';
import { topicCuts } from '../src/pipeline/topics.js';

const fixture = readFileSync(new URL('../fixtures/articles-one-blank-line/input.txt', import.meta.url), 'utf8');
const lines = fixture.split('\n').map((l) => l.trim());
const headlines = ['Chess Club Opens Its Doors to Night-Shift Workers', 'Farmers Test Robot Weeders in Onion Fields'];
const firstLines = (text: string): string[] =>
  splitArticles(toLines(text)).map((a) => a.lines.find((l) => l.text !== '')!.text);

/**
 * An invented article whose every word is its own (`k` makes the vocabulary), `paragraphs` long; or,
 * from paragraph `borrow.from` on, with a third of its words those of article `borrow.k`.
 */
function article(k: number, paragraphs = 8, borrow?: { k: number; from: number }): string {
  const w = (i: number, kk = k): string => `${'bcdfghjklmnpqrstvwz'[(kk + i) % 19]}ar${kk}o${i}`;
  const body = Array.from({ length: paragraphs }, (_, p) => {
    const other = borrow && p >= borrow.from ? borrow.k : k;
    return Array.from({ length: 3 }, (_, s) => `The ${w(p + s, other)} and the ${w(p + s + 1)} met ${w(p + s + 2, other)} near ${w(0)} with ${w(1)} ${w(2)}.`).join(' ');
  });
  return [`${w(0)} ${w(1)} ${w(2)} Opens`, ...body].join('\n\n');
}

/** A notice of four short paragraphs, far less than an article, then the chess story under `headline` and the farm story. */
function briefThen(headline: string): string[] {
  const notice = [
    'Old Stone Bridge Closed for Repairs',
    'The old stone bridge over the river will stay closed to cars from Saturday until Tuesday, while masons replace its cracked parapet.',
    'A temporary footbridge beside the boathouse carries pedestrians and prams across, and detour signs send motorists over the ring road.',
    'Cyclists should avoid Quay Street, where welders, cranes and lorries will block both lanes beside the town hall.',
    'Residents with garages facing the bridge receive permits that let them drive to their houses through the barriers.',
  ];
  const rest = lines.slice(lines.indexOf(headlines[0]!)).map((l) => (l === headlines[0] ? headline : l));
  return [...notice.flatMap((l) => [l, '']), ...rest];
}

describe('topicCuts', () => {
  it('cuts before the headline of each new article in a dump with one blank line between articles', () => {
    expect(topicCuts(lines).map((at) => lines[at])).toEqual(headlines);
  });

  it('does not cut an article whose sections keep to its topic (and does cut there when the topic changes)', () => {
    const first = fixture.slice(0, fixture.indexOf(headlines[0]!)).trimEnd();
        const section = [
      'Drought at Glacier Lake and Pine Point',
      'Two dry summers left the lake so low that the ferry jetty at Pine Point stood on gravel and the skipper tied the boat up in the harbour.',
      'The glacier above the valley sent less meltwater each year, and the hydrologists measured the lake falling a metre every summer.',
      'Eastwater lost its hikers, cyclists and campers when the ferry stopped, and the gravel road along the northern shore filled with cars.',
      'The harbour office closed its ticket window, the bakery stopped baking for the crossing, and the campsites on the northern shore stood empty.',
      'Engineers from the county measured the water at the jetty every week and warned that the hull could not sail until the lake refilled.',
      'Meltwater from the glacier fell again the next spring, and the skipper spent the season repainting the ferry in the harbour at Eastwater.',
      'Only the heavy snowfall of last winter brought the lake back to its old shoreline, high enough for the ramp to reach the jetty at Pine Point.',
      'Hydrologists expect the glacier to keep shrinking, so the county plans a longer floating jetty that can follow the lake down in dry summers.',
      'Until it is built, the skipper will check the water level at Pine Point every morning before the first crossing leaves the harbour.',
      'On the lowest days of the drought the lake shrank so far from Eastwater that the old ferry ramp hung in the air above dry stones.',
      'Campers who reached the northern shore by the gravel road found the trails open, but the ferry timetable at the harbour office read closed.',
    ];
    // The control: the same section with its words made strangers to the article (same lines, same
    // lengths): there the topic changes, and the cut comes. So the stretch is long enough to be cut.
    const strange = section.map((line) => line.replace(/\p{L}{4,}/gu, (w) => `${w}zq`));
    const control = `${first}\n\n${strange.join('\n\n')}`.split('\n');
    expect(topicCuts(control).map((at) => control[at])).toEqual([strange[0]]);
    const texts = `${first}\n\n${section.join('\n\n')}`.split('\n');
    expect(topicCuts(texts)).toEqual([]);
  });

  it('takes a numbered list item, a line of dialogue or a bar of links for no headline', () => {
    for (const label of ['2. ', '1/50 ', '— ', '| | ']) {
      const texts = lines.map((l) => (l === headlines[0] ? label + l : l));
      expect(topicCuts(texts).map((at) => texts[at])).toEqual([headlines[1]]);
    }
  });

  it('answers positions that start articles: strictly ascending, after the first line, on a line with text', () => {
    // Two stretches with vocabularies of their own, so that cuts do come.
    const stretch = (vocabulary: string[]): fc.Arbitrary<string[]> => {
      const sentence = fc.array(fc.constantFrom(...vocabulary, 'the', 'and', 'of'), { minLength: 8, maxLength: 30 }).map((w) => `${w.join(' ')}.`);
      const title = fc.array(fc.constantFrom(...vocabulary), { minLength: 2, maxLength: 6 }).map((w) => w.join(' '));
      const noise = fc.constantFrom('Share', '1/50 list item', 'Read more');
      const paragraph = fc.tuple(sentence, fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: noise, weight: 1 })).map(([p, n]) => (n === null ? [p] : [n, p]));
      return fc
        .tuple(title, fc.array(paragraph, { minLength: 10, maxLength: 40 }))
        .map(([t, ps]) => [t, ...ps.flat()].flatMap((l) => [l, '']));
    };
    const first = stretch(['lake', 'ferry', 'harbour', 'glacier', 'jetty', 'skipper']);
    const second = stretch(['chess', 'board', 'opening', 'endgame', 'clock', 'ladder']);
    fc.assert(
      fc.property(first, second, (a, b) => {
        const texts = [...a, '', ...b];
        const cuts = topicCuts(texts);
        cuts.forEach((at, k) => {
          expect(at).toBeGreaterThan(k === 0 ? 0 : cuts[k - 1]!);
          expect(at).toBeLessThan(texts.length);
          expect(texts[at]).not.toBe('');
        });
      }),
      { numRuns: 300 },
    );
  });

  it("cuts where the next article's pictures stand between its paragraphs, not under a list of teasers", () => {
    const at = lines.indexOf(headlines[1]!);
    // A picture after every second paragraph of the second article: no three paragraphs in a row.
    let seen = 0;
    const pictures = lines.slice(0, at).concat(lines.slice(at).flatMap((l) => (l.length > 60 && ++seen % 2 === 0 ? [l, '', 'Robot weeder in an onion field', ''] : [l])));
    expect(topicCuts(pictures).map((k) => pictures[k])).toEqual(headlines);
    // A title before every paragraph is a list of teasers, no article's body.
    const teasers = lines.slice(0, at).concat(lines.slice(at).flatMap((l, k) => (l.length > 60 ? [`Farm Story Number ${k} Of The Valley`, '', l] : [l])));
    expect(topicCuts(teasers).map((k) => teasers[k])).not.toContain(headlines[1]);
  });

  it("reads a body's paragraphs across the page's furniture between them", () => {
    const at = lines.indexOf(headlines[1]!);
    const ads = lines.slice(0, at).concat(lines.slice(at).flatMap((l) => (l.length > 60 ? [l, '', 'Advertisement', ''] : [l])));
    expect(topicCuts(ads).map((k) => ads[k])).toEqual(headlines);
  });

  it('cuts off a brief only under a headline that the prose after it repeats', () => {
    const headline = 'Riverside Chess Club Welcomes Night-Shift Nurses';
    const brief = briefThen(headline);
    expect(topicCuts(brief).map((k) => brief[k])).toEqual([headline, headlines[1]]);
    // Under a headline that names little of the prose after it, a brief stays with the next story.
    const vague = brief.map((l) => (l === headline ? 'Chess Club Opens Its Doors Today' : l));
    expect(topicCuts(vague).map((k) => vague[k])).toEqual([headlines[1]]);
  });

  it("reads a headline's words by their first four letters: 'Clubs Meet Nursing Players' is the prose's club, meeting, nurses, play", () => {
    // No word of the headline stands in the prose as it is; four in five share their first four letters with one.
    const headline = 'Clubs Meet Nursing Players Early';
    const brief = briefThen(headline);
    expect(topicCuts(brief).map((k) => brief[k])).toEqual([headline, headlines[1]]);
  });

  it('cuts between two later articles once the first is cut off: no window reaches back across a cut', () => {
    // The third article comes back to the first one's words, which the windows at the second cut would
    // still hold if they reached across the first (the second article is shorter than a window).
    const texts = [article(1, 15), article(2, 5), article(3, 14, { k: 1, from: 4 })].join('\n\n').split('\n');
    const opens = texts.filter((t) => t.endsWith(' Opens'));
    expect(topicCuts(texts).map((at) => texts[at])).toEqual(opens.slice(1));
  });

  it('leaves stretches too short to compare alone', () => {
    expect(topicCuts(['A headline', '', 'One short paragraph of text that ends here.'])).toEqual([]);
  });
});

describe('the splitter and topics', () => {
  it('cuts a dump without article gaps by topic', () => {
    expect(firstLines(fixture)).toEqual(['Glacier Lake Ferry Returns After Two Dry Summers', ...headlines]);
  });

  it('asks a text browser dump about its paragraphs: wrapped at 76 columns, with link markers', () => {
    const wrapped = lines
      .map((line, i) => (i % 7 === 3 && line.length > 0 ? `[${i}]${line}` : line))
      .flatMap((line) => {
        const out: string[] = [];
        let row = '';
        for (const word of line.split(' ')) {
          if (row.length > 0 && row.length + 1 + word.length > 76) (out.push(row), (row = ''));
          row = row.length > 0 ? `${row} ${word}` : word;
        }
        out.push(row);
        return out;
      });
    expect(wrapped.filter((l) => l.length > 76)).toEqual([]);
    // Each article starts at its headline's physical line, markers and all.
    const starts = splitArticles(toLines(wrapped.join('\n'))).map((a) => a.lines[0]!.text.replace(/^\[\d+\]/, ''));
    expect(starts).toEqual(['Glacier Lake Ferry Returns After Two Dry Summers', ...headlines]);
  });

  it("still cuts by topic under a site's name printed twice at the top: a line and its copy with nothing between are no template", () => {
    for (const top of ['Harbour Gazette\nHarbour Gazette\n\n', 'Harbour Gazette\n\nHarbour Gazette\n\n']) {
      expect(firstLines(top + fixture)).toEqual(['Harbour Gazette', ...headlines]);
    }
  });

  it('trusts the stream own gaps once it shows one: no topic cut after a gap of three blank lines', () => {
    const at = fixture.indexOf(headlines[0]!);
    const gapped = fixture.slice(0, at) + '\n\n\n' + fixture.slice(at);
    expect(firstLines(gapped)).toEqual(['Glacier Lake Ferry Returns After Two Dry Summers', headlines[0]]);
  });

  it('streams a long dump without gaps: articles leave while it is read, the held lines stay bounded', () => {
    const splitter = new ArticleSplitter();
    const count = 1500;
    let emitted = 0;
    let emittedEarly = 0;
    let mostHeld = 0;
    let n = 0;
    let dumpChars = 0;
    for (let k = 0; k < count; k++) {
      for (const text of ((k > 0 ? '\n' : '') + article(k)).split('\n')) {
        dumpChars += text.length + 1;
        emitted += splitter.push({ n: ++n, text }).length;
        mostHeld = Math.max(mostHeld, splitter.heldLines);
      }
      if (k === count / 2) emittedEarly = emitted;
    }
    emitted += splitter.end().length;
    expect(dumpChars).toBeGreaterThan(2 * TOPIC_CHECK_CHARS);
    expect(emittedEarly).toBeGreaterThan(count / 4);
    expect(emitted).toBe(count);
    // About one check's worth of lines (a dozen lines a kilobyte), not the whole dump.
    expect(mostHeld).toBeLessThan(n / 2);
  });
});
