// --jobs: a worker pool must write exactly what one thread writes, in input order.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonl, runCli } from './helpers/cli.js';

const FIXTURES = readdirSync('fixtures')
  .sort()
  .map((name) => join('fixtures', name, 'input.txt'));
// Each fixture twice, so both workers get several sources and finish out of order.
const FILES = [...FIXTURES, ...FIXTURES.slice().reverse()];

describe('--jobs', () => {
  it.each(['jsonl', 'json', 'md', 'text'])('writes the same %s bytes with 2 workers as with 1', async (format) => {
    const one = await runCli(['-j', '1', '-f', format, '--explain', '-', ...FILES]);
    const two = await runCli(['-j', '2', '-f', format, '--explain', '-', ...FILES]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(two.stdout).toBe(one.stdout);
    // --explain records (on stderr here) carry the global article index: identical too.
    expect(one.stderr).toContain('"rule":"font-size-widget"');
    expect(two.stderr).toBe(one.stderr);
  });

  it('keeps input order and numbers articles across all files', async () => {
    const { stdout, code } = await runCli(['-j', '3', ...FILES]);
    expect(code).toBe(0);
    const records = parseJsonl(stdout);
    expect(records.map((r) => r.index)).toEqual(records.map((_, i) => i));
    const sources = records.map((r) => r.source).filter((s, i, all) => i === 0 || all[i - 1] !== s);
    expect(sources).toEqual(FILES.filter((f, i) => i === 0 || FILES[i - 1] !== f));
  });

  it('uses a pool by default for several files, with the same output', async () => {
    const serial = await runCli(['-j', '1', ...FILES]);
    const pooled = await runCli(FILES);
    expect(pooled.stdout).toBe(serial.stdout);
  });

  it('reports a missing file in its place and goes on with the others (exit 66)', async () => {
    const files = [FIXTURES[0]!, 'no/such/file.txt', FIXTURES[1]!];
    const one = await runCli(['-j', '1', ...files]);
    const two = await runCli(['-j', '2', ...files]);
    expect(one.code).toBe(66);
    expect(two.code).toBe(66);
    expect(two.stderr).toBe('newsclean: cannot read no/such/file.txt: no such file or directory\n');
    expect(two.stdout).toBe(one.stdout);
  });

  it('reads "-" among files from stdin, in its place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsclean-jobs-'));
    const file = join(dir, 'b.txt');
    writeFileSync(file, 'Second Headline\n\nSecond body paragraph with enough words.\n');
    const stdin = 'First Headline\n\nFirst body paragraph with enough words.\n';
    const { stdout, code } = await runCli(['-j', '2', '-', file], stdin);
    expect(code).toBe(0);
    expect(parseJsonl(stdout).map((r) => [r.index, r.source, r.headline])).toEqual([
      [0, '-', 'First Headline'],
      [1, file, 'Second Headline'],
    ]);
  });

  it.each(['0', '-1', 'two', '1.5', ''])('rejects --jobs %j as a usage error (exit 64)', async (n) => {
    const { code, stderr, stdout } = await runCli(['--jobs', n, FIXTURES[0]!]);
    expect(code).toBe(64);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: option '-j, --jobs <n>' argument '.*' is invalid/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('--jobs and a reader that goes away', () => {
  it('exits quietly (code 0, nothing on stderr) when stdout closes early', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN, ROOT } = await import('./helpers/cli.js');
    const child = spawn(process.execPath, [BIN, '-j', '2', ...Array.from({ length: 10 }, () => FILES).flat()], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
