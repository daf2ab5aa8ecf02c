// Golden tests: every fixtures/<case>/input.txt against its expected.jsonl (and expected.md).
// Regenerate on purpose with `npm run fixtures:update`, then read the diff.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { createFormatter } from '../src/format/formatter.js';

const root = new URL('../fixtures/', import.meta.url).pathname;
const cases = readdirSync(root).filter((name) => existsSync(join(root, name, 'input.txt')));

describe('fixtures', () => {
  it('has the cases the core issue asks for', () => {
    for (const name of ['seed-layout', 'widget-without-size', 'one-caption', 'no-caption', 'byline-and-date', 'gaps-1-2-5', 'crlf-bom-nbsp', 'markdown-special'])
      expect(cases).toContain(name);
  });

  for (const name of cases) {
    it(name, async () => {
      const input = readFileSync(join(root, name, 'input.txt'), 'utf8');
      const articles = clean(input, { source: 'input.txt' });
      const jsonl = await createFormatter('jsonl');
      expect(articles.map((a) => jsonl.article(a)).join('')).toBe(readFileSync(join(root, name, 'expected.jsonl'), 'utf8'));
      const mdPath = join(root, name, 'expected.md');
      if (existsSync(mdPath)) {
        const md = await createFormatter('md');
        expect(md.start() + articles.map((a) => md.article(a)).join('') + md.end()).toBe(readFileSync(mdPath, 'utf8'));
      }
    });
  }

  it('byte variants of one dump give the same articles (LF, CRLF, CR, BOM, NBSP ends)', () => {
    const lf = readFileSync(join(root, 'seed-layout', 'input.txt'), 'utf8');
    const base = clean(lf);
    expect(clean(lf.replace(/\n/g, '\r\n'))).toEqual(base);
    expect(clean(lf.replace(/\n/g, '\r'))).toEqual(base);
    expect(clean('\ufeff' + lf.trimEnd())).toEqual(base);
    expect(clean(lf.replace(/\n/g, '\u00a0 \n'))).toEqual(base);
    expect(clean(lf.replace(/\n\n/g, '\n \t\n'))).toEqual(base);
  });
});
