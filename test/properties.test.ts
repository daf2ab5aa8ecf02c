// Nothing lost, nothing invented, order kept: property tests over random dumps built from the fixtures'
// building blocks (seed-layout headers, caption pairs, widget lines, paragraphs, menus, gaps, line ends).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cleaner, cleanDetailed, KEPT_ROLES, LineRole, NewscleanError, RULES, type Article, type CleanedArticle } from '../src/index.js';
import { createFormatter } from '../src/format/formatter.js';
import { parseJsonl, runCli } from './helpers/cli.js';
import { tempDir } from './helpers/dumps.js';

/** Runs per library property; the CLI ones spawn a process per run, so they do fewer. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const CLI_RUNS = 12;

const WORDS = ['harbour', 'council', 'ferry', 'library', 'budget', 'rain', 'strike', 'mayor', 'school', 'bridge', 'market', 'river', 'night', 'talks', 'plan', 'café', '“quoted”', '—', '2025', 'résumé'];
const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 4, maxLength: 18 }).map((w) => w.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.');
const headline = fc.array(word, { minLength: 3, maxLength: 8 }).map((w) => w.map((x) => x.replace(/^./, (c) => c.toUpperCase())).join(' '));
const caption = sentence.map((s) => `${s} (Photo)`);
const menu = fc.array(fc.constantFrom('Home', 'World', 'Sport', 'Share', 'Menu', 'Subscribe', 'Home | World | Sport'), { minLength: 1, maxLength: 4 });
const widget = fc.constantFrom(['TT', '20'], ['TT'], ['TT 20'], [] as string[]);
/** A blank line, sometimes with spaces, tabs or NBSP on it. */
const blank = fc.constantFrom('', ' ', '\t', '\u00a0', ' \u00a0 ');
const gap = (min: number, max: number): fc.Arbitrary<string[]> => fc.array(blank, { minLength: min, maxLength: max });

const article = fc
  .record({
    menu: fc.option(menu, { nil: undefined }),
    headline,
    captions: fc.array(caption, { minLength: 0, maxLength: 2 }),
    widget,
    twin: fc.boolean(),
    byline: fc.option(fc.constantFrom('London - Gazette staff', 'By Ines Holloway'), { nil: undefined }),
    paragraphs: fc.array(fc.tuple(sentence, gap(1, 2)), { minLength: 1, maxLength: 6 }),
    midImage: fc.option(caption, { nil: undefined }),
  })
  .map((a) => {
    const lines: string[] = [];
    if (a.menu) lines.push(...a.menu, '');
    lines.push(a.headline, '');
    for (const c of a.captions) lines.push(c, c);
    lines.push(...a.widget);
    if (a.twin) {
      lines.push('', a.headline, '');
      for (const c of a.captions) lines.push(c, c);
    }
    lines.push('');
    if (a.byline) lines.push(a.byline, '');
    a.paragraphs.forEach(([p, after], i) => {
      lines.push(p, ...after);
      if (a.midImage && i === 0) lines.push(a.midImage, a.midImage, '');
    });
    return lines;
  });

/** Line ends mixed per line; trailing NBSP+space on some lines. */
const dump = fc
  .tuple(fc.array(fc.tuple(article, gap(1, 5)), { minLength: 1, maxLength: 5 }), fc.infiniteStream(fc.constantFrom('\n', '\r\n', '\r')), fc.boolean())
  .map(([articles, ends, finalBreak]) => {
    const lines = articles.flatMap(([a, after]) => [...a, ...after]);
    const it = ends[Symbol.iterator]();
    let text = '';
    lines.forEach((line, i) => {
      const last = i === lines.length - 1;
      text += line + (i % 7 === 3 && line !== '' ? '\u00a0 ' : '') + (last && !finalBreak ? '' : it.next().value);
    });
    return text;
  });

interface InputLine {
  n: number;
  text: string;
}

/** The input's lines as a reader sees them (independent of the pipeline's own splitter). */
function inputLines(text: string): InputLine[] {
  return text.split(/\r\n|\r|\n/).map((raw, i) => ({ n: i + 1, text: raw.trim() }));
}

