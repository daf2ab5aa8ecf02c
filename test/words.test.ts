// The headline search reads lines in place when lower-casing would only fold A–Z: the same words as
// contentWordsOf finds in the lower-cased text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageByCode } from '../src/rules/language.js';
import { ContentWords, contentWordsOf, lowersAsAscii } from '../src/rules/words.js';

const pieces = ['The ', 'and ', 'OF ', 'Über ', 'über ', 'straße ', 'ΣΟΦΙΑ ', 'σοφία ', 'İstanbul ', 'istanbul ', '“quoted” ', 'it’s ', 'DŽ ', 'ǅ ', 'Ⅻ ', '日本語の', '中文 ', '𐐀𐐨 ', '\ud800', '42 ', '— ', 'x', 'A'];
const textOf = (from: string[]) => fc.array(fc.constantFrom(...from), { maxLength: 30 }).map((p) => p.join(''));
const text = textOf(pieces);
/** Text that lowersAsAscii: every piece but the cased non-ASCII ones. */
const foldable = textOf(pieces.filter((p) => lowersAsAscii(p)));
const fold = (t: string): string => t.replace(/[A-Z]/g, (c) => c.toLowerCase());

describe('lowersAsAscii and ContentWords with foldAscii', () => {
  it('lowersAsAscii only when toLowerCase folds A–Z alone', () => {
    fc.assert(fc.property(text, (t) => !lowersAsAscii(t) || t.toLowerCase() === fold(t)));
    expect(lowersAsAscii('It’s “fine”, 42 — ok')).toBe(true);
    expect(lowersAsAscii('Über')).toBe(false);
    expect(lowersAsAscii('\ud801\udc00')).toBe(false);
  });

  it('finds the words contentWordsOf finds', () => {
    for (const lang of [languageByCode('en'), languageByCode('de'), languageByCode('ja')]) {
      fc.assert(
        fc.property(foldable, (t) => {
          expect(lowersAsAscii(t)).toBe(true);
          const words = new ContentWords(t, lang, true);
          const found: string[] = [];
          while (words.next()) found.push(t.slice(words.start, words.end).toLowerCase());
          expect(found).toEqual(contentWordsOf(t, lang));
          return true;
        }),
      );
    }
  });
});
