// Reading input: gzip by magic bytes, and no chunk kept alive once it is consumed (memory stays flat).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openInput } from '../src/io/input.js';
import { ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/dumps.js';

const dir = tempDir();

async function readAll(name: string, signal?: AbortSignal): Promise<Buffer> {
  const input = await openInput(name, signal);
  const parts: Uint8Array[] = [];
  for await (const chunk of input.chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

describe('openInput', () => {
  it('decompresses gzip by its magic bytes, whatever the name', async () => {
    const text = 'Headline\n\nBody.\n'.repeat(1000);
    const path = join(dir, 'no-suffix');
    writeFileSync(path, gzipSync(text));
    expect((await readAll(path, new AbortController().signal)).toString()).toBe(text);
  });

  it('stops with the signal reason when aborted', async () => {
    const path = join(dir, 'plain.txt');
    writeFileSync(path, 'x\n'.repeat(1000));
    const stop = new AbortController();
    stop.abort(new Error('stop'));
    await expect(readAll(path, stop.signal)).rejects.toThrow('stop');
  });

  it('keeps no consumed chunk reachable (an abortable read must not leak the input)', () => {
    const path = join(dir, 'ten-mib.txt');
    writeFileSync(path, Buffer.alloc(10 * 1024 * 1024, 'a'));
    // A child with --expose-gc counts the chunks still alive after a full read.
    const script = `
      const { openInput } = await import(${JSON.stringify(join(ROOT, 'dist/io/input.js'))});
      const refs = [];
      const input = await openInput(${JSON.stringify(path)}, new AbortController().signal);
      for await (const chunk of input.chunks) refs.push(new WeakRef(chunk));
      await new Promise((r) => setTimeout(r, 10));
      globalThis.gc();
      console.log(JSON.stringify({ total: refs.length, alive: refs.filter((r) => r.deref() !== undefined).length }));`;
    const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const { total, alive } = JSON.parse(run.stdout) as { total: number; alive: number };
    expect(total).toBeGreaterThanOrEqual(20); // 10 MiB in chunks of at most 256 KiB
    expect(alive).toBeLessThanOrEqual(2);
  });
});

describe('a source stopped before its first read', () => {
  it('closes its file (no "closing file descriptor on garbage collection" warning)', () => {
    const path = join(dir, 'stopped.txt');
    writeFileSync(path, 'Headline\n\nBody.\n'.repeat(1000));
    // As on EPIPE: the consumer takes the first event of the source and stops it there.
    const script = `
      const { cleanSource } = await import(${JSON.stringify(join(ROOT, 'dist/run/clean-source.js'))});
      const source = cleanSource(${JSON.stringify(path)}, { withDecisions: false });
      await source.next();
      await source.return(undefined);
      globalThis.gc();
      await new Promise((r) => setTimeout(r, 50));
      globalThis.gc();
      await new Promise((r) => setTimeout(r, 50));`;
    const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
