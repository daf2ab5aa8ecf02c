// How much a line reads like running text, in the spirit of jusText: length, stopword density and
// sentence punctuation. Cheap string work only; no tokenizer on the hot path.
import type { Language } from './language.js';

export interface ProseFeatures {
  readonly chars: number;
  readonly words: number;
  /** Share of words (or, unspaced, of characters) that are stopwords. */
  readonly stopwordDensity: number;
  /** Ends like a sentence (., !, ?, closing quote, CJK full stop). */
  readonly sentenceEnd: boolean;
  /** Share of words that start with a capital letter (menus and headlines are Title Case). */
  readonly capitalised: number;
  /** Holds a digit (table rows, scores, dates). */
  readonly digits: boolean;
}

const DIGIT = /\d/;
const WORD_EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const SENTENCE_END = /[.!?…。！？][\s"'”’»)\]]*$|[.!?]["”’»]$/u;

export function proseFeatures(text: string, lang: Language): ProseFeatures {
  const sentenceEnd = SENTENCE_END.test(text);
  if (lang.unspaced) return unspacedFeatures(text, lang, sentenceEnd);
  const tokens = text.split(/\s+/);
  let words = 0;
  let stop = 0;
  let caps = 0;
  for (const token of tokens) {
    const w = token.replace(WORD_EDGE, '');
    if (w.length === 0) continue;
    words++;
    const lower = w.toLowerCase();
    if (lang.stopwords.has(lower)) stop++;
    else if (w[0] !== lower[0]) caps++;
  }
  return {
    chars: text.length,
    words,
    stopwordDensity: words === 0 ? 0 : stop / words,
    sentenceEnd,
    capitalised: words === 0 ? 0 : caps / words,
    digits: DIGIT.test(text),
  };
}

// Chinese and Japanese: stopwords are mostly one or two characters (的, 了, は, が); count how many
// characters of the line they cover.
function unspacedFeatures(text: string, lang: Language, sentenceEnd: boolean): ProseFeatures {
  let covered = 0;
  for (let i = 0; i < text.length; i++) {
    if (lang.stopwords.has(text.slice(i, i + 2))) covered += 2, i++;
    else if (lang.stopwords.has(text[i]!)) covered++;
  }
  // A CJK character carries about as much as a short word: count two per "word".
  const words = Math.ceil(text.length / 2);
  return {
    chars: text.length * 3,
    words,
    stopwordDensity: covered / Math.max(1, text.length),
    sentenceEnd,
    capitalised: 0,
    digits: DIGIT.test(text),
  };
}
