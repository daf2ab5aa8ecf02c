import { describe, expect, it } from 'vitest';
import { columnsOf, continuesWrapped, detectWrap, hasBrowserMarker, isHeadingUnderline, isNameBreak, isNodeBreak, joinWrapped, stripMarkers, wrapJoint } from '../src/rules/wrap.js';
import type { Line } from '../src/types.js';
import { clean } from '../src/index.js';

const toLines = (texts: string[]): Line[] => texts.map((text, i) => ({ n: i + 1, text }));

describe('Markdown dumps (html2text and other converters)', () => {
  const page = toLines([
    '[Skip to content](#main)',
    '* [Home](/)',
    '* [News](/news)',
    '# Harbour plan approved',
    'The council agreed the **harbour plan** on Tuesday, the mayor said in a statement to the press.',
    'Work starts in September; see [the contracts](https://example.com/c?id=1) for details.',
  ]);
  const layout = detectWrap(page);

  it('are told from plain text by their links', () => {
    expect(layout.markdown).toBe(true);
    expect(detectWrap(toLines(['A plain line.', 'Another [12] marker line.', 'Text (with brackets).'])).markdown).toBeFalsy();
  });

  it.each([
    ['* [Home](/)', 'Home'],
    ['# Harbour plan approved', 'Harbour plan approved'],
    ['The council agreed the **harbour plan** on Tuesday.', 'The council agreed the harbour plan on Tuesday.'],
    ['see [the contracts](https://example.com/c?id=1) for details.', 'see the contracts for details.'],
    ['![A view of the harbour](https://example.com/h.jpg)', ''],
    ['and [a', 'and a'],
    ['cycle path](https://example.com/cycle) along the quay', 'cycle path along the quay'],
    ['1. The first item stays numbered', '1. The first item stays numbered'],
  ])('%s → %s', (text, want) => {
    expect(stripMarkers(text, layout)).toBe(want);
  });

  it('strip a long line of stray "[" and "**" in linear time (no regex backtracking)', () => {
    // 240,000 characters each: quadratic matching took 20 s and more here, linear takes milliseconds.
    for (const line of ['[a '.repeat(80_000), '**a '.repeat(60_000)]) {
      const started = performance.now();
      stripMarkers(line, layout);
      expect(performance.now() - started).toBeLessThan(3000);
    }
  });

  it('leave plain text as it is', () => {
    const plain = detectWrap(toLines(['A line with **stars** and [brackets](not a link).']));
    expect(stripMarkers('A line with **stars** and [brackets](x).', plain)).toBe('A line with **stars** and [brackets](x).');
  });
});

