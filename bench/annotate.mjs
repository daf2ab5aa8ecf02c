#!/usr/bin/env node
// How long --annotate takes next to the normal JSON Lines run, on a ~20 MiB dump built from the
// fixtures in a temp dir. Prints figures; asserts nothing (timings are not tests). Shows wall time and
// the child's CPU time (user + system: steadier on a busy machine); the cases take turns, run by run.
// The dump repeats the fixtures, so every article after the first copy is a duplicate: both runs use
// --keep-duplicates, to time the view against the normal output rather than the duplicate search.
//   node bench/annotate.mjs [MiB] [runs]        (after `npm run build`)
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  writeFileSync(path, unit.repeat(Math.ceil((MIB * 1024 * 1024) / Buffer.byteLength(unit))));
  return statSync(path).size;
}

// Preloaded into the child: writes its own CPU time (ms) to fd 3 as it exits.
const CPU_HOOK = `process.on('exit', () => {
  const u = process.cpuUsage();
  require('node:fs').writeSync(3, String((u.user + u.system) / 1000));
});\n`;

function time(hook, args, env) {
  const out = openSync('/dev/null', 'w');
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', hook, BIN, ...args], {
    stdio: ['ignore', out, 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  closeSync(out);
  if (result.status !== 0) throw new Error(`newsclean ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { wall, cpu: Number(String(result.output[3])) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'newsclean-bench-'));
try {
  const dump = join(dir, 'dump.txt');
  const hook = join(dir, 'cpu-hook.cjs');
  writeFileSync(hook, CPU_HOOK);
  const size = buildDump(dump);
  const mib = size / 1024 / 1024;
  const cases = [
    { name: 'json (jsonl)', args: ['--keep-duplicates', dump], env: { NO_COLOR: '1' } },
    { name: '--annotate', args: ['--annotate', '--keep-duplicates', dump], env: { NO_COLOR: '1' } },
    { name: '--annotate, colour', args: ['--annotate', '--keep-duplicates', dump], env: { FORCE_COLOR: '1' } },
  ];
  const times = cases.map(() => []);
  for (let run = 0; run < RUNS; run++) cases.forEach((c, i) => times[i].push(time(hook, c.args, c.env)));
  const wall = times.map((t) => median(t.map((x) => x.wall)));
  const cpu = times.map((t) => median(t.map((x) => x.cpu)));
  console.log(`dump: ${mib.toFixed(1)} MiB; median of ${RUNS} runs each, output to /dev/null`);
  console.log(`${''.padEnd(20)} ${'wall ms'.padStart(8)} ${'MiB/s'.padStart(6)} ${'ratio'.padStart(6)} ${'cpu ms'.padStart(8)} ${'ratio'.padStart(6)}`);
  cases.forEach((c, i) => {
    const row = [
      wall[i].toFixed(0).padStart(8),
      (mib / (wall[i] / 1000)).toFixed(1).padStart(6),
      (wall[i] / wall[0]).toFixed(2).padStart(5) + 'x',
      cpu[i].toFixed(0).padStart(8),
      (cpu[i] / cpu[0]).toFixed(2).padStart(5) + 'x',
    ];
    console.log(`${c.name.padEnd(20)} ${row.join(' ')}`);
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
