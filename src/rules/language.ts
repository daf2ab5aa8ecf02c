// Which language an article is in (franc-min's answer on its longest lines, worked out by
// trigram-language.ts) and that language's stopwords (stopwords-iso). Stopword density tells prose
// from menus in any language with spaces; scripts without spaces (Chinese, Japanese) use a
// per-character measure instead.
//
// Both are loaded on first use (require of an ES module, synchronous since Node 20.19): the seed layout
// never needs them, and loading them (franc builds its trigram tables) is a good part of start-up.
import { createRequire } from 'node:module';
import { trigramLanguageDetector } from './trigram-language.js';

const require = createRequire(import.meta.url);
let stopwordLists: Record<string, string[]> | undefined;
let detector: ((value: string) => string) | undefined;

const stopwordsOf = (code: string): string[] => {
  stopwordLists ??= require('stopwords-iso') as Record<string, string[]>;
  return stopwordLists[code] ?? stopwordLists.en ?? [];
};
/** franc(sample, { minLength: 10, only: CANDIDATES }), by trigram-language.ts. */
const franc = (sample: string): string => {
  detector ??= trigramLanguageDetector(CANDIDATES, 10);
  return detector(sample);
};

// franc speaks ISO 639-3, stopwords-iso ISO 639-1.
const ISO3_TO_1: Record<string, string> = {
  eng: 'en', por: 'pt', rus: 'ru', deu: 'de', fra: 'fr', kor: 'ko', jpn: 'ja', cmn: 'zh', ind: 'id', zlm: 'ms',
  spa: 'es', ita: 'it', ces: 'cs', nld: 'nl', pol: 'pl', tur: 'tr', ukr: 'uk', swe: 'sv', ron: 'ro', hun: 'hu',
  ell: 'el', bul: 'bg', vie: 'vi', tha: 'th', arb: 'ar', pes: 'fa', hin: 'hi', ben: 'bn', fin: 'fi', dan: 'da',
  nob: 'no', slk: 'sk', hrv: 'hr', srp: 'sr', slv: 'sl', cat: 'ca', heb: 'he', tgl: 'tl', swh: 'sw', hau: 'ha',
  zul: 'zu', som: 'so', yor: 'yo', lit: 'lt', lav: 'lv', est: 'et', urd: 'ur', mar: 'mr', afr: 'af', eus: 'eu',
  glg: 'gl', hye: 'hy', kur: 'ku',
};

/** Languages written without spaces between words: word counts mean nothing there. */
const UNSPACED = new Set(['zh', 'ja', 'th']);

export interface Language {
  /** ISO 639-1 code, or "und" when unknown. */
  readonly code: string;
  readonly stopwords: ReadonlySet<string>;
  /** Measure prose per character (CJK) rather than per word. */
  readonly unspaced: boolean;
  /** Written in Chinese, Japanese or Korean script. */
  readonly cjk: boolean;
}

const cache = new Map<string, Language>();

export function languageByCode(code: string): Language {
  let lang = cache.get(code);
  if (!lang) {
    lang = {
      code,
      stopwords: new Set(stopwordsOf(code)),
      unspaced: UNSPACED.has(code),
      cjk: code === 'zh' || code === 'ja' || code === 'ko',
    };
    cache.set(code, lang);
  }
  return lang;
}

let any: Language | undefined;

/**
 * Text of no one language (a stretch of a dump that may hold articles in several): the stopwords of
 * every language detected, so no language's function words pass for content.
 */
export function anyLanguage(): Language {
  if (!any) {
    const stopwords = new Set<string>();
    for (const code of new Set(Object.values(ISO3_TO_1))) for (const w of stopwordsOf(code)) stopwords.add(w);
    any = { code: 'und', stopwords, unspaced: false, cjk: false };
  }
  return any;
}

// franc's cost grows with the sample and the number of languages compared: a thousand characters and
// the languages stopwords-iso has lists for are plenty for one article.
const SAMPLE_CHARS = 1000;
export const CANDIDATES = Object.keys(ISO3_TO_1);
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/** Detect the language from a sample of the article's longest lines. */
export function detectLanguage(lines: readonly string[]): Language {
  const sorted = lines.filter((l) => l.length >= 20).sort((a, b) => b.length - a.length);
  let sample = '';
  for (const l of sorted) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += l + '\n';
  }
  if (sample.length === 0) return languageByCode('en');
  const code = ISO3_TO_1[franc(sample)];
  if (code) return languageByCode(code);
  // franc-min has no Japanese/Chinese split for short samples: fall back on the script.
  const cjk = sample.match(CJK)?.length ?? 0;
  if (cjk > sample.length / 4) return languageByCode(/[\u3040-\u30ff]/.test(sample) ? 'ja' : /[\uac00-\ud7af]/.test(sample) ? 'ko' : 'zh');
  return languageByCode('en');
}
