// The word scan (rules/words.ts) against the regex it stands for: /[\p{L}\p{N}]+/gu on the
// lower-cased text, stopwords (and one-unit words) left out, CJK words and unspaced scripts as pairs.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contentWordsOf } from '../src/rules/words.js';
import { languageByCode, type Language } from '../src/rules/language.js';

const CJK = /[\u3040-\u30ff\u3400-\u9fff]/u;

function reference(text: string, lang: Language): string[] {
  const out: string[] = [];
  for (const [w] of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    if (lang.unspaced || CJK.test(w)) {
      for (let i = 0; i + 2 <= w.length; i++) out.push(w.slice(i, i + 2));
    } else if (w.length > 1 && !lang.stopwords.has(w)) out.push(w);
  }
  return out;
}

const PIECES = ['the', 'Harbour', 'ferry', 'AND', 'café', 'Ünïcödé', '2025', 'x', ' ', '  ', ',', '.', '—', '“', '”', "'", '-', '\u00a0', '港町', 'の', '図書館', 'ΣΟΦΙΑ', 'İstanbul', '😀', '𝐀𝐁', '\ud800', 'a1b2', 'ß', '한국어'];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme-ascii', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 30 }).map((p) => p.join(''));

describe('contentWordsOf', () => {
  for (const code of ['en', 'de', 'ja']) {
    it(`finds the words the regex finds (${code})`, () => {
      const lang = languageByCode(code);
      fc.assert(fc.property(text, (t) => {
          expect(contentWordsOf(t, lang)).toEqual(reference(t, lang));
        }), { numRuns: 2000 });
    });
  }
});
