#!/usr/bin/env node
// How long --annotate takes next to the normal JSON Lines run, on a ~20 MiB dump built from the
// fixtures in a temp dir. Prints figures; asserts nothing (timings are not tests).
//   node bench/annotate.mjs [MiB] [runs]        (run `npm run build` first)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, closeSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/newsclean.js');
const MIB = Number(process.argv[2] ?? 20);
const RUNS = Number(process.argv[3] ?? 3);

function buildDump(path) {
  const fixtures = join(ROOT, 'fixtures');
  const pieces = readdirSync(fixtures)
    .sort()
    .map((name) => join(fixtures, name, 'input.txt'))
    .filter(existsSync)
    // One line ending for the whole dump; a BOM only belongs at the start of a file.
    .map((file) => readFileSync(file, 'utf8').replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').trimEnd());
  const unit = pieces.join('\n\n\n\n') + '\n\n\n\n';
  const copies = Math.ceil((MIB * 1024 * 1024) / Buffer.byteLength(unit));
  writeFileSync(path, unit.repeat(copies));
  return statSync(path).size;
}

function time(args, env) {
  const out = openSync('/dev/null', 'w');
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [BIN, ...args], { stdio: ['ignore', out, 'pipe'], env: { ...process.env, ...env } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  closeSync(out);
  if (result.status !== 0) throw new Error(`newsclean ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'newsclean-bench-'));
try {
  const dump = join(dir, 'dump.txt');
  const size = buildDump(dump);
  const lines = readFileSync(dump, 'utf8').split('\n').length - 1;
  console.log(`dump: ${(size / 1024 / 1024).toFixed(1)} MiB, ${lines} lines; median of ${RUNS} runs, output to /dev/null`);
  const cases = [
    ['json (jsonl)', [dump], { NO_COLOR: '1' }],
    ['--annotate', ['--annotate', dump], { NO_COLOR: '1' }],
    ['--annotate, colour', ['--annotate', dump], { FORCE_COLOR: '1' }],
  ];
  const results = new Map();
  for (const [name, args, env] of cases) {
    const times = Array.from({ length: RUNS }, () => time(args, env));
    results.set(name, median(times));
  }
  const base = results.get('json (jsonl)');
  for (const [name, ms] of results) {
    console.log(`${name.padEnd(20)} ${ms.toFixed(0).padStart(6)} ms  ${(size / 1024 / 1024 / (ms / 1000)).toFixed(1).padStart(5)} MiB/s  ${(ms / base).toFixed(2)}x`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
