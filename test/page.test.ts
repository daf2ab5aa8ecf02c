import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDetailed, clean } from '../src/index.js';
import { isFooterLink, isPageFooter, matchBoilerplate } from '../src/rules/boilerplate.js';
import { detectLanguage, languageByCode } from '../src/rules/language.js';
import { proseFeatures } from '../src/rules/prose.js';
import { densestRun, lineClass, LineClass } from '../src/pipeline/page.js';
import { RunMemory } from '../src/pipeline/memory.js';
import { LineRole } from '../src/types.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}/input.txt`, import.meta.url), 'utf8');

describe('isPageFooter', () => {
  it.each([
    '© 2026 Harbour Gazette',
    'Copyright © 2026 Harbour Media. Reproduction without written permission is prohibited.',
    'This material may not be published, broadcast, rewritten, or redistributed. ©2026 Harbour News Network, LLC. All rights reserved.',
    'Harbour Media Ltd. All rights reserved.',
  ])('takes %j for a page footer', (text) => expect(isPageFooter(text)).toBe(true));

  it.each(['Privacy Policy', 'Terms of Use | Contact | Jobs', 'Impressum', 'Datenschutz'])('takes %j for a link under a footer', (text) => expect(isFooterLink(text)).toBe(true));

  it.each(['Harbour Media Group', 'Sport', 'The council met on Tuesday.'])('does not take %j for one', (text) => expect(isFooterLink(text)).toBe(false));

  it("does not take a photo's caption that ends with its agency's notice for one", () => {
    const caption = 'In this Sunday photograph, a long row of unsold cars stands at a dealership on the harbour road. (AP Photo/Jane Roe) Photo: Jane Roe / Copyright 2026 The Associated Press. All rights reserved.';
    expect(isPageFooter(caption)).toBe(false);
  });
});

