#!/usr/bin/env node
// `node scripts/score-layouts.mjs [--tiers seedlike,container,page] [--layouts gap-2,lynx] [--keep DIR]`: the development corpus
// (../shared/eval, not in this repo) rewritten into other dump layouts that real scrapers produce, each
// scored like the original. The copies go to a temporary folder and are removed afterwards: the corpus
// text stays where it is. Prints one scorer row per tier and layout.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EVAL = join(ROOT, '../shared/eval');
if (!existsSync(join(EVAL, 'score.mjs'))) {
  console.error('score-layouts: ../shared/eval is missing (the development corpus is not part of this repo)');
  process.exit(1);
}

/** The corpus parts articles by three blank lines; paragraphs by one. */
const ARTICLE_GAP = /\n(?:[ \t]*\n){3,}/;
const PARAGRAPH_GAP = /\n(?:[ \t]*\n){1,2}/g;
const articles = (text) => text.replace(/\r\n/g, '\n').split(ARTICLE_GAP);

/** East Asian wide characters: two columns each, and a line may break between any two of them. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const PIECES = new RegExp(`${WIDE.source}|[^\\s${WIDE.source.slice(1, -1)}]+|\\s+`, 'gu');

/**
 * A greedy wrapper at `width` columns with an indent, as lynx and w3m (three spaces) and html2text (none)
 * print paragraphs: words move whole to the next line, wide characters one by one.
 */
function wrap(text, width, indent = '   ') {
  const out = [];
  let line = '';
  let columns = 0;
  let space = false;
  for (const piece of text.match(PIECES) ?? []) {
    if (/^\s/.test(piece)) {
      space = true;
      continue;
    }
    const wide = WIDE.test(piece);
    const size = wide ? 2 : piece.length;
    const gap = space && line ? 1 : 0;
    if (line && columns + gap + size > width) {
      out.push(`${indent}${line}`);
      line = piece;
      columns = size;
    } else {
      line += (gap ? ' ' : '') + piece;
      columns += gap + size;
    }
    space = false;
  }
  if (line) out.push(`${indent}${line}`);
  return out;
}

/**
 * A lynx-like dump: headings flush left (lynx prints the page's headline so), paragraphs wrapped at 76
 * columns with every 30th word a link, the page's menus (short lines the article does not hold) as
 * listed links ("   * [12]News"), and each page followed by its list of link addresses ("References").
 */
function lynx(article, { headlines, paragraphs }) {
  let links = 0;
  const link = (s) => `[${++links}]${s}`;
  const lines = [];
  for (const raw of article.split('\n')) {
    const text = raw.trim();
    if (text === '') lines.push('');
    else if (headlines.has(text)) lines.push(text);
    else if (text.length < 60 && !/[.!?]$/.test(text) && !paragraphs.has(text)) lines.push(`   * ${link(text)}`);
    else lines.push(...wrap(text.split(' ').map((w, k) => (k % 30 === 29 ? link(w) : w)).join(' '), 76));
  }
  const references = Array.from({ length: links }, (_, k) => `${String(k + 1).padStart(4)}. https://www.example.com/story-${k + 1}.html`);
  return [...lines, '', 'References', '', ...references].join('\n');
}

/**
 * An html2text-like Markdown dump: the headline as a heading, paragraphs wrapped at 78 columns with every
 * 30th word a link, short lines bulleted (a link unless the article holds them: the HTML's menus are
 * links, its lists are not), and each caption under the picture it names.
 */
function markdown(article, { headlines, captions, paragraphs }, rich = false) {
  let links = 0;
  let blocks = 0;
  const url = () => `https://www.example.com/story-${++links}.html`;
  const lines = [];
  for (const raw of article.split('\n')) {
    const text = raw.trim();
    if (text === '') lines.push('');
    else if (headlines.has(text)) lines.push(`# ${text}`);
    else if (captions.has(text)) lines.push(`![${text}](https://img.example.com/${++links}.jpg)`, '', ...wrap(text, 78, ''));
    else if (text.length < 60 && !/[.!?\[\]]/.test(text)) lines.push(paragraphs.has(text) ? `  * ${text}` : `  * [${text}](${url()})`);
    // A converter escapes brackets in a link's text; this copy leaves such words unlinked instead.
    else {
      const linked = text.split(' ').map((w, k) => (k % 30 === 29 && !/[[\]]/.test(w) ? `[${w}](${url()})` : w)).join(' ');
      if (!rich) lines.push(...wrap(linked, 78, ''));
      // Escaped and emphasised before it is wrapped, as a converter does; every seventh paragraph quoted.
      else if (++blocks % 7 === 0) lines.push(...wrap(richText(linked), 76, '').map((l) => `> ${l}`));
      else lines.push(...wrap(richText(linked), 78, ''));
    }
  }
  return lines.join('\n');
}

