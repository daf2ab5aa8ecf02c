// The --annotate view over every fixture: each input line exactly once, in order, with one role; and
// the lines it marks "body" are the JSON output's body paragraphs.
import { readdirSync, readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { createAnnotator } from '../src/format/annotate.js';
import { Cleaner } from '../src/pipeline/cleaner.js';
import { LineRole } from '../src/types.js';
import { decodeEntities } from '../src/rules/entities.js';
import { ROOT, parseJsonl, runCli } from './helpers/cli.js';
import { bodyParagraphs, inputLines, parseView, sameParagraphs, viewArticles } from './helpers/annotate-view.js';

const FIXTURES = join(ROOT, 'fixtures');
const cases = readdirSync(FIXTURES)
  .filter((name) => existsSync(join(FIXTURES, name, 'input.txt')))
  .sort();
const TAGS = new Set([...Object.values(LineRole), 'body+']);
const isTag = (tag: string): boolean => TAGS.has(tag.replace(/[+*]+$/, '')) || tag.startsWith('bp:');

describe.each(cases)('--annotate over fixtures/%s', (name) => {
  const file = join('fixtures', name, 'input.txt');
  const text = readFileSync(join(ROOT, file), 'utf8');

  it('shows every input line exactly once, in order, with one role', async () => {
    const { code, stdout, stderr } = await runCli(['--annotate', file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const expected = inputLines(text);
    const shown = parseView(stdout);
    expect(shown.map((l) => l.n)).toEqual(expected.map((_, i) => i + 1));
    expect(shown.map((l) => l.text)).toEqual(expected.map((l) => l.trim()));
    for (const line of shown) expect(isTag(line.tag), `tag "${line.tag}" of line ${line.n}`).toBe(true);
    // Blank lines are tagged blank, and only they.
    for (const line of shown) expect(line.tag === 'blank').toBe(line.text === '');
  });

  it('marks as body exactly the lines of the JSON output', async () => {
    const [annotated, json] = await Promise.all([runCli(['--annotate', file]), runCli([file])]);
    const articles = parseJsonl(json.stdout);
    const all = viewArticles(annotated.stdout);
    // A duplicate article is shown (its lines are input) but not written; none of its lines is body.
    for (const dup of all.filter((a) => a.index < 0)) expect(bodyParagraphs(dup.lines)).toEqual([]);
    const shown = all.filter((a) => a.index >= 0);
    expect(shown.map((a) => a.index)).toEqual(articles.map((a) => a.index));
    shown.forEach((a, i) => {
      const body = String(articles[i]!.body);
      const paragraphs = body === '' ? [] : body.split('\n\n');
      expect(sameParagraphs(bodyParagraphs(a.lines), paragraphs), `article ${i}`).toBe(true);
      // A headline with markup stripped ("# Title") or references decoded ("R&amp;D") is tagged
      // `headline*`: the view shows the input.
      const headline = a.lines.find((l) => l.tag === 'headline' || l.tag === 'headline*');
      if (headline?.tag !== 'headline*') expect(headline?.text ?? '').toBe(articles[i]!.headline);
      else expect(decodeEntities(headline.text)).toContain(String(articles[i]!.headline));
    });
  });

  it('renders the same decisions the article was assembled from (in process, one run)', () => {
    const cleaner = new Cleaner({ source: file });
    const view = createAnnotator({ colour: false });
    const cleaned = [...cleaner.pushBytes(readFileSync(join(ROOT, file))), ...cleaner.end()];
    const shown = viewArticles(cleaned.map((c) => view.article(c)).join('') + view.endSource(cleaner.lineCount));
    expect(shown).toHaveLength(cleaned.length);
    cleaned.forEach(({ article, duplicate }, i) => {
      const paragraphs = duplicate || article.body === '' ? [] : article.body.split('\n\n');
      expect(sameParagraphs(bodyParagraphs(shown[i]!.lines), paragraphs)).toBe(true);
    });
  });
});

describe('--annotate on the command line', () => {
  const file = 'fixtures/seed-layout/input.txt';

  it('reads stdin and shows the same view as for the file', async () => {
    const fromFile = await runCli(['--annotate', file]);
    const fromStdin = await runCli(['--annotate'], readFileSync(join(ROOT, file)));
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout.replace(/^## .*\n/, '')).toBe(fromFile.stdout.replace(/^## .*\n/, ''));
    expect(fromStdin.stdout.startsWith('## (stdin)\n')).toBe(true);
  });

  it('numbers each file from 1 and sums them up', async () => {
    const { stdout } = await runCli(['--annotate', file, 'fixtures/no-caption/input.txt']);
    const numbers = parseView(stdout).map((l) => l.n);
    expect(numbers.filter((n) => n === 1)).toHaveLength(2);
    expect(stdout).toMatch(/\n## fixtures\/no-caption\/input\.txt\n/);
    expect(stdout).toMatch(/\ntotal: 4 articles, 61 lines: /);
    expect(stdout).toMatch(/\n---- #3 /); // article indexes run on across files, as in the JSON output
  });

  it('writes to -o (a file gets no colour codes)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsclean-annotate-'));
    try {
      const target = join(dir, 'view.txt');
      const { FORCE_COLOR: _unset, ...env } = process.env;
      const { code, stdout } = await runCli(['--annotate', '-o', target, file], undefined, { env });
      expect(code).toBe(0);
      expect(stdout).toBe('');
      const written = readFileSync(target, 'utf8');
      expect(written).toBe((await runCli(['--annotate', file])).stdout);
      expect(written).not.toContain('\u001b');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('colours a pipe only when FORCE_COLOR asks, and --no-color beats it', async () => {
    const env = { ...process.env, NO_COLOR: '', FORCE_COLOR: '1' };
    expect((await runCli(['--annotate', file], undefined, { env })).stdout).toContain('\u001b[');
    expect((await runCli(['--annotate', '--no-color', file], undefined, { env })).stdout).not.toContain('\u001b');
    const { FORCE_COLOR: _unset, ...noForce } = process.env;
    expect((await runCli(['--annotate', file], undefined, { env: noForce })).stdout).not.toContain('\u001b');
  });

  it('refuses a --format next to it (exit 64)', async () => {
    const { code, stderr } = await runCli(['--annotate', '-f', 'md', file]);
    expect(code).toBe(64);
    expect(stderr).toContain("'--annotate' cannot be used with option '-f, --format <format>'");
  });

  it('keeps --explain working beside it', async () => {
    const { code, stderr } = await runCli(['--annotate', '--explain', '-', file]);
    expect(code).toBe(0);
    expect(parseJsonl(stderr).length).toBeGreaterThan(0);
  });
});

describe('the README excerpt of the view', () => {
  it('is what the CLI prints for its fixture', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.split('## Reviewing a dump (--annotate)\n')[1]!.split('\n## ')[0]!;
    const file = /An excerpt of `newsclean --annotate (\S+)`/.exec(section)![1]!;
    const excerpt = section
      .split('\n')
      .filter((l) => l.startsWith('    ') && !l.includes('newsclean'))
      .map((l) => l.slice(4))
      .filter((l) => l !== '…');
    expect(excerpt.length).toBeGreaterThan(10);
    const { FORCE_COLOR: _unset, ...env } = process.env;
    const shown = (await runCli(['--annotate', file], undefined, { env })).stdout.split('\n');
    let at = 0;
    for (const line of excerpt) {
      const found = shown.indexOf(line, at);
      expect(found, `README line not in the view, or out of order: ${line}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });
});