describe('boilerplate patterns', () => {
  it.each([
    ['Skip to main content', 'skip-link'],
    ['Share on Facebook', 'share-buttons'],
    ['Click to share on Twitter (Opens in new window)', 'share-buttons'],
    ['Follow us on Instagram', 'follow-us'],
    ['Sign up for our newsletter', 'newsletter-prompt'],
    ['We use cookies to improve your experience on our site.', 'cookie-notice'],
    ['© 2025 Example Media. All rights reserved.', 'copyright'],
    [`© 2026 Example Media, LLC. All rights reserved. ${'Example and the Example logo are trademarks of Example Media. '.repeat(5)}`, 'copyright'],
    ['Join our newsletter', 'newsletter-prompt'],
    ['Photo', 'media-label'],
    ['Image 3 of 12', 'media-label'],
    ['Back to Gallery', 'media-label'],
    ['Save\ue051', 'media-label'],
    ['AP_19115488620320.jpg', 'media-label'],
    ['Harbour (orthographic projection).svg', 'media-label'],
    ['► March (12)', 'navigation'],
    [`Necessary cookies are absolutely essential for the website to function properly. ${'This category only includes cookies that ensure basic functionalities. '.repeat(4)}`, 'cookie-notice'],
    ['This article is about the harbour. For other uses, see Harbour (disambiguation).', 'wiki-hatnote'],
    ['"Quay" redirects here. For other uses, see Quay (disambiguation).', 'wiki-hatnote'],
    ['Read more', 'read-more'],
    ['Leia também', 'read-more'],
    // Lines that end in a non-ASCII letter (a `\b` would never match there).
    ['Читайте также', 'read-more'],
    ['Вам также может быть интересно', 'read-more'],
    ['관련 기사', 'read-more'],
    ['Čtěte také', 'read-more'],
    ['Advertisement', 'advertisement'],
    ['Anzeige', 'advertisement'],
    ['Support Example News so we can keep reporting — for you and for everyone.', 'donation-prompt'],
    ['Support The Example Gazette', 'donation-prompt'],
    ['Support independent journalism', 'donation-prompt'],
    ['Do you rely on our reporting? Click here to support it.', 'donation-prompt'],
    ['Donate to Example Wiki', 'donation-prompt'],
    ['Become a member', 'donation-prompt'],
    ['Log in', 'login-prompt'],
    ['34 Comments', 'comments-prompt'],
    ['[ 167 comments ]', 'comments-prompt'],
    ['Top Rated Comments', 'comments-prompt'],
    ['Lascia un commento Annulla risposta', 'comments-prompt'],
    ['Follow The Example Times Opinion section on Facebook, Twitter and Instagram.', 'follow-us'],
    ['Click here to subscribe to The Example Newsletter', 'newsletter-prompt'],
    ['Get Example Monthly delivered through your letterbox every month. 12 issues for £11.99.', 'newsletter-prompt'],
    ['Sur le même sujet', 'read-more'],
    ['Você pode gostar...', 'read-more'],
    ['Notícias relacionadas', 'read-more'],
    ['jsmith says:', 'comments-prompt'],
    ['Home', 'navigation'],
    ['« Vorige | Nächste »', 'navigation'],
    ['teilen17', 'share-buttons'],
    ['Version zum Drucken', 'share-buttons'],
    ['Mail', 'share-buttons'],
    ['Kommentare lesen (1 Beitrag)', 'comments-prompt'],
    ['Auch auf Example online:', 'read-more'],
    ['Meistgelesen', 'read-more'],
    ['More Example Gazette', 'read-more'],
    ['More Holidays & Celebrations', 'read-more'],
    ['3. https://example.org/page', 'link-list'],
    ["We've detected you are on Internet Explorer. For the best Example.com experience, please update to a modern browser.", 'browser-notice'],
    ['Example.com no longer supports Internet Explorer 9 or earlier. Please upgrade your browser. LEARN MORE »', 'browser-notice'],
    ['To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video', 'browser-notice'],
    ['Your browser does not support the audio element.', 'browser-notice'],
    ["When you walk into almost any store, you're immediately overloaded with sights, sounds,… Read more Read more", 'teaser-excerpt'],
    ['The council met again on Tuesday to talk about the quay and the [...] Continue reading →', 'teaser-excerpt'],
    ['A prefeitura anunciou nesta segunda-feira que a antiga estação... Leia mais', 'teaser-excerpt'],
    ["Get the Courier's morning briefing in your inbox every weekday.", 'newsletter-prompt'],
    ['Get the best of news in your inbox everyday', 'newsletter-prompt'],
  ])('%s → %s', (text, name) => {
    expect(matchBoilerplate(text)?.name).toBe(name);
  });

  it.each([
    'She shared the cookies with her neighbours, who accepted them gladly.',
    'Read more than a hundred letters and you begin to see the pattern, the historian said.',
    'The home team scored twice in the last five minutes.',
    '“Follow the money,” he told the committee on Tuesday.',
    'More people came.',
    'More and more people came to the harbour',
    'The council put the plan online as a PDF and a chart, harbour-plan.png.',
    `The regulator found that the company, which told users "we use cookies to improve your experience", ${'had in fact shared the data with advertisers for years. '.repeat(4)}`,
    `© Provided by Example Wire. The company said on Monday that its new game would launch next month, ${'and fans who have waited for years will finally get to play it. '.repeat(3)}`,
    'Firefox lets you switch your browser theme with a single click.',
    'Most users are on Internet Explorer at work, the survey found, and on Chrome at home.',
    'If you upgrade your browser, the old extensions may stop working, the developers warned.',
    'He paused… Read more books, he said, and you will understand the town.',
    'The minutes run to forty pages... Reading them takes an afternoon.',
    'Key market news reached her inbox late, she said, so the sale went ahead without her.',
    'Support for the harbour plan grew among voters.',
    'Support on Twitter',
    'She wanted to become a member of the rowing club.',
    'Donations poured in after the storm.',
  ])('leaves prose alone: %s', (text) => {
    expect(matchBoilerplate(text)).toBeUndefined();
  });
});

describe('prose features and line classes', () => {
  const en = languageByCode('en');
  it('calls a long sentence with stopwords good and a menu item short', () => {
    const p = 'The council voted on Tuesday evening to turn the disused depot into a covered market, ending a long debate.';
    expect(lineClass(proseFeatures(p, en))).toBe(LineClass.Good);
    expect(lineClass(proseFeatures('Business', en))).toBe(LineClass.Short);
    expect(lineClass(proseFeatures('New Playground Opens In Elm Park After Delays', en))).toBe(LineClass.Teaser);
    expect(lineClass(proseFeatures('1 Kyle Jones 5040 5 1 17', en))).toBe(LineClass.Plain);
  });

  it('measures CJK text per character', () => {
    const ja = languageByCode('ja');
    const f = proseFeatures('北浜市は三日、閉鎖されていた旧市電の車庫を屋根付きの市場に改装する計画を発表した。', ja);
    expect(f.sentenceEnd).toBe(true);
    expect(f.stopwordDensity).toBeGreaterThan(0);
  });

  it('never calls a Japanese sentence the title of a link, however many Latin names it holds', () => {
    const ja = languageByCode('ja');
    const f = proseFeatures('また、Harbour Gazette Tide Service（HGTS）と連携することで、Kestrel Bay Ferry Terminal Display Networkの画面に最新データを表示できるという。', ja);
    expect(lineClass(f, true, true)).toBe(LineClass.Plain);
  });
});