/** A paragraph with html2text's escapes ("1\\.", "\\-", "\\*", "\\_") and every 20th word in emphasis. */
function richText(text) {
  return text
    .replace(/([*_])/g, '\\$1')
    .replace(/^(\d{1,3})\. /, '$1\\. ')
    .replace(/^([-+]) /, '\\$1 ')
    .split(' ')
    .map((w, i) => (i % 20 === 19 && /^\p{L}+$/u.test(w) ? `_${w}_` : w))
    .join(' ');
}

/**
 * A w3m-like dump: every paragraph wrapped at 80 columns without indent or link markers, and the page's
 * menus (short lines the article does not hold) printed as a bulleted list.
 */
function w3m(article, { headlines, paragraphs }) {
  const lines = [];
  for (const raw of article.split('\n')) {
    const text = raw.trim();
    if (text === '') lines.push('');
    else if (text.length < 60 && !/[.!?]$/.test(text) && !paragraphs.has(text) && !headlines.has(text)) lines.push(`• ${text}`);
    else lines.push(...wrap(text, 80, ''));
  }
  return lines.join('\n');
}

/** A deterministic pseudo-random number for the k-th call (xorshift), so a layout is the same every run. */
let state = 0x9e3779b9;
const hash = () => ((state ^= state << 13), (state ^= state >>> 17), (state ^= state << 5), state >>> 0);

/**
 * A pandoc-like plain-text dump: the headline underlined with "=" (Setext), every paragraph wrapped at
 * 72 columns without indent, list-like short lines as "-   " items.
 */
function pandoc(article, { headlines, paragraphs }) {
  const lines = [];
  for (const raw of article.split('\n')) {
    const text = raw.trim();
    if (text === '') lines.push('');
    else if (headlines.has(text)) lines.push(text, '='.repeat(Math.min(72, [...text].length)));
    else if (text.length < 60 && !/[.!?]$/.test(text) && !paragraphs.has(text)) lines.push(`-   ${text}`);
    else lines.push(...wrap(text, 72, ''));
  }
  return lines.join('\n');
}

/**
 * A dump with trafilatura's metadata header (`--with-metadata`): YAML front matter between "---" lines
 * with the page's title, author, address and date, then the page's text.
 */
function frontMatter(article, { headlines }, k) {
  const title = article.split('\n').map((l) => l.trim()).find((l) => headlines.has(l)) ?? '';
  const slug = title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
  const meta = ['---', `title: ${title}`, 'author: Jane Roe', `url: https://www.example.com/news/${slug}`, 'hostname: example.com', `date: 2025-06-${String((k % 28) + 1).padStart(2, '0')}`, '---'];
  return [...meta, article].join('\n');
}

/**
 * BeautifulSoup's get_text('\n'): every text node its own line, so a paragraph breaks around each link
 * (every 25th word starts a link of two words) into lines of one block.
 */
function textNodes(article) {
  return article
    .split('\n')
    .map((raw) => {
      const words = raw.trim().split(' ');
      if (words.length < 30) return raw.trim();
      const lines = [];
      let line = [];
      words.forEach((w, k) => {
        if (k % 25 === 12 || (k % 25 === 14 && line.length > 0)) (lines.push(line.join(' ')), (line = []));
        line.push(w);
      });
      return [...lines, line.join(' ')].join('\n');
    })
    .join('\n');
}

/** A scraper's dump that prints each page's address above its text. */
function addressFirst(article, { headlines }) {
  const title = article.split('\n').map((l) => l.trim()).find((l) => headlines.has(l)) ?? 'page';
  const slug = title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `https://www.example.com/news/2025/06/10/${slug}\n\n${article}`;
}

/**
 * A naive get_text() over the whole HTML: the page's style and script elements come out as text, CSS
 * rules, a tag manager's snippet and the JSON-LD that names the headline, above the page and below it.
 */
