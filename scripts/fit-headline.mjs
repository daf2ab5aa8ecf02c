#!/usr/bin/env node
// Refit the page-headline weights (src/pipeline/headline.ts, HEADLINE_WEIGHTS) on the development
// corpus in ../shared/eval: every candidate of every page is traced with its features, and a
// conditional logit (softmax over one article's candidates, L2 penalty) is fitted by gradient descent.
// Prints the accuracy of the current and the fitted weights (and a 5-fold cross-validation by dump)
// and the fitted weights, to paste into the source. Needs `npm run build` first.
//
//   node scripts/fit-headline.mjs [--tiers page,container] [--lambda 0.003]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { tiers: { type: 'string', default: 'page,container' }, lambda: { type: 'string', default: '0.003' }, eval: { type: 'string', default: '../shared/eval' } },
});
const dataDir = `${values.eval}/data`;
if (!existsSync(dataDir)) {
  console.error(`fit-headline: no corpus at ${dataDir} (it lives beside the repository, in ../shared)`);
  process.exit(66);
}
const { clean } = await import('../dist/index.js');
const { headlineTrace, HEADLINE_WEIGHTS } = await import('../dist/pipeline/headline.js');
const keys = Object.keys(HEADLINE_WEIGHTS);
const norm = (s) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();

/** One group per article whose headline came from the page rules: candidate feature rows and labels. */
const groups = [];
for (const tier of values.tiers.split(',')) {
  const dir = `${dataDir}/${tier}`;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const gold = JSON.parse(readFileSync(`${dir}/${file.replace(/\.txt$/, '.gold.json')}`, 'utf8'));
    const traces = [];
    headlineTrace.sink = (candidates, scored) => traces.push(candidates.map((c) => ({ x: keys.map((k) => c.features[k]), text: norm(scored[c.index].text) })));
    const out = clean(readFileSync(`${dir}/${file}`, 'utf8'));
    headlineTrace.sink = undefined;
    if (out.length !== gold.length) continue;
    let t = 0;
    for (let i = 0; i < gold.length; i++) {
      // The trace of article i is the next one holding the headline it printed.
      const printed = norm(out[i].headline);
      let j = t;
      while (j < traces.length && !traces[j].some((c) => c.text === printed)) j++;
      if (j >= traces.length) continue;
      t = j + 1;
      const want = norm(gold[i].headline);
      groups.push({ file, X: traces[j].map((c) => c.x), y: traces[j].map((c) => (c.text === want ? 1 : 0)) });
    }
  }
}

const dot = (w, x) => x.reduce((s, v, i) => s + v * w[i], 0);
const correct = (w, gs) => gs.filter((g) => g.y[argmax(g.X.map((x) => dot(w, x)))] === 1).length;
function argmax(a) {
  let b = 0;
  for (let i = 1; i < a.length; i++) if (a[i] > a[b]) b = i;
  return b;
}
function fit(gs, lambda, iterations = 2000, rate = 0.5) {
  const usable = gs.filter((g) => g.y.some(Boolean));
  const w = new Array(keys.length).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = w.map((v) => lambda * v);
    for (const { X, y } of usable) {
      const s = X.map((x) => dot(w, x));
      const top = Math.max(...s);
      const e = s.map((v) => Math.exp(v - top));
      const z = e.reduce((a, b) => a + b, 0);
      const gold = y.reduce((a, b) => a + b, 0);
      X.forEach((x, c) => {
        const d = e[c] / z - y[c] / gold;
        for (let k = 0; k < keys.length; k++) grad[k] += (d * x[k]) / usable.length;
      });
    }
    for (let k = 0; k < keys.length; k++) w[k] -= rate * grad[k];
  }
  return w;
}

const lambda = Number(values.lambda);
const files = [...new Set(groups.map((g) => g.file))];
let cv = 0;
for (let f = 0; f < 5; f++) {
  const test = new Set(files.filter((_, i) => i % 5 === f));
  cv += correct(fit(groups.filter((g) => !test.has(g.file)), lambda, 1000), groups.filter((g) => test.has(g.file)));
}
const w = fit(groups, lambda);
const covered = groups.filter((g) => g.y.some(Boolean)).length;
console.log(`articles ${groups.length}, gold among candidates ${covered}`);
console.log(`current weights: ${correct(keys.map((k) => HEADLINE_WEIGHTS[k]), groups)} right; fitted: ${correct(w, groups)}; 5-fold by dump: ${cv}`);
console.log('export const HEADLINE_WEIGHTS: HeadlineFeatures = {');
keys.forEach((k, i) => console.log(`  ${k}: ${Math.round(w[i] * 10) / 10 || 0},`));
console.log('};');