describe('language detection', () => {
  it.each([
    ['en', 'The council voted on Tuesday evening to turn the disused depot into a covered market for the town.'],
    ['pt', 'A prefeitura anunciou nesta segunda-feira que a antiga estação de trem será transformada em uma biblioteca.'],
    ['de', 'Der Stadtrat hat am Dienstagabend beschlossen, das alte Straßenbahndepot in eine Markthalle umzubauen.'],
    ['ru', 'Городской совет во вторник вечером решил превратить старое трамвайное депо в крытый рынок для жителей.'],
  ])('%s', (code, text) => {
    expect(detectLanguage([text]).code).toBe(code);
  });
});

describe('densest run', () => {
  it('finds the prose between menus', () => {
    const features = (chars: number) => ({ chars, words: 3, stopwordDensity: 0, sentenceEnd: false, capitalised: 0, digits: false, cjk: 0 });
    const facts = (chars: number) => ({ features: features(chars), pattern: undefined, code: false, bareNumber: false, countedLabel: false, date: false, byline: false });
    const s = (cls: LineClass, chars = 20) => ({ index: 0, text: '', cls, facts: facts(chars) });
    const scored = [s(LineClass.Short), s(LineClass.Short), s(LineClass.Good, 300), s(LineClass.Short), s(LineClass.Good, 200), s(LineClass.Bad), s(LineClass.Short)];
    expect(densestRun(scored)).toEqual([2, 4]);
    expect(densestRun([s(LineClass.Short), s(LineClass.Bad)])).toEqual([-1, -1]);
  });
});

describe('web pages', () => {
  it('keeps the article of a page and drops its chrome, each with a named rule', () => {
    const [cleaned] = cleanDetailed(fixture('page-with-chrome'));
    const { article, decisions } = cleaned!;
    expect(article.headline).toBe('Old tram depot will become a covered market');
    expect(article.byline).toBe('By Hannah Priest');
    expect(article.date).toBe('Tuesday, 4 March 2025 - 21:15');
    expect(article.body.split('\n\n')).toHaveLength(5);
    expect(article.body).not.toMatch(/Share|cookie|Related|©/);
    const dropped = decisions.filter((d) => d.role === LineRole.Boilerplate);
    expect(dropped.every((d) => d.rule.length > 0)).toBe(true);
    expect(new Set(dropped.map((d) => d.rule))).toEqual(
      new Set(['skip-link', 'navigation', 'login-prompt', 'newsletter-prompt', 'outside-article', 'share-buttons', 'read-more', 'cookie-notice', 'copyright']),
    );
  });

  it('takes a publication stamp out of the body wherever it stands, into the date field', () => {
    const page = fixture('page-with-chrome');
    const body = clean(page)[0]!.body.split('\n\n');
    const stamp = 'Updated 9:40 am CET, Wednesday, 5 March 2025';
    const stamped = page.replace(body[4]!, `${stamp}\n\n${body[4]}`);
    expect(stamped).not.toBe(page);
    const [cleaned] = cleanDetailed(stamped);
    expect(cleaned!.article.body).toBe(body.join('\n\n'));
    expect(cleaned!.article.date).toBe(`Tuesday, 4 March 2025 - 21:15\n${stamp}`);
    expect(cleaned!.decisions.find((d) => d.line.text === stamp)?.rule).toBe('date');
  });

  it('rejoins a lynx dump into the same paragraphs as the page', () => {
    const lynx = clean(fixture('lynx-wrapped'))[0]!;
    const page = clean(fixture('page-with-chrome'))[0]!;
    expect(lynx.headline).toBe(page.headline);
    expect(lynx.body).toBe(page.body);
    expect(lynx.body).not.toMatch(/\[\d+\]|https?:/);
  });

  it('keeps a non-English body whole (Portuguese, Japanese)', () => {
    const pt = clean(fixture('page-portuguese'))[0]!;
    expect(pt.headline).toBe('Antiga estação de trem vira biblioteca em Vila Serena');
    expect(pt.body.split('\n\n')).toHaveLength(4);
    const ja = clean(fixture('page-japanese'))[0]!;
    expect(ja.headline).toBe('旧市電の車庫が市場に生まれ変わる');
    expect(ja.body.split('\n\n')).toHaveLength(3);
  });

  it('emits a re-scraped article once, unless asked to keep copies', () => {
    expect(clean(fixture('duplicate-article'))).toHaveLength(1);
    expect(clean(fixture('duplicate-article'), { keepDuplicates: true })).toHaveLength(2);
    const copy = cleanDetailed(fixture('duplicate-article'))[1]!;
    expect(copy.duplicate).toBe(true);
    expect(copy.decisions.filter((d) => d.rule === 'duplicate-article').length).toBeGreaterThan(5);
  });

  it('a block of chrome alone is no article: its first line is not made a headline', () => {
    const links = 'References\n\n   1. https://www.example.com/story-1.html\n   2. https://www.example.com/story-2.html\n';
    expect(clean(links)).toEqual([]);
    expect(clean('Share this:\n\nFacebook\n\nTwitter\n')).toEqual([]);
    const explained = cleanDetailed(links).flatMap((c) => c.decisions.filter((d) => d.line.text !== '').map((d) => d.rule));
    expect(explained).toEqual(['link-list', 'link-list', 'link-list']);
  });

  it('--keep-boilerplate keeps the page whole (a recall mode)', () => {
    const kept = clean(fixture('page-with-chrome'), { keepBoilerplate: true })[0]!;
    expect(kept.body).toContain('Share on Facebook');
    expect(kept.body).toContain('The council of Marrowfield voted');
  });
});

