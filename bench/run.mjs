#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --markdown]`: newsclean against a read-and-split reference, in the
// same run, on inputs generated from the repo's fixtures (bench/generate.mjs). Prints one table of
// wall time, peak RSS, ratios, MiB/s and time per MiB, then start-up, --jobs and GNU parallel figures.
// Median of several runs; the machine is shared and noisy, so the ratios are the result.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDump, writeDumpFile } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/newsclean.js');
const REFERENCE = join(ROOT, 'bench/reference.mjs');
const READLINE = join(ROOT, 'bench/reference-readline.mjs');
const MiB = 1024 * 1024;

const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const MARKDOWN = argv.includes('--markdown');
const RUNS = Number(argv[argv.indexOf('--runs') + 1]) || (QUICK ? 1 : 3);
const STREAM_BYTES = QUICK ? 128 * MiB : 1024 * MiB;
const BIG_BYTES = 200 * MiB;
const JOB_FILES = 40;
const JOB_FILE_BYTES = (QUICK ? 0.5 : 2) * MiB;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

if (!existsSync(join(ROOT, 'dist/cli.js'))) {
  console.error('bench: dist/ is missing: run `npm run build` first');
  process.exit(1);
}

let measured = 0;
const log = (line) => process.stderr.write(`bench: ${line}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Run one command; stdin from a file, from the generator (a pipe) or nothing; stdout to a file or
 * /dev/null. Returns wall seconds and the child's peak RSS in MiB (GNU time's %M, else VmHWM polled).
 */
async function measure(command, args, { stdinFile, stream, stdoutFile } = {}) {
  if (stream && TIME) return measurePiped(command, args, stream);
  const rssFile = join(work, `rss-${++measured}`);
  const [cmd, cmdArgs] = TIME ? [TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args]] : [command, args];
  const stdin = stdinFile ? openSync(stdinFile, 'r') : stream ? 'pipe' : 'ignore';
  const stdout = openSync(stdoutFile ?? '/dev/null', 'w');
  const started = process.hrtime.bigint();
  const child = spawn(cmd, cmdArgs, { cwd: ROOT, stdio: [stdin, stdout, 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let hwm = 0;
  const poll = TIME ? undefined : setInterval(() => (hwm = Math.max(hwm, vmHwm(child.pid))), 20);
  const feeding = stream ? writeDump(child.stdin, stream.kind, stream.bytes, stream.seed) : Promise.resolve();
  const [code] = await Promise.all([new Promise((resolve) => child.on('close', resolve)), feeding]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (poll) clearInterval(poll);
  if (typeof stdin === 'number') closeSync(stdin);
  closeSync(stdout);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.trim().split('\n').pop()}`);
  if (!TIME) return { seconds, rss: hwm / 1024, cpu: NaN };
  const [rssKiB, user, sys] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { seconds, rss: rssKiB / 1024, cpu: user + sys };
}

/**
 * A stream through a real pipe, as in a shell pipeline (Node's own 'pipe' stdio is a socket pair):
 * `generate | time command`. The wall time is the command's own (GNU time's %e), not the generator's.
 */
