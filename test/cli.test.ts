// The real CLI, spawned as a shell would: exit codes, stderr, stdout, streaming, pipes.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, parseJsonl, runCli } from './helpers/cli.js';

const seedFixture = join(ROOT, 'fixtures', 'seed-layout', 'input.txt');
const seedText = readFileSync(seedFixture, 'utf8');
const hasScript = spawnSync('sh', ['-c', 'command -v script'], { encoding: 'utf8' }).status === 0;
const hasMkfifo = spawnSync('sh', ['-c', 'command -v mkfifo'], { encoding: 'utf8' }).status === 0;

describe('cli: output', () => {
  it('prints one JSON line per article for a file', async () => {
    const r = await runCli([seedFixture]);
    expect(r.code).toBe(0);
    const articles = parseJsonl(r.stdout);
    expect(articles.map((a) => a.index)).toEqual([0, 1]);
    expect(articles[0]!.source).toBe(seedFixture);
    expect(r.stderr).toBe('');
  });

  it('reads stdin with no file and with "-"', async () => {
    for (const args of [[], ['-']]) {
      const r = await runCli(args, seedText);
      expect(r.code).toBe(0);
      expect(parseJsonl(r.stdout).map((a) => a.source)).toEqual(['-', '-']);
    }
  });

  it('numbers articles across several files, in input order', async () => {
    const r = await runCli([seedFixture, join(ROOT, 'fixtures', 'two-captions', 'input.txt')]);
    expect(parseJsonl(r.stdout).map((a) => a.index)).toEqual([0, 1, 2]);
  });

  it('writes each format', async () => {
    const json = await runCli(['-f', 'json', seedFixture]);
    expect((JSON.parse(json.stdout) as unknown[]).length).toBe(2);
    const md = await runCli(['--format', 'md', seedFixture]);
    expect(md.stdout.match(/^# /gm)).toHaveLength(2);
    const text = await runCli(['-f', 'text', seedFixture]);
    expect(text.stdout.startsWith('Harbour Town Opens Floating Library for Summer\n\nThe town')).toBe(true);
  });

  it('leaves captions out with --no-captions', async () => {
    const r = await runCli(['--no-captions', seedFixture]);
    expect(parseJsonl(r.stdout)[0]).not.toHaveProperty('captions');
  });

  it('writes -o atomically and leaves no temp file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsclean-'));
    const target = join(dir, 'out.jsonl');
    writeFileSync(target, 'old\n');
    const r = await runCli([seedFixture, '-o', target]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(parseJsonl(readFileSync(target, 'utf8'))).toHaveLength(2);
    expect(readdirSync(dir)).toEqual(['out.jsonl']);
  });

  it('writes -o through a symbolic link into its file: the link stays a link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsclean-'));
    writeFileSync(join(dir, 'real.jsonl'), 'old\n');
    symlinkSync('real.jsonl', join(dir, 'link.jsonl'));
    const r = await runCli([seedFixture, '-o', join(dir, 'link.jsonl')]);
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'link.jsonl')).isSymbolicLink()).toBe(true);
    expect(parseJsonl(readFileSync(join(dir, 'real.jsonl'), 'utf8'))).toHaveLength(2);
    expect(readdirSync(dir).sort()).toEqual(['link.jsonl', 'real.jsonl']);
  });

  // Renamed over, a FIFO (or /dev/null, /dev/stdout) would become a plain file.
  it.skipIf(!hasMkfifo)('writes -o into a FIFO in place (needs mkfifo)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsclean-'));
    const fifo = join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (d: Buffer) => (read += d));
    const done = new Promise((resolve) => reader.on('close', resolve));
    const r = await runCli([seedFixture, '-o', fifo, '--explain', fifo.replace('out.fifo', 'dropped.jsonl')]);
    await done;
    expect(r.code).toBe(0);
    expect(parseJsonl(read)).toHaveLength(2);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['dropped.jsonl', 'out.fifo']);
  });

  it('writes -o /dev/stdout to the standard output, whatever it is', async () => {
    const r = await runCli([seedFixture, '-o', '/dev/stdout']);
    expect(r.code).toBe(0);
    expect(parseJsonl(r.stdout)).toHaveLength(2);
    expect(lstatSync('/dev/stdout').isSymbolicLink() || lstatSync('/dev/stdout').isCharacterDevice()).toBe(true);
  });

  it('explains every dropped line with its rule', async () => {
    const r = await runCli(['--explain', '-', seedFixture]);
    const records = parseJsonl(r.stderr);
    expect(records.length).toBeGreaterThan(0);
    expect(new Set(records.map((x) => x.rule))).toEqual(new Set(['caption-repeat', 'font-size-widget', 'headline-repeat']));
    const lines = seedText.split('\n');
    for (const rec of records) expect(lines[(rec.line as number) - 1]).toBe(rec.text);
    expect(records.every((x) => x.article === 0 || x.article === 1)).toBe(true);
  });
});