describe('run memory', () => {
  it('calls a short line site chrome once two earlier articles had it', () => {
    const memory = new RunMemory();
    expect(memory.isChrome('Weather')).toBe(false);
    memory.rememberArticle(['Weather', 'A paragraph']);
    memory.rememberArticle(['Weather', 'Weather']);
    expect(memory.isChrome('Weather')).toBe(true);
    expect(memory.isChrome('A paragraph')).toBe(false);
  });
});

describe('documentation', () => {
  it('the README lists every rule with its reason', async () => {
    const { RULES } = await import('../src/rules/catalog.js');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const r of RULES) expect(readme).toContain(`| \`${r.name}\` | ${r.reason} |`);
  });
});

describe('image credits', () => {
  it.each([
    'FILE PHOTO: Traders work on the floor of the exchange in Example City, November 18, 2026.',
    'The house where the poet was born, in Example Town.Jane Roe / Reuters file',
    'The minister at the harbour last week.Credit...John Roe/The New York Times',
    'Fans cheer as the team arrives at the stadium on Sunday. (AP Photo/John Roe)',
    'A harbour crane at dawn (Image: GETTY)',
    '© Jane Roe Firefighters at the harbour on Tuesday morning, after the storm of May 18, 2026.',
    '(Credit: iStock)',
    'A lander on the test stand in the hangar. Credit: Example Space',
    'CreditJane Roe for The Example Gazette',
    'The shop fell silent after the sale.CreditJohn Roe for The Example Gazette',
    'The harbour crane at dawn. Photograph by Jane Roe/AFP/Getty Images',
    'Jane Roe Submitted photo',
    'Image caption The old quay will be kept for fishing boats',
    'Image copyright Example Images',
    'In this Sunday, Nov. 10, 2026, photograph, a row of unsold cars sits at a dealership in Example City.',
    `In this photo provided by the harbour board, ${'workers fit the last fender to the pier, '.repeat(8)}on Friday.`,
    'a man looking at the camera: Jane Roe of Example Town',
    'The 2026 Example Roadster is a monster hatch image',
    `EXAMPLE CITY, TEXAS - NOVEMBER 14: The mayor speaks during a rally at the harbour on November 14, 2026 in Example City, Texas. ${'The rally was held to support the harbour plan. '.repeat(4)}(Photo by Jane Roe/Getty Images)`,
    'The mayor at the harbour on Tuesday. (Photo by Jane Roe/Example Images)',
    '(COMBO) This combination of photographs released on July 12, 2026 shows supporters of both teams.',
    'A simulated galaxy cluster forms as gas is blown away (in red). (Image credit: Example Collaboration)',
    'Customers breathe pure oxygen at the bar. (Photo Credit : Example Agency File Photo )',
    `EXAMPLE CITY, DC - NOVEMBER 19: The adviser arrives to testify before the committee on November 19, 2026. ${'The committee heard testimony on the third day of open hearings. '.repeat(10)}`,
  ])('%s', async (text) => {
    const { isImageCredit } = await import('../src/rules/caption.js');
    expect(isImageCredit(text)).toBe(true);
  });

  it.each([
    'The agency said it had sent photographers to the harbour, as AP and Reuters did.',
    'He said the council would publish its figures / plans on Friday.',
    'Harbour trade grew by a tenth last year (Source: Harbour Board)',
    '© The Example Gazette, a Digital First Media Newspaper',
    '© 2026 Example Gazette, the paper of the harbour towns and their people',
    'Photographs by the harbour master are on show in the town hall until May.',
    'Credit Mutual said its profits had doubled. The bank will pay a dividend.',
    'In this video we explain how the tides are measured at the harbour',
    'In this town, photographers have always been welcome at the harbour.',
    'Click here to upload a photo',
    'EXAMPLE CITY - The council met on Tuesday. It agreed the plan: the quay will open in May.',
    'The mayor thanked the photographers (photo by photo, the exhibition grew) and the volunteers.',
  ])('leaves prose alone: %s', async (text) => {
    const { isImageCredit } = await import('../src/rules/caption.js');
    expect(isImageCredit(text)).toBe(false);
  });
});