describe('text-browser wrapping', () => {
  /** A paragraph repeated `times`, greedily wrapped at `width` columns. */
  const wrapped = (times: number, width = 60): string[] => {
    const words = 'the harbour council met on tuesday and agreed that the plan for the new quay would go ahead this spring'.split(' ');
    const lines: string[] = [];
    let line = '';
    for (let k = 0; k < times; k++) {
      for (const w of words) {
        if (line.length + 1 + w.length > width) (lines.push(line), (line = ''));
        line = line ? `${line} ${w}` : w;
      }
    }
    lines.push(line);
    return lines;
  };
  const widestOf = (lines: string[]): number => Math.max(...lines.map((l) => l.length));

  it('is measured on lines a wrapper could break: an address longer than the width does not widen it', () => {
    const lines = wrapped(12);
    const widest = widestOf(lines);
    lines.push('https://example.com/news/article/harbour-council-agrees-the-plan-for-the-new-quay-1234567.php');
    expect(detectWrap(toLines(lines)).width).toBe(widest);
  });

  it('is found above a long list of link addresses (lynx prints one per link under the page)', () => {
    const lines = wrapped(3, 78);
    const widest = widestOf(lines);
    lines.push('', 'References', '');
    for (let k = 1; k <= 40; k++) lines.push(`${String(k).padStart(4)}. https://www.example.com/section/story-${k}.html`);
    expect(detectWrap(toLines(lines)).width).toBe(widest);
  });

  it.each([
    ['   * [12]Home', 'Home'],
    ['• Weather', 'Weather'],
    ['2. Check that the lock has not been tampered with', '2. Check that the lock has not been tampered with'],
    ['19) The Harbour Project', '19) The Harbour Project'],
  ])('takes the bullets off list items, not their numbers (the page may have written them): %s', (line, want) => {
    expect(stripMarkers(line, { width: 76, markers: true })).toBe(want);
  });

  it('tells a text browser\'s link markers from a page\'s own footnote citations', () => {
    for (const text of ['   * [12]Home', 'said the [3]minister on Tuesday', '[image]', '[4] [5]Sport'])
      expect(hasBrowserMarker(text), text).toBe(true);
    for (const text of ['it is uncertain",[11] referring to a landmass', 'first recorded in 1241.[1][2]', 'census.[2][3]', 'no marker at all'])
      expect(hasBrowserMarker(text), text).toBe(false);
  });

  it('keeps footnote citations in a wrapped dump without link markers (w3m prints none)', () => {
    const line = 'first recorded in 1241.[1] The town had a population of 14,300.[2][3]';
    expect(stripMarkers(line, { width: 78, markers: false })).toBe(line);
    expect(stripMarkers('the [3]minister said', { width: 76, markers: true })).toBe('the minister said');
  });

  it('reads Markdown quotes, emphasis and escapes as the text they mark (html2text writes them)', () => {
    const md = { width: 78, markers: false, markdown: true };
    expect(stripMarkers('> "We kept the boat," she said.', md)).toBe('"We kept the boat," she said.');
    expect(stripMarkers('> > a quote in a quote', md)).toBe('a quote in a quote');
    expect(stripMarkers('to keep the _first_ morning sailing and *all* of it', md)).toBe('to keep the first morning sailing and all of it');
    expect(stripMarkers('1\\. The six-fifteen sailing stays.', md)).toBe('1. The six-fifteen sailing stays.');
    expect(stripMarkers('Fares on the \\*night\\* route, the \\_old\\_ machines', md)).toBe('Fares on the *night* route, the _old_ machines');
    expect(stripMarkers('the snake_case_name and 2 * 3 * 4 stay', md)).toBe('the snake_case_name and 2 * 3 * 4 stay');
    // Outside Markdown nothing is read so.
    expect(stripMarkers('> a reply quoted in an e-mail', { width: 0, markers: false })).toBe('> a reply quoted in an e-mail');
  });

  it("joins a block quote's wrapped lines to each other only, measured after the marker", () => {
    const md = { width: 78, markers: false, markdown: true };
    const first = '> "We did not get everything we wanted, but we kept the boat that people';
    expect(continuesWrapped(first, '> need to get to work," said the branch secretary.', md)).toBe(true);
    expect(continuesWrapped(first, 'need to get to work," said the branch secretary.', md)).toBe(false);
    expect(continuesWrapped('The crews of the Kestrel Bay ferry voted on Monday to accept the winter', '> need to get', md)).toBe(false);
  });

  it("reads a heading between stars as its text (Debian's html2text), wrapped or not", () => {
    const lines = ['****** Old tram depot will become a covered market ******', '', 'The council voted on Tuesday.'];
    const layout = detectWrap(toLines(lines));
    expect(layout.starHeadings).toBe(true);
    expect(stripMarkers(lines[0]!, layout)).toBe('Old tram depot will become a covered market');
    expect(stripMarkers('** a note ** and more', layout)).toBe('** a note ** and more');
    expect(detectWrap(toLines(['***** unequal ****', 'Text.'])).starHeadings).toBeUndefined();
  });

  it('sets aside a heading the text browser left whole, and joins nothing onto it', () => {
    const lines = wrapped(20, 76).map((l) => `   ${l}`);
    const widest = widestOf(lines);
    const heading = 'The harbour council agrees the plan for the new quay, and work will start this spring';
    lines.unshift(heading, `   ${'quay '.repeat(6).trim()}`);
    const layout = detectWrap(toLines(lines));
    expect(layout.width).toBe(widest);
    expect(continuesWrapped(heading, lines[1]!, layout)).toBe(false);
    expect(continuesWrapped(lines[2]!, lines[3]!, layout)).toBe(true);
  });

  it('counts wide characters as two columns and breaks between them (CJK has no spaces)', () => {
    // Forty ideographs fill 80 columns; a text browser breaks the next one onto a new line.
    const sentence = '港町の市立図書館は十日、老朽化した旧館の改修工事を終えて、来月から全館の利用を再開する。';
    const text = sentence.repeat(12);
    const lines = Array.from({ length: Math.ceil(text.length / 40) }, (_, k) => text.slice(k * 40, k * 40 + 40));
    expect(columnsOf(lines[0]!)).toBe(80);
    const layout = detectWrap(toLines(lines));
    expect(layout.width).toBe(80);
    expect(continuesWrapped(lines[0]!, lines[1]!, layout)).toBe(true);
    expect(wrapJoint(lines[0]!, lines[1]!)).toBe('');
    expect(wrapJoint('the new', 'quay')).toBe(' ');
    expect(wrapJoint('Wi-Fiも', 'Free')).toBe(' ');
  });

  it('in Markdown, is measured without headings and unbreakable lines (converters wrap neither)', () => {
    const lines = wrapped(12, 78);
    const widest = widestOf(lines);
    lines.unshift('# The harbour council agrees the plan for the new quay, and work will start this spring', '');
    lines.push('', '─────────────┼──────────────────────────┼─────────────┼──────────────────────────┼───────────');
    for (let k = 1; k <= 3; k++) lines.push('', `See [the plan, part ${k}](https://example.com/plan/${k}) for details.`);
    expect(detectWrap(toLines(lines))).toEqual({ width: widest, markers: false, markdown: true });
  });
});

