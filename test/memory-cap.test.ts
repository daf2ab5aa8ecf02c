// The memory cap: an article (or a line) that never ends is cut at MAX_ARTICLE_CHARS with a warning,
// instead of being held whole. Unit tests pass a small cap; one CLI test crosses the real one.
import { describe, expect, it } from 'vitest';
import { Cleaner } from '../src/pipeline/cleaner.js';
import { MAX_ARTICLE_CHARS } from '../src/pipeline/split.js';
import { runCli } from './helpers/cli.js';

function run(text: string, maxArticleChars: number, chunk = 7): { bodies: string[]; warnings: string[] } {
  const warnings: string[] = [];
  const cleaner = new Cleaner({ source: 'big.txt', maxArticleChars, onWarning: (m) => warnings.push(m) });
  const out = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...cleaner.pushText(text.slice(i, i + chunk)));
  out.push(...cleaner.end());
  return { bodies: out.map((c) => [c.article.headline, c.article.body].join('\n\n')), warnings };
}

describe('memory cap', () => {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} of an article that never ends, long enough.`);
  const endless = paragraphs.join('\n\n') + '\n';

  it('cuts an article at the cap, warns with the source and line, and loses no text', () => {
    const { bodies, warnings } = run(endless, 500);
    expect(bodies.length).toBeGreaterThan(4);
    expect(warnings.length).toBe(bodies.length - 1);
    expect(warnings[0]).toMatch(/^big\.txt, line \d+: article longer than 500 characters, split before this line$/);
    const kept = bodies.join('\n\n').split('\n\n').filter((p) => p !== '');
    expect(kept).toEqual(paragraphs);
    for (const body of bodies) expect(body.length).toBeLessThanOrEqual(500);
  });

  it('breaks a line that never ends into pieces no longer than the cap plus a chunk', () => {
    const line = 'x'.repeat(5000);
    const { bodies, warnings } = run(line, 1000, 100);
    expect(warnings.length).toBeGreaterThanOrEqual(4);
    expect(warnings[0]).toMatch(/^big\.txt, line 1: line longer than 1000 characters, broken there$/);
    const pieces = bodies.map((b) => b.replace(/\n/g, ''));
    expect(pieces.join('')).toBe(line);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(1100);
  });

  it('leaves articles below the cap alone', () => {
    const { bodies, warnings } = run(endless, 1_000_000);
    expect(bodies.length).toBe(1);
    expect(warnings).toEqual([]);
  });

  it('is 16 MiB by default, and the CLI prints the warning unless --quiet', async () => {
    expect(MAX_ARTICLE_CHARS).toBe(16 * 1024 * 1024);
    const line = 'An endless dump line without any blank line between the articles at all.\n';
    const input = line.repeat(Math.ceil((MAX_ARTICLE_CHARS + 1000) / line.length));
    const loud = await runCli(['-f', 'text'], input);
    expect(loud.code).toBe(0);
    expect(loud.stderr).toMatch(/^newsclean: warning: -, line \d+: article longer than 16777216 characters, split before this line\n$/);
    const quiet = await runCli(['-q', '-f', 'text'], input);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(loud.stdout);
  });
});