const councilPara = (n: number): string =>
  `The harbour council met on Tuesday evening and, after a long debate about the budget for the coming year, it agreed that the plan would go ahead with the support of most members (${n}).`;

describe('a caption after its alt text', () => {
  it('takes the alt text into captions when the caption below repeats it with a credit', () => {
    const alt = 'A simulated galaxy cluster forms as gas is blown away from its heart (in red).';
    const text = ['Skip to main content', 'Home', 'News', 'Harbour plan approved by the council', councilPara(1), councilPara(2), alt, `${alt} (Image credit: Example Collaboration)`, councilPara(3), councilPara(4), '© 2026 Example Gazette. All rights reserved.'];
    const [a] = clean(text.join('\n\n') + '\n');
    expect(a!.captions).toEqual([alt, `${alt} (Image credit: Example Collaboration)`]);
    expect(a!.body.split('\n\n')).toEqual([councilPara(1), councilPara(2), councilPara(3), councilPara(4)]);
  });
});

describe('a caption with its toggle', () => {
  it('drops the copies cut short before "less" and "... more"', () => {
    const caption = 'The harbour master, left, and the mayor open the new quay in Example Town on Tuesday, Nov. 18, 2026. Photo: Jane Roe, Example Wire';
    const less = 'The harbour master, left, and the mayor open the new quay in Example Town on Tuesday, Nov. 18, 2026. less';
    const more = 'The harbour master, left, and the mayor open the new quay in Example Town on ... more';
    const own = 'The harbour master, left, and the mayor open the new quay in Example Town, and there will be more';
    const text = ['Skip to main content', 'Home', 'News', 'Harbour plan approved by the council', councilPara(1), caption, less, more, councilPara(2), own, councilPara(3), '© 2026 Example Gazette. All rights reserved.'];
    const [cleaned] = cleanDetailed(text.join('\n\n') + '\n');
    expect(cleaned!.article.captions).toEqual([caption]);
    expect(cleaned!.article.body.split('\n\n')).toEqual([councilPara(1), councilPara(2), own, councilPara(3)]);
    expect(cleaned!.decisions.filter((d) => d.rule === 'repeated-line').map((d) => d.line.text)).toEqual([less, more]);
  });
});

describe('embedded posts', () => {
  it('a "Report" button under an embedded tweet does not end the article', () => {
    const text = ['Skip to main content', 'Home', 'News', 'Harbour plan approved by the council', councilPara(1), councilPara(2), 'Image Copyright @harbourcouncil @harbourcouncil', 'Report', councilPara(3), councilPara(4), '© 2026 Example Gazette. All rights reserved.'];
    const [a] = clean(text.join('\n\n') + '\n');
    const body = a!.body.split('\n\n');
    expect(body).toContain(councilPara(1));
    expect(body).toContain(councilPara(4));
  });
});

