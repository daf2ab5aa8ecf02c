import { describe, expect, it } from 'vitest';
import { toLines } from '../src/pipeline/lines.js';
import { ArticleSplitter, GAP_HISTORY, splitArticles } from '../src/pipeline/split.js';

const firstLines = (text: string): string[] =>
  splitArticles(toLines(text)).map((a) => a.lines.find((l) => l.text !== '')!.text);

const header = (h: string, caption?: string): string =>
  caption ? `${h}\n\n${caption}\n${caption}\nTT\n20\n\n${h}\n\n${caption}\n${caption}\n` : `${h}\n\nTT\n20\n\n${h}\n`;

describe('splitArticles', () => {
  it('cuts at three blank lines', () => {
    expect(firstLines('A\n\none.\n\n\n\nB\n\ntwo.\n')).toEqual(['A', 'B']);
  });

  it('keeps one article across single blank lines without a repeated headline', () => {
    expect(firstLines('A\n\none.\n\ntwo.\n\nthree.\n')).toEqual(['A']);
  });

  it('finds the next article by its repeated headline after a single blank line', () => {
    const dump = header('First Headline', 'A caption.') + '\nBody one.\n\n' + header('Second Headline') + '\nBody two.\n';
    expect(firstLines(dump)).toEqual(['First Headline', 'Second Headline']);
  });

  it('does not split at the article own headline copy or caption copies', () => {
    const dump = header('Only Headline', 'Cap.') + '\nBody.\n\nMore body.\n';
    expect(splitArticles(toLines(dump))).toHaveLength(1);
  });

  it("does not split at the caption copies when a page's title repeats the headline above the header", () => {
    const dump = `Harbour Plan Approved\n\n${header('Harbour Plan Approved', 'The quay at dawn.')}\nBody one.\n\n\n\nNext Story\n\n${header('Next Story', 'A crane.')}\nBody two.\n`;
    expect(firstLines(dump)).toEqual(['Harbour Plan Approved', 'Next Story']);
  });

  it('does not split where captions broken over several lines (at their links) hold the headline copies far apart', () => {
    const caption = 'The new quay at dawn, seen from\nthe harbour wall\n. The work took two years.\nPhoto: Jane\nRoe / Harbour Gazette';
    const dump = `Quay Opens\n\n${caption}\n${caption}\nTT\n20\n\nQuay Opens\n\n${caption}\n${caption}\n\nThe quay opened on Monday.\n\n\n\n${header('Next Story')}\nBody two.\n`;
    expect(firstLines(dump)).toEqual(['Quay Opens', 'Next Story']);
  });

  it('finds the next article by its headline copy past the widget when wrapped captions hold the copies apart', () => {
    const caption = 'The new quay at dawn, seen from the harbour\nwall. The work took two years, and the\nstone came from the old breakwater.\nPhoto: Jane Roe';
    const next = `Quay Opens\n\n${caption}\n${caption}\nTT\n20\n\nQuay Opens\n\n${caption}\n${caption}\n\nThe quay opened on Monday.\n`;
    expect(firstLines(`${header('First Story')}\nBody one.\n\n${next}`)).toEqual(['First Story', 'Quay Opens']);
  });

  it('finds the next article by its widget where the template prints its header once, one blank line between articles', () => {
    const body = (h: string): string => Array.from({ length: 10 }, (_, k) => `Paragraph ${k + 1} of the ${h.toLowerCase()}, of some length.`).join('\n\n');
    const once = (h: string, caption?: string): string => `${h}\n\n${caption ? `${caption}\n${caption}\n` : ''}TT\n20\n\n${body(h)}`;
    const dump = [once('First Story', 'A caption.'), `World News\n\n${once('Second Story')}`, once('Third Story', 'The quay.')].join('\n\n');
    expect(firstLines(dump)).toEqual(['First Story', 'World News', 'Third Story']);
  });

  describe('the template without its widget, one blank line between articles', () => {
    const para = (topic: string): string => `The ${topic} was agreed by the council on Tuesday evening, after a long debate about its cost.`;
    const article = (h: string, topic: string, caption?: string): string =>
      `${h}\n\n${caption ? `${caption}\n${caption}\n\n` : ''}${h}\n\n${caption ? `${caption}\n${caption}\n\n` : ''}${para(topic)}\n\n${para(`${topic} budget`)}`;

    it('parts at each headline printed twice, once a paragraph follows the copy', () => {
      const dump = [article('Quay to Be Rebuilt', 'quay', 'The old quay at dawn.'), article('Library Opens on Sundays', 'library'), article('New Ferry Timetable', 'timetable', 'The ferry.')].join('\n\n');
      expect(firstLines(dump)).toEqual(['Quay to Be Rebuilt', 'Library Opens on Sundays', 'New Ferry Timetable']);
    });

    it('parts so at a Japanese or Chinese headline, with no spaces between its words', () => {
      const ja = '港の新しい岸壁が完成、来月から使用開始';
      const jaBody = '市は火曜日、港の新しい岸壁の工事が終わったと発表した。来月から漁船と観光船が使う予定で、古い岸壁は冬の間に取り壊される。';
      const dump = `${article('Quay to Be Rebuilt', 'quay')}\n\n${ja}\n\n${ja}\n\n${jaBody}\n\n${jaBody}`;
      expect(firstLines(dump)).toEqual(['Quay to Be Rebuilt', ja]);
    });

    it('parts so with no blank line between articles too', () => {
      const dump = [article('Quay to Be Rebuilt', 'quay', 'The old quay at dawn.'), article('Library Opens on Sundays', 'library')].join('\n');
      expect(firstLines(dump)).toEqual(['Quay to Be Rebuilt', 'Library Opens on Sundays']);
    });

    it('does not part where three blank lines part the articles: a line twice there is a picture\'s alt text and caption', () => {
      const alt = 'The harbour master at the new quay on Tuesday';
      const second = `Library Opens on Sundays\n\n${para('library')}\n\n${para('reading room')}\n\n${alt}\n\n${alt}\n\n${para('wall')}`;
      expect(firstLines(`${article('Quay to Be Rebuilt', 'quay')}\n\n\n\n${second}\n`)).toEqual(['Quay to Be Rebuilt', 'Library Opens on Sundays']);
    });

    it('does not part at a line of site chrome, a table cell or a heading printed twice', () => {
      const body = `${para('quay')}\n\nContinue reading the main story\n\nContinue reading the main story\n\n${para('wall')}\n\nAuckland\n\nAuckland\n\n${para('road')}\n\nWhat Comes Next\n\nWhat Comes Next\n\nIn brief\n\nNotes`;
      expect(firstLines(`${article('Quay to Be Rebuilt', 'quay')}\n\n${body}\n`)).toEqual(['Quay to Be Rebuilt']);
    });
  });

  it('does not split at a short line a table repeats', () => {
    const dump = header('Cities') + '\nLargest city\n\nAuckland\n\nAuckland\n\nNelson\n';
    expect(splitArticles(toLines(dump))).toHaveLength(1);
  });

  it('takes a section label above the headline into the new article', () => {
    const dump = header('First') + '\nBody one.\n\n\nWorld News\n\n' + header('Second') + '\nBody two.\n';
    const articles = splitArticles(toLines(dump));
    expect(articles).toHaveLength(2);
    expect(articles[1]!.lines[0]!.text).toBe('World News');
  });

  it('emits an article as soon as the gap after it is complete, once the stream has shown its gaps', () => {
    const splitter = new ArticleSplitter();
    const paragraphs = Array.from({ length: GAP_HISTORY }, (_, i) => `Paragraph ${i}.`).join('\n\n');
    const first = toLines(`A\n\n${paragraphs}\n\n\n\nB\n\nBody.\n\n\n\n`);
    const out = first.flatMap((l) => splitter.push(l));
    expect(out.map((a) => a.lines[0]!.text)).toEqual(['A', 'B']);
    expect(splitter.end()).toHaveLength(0);
  });

  it('holds the first gaps of a stream that has shown a gap of two blank lines, then cuts as before', () => {
    const splitter = new ArticleSplitter();
    const early = toLines('A\n\n\nBody.\n\n\n\nB\n\nMore.\n').flatMap((l) => splitter.push(l));
    expect(early).toHaveLength(0);
    expect(splitter.end().map((a) => a.lines[0]!.text)).toEqual(['A', 'B']);
  });

  it('numbers articles in order and drops their trailing blank lines', () => {
    const articles = splitArticles(toLines('A\n\nx\n\n\n\n\nB\n\ny\n\n'));
    expect(articles.map((a) => a.index)).toEqual([0, 1]);
    expect(articles.map((a) => a.lines.at(-1)!.text)).toEqual(['x', 'y']);
  });
});