function withScripts(article, { headlines }) {
  const title = article.split('\n').map((l) => l.trim()).find((l) => headlines.has(l)) ?? 'page';
  const above = [
    '.site-header{display:flex;align-items:center;justify-content:space-between}',
    '.nav a:hover,.nav a:focus{color:#c00;text-decoration:underline}',
    '@media (max-width: 600px){.sidebar{display:none}}',
    '',
    'window.dataLayer = window.dataLayer || [];',
    'function gtag(){dataLayer.push(arguments);}',
    "gtag('js', new Date());",
    "gtag('config', 'G-EXAMPLE1');",
    '',
    JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: '2025-06-10T08:00:00Z', author: { '@type': 'Person', name: 'Jane Roe' } }),
  ];
  const below = [
    `(function(d,s,id){var js,fjs=d.getElementsByTagName(s)[0];if(d.getElementById(id))return;js=d.createElement(s);js.id=id;js.src="//connect.facebook.net/en_US/sdk.js";fjs.parentNode.insertBefore(js,fjs);}(document,'script','facebook-jssdk'));`,
    '',
    'var _paq = window._paq = window._paq || [];',
    "_paq.push(['trackPageView']);",
  ];
  return [...above, '', article, '', ...below].join('\n');
}

/** The document's title printed first (a get_text over <head> too): the headline and the site's name, or the headline alone. */
function titleFirst(article, { headlines }, k) {
  const title = article.split('\n').map((l) => l.trim()).find((l) => headlines.has(l));
  if (!title) return article;
  const site = ['Example News', 'The Example Times', 'example.com'][k % 3];
  return k % 4 === 3 ? `${title}\n\n${article}` : `${title}${[' | ', ' - ', ' – '][k % 3]}${site}\n\n${article}`;
}

/** A tag stripper that never decoded the HTML: character references left as they were written. */
const REFERENCES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '’': '&#8217;', '‘': '&#8216;', '“': '&#8220;', '”': '&#8221;', '—': '&mdash;', '–': '&ndash;', '…': '&hellip;', 'é': '&eacute;', '\u00a0': '&nbsp;' };
const undecoded = (text) => text.replace(/[&<>’‘“”—–…é\u00a0]/gu, (c) => REFERENCES[c]);

/** A reader service's output (Jina Reader): its header with the page's title and address, then the page as Markdown. */
function readerService(article, gold, k) {
  const title = article.split('\n').map((l) => l.trim()).find((l) => gold.headlines.has(l)) ?? 'Page';
  const slug = title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60);
  const header = [`Title: ${title}${k % 2 ? ' | Example News' : ''}`, '', `URL Source: https://www.example.com/news/${slug}`, '', `Published Time: 2025-06-${String((k % 28) + 1).padStart(2, '0')}T08:00:00Z`, '', 'Markdown Content:'];
  return [...header, markdown(article, gold)].join('\n');
}

/**
 * The html2text of Debian's package (the C++ tool, not the Python one): headings between stars
 * ("****** Title ******"), paragraphs wrapped at 79 columns, list items as "  * ".
 */
function html2textDebian(article, { headlines, paragraphs }) {
  const lines = [];
  for (const raw of article.split('\n')) {
    const text = raw.trim();
    if (text === '') lines.push('');
    else if (headlines.has(text)) lines.push(`****** ${text} ******`);
    else if (text.length < 60 && !/[.!?]$/.test(text) && !paragraphs.has(text)) lines.push(`  * ${text}`);
    else lines.push(...wrap(text, 79, ''));
  }
  return lines.join('\n');
}

/** The article without the template's font-size widget, and the blank line it took. */
const withoutWidget = (article) => article.replace(/\n\n?TT\n20\n\n/g, '\n\n');

/** The article with the template's header printed once: no headline copy, no caption copies after the widget. */
function oneHeader(article) {
  const lines = article.split('\n');
  const widget = lines.indexOf('TT');
  if (widget < 0) return article;
  const end = lines[widget + 1] === '20' ? widget + 2 : widget + 1;
  let k = end;
  while (k < lines.length && lines[k] === '') k++;
  if (lines[k] !== lines.find((l) => l !== '')) return article;
  k++;
  while (k < lines.length && lines[k] === '') k++;
  while (k + 1 < lines.length && lines[k] !== '' && lines[k + 1] === lines[k]) k += 2;
  return [...lines.slice(0, end), ...lines.slice(k)].join('\n');
}

