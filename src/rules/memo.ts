// Short lines recur in a dump: the same menu, share buttons, footer and date lines on every page of a
// site. The pure per-line tests of the rules remember their answers for short lines, in a bounded table.

/** Distinct lines a table holds; it starts over when full (memory stays bounded). */
export const MEMO_MAX_ENTRIES = 8192;

/**
 * `test`, answering from a table for texts of at most `maxChars` characters. Its result must depend on
 * the text alone. Keys are copied: a line is a slice of a decoded input chunk, and a kept slice would
 * keep the whole chunk alive.
 */
export function memoizeLine<T>(test: (text: string) => T, maxChars: number): (text: string) => T {
  let table = new Map<string, T | typeof NONE>();
  return (text) => {
    if (text.length > maxChars) return test(text);
    const known = table.get(text);
    if (known !== undefined) return known === NONE ? (undefined as T) : known;
    const answer = test(text);
    if (table.size >= MEMO_MAX_ENTRIES) table = new Map();
    table.set(ownCopy(text), answer === undefined ? NONE : answer);
    return answer;
  };
}

/** An answer of `undefined`, as stored. */
const NONE: unique symbol = Symbol('none');

/** The text in a string of its own (not a slice of a larger one). */
function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}