describe('pages with fewer than three blank lines between them', () => {
  const page = (name: string, lines = 60): string[] => [
    'Skip to main content',
    `${name} Gazette`,
    ...Array.from({ length: lines }, (_, i) => `${name} line ${i}: the council met and talked about the harbour.`),
    `© 2026 ${name} Gazette. All rights reserved.`,
    'Privacy policy',
  ];
  const firstLinesOf = (pages: string[][], between: string): string[] =>
    firstLines(pages.map((p) => p.join('\n\n')).join(between) + '\n');

  it('part at a skip link that opens the next page, even after one blank line or none', () => {
    const skips = ['Skip to main content', 'Skip to main content', 'Skip to main content'];
    expect(firstLinesOf([page('North'), page('South'), page('East')], '\n\n')).toEqual(skips);
    expect(firstLinesOf([page('North'), page('South'), page('East')], '\n')).toEqual(skips);
  });

  it('part at two blank lines after a footer, or where such gaps are rare', () => {
    const noSkip = (name: string): string[] => page(name).slice(1);
    expect(firstLinesOf([noSkip('North'), noSkip('South')], '\n\n\n')).toEqual(['North Gazette', 'South Gazette']);
    const noFooter = (name: string): string[] => page(name).slice(1, -2);
    expect(firstLinesOf([noFooter('North'), noFooter('South'), noFooter('East')], '\n\n\n')).toEqual(['North Gazette', 'South Gazette', 'East Gazette']);
  });

  it('do not part at a skip link at the foot of a page, nor at two blank lines that are common in the stream', () => {
    const foot = [...page('North'), 'Skip to content', 'Share', 'Back to top'];
    expect(firstLinesOf([foot, page('South')], '\n\n\n\n')).toEqual(['Skip to main content', 'Skip to main content']);
    const airy = Array.from({ length: 80 }, (_, i) => `Line ${i} of a page that leaves two blank lines after each paragraph.`).join('\n\n\n');
    expect(firstLines(airy + '\n')).toHaveLength(1);
  });

  it('part short articles at two blank lines where paragraphs have one between them', () => {
    const article = (name: string): string => [`${name} wins the harbour vote`, ...Array.from({ length: 5 }, (_, i) => `Paragraph ${i} about ${name}.`)].join('\n\n');
    const names = ['North', 'South', 'East', 'West', 'Upper', 'Lower'];
    // The first articles are parted too, once the stream has shown that two blank lines are its article gap.
    expect(firstLines(names.map(article).join('\n\n\n') + '\n')).toEqual(names.map((n) => `${n} wins the harbour vote`));
  });

  it('part one blank line after a copyright line where no gap parts them, once the new page shows a run of prose', () => {
    const noSkip = (name: string): string[] => page(name).slice(1);
    // The cut stands after the copyright line and the footer's links under it.
    expect(firstLinesOf([noSkip('North'), noSkip('South'), noSkip('East')], '\n\n')).toEqual(['North Gazette', 'South Gazette', 'East Gazette']);
    const links = (name: string): string[] => [...noSkip(name), 'Terms of Use | Contact | Jobs', 'Advertise with us', 'Harbour Media Group'];
    expect(firstLinesOf([links('North'), links('South')], '\n\n')).toEqual(['North Gazette', 'Harbour Media Group']);
  });

  it('do not part one blank line after a copyright line before the page has shown its text, or with no text after it', () => {
    const menu = ['Home', 'World', 'About us', 'Contact', '© 2026 South Gazette', 'Sport', 'Weather'];
    const south = ['South Gazette', ...menu, ...page('South').slice(2)];
    // A consent dialog after the last footer: a sentence or two, printed twice, and buttons between.
    const dialog = Array.from({ length: 12 }, (_, i) => [`Step ${i}: open the settings menu of your browser, then choose Privacy.`, 'Accept', 'Reject']).flat();
    const dump = [page('North').slice(1), south, dialog].map((p) => p.join('\n\n')).join('\n\n') + '\n';
    expect(firstLines(dump)).toEqual(['North Gazette', 'South Gazette']);
  });

  it('do not part at the link list a text browser prints under a page', () => {
    const noFooter = (name: string): string[] => page(name).slice(0, -2);
    const links = ['References', ...Array.from({ length: 40 }, (_, k) => `${k + 1}. https://www.example.com/story-${k + 1}.html`)];
    // Two blank lines are rare in this stream, so they would part pages, but not before "References".
    const dump = noFooter('North').join('\n\n') + '\n\n\n' + links.join('\n') + '\n\n\n\n' + noFooter('South').join('\n\n') + '\n';
    expect(firstLines(dump)).toEqual(['Skip to main content', 'Skip to main content']);
  });

  it('part only at three blank lines where two blank lines part every block: no repeated line or footer cuts', () => {
    // A scraper that leaves two blank lines after every block: a share button printed twice and a
    // copyright line mid-page are followed by two blank lines like everything else, so neither marks a new page.
    const airy = (name: string): string[] => {
      const p = page(name, 100);
      // The first doubled line comes early, after only a few gaps: three wide ones already tell.
      return [...p.slice(0, 4), 'Menu', 'Menu', ...p.slice(4, 20), 'Share', 'Share', ...p.slice(20, 40), `© 2026 ${name} Photo Agency`, ...p.slice(40)];
    };
    expect(firstLines([airy('North'), airy('South')].map((p) => p.join('\n\n\n')).join('\n\n\n\n') + '\n')).toEqual([
      'Skip to main content',
      'Skip to main content',
    ]);
  });
});

