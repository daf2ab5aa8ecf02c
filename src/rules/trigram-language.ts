// franc-min's answer, `franc(value, { minLength, only })`, worked out the same way from its own data,
// only faster. franc looks each trigram of the sample up in each candidate language's model in turn
// (some 35 Latin-script languages: most of the cost of detecting a language); here the models of a
// script are merged into one table, trigram → its rank in every language, so each trigram is looked up
// once. Same scripts, same trigrams, same integer distances, same tie-break (the first language in
// franc's order wins): the same code, which test/trigram-language.test.ts checks against franc itself.
import { createRequire } from 'node:module';
import type { data as francData } from 'franc-min/data.js';
import type { expressions as francExpressions } from 'franc-min/expressions.js';

const require = createRequire(import.meta.url);

/** franc's constants: the sample is cut to this many characters… */
const MAX_LENGTH = 2048;
/** …and a trigram a language's model lacks costs this much. */
const MAX_DIFFERENCE = 300;

interface ScriptModels {
  /** The allowed languages of the script, in franc's order. */
  readonly languages: readonly string[];
  /** Per trigram, where its row starts in `ranks`. */
  readonly rows: ReadonlyMap<string, number>;
  /** Row after row (one per trigram), a trigram's rank in each language's model (-1: not in it). */
  readonly ranks: Int32Array;
}

/**
 * A detector that answers as `franc(value, { minLength, only })` does (an ISO 639-3 code, a script's
 * only language, or "und"). `only` must not be empty (franc would then allow every language). Loads
 * franc-min's data when called: the seed layout never needs it.
 */
export function trigramLanguageDetector(only: readonly string[], minLength: number): (value: string) => string {
  if (only.length === 0) throw new Error('trigramLanguageDetector: `only` must name languages');
  const { data } = require('franc-min/data.js') as { data: typeof francData };
  const { expressions } = require('franc-min/expressions.js') as { expressions: typeof francExpressions };
  const allowed = new Set(only);
  const models = new Map<string, ScriptModels>();
  for (const script of Object.keys(data)) models.set(script, scriptModels(data[script]!, allowed));

  return (value) => {
    if (!value || value.length < minLength) return 'und';
    const sample = value.slice(0, MAX_LENGTH);
    const [script, share] = topScript(sample, expressions);
    const scriptModels = script === undefined ? undefined : models.get(script);
    if (script === undefined || scriptModels === undefined) {
      // A script with one language (Han, Hangul, Greek…): that language, when allowed.
      return script === undefined || share === 0 || !allowed.has(script) ? 'und' : script;
    }
    return closestLanguage(trigramCounts(sample), scriptModels);
  };
}

function scriptModels(languages: Record<string, string>, allowed: ReadonlySet<string>): ScriptModels {
  const names = Object.keys(languages).filter((name) => allowed.has(name));
  const models = names.map((name) => languages[name]!.split('|'));
  const rows = new Map<string, number>();
  for (const model of models) for (const trigram of model) if (!rows.has(trigram)) rows.set(trigram, rows.size * names.length);
  const ranks = new Int32Array(rows.size * names.length).fill(-1);
  models.forEach((model, i) => {
    // Downwards, as franc builds its dictionaries: a trigram listed twice keeps its first rank.
    for (let rank = model.length - 1; rank >= 0; rank--) ranks[rows.get(model[rank]!)! + i] = rank;
  });
  return { languages: names, rows, ranks };
}

/** The script most of the sample is written in, and its share (franc's getTopScript: the first wins a tie). */
function topScript(sample: string, expressions: Record<string, RegExp>): [string | undefined, number] {
  let top: string | undefined;
  let topShare = -1;
  for (const script of Object.keys(expressions)) {
    const share = (sample.match(expressions[script]!)?.length ?? 0) / sample.length || 0;
    if (share > topShare) (top = script), (topShare = share);
  }
  return [top, topShare];
}

/** Trigrams of the cleaned, padded sample and their counts (trigram-utils' asDictionary). */
function trigramCounts(sample: string): Map<string, number> {
  const cleaned = ' ' + sample.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' ';
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = cleaned.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/** The language whose model is nearest (franc's getDistances, then the first of the sorted list). */
function closestLanguage(counts: ReadonlyMap<string, number>, { languages, rows, ranks }: ScriptModels): string {
  if (languages.length === 0) return 'und';
  // Each distance is a sum of integers far below 2^53: exact, whatever the order of the trigrams.
  const distances = new Float64Array(languages.length);
  for (const [trigram, count] of counts) {
    // A trigram no model has adds MAX_DIFFERENCE to every language alike: it changes no ranking.
    const row = rows.get(trigram);
    if (row === undefined) continue;
    for (let i = 0; i < languages.length; i++) {
      const rank = ranks[row + i]!;
      distances[i]! += rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
  }
  let best = 0;
  for (let i = 1; i < languages.length; i++) if (distances[i]! < distances[best]!) best = i;
  return languages[best]!;
}
