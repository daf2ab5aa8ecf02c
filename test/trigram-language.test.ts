// trigram-language.ts must answer exactly as franc-min does: on the fixtures' text, cut as
// detectLanguage cuts it, and on random text in several scripts.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { CANDIDATES } from '../src/rules/language.js';
import { trigramLanguageDetector } from '../src/rules/trigram-language.js';

const detect = trigramLanguageDetector(CANDIDATES, 10);
const reference = (value: string): string => franc(value, { minLength: 10, only: CANDIDATES });

/** Every fixture's lines, alone and joined in runs of about a detection sample's length. */
function fixtureSamples(): string[] {
  const root = new URL('../fixtures/', import.meta.url);
  const samples: string[] = [];
  for (const name of readdirSync(root)) {
    for (const file of readdirSync(new URL(`${name}/`, root)).filter((f) => f.endsWith('.txt'))) {
      const lines = readFileSync(new URL(`${name}/${file}`, root), 'utf8').split(/\r\n|\r|\n/).filter((l) => l.trim().length > 0);
      let run = '';
      for (const line of lines) {
        samples.push(line);
        run += line + '\n';
        if (run.length >= 1000) samples.push(run), (run = '');
      }
      if (run) samples.push(run);
    }
  }
  return samples;
}

describe('trigramLanguageDetector', () => {
  it('answers as franc on the fixtures', () => {
    const samples = fixtureSamples();
    expect(samples.length).toBeGreaterThan(500);
    for (const s of samples) expect(detect(s), s).toBe(reference(s));
  });

  it('answers as franc on random text in several scripts, short and long', () => {
    const pieces = ['the ', 'und ', 'de la ', 'não ', 'это ', 'это не ', '日本語の', '中文的', '한국어 ', 'ελληνικά ', 'שלום ', 'مرحبا ', 'नमस्ते ', 'ไทย ', '12, ', '!? ', '  \n', 'ž', 'ő', 'ß', 'İ', 'ç', '\ud83d\ude00', 'qu', 'x'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 400 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.oneof(text, fc.string({ maxLength: 60 })), (s) => detect(s) === reference(s)), { numRuns: 300 });
  });

  it('says und for text too short to tell', () => {
    expect(detect('')).toBe('und');
    expect(detect('Hi there')).toBe('und');
  });
});