describe('Setext headings (pandoc plain text, Markdown)', () => {
  it('an underline of "=" or "-" is told from text', () => {
    for (const text of ['===', '=================', '-----']) expect(isHeadingUnderline(text), text).toBe(true);
    for (const text of ['==', '- item', '=== Heading ===', '--- a note', '-=-=-=', '___']) expect(isHeadingUnderline(text), text).toBe(false);
  });

  it('never continues the wrapped heading above it', () => {
    const layout = { width: 72, markers: false };
    const heading = 'Harbour Ferry Changes Its Timetable for the Winter Season Ahead Of';
    expect(continuesWrapped(heading, 'Schedule', layout)).toBe(true);
    expect(continuesWrapped(heading, '='.repeat(heading.length), layout)).toBe(false);
  });
});

describe('a line per text node (BeautifulSoup get_text("\\n"))', () => {
  const prose = (words: number, from = 0): string => Array.from({ length: words }, (_, i) => `word${from + i}`).join(' ');

  it('a sentence going on in lowercase, or with punctuation, after a line with no stop is a break', () => {
    expect(isNodeBreak(`${prose(12)} the`, 'fish market and the old quay')).toBe(true);
    expect(isNodeBreak(`${prose(12)} fish market`, ', then the wall')).toBe(true);
    expect(isNodeBreak(`${prose(12)} ended here.`, 'and then')).toBe(false);
    // A linked word that closes a quotation or a bracket, or opens one, goes on with the sentence too.
    expect(isNodeBreak(`${prose(12)} called the plan`, 'ridiculous.” The council met again')).toBe(true);
    expect(isNodeBreak(`${prose(12)} the new quay`, '(opened in May) and the old one')).toBe(true);
    expect(isNodeBreak(`${prose(12)} the new quay`, '(Opened in May) and the old one')).toBe(false);
    // A lowercase list (tags, a menu) is no prose: the lines are short and have few words.
    expect(isNodeBreak('harbour', 'council')).toBe(false);
    expect(isNodeBreak(`${prose(12)} buy it`, 'http://amzn.to/abc and more words here')).toBe(false);
  });

  it('a name goes on with a sentence left open on a short function word', () => {
    expect(isNameBreak(`${prose(12)} agreed with the`, 'Harbour Board')).toBe(true);
    expect(isNameBreak(`${prose(12)} agreed with trawlers`, 'Harbour Board')).toBe(false);
    expect(isNodeBreak(`${prose(12)} another club`, 'messi-argentina.jpg')).toBe(false);
    expect(isNameBreak('Harbour Wall Repairs Begin After Winter Storms', 'Work to repair the wall began on Monday.')).toBe(false);
    // A linked number, as a name: "into the" / "2020 primary".
    expect(isNameBreak(`${prose(12)} pushed himself into the`, '2020 primary in recent days')).toBe(true);
  });

  it('a long stretch of a paragraph under way that stops on no punctuation goes on, whatever the next line opens with', () => {
    const stretch = 'the harbour board and the fishing cooperative agreed on the new quay and accused';
    const paragraph = `In a joint statement on Tuesday, ${stretch}`;
    expect(isNameBreak(stretch, 'Kestrel Bay Council of delaying the repairs for a year', paragraph)).toBe(true);
    expect(isNameBreak(stretch, '2026 budget cuts of delaying the repairs', paragraph)).toBe(true);
    // The same line alone is a headline or a heading: what follows it starts anew.
    expect(isNameBreak(stretch, 'Kestrel Bay Council of delaying the repairs for a year')).toBe(false);
    // A stop, a short stretch (a list item): no break.
    expect(isNameBreak(`${stretch}.`, 'Kestrel Bay Council met on Monday', `${paragraph}.`)).toBe(false);
    expect(isNameBreak('Courses on writing a book', 'Workshops on becoming a paid speaker', `Courses on offer: Courses on writing a book`)).toBe(false);
  });

  it('are joined in a seed-layout article too; its "[1]" notes and "* " items stay as the site wrote them', () => {
    const sentences = [
      ['The harbour board met on Tuesday and agreed to rebuild', 'the old quay', 'before the winter storms return to the bay.'],
      ['Work on the wall will start in May, and the fishing', 'cooperative', 'has offered its own boats to move the stone.'],
      ['The council said the cost would be shared with', 'the port authority', 'and paid over the next three years.'],
      ['Residents asked the harbour board for a public meeting about', 'the closures', 'that the work will bring to the seafront road.'],
      ['A second phase, to repair the lighthouse steps, depends on', 'a grant', 'that the board expects to hear about in June.'],
    ];
    const notes = ['[1] Harbour Board minutes, 12 March.', '[2] Port authority budget, 2026.', '[3] Council statement, 13 March.', '* The quay reopens in October.'];
    const dump = `Quay to Be Rebuilt\n\nTT\n20\n\nQuay to Be Rebuilt\n\n${sentences.map((s) => s.join('\n')).join('\n\n')}\n\n${notes.join('\n\n')}\n`;
    const [a, ...rest] = clean(dump);
    expect(rest).toHaveLength(0);
    expect(a!.headline).toBe('Quay to Be Rebuilt');
    expect(a!.body.split('\n\n')).toEqual([...sentences.map((s) => s.join(' ')), ...notes]);
  });

  it('are told from hard-wrapped text and from plain dumps', () => {
    const nodes = toLines(
      Array.from({ length: 6 }, (_, k) => [`${prose(30, k * 40)} near the`, 'old harbour', `where ${prose(20, k * 40 + 30)}.`, '']).flat(),
    );
    expect(detectWrap(nodes).textNodes).toBe(true);
    const plain = toLines(Array.from({ length: 6 }, (_, k) => [`${prose(40, k * 40)}.`, '']).flat());
    expect(detectWrap(plain).textNodes).toBeFalsy();
  });

  // Six paragraphs, each broken around a link; in the first, a second sentence opens with a linked name.
  const paragraph = (k: number): string[] => [
    `${prose(30, k * 40)} near the`,
    'old harbour',
    `where ${prose(20, k * 40 + 30)}.`,
    ...(k === 0 ? ['Kestrel Bay Council met again on Monday and agreed.'] : []),
  ];

  it('a sentence that opens with a link goes on with its paragraph where blank lines set paragraphs apart', () => {
    const layout = detectWrap(toLines(Array.from({ length: 6 }, (_, k) => [...paragraph(k), '']).flat()));
    expect(layout).toMatchObject({ textNodes: true, blankParagraphs: true });
    const [first, name, rest, next] = paragraph(0);
    const unit = `${first} ${name} ${rest}`;
    expect(continuesWrapped(rest!, next!, layout, unit)).toBe(true);
    // A line of its own (a heading, a list item) is followed by a new paragraph.
    expect(continuesWrapped(rest!, next!, layout, rest)).toBe(false);
  });

  it("an article's first line, its headline as often as not, goes on only after the shortest function words", () => {
    const layout = { width: 0, markers: false, textNodes: true };
    const texts = (lines: string[]): string[] => joinWrapped(toLines(lines), layout).units.map((u) => u.text);
    // "says" is a stopword, but a headline may end on it: the dateline under it starts the body.
    const headline = 'Harbour wall repairs begin next spring, the council says';
    const dateline = 'KESTREL BAY — Work to repair the harbour wall will begin in March, the council said.';
    expect(texts([headline, dateline])).toEqual([headline, dateline]);
    expect(texts(['', headline, dateline])).toEqual(['', headline, dateline]);
    // A first line cut off on "the" is a paragraph broken around a link.
    expect(texts([`${prose(12)} agreed with the`, 'Harbour Board on the new quay'])).toEqual([`${prose(12)} agreed with the Harbour Board on the new quay`]);
    // Further down, a 4-letter function word still goes on.
    expect(texts([headline, `${prose(12)} says`, 'Harbour Board members were pleased'])).toEqual([headline, `${prose(12)} says Harbour Board members were pleased`]);
  });

  it('a byline or a date never goes on from the line before it', () => {
    const layout = { width: 0, markers: false, textNodes: true };
    const headline = 'Harbour wall repairs begin next spring after the winter storms';
    expect(continuesWrapped(`${prose(12)} word`, 'by the harbour board on Tuesday morning', layout, `${prose(12)} word`)).toBe(true);
    expect(continuesWrapped(headline, 'by Jane Roe', layout, `Harbour news ${headline}`)).toBe(false);
    expect(continuesWrapped(headline, 'Updated Nov 19, 6:55 AM', layout, `Harbour news ${headline}`)).toBe(false);
    // A month's name alone is a linked word of the sentence.
    expect(continuesWrapped(`${prose(12)} agreed in`, 'February', layout, `${prose(12)} agreed in`)).toBe(true);
  });

  it('without blank lines between paragraphs, a sentence that ends a line may end its paragraph', () => {
    const layout = detectWrap(toLines(Array.from({ length: 6 }, (_, k) => paragraph(k)).flat()));
    expect(layout.textNodes).toBe(true);
    expect(layout.blankParagraphs).toBeFalsy();
    const [first, name, rest, next] = paragraph(0);
    expect(continuesWrapped(rest!, next!, layout, `${first} ${name} ${rest}`)).toBe(false);
  });
});