const RULE_NAMES = new Set(RULES.map((r) => r.name));
const paragraphs = (a: Article): string[] => (a.body === '' ? [] : a.body.split('\n\n'));

/** `part` is `whole`, or one of the lines a hard-wrap repair joined into it with spaces. */
const within = (whole: string, part: string): boolean => whole === part || ` ${whole} `.includes(` ${part} `);

function inOutput(a: Article, role: LineRole, text: string): boolean {
  switch (role) {
    case LineRole.Headline:
      return within(a.headline, text);
    case LineRole.Caption:
      return a.captions.some((c) => within(c, text));
    case LineRole.Byline:
      return a.byline?.split('\n').includes(text) === true;
    case LineRole.Date:
      return a.date?.split('\n').includes(text) === true;
    case LineRole.Body:
      return paragraphs(a).some((p) => within(p, text));
    default:
      return false;
  }
}

/** `p` is one input line, or consecutive non-blank input lines joined by a space (hard-wrapped text). */
function isInputText(p: string, nonBlank: readonly string[], set: ReadonlySet<string>): boolean {
  if (set.has(p)) return true;
  for (let i = 0; i < nonBlank.length; i++) {
    if (!p.startsWith(nonBlank[i]! + ' ')) continue;
    let joined = nonBlank[i]!;
    for (let j = i + 1; j < nonBlank.length && joined.length < p.length; j++) {
      joined += ' ' + nonBlank[j]!;
      if (joined === p) return true;
    }
  }
  return false;
}

function checkAccounted(text: string, results: readonly CleanedArticle[]): void {
  const decided = new Map<number, { role: LineRole; rule: string; text: string; article: Article }>();
  for (const { article, decisions } of results) {
    for (const d of decisions) {
      expect(decided.has(d.line.n), `line ${d.line.n} in two articles`).toBe(false);
      decided.set(d.line.n, { role: d.role, rule: d.rule, text: d.text ?? d.line.text, article });
    }
  }
  for (const line of inputLines(text)) {
    if (line.text === '') continue;
    const d = decided.get(line.n);
    expect(d, `line ${line.n} ${JSON.stringify(line.text)} has no decision`).toBeDefined();
    if (KEPT_ROLES.has(d!.role)) {
      expect(inOutput(d!.article, d!.role, d!.text), `kept line ${line.n} (${d!.role}) ${JSON.stringify(line.text)} is not in the output`).toBe(true);
    } else {
      expect(d!.role).not.toBe(LineRole.Blank);
      expect(RULE_NAMES.has(d!.rule), `line ${line.n}: unknown rule ${d!.rule}`).toBe(true);
    }
  }
}

describe('nothing lost (library, numRuns 200)', () => {
  it('every non-blank input line is in the output or dropped by a named rule', () => {
    fc.assert(
      fc.property(dump, (text) => checkAccounted(text, cleanDetailed(text))),
      { numRuns: RUNS },
    );
  });
});

