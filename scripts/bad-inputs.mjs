#!/usr/bin/env node
// Runs newsclean on each bad input of issue 6 and prints a Markdown table: exit code, first stderr line,
// wall time and peak RSS (from /usr/bin/time -v). Then benches the big shapes at 1x, 2x, 4x to show that
// time grows linearly. Usage: npm run build && node scripts/bad-inputs.mjs
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/newsclean.js');
const dir = mkdtempSync(join(tmpdir(), 'newsclean-bad-'));
const hasTime = existsSync('/usr/bin/time');

function article(i, paragraphs = 3) {
  const h = `Council Number ${i} Approves New Cycle Lanes`;
  const c = `Riders pass the town hall on a grey morning, photo ${i}. (Gazette)`;
  const body = Array.from({ length: paragraphs }, (_, p) => `Paragraph ${p} of article ${i} says the lanes open in spring, “weather permitting”.`);
  return [h, '', c, c, 'TT', '20', '', h, '', c, c, '', body.join('\n\n')].join('\n');
}
const dump = (n, paragraphs) => Array.from({ length: n }, (_, i) => article(i, paragraphs)).join('\n\n\n\n') + '\n';
// Files are named relative to `dir`, where every command runs: short names in the table.
const file = (name, content) => (writeFileSync(join(dir, name), content), name);
const DUMP = dump(2);
let seed = 1;
const random = (n) => Buffer.from(Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24));

