// SIGINT/SIGTERM mid-input: a prompt stop with 130/143, whole JSON lines only, an -o target untouched and
// its temp file removed; also when stdout is stuck.
import { describe, expect, it } from 'vitest';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT } from './helpers/cli.js';
import { seedArticle, seedDump, tempDir } from './helpers/dumps.js';

function start(args: string[]): { child: ChildProcessWithoutNullStreams; stdout: () => string; stderr: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exit };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400 && !condition(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

const firstArticles = seedDump(5) + '\n\n\n';

/** A folder holding an -o target with old content, which an interrupted run must leave as it was. */
function oldTarget(): { dir: string; target: string } {
  const dir = tempDir();
  const target = join(dir, 'out.jsonl');
  writeFileSync(target, 'old\n');
  return { dir, target };
}

describe('signals', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s mid-stdin: exit %i, only whole JSON lines on stdout', async (signal, code) => {
    const run = start([]);
    run.child.stdin.write(firstArticles + seedArticle(99));
    await until(() => run.stdout().includes('\n'), 'the first article');
    run.child.kill(signal);
    expect(await run.exit).toBe(code);
    const out = run.stdout();
    expect(out.endsWith('\n')).toBe(true);
    for (const line of out.trimEnd().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    expect(run.stderr()).toBe(`newsclean: warning: interrupted (${signal})\n`);
  });

  it('SIGTERM with -o: the old target stays, the temp file is removed', async () => {
    const { dir, target } = oldTarget();
    const run = start(['-o', target]);
    run.child.stdin.write(firstArticles);
    await until(() => readdirSync(dir).some((f) => f.endsWith('.tmp')), 'the temp file');
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(143);
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['out.jsonl']);
  });

  it('SIGTERM mid-file (a regular file, read synchronously chunk by chunk): exit 143, the old target stays', async () => {
    const { dir, target } = oldTarget();
    const input = join(dir, 'big.txt');
    // Large enough to take a good second: the signal must arrive while the file is still being read.
    writeFileSync(input, (seedDump(200) + '\n\n\n').repeat(150));
    const run = start(['-o', target, input]);
    await until(() => readdirSync(dir).some((f) => f.endsWith('.tmp')), 'the temp file');
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(143);
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(dir).sort()).toEqual(['big.txt', 'out.jsonl']);
  });

  it('SIGINT while stdout is stuck (nobody reads it): still exits, 130', async () => {
    const dir = tempDir();
    const big = join(dir, 'big.txt');
    writeFileSync(big, seedDump(4000));
    const run = start([big]);
    // Output has begun (so the handlers are installed); stop reading, and let the pipe fill up.
    await until(() => run.stdout().length > 0, 'output');
    run.child.stdout.pause();
    await new Promise((r) => setTimeout(r, 300));
    run.child.kill('SIGINT');
    const code = await Promise.race([run.exit, new Promise((r) => setTimeout(() => r('hang'), 15_000))]);
    expect(code).toBe(130);
  });

  it('-o published in full when not interrupted', async () => {
    const { dir, target } = oldTarget();
    const run = start(['-o', target]);
    run.child.stdin.end(firstArticles);
    expect(await run.exit).toBe(0);
    expect(readFileSync(target, 'utf8').trimEnd().split('\n')).toHaveLength(5);
    expect(readdirSync(dir)).toEqual(['out.jsonl']);
  });
});