const LAYOUTS = {
  'gap-0': { what: 'no blank line between articles', dump: (t) => articles(t).join('\n') },
  'gap-1': { what: 'one blank line between articles', dump: (t) => articles(t).join('\n\n') },
  'gap-2': { what: 'two blank lines between articles', dump: (t) => articles(t).join('\n\n\n') },
  // The news template of the seedlike tier without its font-size widget ("TT", "20"): only there is a widget to drop.
  'no-widget': { what: 'no font-size widget (seedlike only)', tiers: ['seedlike'], dump: (t) => articles(t).map(withoutWidget).join('\n\n\n\n') },
  'one-header': { what: 'the header printed once: no headline copy (seedlike only)', tiers: ['seedlike'], dump: (t) => articles(t).map(oneHeader).join('\n\n\n\n') },
  'one-header-gap-1': { what: 'the header printed once, one blank line between articles (seedlike only)', tiers: ['seedlike'], dump: (t) => articles(t).map(oneHeader).join('\n\n') },
  'no-widget-gap-0': { what: 'no font-size widget, no blank line between articles (seedlike only)', tiers: ['seedlike'], dump: (t) => articles(t).map(withoutWidget).join('\n') },
  'no-widget-gap-1': { what: 'no font-size widget, one blank line between articles (seedlike only)', tiers: ['seedlike'], dump: (t) => articles(t).map(withoutWidget).join('\n\n') },
  'gap-5': { what: 'five blank lines between articles', dump: (t) => articles(t).join('\n'.repeat(6)) },
  'airy': { what: 'two blank lines after every block', dump: (t) => articles(t).map((a) => a.replace(PARAGRAPH_GAP, '\n\n\n')).join('\n\n\n\n') },
  'dense': { what: 'no blank lines inside articles', dump: (t) => articles(t).map((a) => a.replace(PARAGRAPH_GAP, '\n')).join('\n\n\n\n') },
  // A loose HTML-to-text converter (BeautifulSoup's get_text and kin): blocks parted by one to three blank
  // lines as the page's markup happened to nest, pages by five.
  'ragged': { what: '1-3 blank lines inside articles, 5 between', dump: (t) => articles(t).map((a, i) => a.replace(PARAGRAPH_GAP, () => '\n'.repeat(2 + (hash(i) % 3)))).join('\n'.repeat(6)) },
  'lynx': { what: 'wrapped at 76, link markers, link lists', dump: (t, gold) => articles(t).map((a) => lynx(a, gold)).join('\n\n\n\n') },
  'markdown': { what: 'html2text-like Markdown, wrapped at 78', dump: (t, gold) => articles(t).map((a) => markdown(a, gold)).join('\n\n\n\n') },
  'markdown-rich': { what: 'html2text-like Markdown with quotes, emphasis and escapes', dump: (t, gold) => articles(t).map((a) => markdown(a, gold, true)).join('\n\n\n\n') },
  'lynx-gap-1': { what: 'lynx-like, one blank line between articles', dump: (t, gold) => articles(t).map((a) => lynx(a, gold)).join('\n\n') },
  'pandoc': { what: 'pandoc-like: "=" under the headline, wrapped at 72, "-" items', dump: (t, gold) => articles(t).map((a) => pandoc(a, gold)).join('\n\n\n\n') },
  'front-matter': { what: 'trafilatura-like metadata header (---, title:, url:, ---)', dump: (t, gold) => articles(t).map((a, k) => frontMatter(a, gold, k)).join('\n\n\n\n') },
  'text-nodes': { what: "get_text('\\n'): a line per text node, paragraphs broken at links", dump: (t) => articles(t).map(textNodes).join('\n\n\n\n') },
  // get_text('\n', strip=True): the white space between blocks is dropped, so no blank line parts paragraphs.
  'text-nodes-strip': { what: "get_text('\\n', strip=True): a line per text node, no blank lines inside articles", dump: (t) => articles(t).map((a) => textNodes(a).replace(PARAGRAPH_GAP, '\n')).join('\n\n\n\n') },
  'address': { what: "each page's address on the line above it", dump: (t, gold) => articles(t).map((a) => addressFirst(a, gold)).join('\n\n\n\n') },
  'scripts': { what: 'get_text() of the whole HTML: CSS, scripts and JSON-LD above and below each page', dump: (t, gold) => articles(t).map((a) => withScripts(a, gold)).join('\n\n\n\n') },
  'title-first': { what: "the page's <title> first: its headline and the site's name", dump: (t, gold) => articles(t).map((a, k) => titleFirst(a, gold, k)).join('\n\n\n\n') },
  'entities': { what: 'character references left undecoded (It&#8217;s, &amp;, &nbsp;)', dump: (t) => undecoded(t) },
  'reader': { what: 'a reader service\'s output: "Title:", "URL Source:", "Markdown Content:" over Markdown', dump: (t, gold) => articles(t).map((a, k) => readerService(a, gold, k)).join('\n\n\n\n') },
  'html2text-c': { what: 'Debian html2text: "****** Title ******", wrapped at 79, "  * " items', dump: (t, gold) => articles(t).map((a) => html2textDebian(a, gold)).join('\n\n\n\n') },
  'w3m': { what: 'w3m-like: wrapped at 80, menus bulleted', dump: (t, gold) => articles(t).map((a) => w3m(a, gold)).join('\n\n\n\n') },
  // Each article a dump of its own: no gap anywhere, so topic cuts are asked about every one (the test
  // that they split no single article).
  'alone': { what: 'each article a dump of its own', each: true, dump: (t) => articles(t) },
  'spaces': { what: 'trailing spaces, blank lines of spaces', dump: (t) => t.split(/\r?\n/).map((l) => (l ? `${l}  ` : '   ')).join('\n') },
  'crlf': { what: 'CRLF line ends', dump: (t) => t.replace(/\r?\n/g, '\r\n') },
};