/** Run a shell command line under /usr/bin/time; the command's own stderr goes to a file. */
function measure(command, as = {}) {
  const err = join(dir, 'stderr.txt');
  const timing = join(dir, 'time.txt');
  const shell = hasTime ? `/usr/bin/time -v -o ${timing} sh -c '${command.replace(/'/g, `'\\''`)} 2>${err}'` : `sh -c '${command} 2>${err}'`;
  const t0 = process.hrtime.bigint();
  const run = spawnSync('/bin/sh', ['-c', shell], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30, ...as });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const stats = hasTime ? readFileSync(timing, 'utf8') : '';
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stats)?.[1];
  const status = /Exit status: (\d+)/.exec(stats)?.[1] ?? String(run.status);
  const first = readFileSync(err, 'utf8').split('\n')[0] ?? '';
  return { code: Number(status), first, seconds, rssMiB: rss ? Number(rss) / 1024 : undefined, stdout: run.stdout };
}

const nc = `"${process.execPath}" "${BIN}"`;
const rows = [];
function row(name, command, note = '', as = {}) {
  const r = measure(command, as);
  rows.push([name, r.code, r.first === '' ? '(empty)' : '`' + r.first.replace(/\|/g, '\\|').slice(0, 110) + '`', r.seconds.toFixed(2), r.rssMiB?.toFixed(0) ?? '?', note]);
  return r;
}

const utf16 = Buffer.from(DUMP, 'utf16le');
const bad = Buffer.from(DUMP);
bad[DUMP.indexOf('spring')] = 0xff;
const mixed = DUMP.split('\n').map((l, i) => l + ['\n', '\r\n', '\r'][i % 3]).join('');

row('empty file', `${nc} ${file('empty.txt', '')}`);
row('only whitespace', `${nc} ${file('ws.txt', '  \t \n \u00a0 \n\t\n')}`);
row('only blank lines', `${nc} ${file('blank.txt', '\n'.repeat(20))}`);
row('a lone `TT\\n20\\n`', `${nc} ${file('tt.txt', 'TT\n20\n')}`);
row('NUL bytes inside text', `${nc} ${file('nul.txt', DUMP.replace('Paragraph 1', 'Paragraph\u00001'))}`, 'kept (JSON `\\u0000`)');
row('invalid UTF-8', `${nc} ${file('invalid.txt', bad)}`, 'U+FFFD in body');
row('mixed LF/CRLF/CR', `${nc} ${file('mixed.txt', mixed)}`, 'same articles as LF');
row('UTF-8 BOM', `${nc} ${file('bom.txt', '\ufeff' + DUMP)}`);
row('UTF-16 LE + BOM', `${nc} ${file('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]))}`);
row('UTF-16 BE + BOM', `${nc} ${file('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16).swap16()]))}`);
const latin1 = file('latin1.txt', Buffer.from(DUMP.replace(/[“”]/g, '"').replace(/Paragraph 0/g, 'Café crème, naïve résumé'), 'latin1'));
row('Latin-1 (detected)', `${nc} ${latin1}`, 'decoded as windows-1252');
row('Latin-1, `--encoding latin1`', `${nc} --encoding latin1 ${latin1}`);
row('`--encoding klingon`', `${nc} --encoding klingon ${latin1}`);
row('random bytes (1 MiB)', `${nc} ${file('random.bin', random(1 << 20))}`);
row('PNG image', `${nc} ${file('image.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), random(50_000)]))}`);
row('random bytes, `--force`', `${nc} --force -q random.bin > forced.jsonl`, 'valid JSON Lines');
row('gzip (`.gz`)', `${nc} ${file('dump.txt.gz', gzipSync(Buffer.from(DUMP)))}`, 'decompressed');
const gz = gzipSync(Buffer.from(DUMP.repeat(50)));
row('truncated gzip', `${nc} ${file('cut.gz', gz.subarray(0, gz.length - 40))}`);
row('5 MB line, no newline', `${nc} ${file('line.txt', 'word '.repeat(1_000_000).trim())} >/dev/null`);
row('200,000 one-word lines', `${nc} ${file('words.txt', Array.from({ length: 200_000 }, (_, i) => `w${i}`).join('\n') + '\n')} >/dev/null`);
row('one article, 10,000 paragraphs', `${nc} ${file('paras.txt', dump(1, 10_000))} >/dev/null`);
mkdirSync(join(dir, 'folder'));
row('a directory', `${nc} folder bom.txt >/dev/null`, 'other file processed');
const locked = file('locked.txt', DUMP);
chmodSync(join(dir, locked), 0);
// chmod 000 does not stop root: as root, run this one as the unprivileged user "nobody".
const asRoot = process.getuid() === 0;
if (asRoot) {
  // nobody must write the run's stderr and timing files here.
  chmodSync(dir, 0o777);
  chmodSync(join(dir, 'bom.txt'), 0o644);
  for (const f of ['stderr.txt', 'time.txt']) rmSync(join(dir, f), { force: true });
}
row('unreadable file (chmod 000) + a readable one', `${nc} ${locked} bom.txt >/dev/null`, asRoot ? 'run as nobody (uid 65534): root reads anything' : '', asRoot ? { uid: 65534, gid: 65534 } : {});
if (asRoot) for (const f of ['stderr.txt', 'time.txt']) rmSync(join(dir, f), { force: true });
row('missing file among several', `${nc} bom.txt nope.txt bom.txt > several.jsonl`, 'other files processed');
row('`-o` into a missing folder', `${nc} bom.txt -o no/such/out.jsonl`);
row('stdout on /dev/full', `${nc} bom.txt > /dev/full`);
const big = file('big.txt', dump(60_000));
row('`newsclean big | head -1` (' + (readFileSync(join(dir, big)).length / 2 ** 20).toFixed(0) + ' MiB)', `${nc} ${big} | head -1 >/dev/null; exit 0`, 'exit of newsclean below');
const pipeStatus = spawnSync('bash', ['-c', `${nc} ${big} 2>/dev/null | head -1 >/dev/null; echo \${PIPESTATUS[0]}`], { cwd: dir, encoding: 'utf8' }).stdout.trim();
rows[rows.length - 1][1] = pipeStatus;

// A small tmpfs for -o onto a full disk and a read-only folder (needs root and mount).
const mnt = join(dir, 'mnt');
mkdirSync(join(mnt, 'full'), { recursive: true });
mkdirSync(join(mnt, 'ro'), { recursive: true });
const mount = (...args) => spawnSync('mount', args, { stdio: 'ignore' }).status === 0;
if (mount('-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', join(mnt, 'full'))) {
  writeFileSync(join(mnt, 'full/out.jsonl'), 'old\n');
  row('`-o` onto a full disk (64 KiB tmpfs)', `${nc} ${big} -o mnt/full/out.jsonl`);
  rows[rows.length - 1][5] = `old file after: ${JSON.stringify(readFileSync(join(mnt, 'full/out.jsonl'), 'utf8'))}; folder: ${readdirSync(join(mnt, 'full')).join(' ')}`;
  spawnSync('umount', [join(mnt, 'full')]);
}
if (mount('-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', join(mnt, 'ro'))) {
  writeFileSync(join(mnt, 'ro/out.jsonl'), 'old\n');
  mount('-o', 'remount,ro', join(mnt, 'ro'));
  row('`-o` into a read-only folder (ro tmpfs)', `${nc} ${big} -o mnt/ro/out.jsonl`);
  rows[rows.length - 1][5] = `old file after: ${JSON.stringify(readFileSync(join(mnt, 'ro/out.jsonl'), 'utf8'))}`;
  spawnSync('umount', [join(mnt, 'ro')]);
}

/** Signal a run once it is mid-file; time from the signal to exit. */
async function signalled(signal, args, target) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const exit = new Promise((r) => child.on('close', (code) => r(code)));
  // Mid-file: output has begun (stdout), or the temp file is there (-o).
  for (let i = 0; i < 400; i++) {
    if (target ? readdirSync(dir).some((f) => f.endsWith('.tmp')) : out.length > 0) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  const t0 = process.hrtime.bigint();
  child.kill(signal);
  const code = await exit;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const whole = out === '' || out.endsWith('\n');
  const note = target
    ? `target after: ${JSON.stringify(readFileSync(join(dir, target), 'utf8'))}; temp files left: ${readdirSync(dir).filter((f) => f.endsWith('.tmp')).length}`
    : `stdout ${out.split('\n').length - 1} whole lines, ends with newline: ${whole}`;
  rows.push([`${signal} mid-file${target ? ' with `-o`' : ''}`, code, '`' + err.split('\n')[0] + '`', `${seconds.toFixed(2)} after signal`, '?', note]);
}
await signalled('SIGINT', [big]);
const target = file('target.jsonl', 'old\n');
await signalled('SIGTERM', [big, '-o', target], target);

console.log('| input | exit | stderr, first line | time (s) | peak RSS (MiB) | note |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);

// Linear time: each shape at 1x, 2x and 4x its size.
console.log('\n| shape | 1x (s) | 2x (s) | 4x (s) | 4x / 1x | peak RSS at 4x (MiB) |');
console.log('|---|---|---|---|---|---|');
const shapes = [
  ['5 MB line, no newline', (k) => 'word '.repeat(1_000_000 * k).trim()],
  ['200,000 one-word lines', (k) => Array.from({ length: 200_000 * k }, (_, i) => `w${i}`).join('\n') + '\n'],
  ['one article, 10,000 paragraphs', (k) => dump(1, 10_000 * k)],
];
for (const [name, make] of shapes) {
  const times = [];
  let rss;
  for (const k of [1, 2, 4]) {
    const path = file(`shape-${k}.txt`, make(k));
    const r = measure(`${nc} ${path} >/dev/null`);
    times.push(r.seconds);
    rss = r.rssMiB;
  }
  console.log(`| ${name} | ${times.map((t) => t.toFixed(2)).join(' | ')} | ${(times[2] / times[0]).toFixed(2)} | ${rss?.toFixed(0)} |`);
}
rmSync(dir, { recursive: true, force: true });