describe('cli: exit codes', () => {
  it('--version and --help exit 0; help shows examples', async () => {
    const v = await runCli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const h = await runCli(['-h']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Examples:');
    expect(h.stdout).toContain('--explain');
  });

  it('unknown option and bad format: 64 with a one-line hint, no stack trace', async () => {
    for (const args of [['--bogus'], ['-f', 'xml']]) {
      const r = await runCli(args, '');
      expect(r.code).toBe(64);
      expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    }
  });

  it('missing file: 66, one line naming it, other files still processed', async () => {
    const r = await runCli(['missing.txt', seedFixture]);
    expect(r.code).toBe(66);
    expect(r.stderr.trim()).toBe('newsclean: cannot read missing.txt: no such file or directory');
    expect(parseJsonl(r.stdout)).toHaveLength(2);
  });

  it('output not writable: 73', async () => {
    const r = await runCli([seedFixture, '-o', '/nonexistent-dir/out.jsonl']);
    expect(r.code).toBe(73);
    expect(r.stderr).toMatch(/^newsclean: cannot create \/nonexistent-dir\/out.jsonl/);
  });

  it('empty input: exit 0, no output', async () => {
    const r = await runCli([], '');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });

  it.skipIf(!hasScript)('no file and stdin a terminal: help on stderr, exit 64 (needs `script`)', () => {
    const r = spawnSync('script', ['-qec', `${process.execPath} ${BIN}`, '/dev/null'], { encoding: 'utf8', timeout: 10_000, input: '' });
    expect(r.status).toBe(64);
    expect(r.stdout).toContain('Usage: newsclean');
  });
});

describe('cli: streaming and pipes', () => {
  it('writes the first article while stdin is still open', async () => {
    const child = spawn(process.execPath, [BIN], { stdio: ['pipe', 'pipe', 'pipe'] });
    const firstArticle = seedText.split('\n\n\n\n')[0]!;
    child.stdin.write(firstArticle + '\n\n\n\n');
    const line = await new Promise<string>((resolve, reject) => {
      let buf = '';
      child.stdout.on('data', (d: Buffer) => {
        buf += d.toString('utf8');
        if (buf.includes('\n')) resolve(buf.slice(0, buf.indexOf('\n')));
      });
      child.on('close', () => reject(new Error('exited before writing')));
    });
    expect(JSON.parse(line).headline).toBe('Harbour Town Opens Floating Library for Summer');
    expect(child.exitCode).toBeNull();
    child.stdin.end();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  });

  it('exits quietly when the reader closes the pipe (| head -1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsclean-'));
    const big = join(dir, 'big.txt');
    writeFileSync(big, Array.from({ length: 3000 }, () => seedText + '\n\n\n').join(''));
    const r = spawnSync('sh', ['-c', `${process.execPath} ${BIN} ${big} | head -1; echo "status=\${PIPESTATUS:-$?}"`], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    const out = r.stdout.split('\n');
    expect(JSON.parse(out[0]!).index).toBe(0);
    expect(r.stderr).toBe('');
    expect(existsSync(big)).toBe(true);
  });

  it('exit status is 0 on EPIPE', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsclean-'));
    const big = join(dir, 'big.txt');
    writeFileSync(big, Array.from({ length: 3000 }, () => seedText + '\n\n\n').join(''));
    const r = spawnSync('bash', ['-c', `set -o pipefail; ${process.execPath} ${BIN} ${big} | head -1 >/dev/null`], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
