// The real dump this project started from, in ../shared (not part of a user's clone: skipped there).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { ROOT } from './helpers/cli.js';

const seed = join(ROOT, '..', 'shared', 'seeds', '000_46a992fda3deddc8');
const present = existsSync(seed + '.txt');

describe.skipIf(!present)('seed dump in ../shared/seeds (skipped: ../shared is absent)', () => {
  it('gives exactly the expected articles', () => {
    const gold = JSON.parse(readFileSync(seed + '.gold.json', 'utf8')) as { headline: string; captions: string[]; body: string }[];
    const articles = clean(readFileSync(seed + '.txt', 'utf8'));
    expect(articles.map(({ headline, captions, body }) => ({ headline, captions, body }))).toEqual(
      gold.map(({ headline, captions, body }) => ({ headline, captions, body })),
    );
  });
});
