// Short lines recur in a dump: the same menu, share buttons, footer and date lines on every page of a
// site. The pure per-line tests of the rules remember their answers for short lines, in bounded tables.

/**
 * Lines a table's young half holds. When it is full it becomes the old half (the previous old half is
 * dropped) and a fresh young half starts; a line found in the old half moves back to the young one. So
 * lines that recur (site chrome) stay, one-off lines leave, and memory stays bounded (2 × this).
 */
export const MEMO_GENERATION = 1024;

/**
 * `test`, answering from a table for texts of at most `maxChars` characters. Its result must depend on
 * the text alone. Keys are copied: a line is a slice of a decoded input chunk, and a kept slice would
 * keep the whole chunk alive.
 */
export function memoizeLine<T>(test: (text: string) => T, maxChars: number): (text: string) => T {
  let young = new Map<string, T | typeof NONE>();
  let old = new Map<string, T | typeof NONE>();
  const remember = (key: string, value: T | typeof NONE): void => {
    if (young.size >= MEMO_GENERATION) (old = young), (young = new Map());
    young.set(key, value);
  };
  return (text) => {
    if (text.length > maxChars) return test(text);
    let known = young.get(text);
    if (known === undefined) {
      known = old.get(text);
      if (known !== undefined) remember(ownCopy(text), known);
    }
    if (known !== undefined) return known === NONE ? (undefined as T) : known;
    const answer = test(text);
    remember(ownCopy(text), answer === undefined ? NONE : answer);
    return answer;
  };
}

/** An answer of `undefined`, as stored. */
const NONE: unique symbol = Symbol('none');

/** The text in a string of its own (not a slice of a larger one). */
export function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}