describe('nothing invented, order kept (library, numRuns 200)', () => {
  it('every headline, caption, byline, date and paragraph is input text', () => {
    fc.assert(
      fc.property(dump, (text) => {
        const nonBlank = inputLines(text).map((l) => l.text).filter((t) => t !== '');
        const set = new Set(nonBlank);
        for (const { article: a } of cleanDetailed(text)) {
          const meta = [a.byline, a.date].flatMap((m) => m?.split('\n') ?? []);
          for (const piece of meta) expect(set.has(piece), piece).toBe(true);
          // Headline, captions and paragraphs may be hard-wrapped lines joined back together.
          for (const piece of [a.headline, ...a.captions, ...paragraphs(a)]) if (piece) expect(isInputText(piece, nonBlank, set), piece).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('body paragraphs keep input order (across articles too)', () => {
    fc.assert(
      fc.property(dump, (text) => {
        const lines = inputLines(text).map((l) => l.text);
        let at = 0;
        for (const { article: a } of cleanDetailed(text)) {
          for (const p of paragraphs(a)) {
            let found = -1;
            for (let i = at; i < lines.length; i++) {
              if (lines[i] !== '' && (p === lines[i] || p.startsWith(lines[i]! + ' '))) {
                found = i;
                break;
              }
            }
            expect(found, `paragraph out of order: ${p}`).toBeGreaterThanOrEqual(0);
            at = found + 1;
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('bytes in any chunking give the same articles as the whole text', () => {
    fc.assert(
      fc.property(dump, fc.integer({ min: 1, max: 97 }), (text, size) => {
        const bytes = Buffer.from(text);
        const cleaner = new Cleaner();
        const out: CleanedArticle[] = [];
        for (let i = 0; i < bytes.length; i += size) out.push(...cleaner.pushBytes(bytes.subarray(i, i + size)));
        out.push(...cleaner.end());
        expect(out.map((c) => c.article)).toEqual(cleanDetailed(text).map((c) => c.article));
      }),
      { numRuns: RUNS },
    );
  });
});

/** Random bytes, and text with random bytes spliced in. */
const noise = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  fc.tuple(dump, fc.uint8Array({ minLength: 1, maxLength: 40 }), fc.nat()).map(([text, junk, at]) => {
    const bytes = Buffer.from(text);
    const cut = at % (bytes.length + 1);
    return Buffer.concat([bytes.subarray(0, cut), junk, bytes.subarray(cut)]);
  }),
);

describe('random bytes: never a throw, always valid JSON Lines (numRuns 200)', () => {
  it('library, with force and without', async () => {
    const jsonl = await createFormatter('jsonl');
    fc.assert(
      fc.property(noise, fc.integer({ min: 1, max: 4096 }), fc.boolean(), (bytes, size, force) => {
        const cleaner = new Cleaner({ force, onWarning: () => undefined });
        let text = '';
        try {
          for (let i = 0; i < bytes.length; i += size) for (const c of cleaner.pushBytes(bytes.subarray(i, i + size))) text += jsonl.article(c.article);
          for (const c of cleaner.end()) text += jsonl.article(c.article);
        } catch (error) {
          // The one allowed failure: refusing binary input, as a documented error.
          expect(force).toBe(false);
          expect(error).toBeInstanceOf(NewscleanError);
          expect((error as NewscleanError).exitCode).toBe(65);
          return;
        }
        for (const record of parseJsonl(text)) {
          expect(typeof record.headline).toBe('string');
          expect(typeof record.body).toBe('string');
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe(`the CLI (numRuns ${CLI_RUNS} each)`, { timeout: 180_000 }, () => {
  const dir = tempDir();

  it('with --explain, every non-blank input line is in the JSON output or in the explain stream', async () => {
    await fc.assert(
      fc.asyncProperty(dump, async (text) => {
        const input = join(dir, 'dump.txt');
        const explain = join(dir, 'explain.jsonl');
        writeFileSync(input, text);
        const run = await runCli([input, '--explain', explain]);
        expect(run.code).toBe(0);
        const records = parseJsonl(run.stdout);
        const explained = new Map(parseJsonl(readFileSync(explain, 'utf8')).map((r) => [r.line as number, r]));
        const output = new Set<string>();
        for (const r of records) {
          const meta = [r.byline, r.date].flatMap((m) => (typeof m === 'string' ? m.split('\n') : []));
          for (const piece of [r.headline, ...meta, ...(r.captions as string[])]) if (typeof piece === 'string') output.add(piece);
          for (const p of String(r.body).split('\n\n')) output.add(p);
        }
        for (const line of inputLines(text)) {
          if (line.text === '') continue;
          const why = explained.get(line.n);
          if (why) {
            expect(why.text).toBe(line.text);
            expect(RULE_NAMES.has(String(why.rule))).toBe(true);
          } else {
            const found = output.has(line.text) || [...output].some((p) => within(p, line.text));
            expect(found, `line ${line.n} ${JSON.stringify(line.text)} is neither output nor explained`).toBe(true);
          }
        }
      }),
      { numRuns: CLI_RUNS },
    );
  });

  it('random bytes: exit 0 with valid JSON Lines, or exit 65 with one line; never a stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(noise, async (bytes) => {
        const run = await runCli([], Buffer.from(bytes));
        expect([0, 65]).toContain(run.code);
        parseJsonl(run.stdout);
        expect(run.stderr).not.toMatch(/\n\s+at |internal error/);
        if (run.code === 65) expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      }),
      { numRuns: CLI_RUNS },
    );
  });
});