describe('a converter that parts blocks by one to three blank lines', () => {
  // Gaps as BeautifulSoup's get_text leaves them: one, two or three blank lines as the markup nested.
  const SPREAD = [2, 1, 3, 1, 2, 3, 1, 3, 2, 2, 1, 3, 3, 1, 2, 1, 3, 2];
  let k = 0;
  const page = (name: string): string =>
    [`${name} Gazette`, `${name} headline`, ...Array.from({ length: 24 }, (_, i) => `${name} paragraph ${i}: the council met.`)]
      .map((line, i) => (i === 0 ? line : '\n'.repeat(1 + SPREAD[k++ % SPREAD.length]!) + line))
      .join('');
  const pages = (between: string): string => ((k = 0), ['North', 'South', 'East'].map(page).join(between) + '\n');

  it('parts pages at the wider gaps between them, from the first page on', () => {
    expect(firstLines(pages('\n'.repeat(6)))).toEqual(['North Gazette', 'South Gazette', 'East Gazette']);
  });

  it('keeps each page whole: all its lines in one article', () => {
    const articles = splitArticles(toLines(pages('\n'.repeat(5))));
    expect(articles.map((a) => a.lines.filter((l) => l.text !== '').length)).toEqual([26, 26, 26]);
  });

  it('keeps a first page whole whose blocks open with one and three blank lines only (no two yet)', () => {
    // Five single gaps among the three-blank ones would end the learning early, and the first two-blank
    // gap would look rare; both would cut the menu of the first page into its items.
    const OPENING = [3, 1, 3, 3, 3, 1, 1, 3, 3, 1, 1, 1, 3, 1, 2, 1, 1, 2, 2, 1, 2, 1, 1, 1, 3];
    const menu = ['Politics', 'Congress', 'Campaigns', 'Election', 'Defense', 'Energy', 'Budgets', 'Foreign', 'Opinion', 'Editorials'];
    const first = [...menu, 'North headline', ...Array.from({ length: 15 }, (_, i) => `North paragraph ${i}: the council met.`)]
      .map((line, i) => (i === 0 ? line : '\n'.repeat(1 + OPENING[i - 1]!) + line))
      .join('');
    k = 0;
    const dump = first + '\n'.repeat(6) + ['South', 'East'].map(page).join('\n'.repeat(6)) + '\n';
    expect(firstLines(dump)).toEqual(['Politics', 'South Gazette', 'East Gazette']);
  });

  it('still parts short items that only three blank lines separate', () => {
    const items = Array.from({ length: 30 }, (_, i) => `Item ${i}\n\nOne line about item ${i}.`).join('\n\n\n\n');
    expect(splitArticles(toLines(items))).toHaveLength(30);
  });

  it('goes back to three blank lines once a history of gaps has shown no wide ones', () => {
    const lines = (a: number): string[] => Array.from({ length: GAP_HISTORY }, (_, i) => `Plain ${a} line ${i}.`);
    const plain = Array.from({ length: 5 }, (_, a) => [`Plain ${a}`, ...lines(a)].join('\n\n'));
    const starts = firstLines(pages('\n'.repeat(6)) + '\n'.repeat(6) + plain.join('\n\n\n\n') + '\n');
    expect(starts).toEqual(['North Gazette', 'South Gazette', 'East Gazette', ...plain.map((_, a) => `Plain ${a}`)]);
  });
});