describe('a newsletter box inside the article', () => {
  const more = (n: number): string => councilPara(n).replace('The harbour council', 'The council of the harbour town');
  it('does not end it when paragraphs follow it again; teasers after a "Read more" still end it', () => {
    const long = Array.from({ length: 12 }, (_, i) => councilPara(i + 1));
    const text = ['Skip to main content', 'Home', 'Harbour plan approved by the council', ...long, 'SUBSCRIBE', 'Subscribe to the Gazette and stay informed about the harbour.', more(13), more(14), 'More Great Gazette Stories', '© 2026 Example Gazette. All rights reserved.'];
    const [a] = clean(text.join('\n\n') + '\n');
    const body = a!.body.split('\n\n');
    expect(body).toContain(more(13));
    expect(body).toContain(more(14));
    const teasers = ['Read more', 'Storm closes the schools of the north valley for a day and the council meets to decide what to do next.', 'Ferry timetable changes for the winter as the company cuts two sailings from the morning and evening.'];
    const [b] = clean([...text.slice(0, 3 + long.length), ...teasers, '© 2026 Example Gazette. All rights reserved.'].join('\n\n') + '\n');
    expect(b!.body.split('\n\n')).toEqual(long);
  });
});

describe('a column of teaser titles', () => {
  it('with no paragraph near weighs against the run, so the article starts at its own headline', () => {
    const places = ['north', 'south', 'east', 'west', 'upper', 'lower'];
    const things = ['schools', 'roads', 'shops', 'parks', 'ports'];
    const teasers = places.flatMap((p) => things.map((t) => `Storm closes the ${t} of the ${p} valley for a day`));
    const text = ['Skip to main content', 'Home', 'News', ...teasers, 'Harbour plan approved by the council', 'By Ana Lima', councilPara(1), '© Jane Roe The harbour at dawn on Tuesday, before the council met to vote.', councilPara(2), councilPara(3), '© 2026 Example Gazette. All rights reserved.'];
    const [a] = clean(text.join('\n\n') + '\n');
    expect(a!.headline).toBe('Harbour plan approved by the council');
    expect(a!.body.split('\n\n')).toEqual([councilPara(1), councilPara(2), councilPara(3)]);
  });
});

describe('a comment section in German', () => {
  it('discounts what follows "Kommentare lesen", as it does for "Comments"', () => {
    const para = (topic: string, n: number): string =>
      `Der Rat der Stadt ${topic} hat am Dienstag nach einer langen Debatte über den Haushalt beschlossen, dass der Plan für den Hafen mit der Unterstützung der meisten Mitglieder umgesetzt wird (${n}).`;
    const text = ['Startseite', 'Hafen', 'Hafenplan vom Rat beschlossen', para('Hafen', 1), para('Hafen', 2), 'Kommentare lesen (3 Beiträge)', ...Array.from({ length: 4 }, (_, i) => para('Nord', i + 3))];
    const [a] = clean(text.join('\n\n') + '\n');
    expect(a!.body.split('\n\n')).toEqual([para('Hafen', 1), para('Hafen', 2)]);
  });
});

describe("a page's own address above it (a scraper prints it first)", () => {
  const body =
    'Work to repair the harbour wall began on Monday, three months after winter storms tore a hole in its seaward side and flooded the car park.';
  const page = (top: string): string =>
    `${top}\n\nKestrel Bay Courier\nNews\nSport\n\nHarbour Wall Repairs Begin\n\nBy Mara Ellison\n\n${body}\n\n${body.replace('Monday', 'Tuesday')}\n\nShare this article\n`;

  it('is dropped and is never the headline, with or without chrome', () => {
    const address = 'https://www.example.com/news/2026/03/12/harbour-wall-repairs-begin';
    const [withChrome] = cleanDetailed(page(address));
    expect(withChrome!.article.headline).toBe('Harbour Wall Repairs Begin');
    expect(withChrome!.decisions.find((d) => d.line.text === address)?.rule).toBe('before-headline');
    const [plain] = clean(`${address}\n\nHarbour Wall Repairs Begin\n\n${body}\n`);
    expect(plain).toMatchObject({ headline: 'Harbour Wall Repairs Begin', body });
  });

  it('"Source: https://…" is no picture credit', () => {
    const [article] = clean(`Harbour Wall Repairs Begin\n\n${body}\n\nSource: https://www.example.com/a\n`);
    expect(article!.captions).toEqual([]);
  });
});