const argv = process.argv.slice(2);
const option = (name, all) => (argv.includes(name) ? argv[argv.indexOf(name) + 1].split(',') : all);
const tiers = option('--tiers', ['seedlike', 'container', 'page']);
const layouts = option('--layouts', Object.keys(LAYOUTS));
// --keep DIR: write the copies there and leave them (to look into one); they are still never part of the repo.
const keep = argv.includes('--keep') ? argv[argv.indexOf('--keep') + 1] : undefined;
if (keep) mkdirSync(keep, { recursive: true });
const work = keep ?? mkdtempSync(join(tmpdir(), 'newsclean-layouts-'));
try {
  const dirs = [];
  for (const tier of tiers) {
    for (const name of layouts) {
      const layout = LAYOUTS[name];
      if (!layout) throw new Error(`unknown layout ${name} (known: ${Object.keys(LAYOUTS).join(', ')})`);
      if (layout.tiers && !layout.tiers.includes(tier)) continue;
      const from = join(EVAL, 'data', tier);
      const to = join(work, `${tier}-${name}`);
      mkdirSync(to);
      for (const file of readdirSync(from).filter((f) => f.endsWith('.txt'))) {
        const gold = file.replace(/\.txt$/, '.gold.json');
        const answers = JSON.parse(readFileSync(join(from, gold), 'utf8'));
        const headlines = new Set(answers.map((a) => a.headline.trim()));
        const captions = new Set(answers.flatMap((a) => a.captions.map((c) => c.trim())));
        const paragraphs = new Set(answers.flatMap((a) => a.body.split('\n').map((l) => l.trim())));
        const text = readFileSync(join(from, file), 'utf8');
        if (layout.each) {
          const parts = layout.dump(text);
          if (parts.length !== answers.length) throw new Error(`${file}: ${parts.length} articles, ${answers.length} answers`);
          parts.forEach((part, i) => {
            const name = file.replace(/\.txt$/, `-${i}`);
            writeFileSync(join(to, `${name}.txt`), `${part}\n`);
            writeFileSync(join(to, `${name}.gold.json`), JSON.stringify([answers[i]]));
          });
          continue;
        }
        writeFileSync(join(to, file), layout.dump(text, { headlines, captions, paragraphs }));
        copyFileSync(join(from, gold), join(to, gold));
      }
      dirs.push(to);
    }
  }
  for (const name of layouts) console.log(`${name.padEnd(7)} ${LAYOUTS[name].what}`);
  console.log();
  // One scorer run over all copies: each folder is one row of its table.
  const scorer = [join(EVAL, 'score.mjs'), '--cmd', `node ${join(ROOT, 'bin/newsclean.js')}`, '--dir', dirs.join(','), '--jobs', '2'];
  const run = spawnSync(process.execPath, scorer, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`the scorer failed: ${run.stderr.trim().split('\n').pop()}`);
  console.log(run.stdout.trimEnd());
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}
