#!/usr/bin/env node
// Regenerates fixtures/<case>/expected.jsonl (and expected.md where the case has one) from the current
// build. Run on purpose after a deliberate change, then read the diff: never edit expected files by hand.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../dist/index.js';
import { createFormatter } from '../dist/format/formatter.js';

const root = new URL('../fixtures/', import.meta.url).pathname;
for (const name of readdirSync(root).sort()) {
  const dir = join(root, name);
  const inputPath = join(dir, 'input.txt');
  if (!existsSync(inputPath)) continue;
  const articles = clean(readFileSync(inputPath, 'utf8'), { source: 'input.txt' });
  const jsonl = await createFormatter('jsonl');
  writeFileSync(join(dir, 'expected.jsonl'), articles.map((a) => jsonl.article(a)).join(''));
  if (existsSync(join(dir, 'expected.md'))) {
    const md = await createFormatter('md');
    writeFileSync(join(dir, 'expected.md'), md.start() + articles.map((a) => md.article(a)).join('') + md.end());
  }
  console.log(`${name}: ${articles.length} article(s)`);
}
