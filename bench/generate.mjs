// Deterministic bench inputs, built only from the repo's own fixtures (fixtures/*/expected.jsonl):
// their headlines, captions and paragraphs are recombined by a seeded PRNG into
//   - "seed" dumps: the seed layout (headline, caption pair, TT/20, headline, caption pair, body);
//   - "page" dumps: whole-page text (invented menus, share buttons, related links, footers) around
//     each article.
// The same (kind, seed) always yields the same bytes, so runs and machines compare.
import { createWriteStream, readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** mulberry32: tiny, fast, deterministic. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Distinct headlines, captions and paragraphs of every fixture's expected output. */
export function fixturePool() {
  const headlines = new Set();
  const captions = new Set();
  const paragraphs = new Set();
  for (const name of readdirSync(FIXTURES).sort()) {
    const file = join(FIXTURES, name, 'expected.jsonl');
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const a = JSON.parse(line);
      if (a.headline) headlines.add(a.headline);
      for (const c of a.captions ?? []) captions.add(c);
      for (const p of a.body.split('\n\n')) if (p !== '') paragraphs.add(p);
    }
  }
  return { headlines: [...headlines], captions: [...captions], paragraphs: [...paragraphs] };
}

// Invented page furniture: what a whole-page text dump carries around the article.
const MENUS = [
  ['Skip to content', 'Home', 'World', 'Business', 'Sport', 'Culture', 'Opinion', 'Subscribe'],
  ['Menu', 'Search', 'News', 'Local', 'Weather', 'Traffic', 'Sign in'],
  ['Harbour Gazette', 'Today’s paper', 'Politics', 'Economy', 'Science', 'Travel', 'Newsletters', 'Log in'],
];
const SHARE = [
  ['Share on Facebook', 'Share on X', 'Share by email', 'Copy link'],
  ['Share', 'Tweet', 'Pin', 'Print this article'],
];
const FOOTERS = [
  ['Sign up for our morning newsletter', 'Enter your email address', 'Subscribe', '© 2025 Harbour Gazette. All rights reserved.', 'Privacy Policy · Cookie Settings · Terms of Use'],
  ['About us', 'Contact', 'Careers', 'Advertise with us', 'We use cookies to improve your experience. Accept all cookies', '© 2025 Northgate Evening Post'],
];
const BYLINES = ['By Ines Holloway', 'By Tom Ardmore and Priya Castell', 'Kestrel Bay - Harbour Gazette', 'Staff reporter'];
const DATES = ['Saturday, 7 June, 2025 - 10:47', 'Updated 14:05 GMT, 9 June 2025', 'Published June 10, 2025'];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function pickParagraphs(rand, pool, count) {
  const out = [];
  const used = new Set();
  while (out.length < count && used.size < pool.length) {
    const i = Math.floor(rand() * pool.length);
    if (used.has(i)) continue;
    used.add(i);
    out.push(pool[i]);
  }
  return out;
}

/** One article in the seed layout, ending with its last paragraph and a line break. */
function seedArticle(rand, pool, n) {
  const headline = `${pick(rand, pool.headlines)} (${n})`;
  const caption = pick(rand, pool.captions);
  const body = pickParagraphs(rand, pool.paragraphs, 4 + Math.floor(rand() * 9));
  if (rand() < 0.15 && body.length > 2) {
    // A second image in the middle of the body: its caption pair.
    const second = pick(rand, pool.captions);
    body.splice(2, 0, `${second}\n${second}`);
  }
  const pair = `${caption}\n${caption}\n`;
  return `${headline}\n\n${pair}TT\n20\n\n${headline}\n\n${pair}\n${body.join('\n\n')}\n`;
}

/** One whole page: menu, share buttons, headline, byline, date, body, related links, footer. */
function pageArticle(rand, pool, n) {
  const headline = `${pick(rand, pool.headlines)} (${n})`;
  const body = pickParagraphs(rand, pool.paragraphs, 4 + Math.floor(rand() * 9));
  const related = [pick(rand, pool.headlines), pick(rand, pool.headlines), pick(rand, pool.headlines)];
  const parts = [
    pick(rand, MENUS).join('\n'),
    pick(rand, SHARE).join('\n'),
    `${headline}\n${pick(rand, BYLINES)}\n${pick(rand, DATES)}`,
    ...(rand() < 0.5 ? [pick(rand, pool.captions)] : []),
    ...body,
    `Related articles\n${related.join('\n')}`,
    pick(rand, FOOTERS).join('\n'),
  ];
  return parts.join('\n\n') + '\n';
}

export const KINDS = { seed: seedArticle, page: pageArticle };
const SEPARATOR = '\n\n\n'; // three blank lines after an article's final line break

/**
 * An endless, deterministic sequence of UTF-8 blocks (articles with their separator). A pool of
 * distinct articles is rendered once and then drawn from, so generating is much faster than cleaning.
 */
export function* articleBlocks(kind, seed = 1, poolSize = 2048) {
  const make = KINDS[kind];
  if (!make) throw new Error(`unknown kind ${kind} (seed or page)`);
  const pool = fixturePool();
  const rand = prng(seed);
  const rendered = [];
  for (let n = 0; n < poolSize; n++) rendered.push(Buffer.from(make(rand, pool, n) + SEPARATOR, 'utf8'));
  for (;;) yield rendered[Math.floor(rand() * rendered.length)];
}

/** Exactly `bytes` bytes or fewer, cut at an article boundary, as chunks of about 1 MiB. */
export function* dumpChunks(kind, bytes, seed = 1) {
  let left = bytes;
  let batch = [];
  let batchBytes = 0;
  for (const block of articleBlocks(kind, seed)) {
    if (block.length > left) break;
    left -= block.length;
    batch.push(block);
    batchBytes += block.length;
    if (batchBytes >= 1 << 20) {
      yield Buffer.concat(batch);
      batch = [];
      batchBytes = 0;
    }
  }
  if (batch.length > 0) yield Buffer.concat(batch);
}

/** Write a dump to a writable stream, honouring back-pressure (a pipe to a child process). */
export async function writeDump(stream, kind, bytes, seed = 1) {
  let failure;
  let closed = false;
  stream.on('error', (error) => (failure = error));
  stream.on('close', () => (closed = true));
  for (const chunk of dumpChunks(kind, bytes, seed)) {
    if (failure) throw failure;
    if (closed) throw new Error('the reader closed the pipe early');
    if (!stream.write(chunk)) {
      await new Promise((resolve) => {
        const done = () => (stream.off('drain', done), stream.off('close', done), resolve());
        stream.on('drain', done);
        stream.on('close', done);
      });
    }
  }
  await new Promise((resolve) => stream.end(resolve));
}

export async function writeDumpFile(path, kind, bytes, seed = 1) {
  await writeDump(createWriteStream(path), kind, bytes, seed);
}

// `node bench/generate.mjs seed 20971520 > dump.txt`: one dump on stdout (for trying things by hand).
if (import.meta.url === `file://${process.argv[1]}`) {
  const [kind = 'seed', bytes = String(20 << 20), seed = '1'] = process.argv.slice(2);
  await writeDump(process.stdout, kind, Number(bytes), Number(seed));
}
