// Colour decision, progress line, --stats, and -o onto a full or read-only file system.
import { describe, expect, it, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useColour } from '../src/io/colour.js';
import { PLAIN, painter } from '../src/io/messages.js';
import { Progress, PROGRESS_MIN_BYTES, formatDuration, progressText } from '../src/io/progress.js';
import { runCli } from './helpers/cli.js';
import { seedDump, tempDir } from './helpers/dumps.js';

describe('useColour', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  it.each([
    ['a terminal', tty, {}, undefined, true],
    ['a pipe', pipe, {}, undefined, false],
    ['NO_COLOR=1', tty, { NO_COLOR: '1' }, undefined, false],
    ['NO_COLOR empty', tty, { NO_COLOR: '' }, undefined, true],
    ['TERM=dumb', tty, { TERM: 'dumb' }, undefined, false],
    ['--no-color', tty, {}, false, false],
    ['FORCE_COLOR=1 in a pipe', pipe, { FORCE_COLOR: '1' }, undefined, true],
    ['FORCE_COLOR over NO_COLOR and TERM=dumb', pipe, { FORCE_COLOR: '1', NO_COLOR: '1', TERM: 'dumb' }, undefined, true],
    ['--no-color over FORCE_COLOR (the command line is the most specific)', tty, { FORCE_COLOR: '1' }, false, false],
    ['FORCE_COLOR=0 on a terminal', tty, { FORCE_COLOR: '0' }, undefined, false],
  ] as const)('%s', (_name, stream, env, color, expected) => {
    expect(useColour(stream, env, color)).toBe(expected);
  });

  it('painter colours only when enabled', async () => {
    expect((await painter(true)).red('x')).toBe('\x1b[31mx\x1b[39m');
    expect((await painter(false)).red('x')).toBe('x');
  });
});

describe('progress', () => {
  it('shows bytes, share, articles, speed and ETA when the size is known', () => {
    const mib = 1024 * 1024;
    expect(progressText({ bytes: 10 * mib, total: 40 * mib, articles: 123, seconds: 2 })).toBe(
      '10.0/40.0 MiB  25%  123 articles  5.0 MiB/s  ETA 6s',
    );
    expect(progressText({ bytes: 10 * mib, articles: 5, seconds: 4 })).toBe('10.0 MiB  5 articles  2.5 MiB/s');
    expect(formatDuration(125)).toBe('2m05s');
  });

  it('draws only for big inputs, throttled, and clears itself', () => {
    let written = '';
    let now = 0;
    const stream = { write: (s: string) => ((written += s), true), columns: 100 } as unknown as NodeJS.WritableStream;
    const progress = new Progress({ stream, paint: PLAIN, now: () => now });
    progress.update(1000, 1);
    expect(written).toBe('');
    progress.update(PROGRESS_MIN_BYTES, 10);
    expect(written).toMatch(/^\r\x1b\[Knewsclean: 4\.0 MiB {2}10 articles/);
    const drawn = written;
    now += 10;
    progress.update(PROGRESS_MIN_BYTES + 1, 11);
    expect(written).toBe(drawn);
    progress.clear();
    expect(written.endsWith('\r\x1b[K')).toBe(true);
  });

  it('never appears in a pipe', async () => {
    const dir = tempDir();
    const big = join(dir, 'big.txt');
    writeFileSync(big, seedDump(20_000));
    const run = await runCli([big, '-o', join(dir, 'out.jsonl')], undefined, { env: { ...process.env, FORCE_COLOR: '1' } });
    expect(run).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('--stats and messages', () => {
  it('--stats prints a summary on stderr', async () => {
    const run = await runCli(['--stats'], seedDump(3));
    expect(run.code).toBe(0);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^newsclean: 3 articles, 3 captions, 0\.00 MiB in \d+\.\d\ds \(\d+\.\d MiB\/s\)$/);
    expect(lines[1]).toBe('newsclean: lines kept: body 9, caption 3, headline 3');
    expect(lines[2]).toBe('newsclean: lines dropped: caption-repeat 9, font-size-widget 6, headline-repeat 3');
  });

  it('colour in messages only when asked for (FORCE_COLOR), never in the output', async () => {
    const plain = await runCli(['--encoding', 'nope'], '');
    expect(plain.stderr).not.toContain('\x1b[');
    const forced = await runCli(['--encoding', 'nope'], '', { env: { ...process.env, FORCE_COLOR: '1' } });
    expect(forced.stderr).toContain('\x1b[31munknown encoding');
    const out = await runCli([], seedDump(1), { env: { ...process.env, FORCE_COLOR: '1' } });
    expect(out.stdout).not.toContain('\x1b[');
  });
});

// A small tmpfs shows -o onto a full disk and onto a read-only file system; it needs root and mount.
const mountRoot = tempDir('newsclean-mount-');
const full = join(mountRoot, 'full');
const readOnly = join(mountRoot, 'ro');
let mounted = false;
try {
  mkdirSync(full);
  mkdirSync(readOnly);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', full], { stdio: 'ignore' });
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', readOnly], { stdio: 'ignore' });
  writeFileSync(join(readOnly, 'out.jsonl'), 'old\n');
  execFileSync('mount', ['-o', 'remount,ro', readOnly], { stdio: 'ignore' });
  mounted = true;
} catch {
  mounted = false;
}
afterAll(() => {
  if (!mounted) return;
  for (const m of [full, readOnly]) execFileSync('umount', [m], { stdio: 'ignore' });
});

describe.skipIf(!mounted)('-o onto a full disk or a read-only file system (tmpfs; skipped without root and mount)', () => {
  const input = join(mountRoot, 'input.txt');
  writeFileSync(input, seedDump(2000));

  it('full disk: exit 74, the old file intact, no temp file left', async () => {
    writeFileSync(join(full, 'out.jsonl'), 'old\n');
    const run = await runCli([input, '-o', join(full, 'out.jsonl')]);
    expect(run.code).toBe(74);
    expect(run.stderr.trimEnd()).toMatch(/^newsclean: cannot write .*out\.jsonl: no space left on device$/);
    expect(readFileSync(join(full, 'out.jsonl'), 'utf8')).toBe('old\n');
    expect(readdirSync(full)).toEqual(['out.jsonl']);
  });

  it('read-only target folder: exit 73, the old file intact', async () => {
    const run = await runCli([input, '-o', join(readOnly, 'out.jsonl')]);
    expect(run.code).toBe(73);
    expect(run.stderr.trimEnd()).toMatch(/^newsclean: cannot create .*out\.jsonl: read-only file system$/);
    expect(readFileSync(join(readOnly, 'out.jsonl'), 'utf8')).toBe('old\n');
    expect(existsSync(join(readOnly, 'out.jsonl'))).toBe(true);
  });
});
