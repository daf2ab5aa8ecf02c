// What the page rules ask of a line's text alone, asked once and kept in one record: its prose
// features (its CJK share among them), the chrome pattern it matches, and whether it is code, a label,
// a date or a byline. The stages of the page path read the record instead of testing the text again,
// and a short line (they recur: menus, buttons, bylines) costs one memo look-up instead of one per test.
import type { Language } from '../rules/language.js';
import type { Rule } from '../rules/rule.js';
import { proseFeatures, type ProseFeatures } from '../rules/prose.js';
import { isBareNumber, isCountedLabel, matchBoilerplate } from '../rules/boilerplate.js';
import { isBylineLine, isDateLine } from '../rules/byline.js';
import { isCodeLine } from '../rules/code.js';
import { memoizeLine } from '../rules/memo.js';

export interface LineFacts {
  readonly features: ProseFeatures;
  /** The first chrome pattern the line matches (matchBoilerplate). */
  readonly pattern: Rule | undefined;
  readonly code: boolean;
  readonly bareNumber: boolean;
  readonly countedLabel: boolean;
  readonly date: boolean;
  readonly byline: boolean;
  /**
   * What the headline search asks of the few lines near an article's start, filled in on its first
   * question (see headline.ts): whether the text reads like a title, and its content words.
   */
  titleLike?: boolean;
  contentWords?: readonly string[];
}

/** Lines up to this long are remembered, per language (their prose features depend on it). */
const MEMO_CHARS = 100;
const memos = new WeakMap<Language, (text: string) => LineFacts>();

/** The facts of lines in one language: a function to map over an article's texts. */
export function lineFactsIn(lang: Language): (text: string) => LineFacts {
  let memo = memos.get(lang);
  if (!memo) memos.set(lang, (memo = memoizeLine((text) => factsOf(text, lang), MEMO_CHARS)));
  return memo;
}

function factsOf(text: string, lang: Language): LineFacts {
  return {
    features: proseFeatures(text, lang),
    pattern: matchBoilerplate(text),
    code: isCodeLine(text),
    bareNumber: isBareNumber(text),
    countedLabel: isCountedLabel(text),
    date: isDateLine(text),
    byline: isBylineLine(text),
    // Present from the start, so that every record has one shape.
    titleLike: undefined,
    contentWords: undefined,
  };
}