async function measurePiped(command, args, stream) {
  const rssFile = join(work, `rss-${++measured}`);
  const quote = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;
  const generator = [process.execPath, join(ROOT, 'bench/generate.mjs'), stream.kind, stream.bytes, stream.seed].map(quote).join(' ');
  const consumer = [TIME, '-f', '%e %M %U %S', '-o', rssFile, command, ...args].map(quote).join(' ');
  const child = spawn('sh', ['-c', `${generator} | ${consumer} > /dev/null`], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} (piped) exited ${code}: ${stderr.trim().split('\n').pop()}`);
  const [seconds, rssKiB, user, sys] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { seconds, rss: rssKiB / 1024, cpu: user + sys };
}

function vmHwm(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Median seconds and max RSS over RUNS runs of each command, interleaved so noise hits both alike. */
async function compare(input, runs = RUNS) {
  const nc = [];
  const ref = [];
  const rl = [];
  for (let r = 0; r < runs; r++) {
    nc.push(await measure(process.execPath, [BIN, ...input.args], input.io));
    ref.push(await measure(process.execPath, [REFERENCE, ...input.args], input.io));
    rl.push(await measure(process.execPath, [READLINE, ...input.args], input.io));
  }
  const row = {
    name: input.name,
    mib: input.bytes / MiB,
    nc: median(nc.map((m) => m.seconds)),
    ref: median(ref.map((m) => m.seconds)),
    ncCpu: median(nc.map((m) => m.cpu)),
    refCpu: median(ref.map((m) => m.cpu)),
    ncRss: Math.max(...nc.map((m) => m.rss)),
    refRss: Math.max(...ref.map((m) => m.rss)),
    rl: median(rl.map((m) => m.seconds)),
  };
  log(`${row.name}: newsclean ${row.nc.toFixed(2)} s, reference ${row.ref.toFixed(2)} s, ${row.ncRss.toFixed(0)} MiB`);
  return row;
}

const loadBefore = loadavg()[0];
const work = mkdtempSync(join(tmpdir(), 'newsclean-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
process.on('SIGINT', () => process.exit(130));

// Inputs -------------------------------------------------------------------------------------------
const files = {};
for (const [kind, bytes] of [
  ['seed', 20 * MiB],
  ['page', 20 * MiB],
  ...(QUICK ? [] : [['seed', BIG_BYTES], ['page', BIG_BYTES]]),
]) {
  const path = join(work, `${kind}-${bytes / MiB}.txt`);
  await writeDumpFile(path, kind, bytes);
  files[`${kind}-${bytes / MiB}`] = { path, bytes: statSync(path).size };
}
log(`inputs generated in ${work}`);

const fileInput = (kind, mib) => {
  const f = files[`${kind}-${mib}`];
  return { name: `${kind}, ${mib} MiB file`, bytes: f.bytes, args: [f.path], io: {} };
};
const streamInput = (kind, bytes) => ({
  name: `${kind}, ${bytes / MiB >= 1024 ? `${bytes / MiB / 1024} GiB` : `${bytes / MiB} MiB`} piped`,
  bytes,
  args: [],
  io: { stream: { kind, bytes, seed: 1 } },
});

// The table ------------------------------------------------------------------------------------------
const rows = [];
rows.push(await compare(fileInput('seed', 20)));
if (!QUICK) rows.push(await compare(fileInput('seed', 200)));
const seedPiped20 = await compare(streamInput('seed', 20 * MiB));
rows.push(seedPiped20);
const seedStream = await compare(streamInput('seed', STREAM_BYTES), QUICK ? 1 : Math.min(RUNS, 3));
rows.push(seedStream);
rows.push(await compare(fileInput('page', 20)));
if (!QUICK) rows.push(await compare(fileInput('page', 200)));

// Start-up: `newsclean --version` against `node -e 0`; and the fixed cost of a run on empty input.
const startRuns = QUICK ? 7 : 21;
const version = [];
const bare = [];
const empty = [];
for (let r = 0; r < startRuns; r++) {
  version.push((await measure(process.execPath, [BIN, '--version'])).seconds);
  bare.push((await measure(process.execPath, ['-e', '0'])).seconds);
  empty.push((await measure(process.execPath, [BIN, '/dev/null'])).seconds);
}
const startup = { version: median(version), node: median(bare), empty: median(empty) };

// --jobs 2 against --jobs 1 on 40 files.
const jobFiles = [];
for (let i = 0; i < JOB_FILES; i++) {
  const path = join(work, `job-${String(i).padStart(2, '0')}.txt`);
  await writeDumpFile(path, i % 4 === 3 ? 'page' : 'seed', JOB_FILE_BYTES, 100 + i);
  jobFiles.push(path);
}
const jobTimes = { 1: [], 2: [], pair: [] };
const half = (k) => jobFiles.slice(k * (JOB_FILES / 2), (k + 1) * (JOB_FILES / 2));
for (let r = 0; r < Math.max(RUNS, 3); r++) {
  for (const n of [1, 2]) {
    const out = join(work, `jobs-${n}.out`);
    jobTimes[n].push((await measure(process.execPath, [BIN, '--jobs', String(n), ...jobFiles], { stdoutFile: out })).seconds);
  }
  // The ceiling on this machine right now: two independent processes, 20 files each, side by side.
  const started = process.hrtime.bigint();
  await Promise.all([0, 1].map((k) => measure(process.execPath, [BIN, '--jobs', '1', ...half(k)])));
  jobTimes.pair.push(Number(process.hrtime.bigint() - started) / 1e9);
}
const jobsIdentical = readFileSync(join(work, 'jobs-1.out')).equals(readFileSync(join(work, 'jobs-2.out')));
const jobs = { one: median(jobTimes[1]), two: median(jobTimes[2]), pair: median(jobTimes.pair), identical: jobsIdentical };
log(`jobs: 1 → ${jobs.one.toFixed(2)} s, 2 → ${jobs.two.toFixed(2)} s, two processes ${jobs.pair.toFixed(2)} s, identical ${jobsIdentical}`);

// GNU parallel --pipe on one big dump against one process: the same articles?
let gnu;
const hasParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasParallel) {
  const big = QUICK ? files['seed-20'] : files['seed-200'];
  const single = join(work, 'single.out');
  const split = join(work, 'parallel.out');
  const one = await measure(process.execPath, [BIN], { stdinFile: big.path, stdoutFile: single });
  const par = await measure(
    'parallel',
    ['--pipe', '--block', '10M', '--recend', '\\n\\n\\n\\n', '--keep-order', process.execPath, BIN],
    { stdinFile: big.path, stdoutFile: split },
  );
  const key = (file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => {
        const a = JSON.parse(l);
        return JSON.stringify([a.headline, a.captions, a.body]);
      });
  const a = key(single);
  const b = key(split);
  gnu = { mib: big.bytes / MiB, one: one.seconds, par: par.seconds, articles: a.length, same: a.length === b.length && a.every((x, i) => x === b[i]) };
  log(`parallel: one ${one.seconds.toFixed(2)} s, --pipe ${par.seconds.toFixed(2)} s, same ${gnu.same}`);
}

// Report ---------------------------------------------------------------------------------------------
const fmt = (x, d = 2) => x.toFixed(d);
const header = ['input', 'MiB', 'newsclean s', 'reference s', 'ratio', 'CPU ratio', 'MiB/s', 'ms/MiB', 'peak RSS MiB', 'ref RSS MiB', 'readline s', 'ratio to readline'];
const body = rows.map((r) => [
  r.name,
  fmt(r.mib, 0),
  fmt(r.nc),
  fmt(r.ref),
  fmt(r.nc / r.ref),
  fmt(r.ncCpu / r.refCpu),
  fmt(r.mib / r.nc, 1),
  fmt((1000 * r.nc) / r.mib, 1),
  fmt(r.ncRss, 0),
  fmt(r.refRss, 0),
  fmt(r.rl),
  fmt(r.nc / r.rl),
]);
const perMiB = (r) => r.nc / r.mib;
const marginal = (r) => (r.nc - startup.empty) / r.mib;
const notes = [
  `ratio: newsclean wall time / reference wall time (median of ${RUNS}); CPU ratio: the same for user+sys time; ` +
    `MiB/s and ms/MiB: newsclean, start-up included; peak RSS: the most of any run; readline: the same ` +
    `read-and-split written with node:readline (bench/reference-readline.mjs), for context; the targets use the strict reference`,
  `time/MiB, seed piped: ${fmt(1000 * perMiB(seedStream), 1)} ms at ${fmt(seedStream.mib, 0)} MiB vs ${fmt(1000 * perMiB(seedPiped20), 1)} ms at 20 MiB ` +
    `(×${fmt(perMiB(seedStream) / perMiB(seedPiped20))}); without the fixed start-up (${fmt(startup.empty)} s on empty input): ` +
    `×${fmt(marginal(seedStream) / marginal(seedPiped20))}`,
  `start-up: newsclean --version ${fmt(startup.version * 1000, 0)} ms vs node -e 0 ${fmt(startup.node * 1000, 0)} ms: ratio ${fmt(startup.version / startup.node)}`,
  `--jobs 2 vs --jobs 1 on ${JOB_FILES} files of ${fmt(JOB_FILE_BYTES / MiB, 1)} MiB: ${fmt(jobs.one)} s → ${fmt(jobs.two)} s, ` +
    `speed-up ×${fmt(jobs.one / jobs.two)}, output ${jobs.identical ? 'byte-identical' : 'DIFFERENT'} ` +
    `(ceiling now: two separate processes on 20 files each ×${fmt(jobs.one / jobs.pair)})`,
  gnu
    ? `GNU parallel --pipe --block 10M --recend '\\n\\n\\n\\n' --keep-order on ${fmt(gnu.mib, 0)} MiB: ${fmt(gnu.par)} s vs one process ${fmt(gnu.one)} s; ` +
      `${gnu.articles} articles, ${gnu.same ? 'the same' : 'NOT the same'} as one process`
    : 'GNU parallel: not installed (apt-get install -y parallel), skipped',
];

notes.push(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average ${fmt(loadBefore)} → ${fmt(loadavg()[0])} ` +
    `(other work on the machine slows wall times; the ratios are measured side by side)`,
);

if (MARKDOWN) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  console.log(line(header));
  console.log(line(header.map((_, i) => (i === 0 ? '---' : '---:'))));
  for (const r of body) console.log(line(r));
  console.log('');
  for (const n of notes) console.log(`- ${n}`);
} else {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const r of body) console.log(line(r));
  console.log('');
  for (const n of notes) console.log(n);
}
