// Each bad input of issue 6: a clear outcome, a documented exit code, one line on stderr, never a trace.
import { describe, expect, it, beforeAll } from 'vitest';
import { chmodSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { parseJsonl, runCli } from './helpers/cli.js';
import { NEWSCLEAN, runShell, seedDump, tempDir } from './helpers/dumps.js';

const dir = tempDir();
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const DUMP = seedDump(2);
let reference: Record<string, unknown>[];

/** Output of a run, with the source field left out (it names the file). */
const articles = (stdout: string): Record<string, unknown>[] => parseJsonl(stdout).map(({ source: _source, ...rest }) => rest);

function expectOneLine(stderr: string, pattern: RegExp): void {
  expect(stderr.trimEnd()).toMatch(pattern);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

beforeAll(async () => {
  const run = await runCli([file('ok.txt', DUMP)]);
  expect(run.code).toBe(0);
  reference = articles(run.stdout);
  expect(reference).toHaveLength(2);
});

describe('empty and nearly empty input: exit 0, no articles, nothing on stderr', () => {
  it.each([
    ['an empty file', ''],
    ['only whitespace', '  \t \n \u00a0 \n\t\n   '],
    ['only blank lines', '\n\n\n\n\n\n'],
    ['a lone TT and 20', 'TT\n20\n'],
  ])('%s', async (_name, content) => {
    const run = await runCli([file('nearly-empty.txt', content)]);
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('a lone TT and 20 still shows in --explain', async () => {
    const run = await runCli(['--explain', '-'], 'TT\n20\n');
    expect(run.code).toBe(0);
    expect(parseJsonl(run.stderr).map((r) => r.rule)).toEqual(['font-size-widget', 'font-size-widget']);
  });
});

describe('odd but textual input is read, its text kept', () => {
  it('NUL bytes inside text', async () => {
    const run = await runCli([file('nul.txt', DUMP.replace('Paragraph 1 of article 0', 'Paragraph\u00001 of article 0'))]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(String(articles(run.stdout)[0]!.body)).toContain('Paragraph\u00001 of article 0');
  });

  it('invalid UTF-8: U+FFFD and one warning with the byte offset; -q silences it', async () => {
    const at = Buffer.byteLength(DUMP.slice(0, DUMP.indexOf('spring')));
    const bytes = Buffer.from(DUMP);
    bytes[at] = 0xff;
    const path = file('invalid.txt', bytes);
    const run = await runCli([path]);
    expect(run.code).toBe(0);
    expectOneLine(run.stderr, new RegExp(`^newsclean: warning: .*invalid\\.txt: invalid UTF-8 at byte ${at}, replaced by U\\+FFFD`));
    expect(String(articles(run.stdout)[0]!.body)).toContain('\ufffdpring');
    expect((await runCli(['-q', path])).stderr).toBe('');
  });

  it('mixed LF, CRLF and CR line ends', async () => {
    const ends = ['\n', '\r\n', '\r'];
    const mixed = DUMP.split('\n').map((line, i) => line + ends[i % 3]).join('');
    const run = await runCli([file('mixed.txt', mixed)]);
    expect(run.code).toBe(0);
    expect(articles(run.stdout)).toEqual(reference);
  });

  it('a UTF-8 BOM', async () => {
    const run = await runCli([file('bom.txt', '\ufeff' + DUMP)]);
    expect(articles(run.stdout)).toEqual(reference);
  });

  it.each([
    ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DUMP, 'utf16le')])],
    ['UTF-16 BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(DUMP, 'utf16le').swap16()])],
  ])('%s with a BOM', async (_name, bytes) => {
    const run = await runCli([file('utf16.txt', bytes)]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(articles(run.stdout)).toEqual(reference);
  });

  it('Windows-1252 / Latin-1: detected, decoded, said once; --encoding forces it silently', async () => {
    const path = file('legacy.txt', iconv.encode(DUMP.replace(/Paragraph 0/g, 'Café crème, naïve résumé'), 'windows-1252'));
    const run = await runCli([path]);
    expect(run.code).toBe(0);
    expectOneLine(run.stderr, /^newsclean: warning: .*legacy\.txt: not UTF-8, decoded as windows-1252/);
    expect(String(articles(run.stdout)[0]!.body)).toContain('Café crème, naïve résumé');
    expect(String(articles(run.stdout)[0]!.body)).toContain('“weather permitting”');
    const forced = await runCli(['--encoding', 'windows-1252', path]);
    expect(forced.stdout).toBe(run.stdout);
    expect(forced.stderr).toBe('');
  });

  it('an unknown --encoding is a usage error (64)', async () => {
    const run = await runCli(['--encoding', 'klingon-8', file('x.txt', DUMP)]);
    expect(run.code).toBe(64);
    expectOneLine(run.stderr, /^newsclean: unknown encoding: klingon-8/);
  });

  it('gzip, as a file or on stdin, is decompressed', async () => {
    const gz = gzipSync(Buffer.from(DUMP));
    const run = await runCli([file('dump.txt.gz', gz)]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(articles(run.stdout)).toEqual(reference);
    expect(articles((await runCli([], gz)).stdout)).toEqual(reference);
  });

  it('truncated gzip: exit 65, one line', async () => {
    const gz = gzipSync(Buffer.from(DUMP.repeat(20)));
    const run = await runCli([file('cut.gz', gz.subarray(0, gz.length - 30))]);
    expect(run.code).toBe(65);
    expectOneLine(run.stderr, /^newsclean: .*cut\.gz: corrupt gzip data/);
  });
});

describe('binary input: exit 65 and one line, unless --force', () => {
  const random = Buffer.alloc(20_000);
  let seed = 7;
  for (let i = 0; i < random.length; i++) random[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), random.subarray(0, 2000)]);
  it.each([
    ['random bytes', random, /binary data \(\d+% control bytes\), not text \(--force reads it anyway\)/],
    ['a PNG image', png, /a PNG image, not text/],
    ['NULs in bulk', Buffer.alloc(10_000), /binary data \(100% control bytes\)/],
    ['UTF-16 without a BOM', Buffer.from('Headline\n\nSome body text here.\n', 'utf16le'), /UTF-16 LE text without a BOM \(--encoding utf-16le reads it\)/],
  ])('%s', async (_name, bytes, pattern) => {
    const path = file('data.bin', bytes);
    const run = await runCli([path]);
    expect(run.code).toBe(65);
    expect(run.stdout).toBe('');
    expectOneLine(run.stderr, pattern);
    const forced = await runCli(['--force', '-q', path]);
    expect(forced.code).toBe(0);
    parseJsonl(forced.stdout);
  });
});

describe('big shapes finish (time is benched in scripts/bad-inputs.mjs)', () => {
  it('a 5 MB line with no newline', async () => {
    const line = 'word '.repeat(1_000_000).trim();
    const run = await runCli([file('long-line.txt', line)]);
    expect(run.code).toBe(0);
    const out = articles(run.stdout);
    expect(out).toHaveLength(1);
    expect(JSON.stringify(out[0]).length).toBeGreaterThan(line.length);
  });

  it('200,000 one-word lines', async () => {
    const run = await runCli([file('many-lines.txt', Array.from({ length: 200_000 }, (_, i) => `w${i}`).join('\n') + '\n')]);
    expect(run.code).toBe(0);
    const text = articles(run.stdout).map((a) => `${a.headline}\n${a.body}`).join('\n');
    expect(text).toContain('w199999');
  });

  it('one article of 10,000 paragraphs', async () => {
    const run = await runCli([file('long-article.txt', seedDump(1, 10_000))]);
    expect(run.code).toBe(0);
    const out = articles(run.stdout);
    expect(out).toHaveLength(1);
    expect(String(out[0]!.body).split('\n\n')).toHaveLength(10_000);
  });
});

describe('inputs that cannot be read: a message each, the others processed, exit 66', () => {
  it('a missing file among several', async () => {
    const ok = file('fine.txt', DUMP);
    const run = await runCli([ok, join(dir, 'missing.txt'), ok]);
    expect(run.code).toBe(66);
    expectOneLine(run.stderr, /^newsclean: cannot read .*missing\.txt: no such file or directory$/);
    expect(articles(run.stdout).map((a) => a.headline)).toEqual([...reference, ...reference].map((a) => a.headline));
  });

  it('a directory', async () => {
    const run = await runCli([dir, file('fine.txt', DUMP)]);
    expect(run.code).toBe(66);
    expectOneLine(run.stderr, /cannot read .*: is a directory$/);
    expect(articles(run.stdout)).toHaveLength(2);
  });

  // chmod 000 stops everyone but root. Running as root (CI containers), the test runs the CLI as the
  // unprivileged user "nobody" (uid 65534), for whom the file really is unreadable.
  const locked = join(dir, 'locked.txt');
  writeFileSync(locked, DUMP);
  chmodSync(locked, 0o000);
  const asRoot = process.getuid?.() === 0;
  let readable = true;
  try {
    readFileSync(locked);
  } catch {
    readable = false;
  }
  const nobody = asRoot ? { uid: 65534, gid: 65534 } : {};
  it.skipIf(readable && !asRoot)('an unreadable file (as "nobody" when run as root)', async () => {
    chmodSync(dir, 0o755);
    const ok = file('public.txt', DUMP);
    chmodSync(ok, 0o644);
    const run = await runCli([locked, ok], undefined, nobody);
    expect(run.code).toBe(66);
    expectOneLine(run.stderr, /cannot read .*locked\.txt: permission denied$/);
    expect(articles(run.stdout)).toHaveLength(2);
  });

  it('binary among text files: 65 for it, the others processed', async () => {
    const run = await runCli([file('z.bin', Buffer.alloc(100)), file('fine.txt', DUMP)]);
    expect(run.code).toBe(65);
    expect(articles(run.stdout)).toHaveLength(2);
  });
});

describe('output that cannot be created or written', () => {
  it('-o into a missing folder: 73, nothing created', async () => {
    const target = join(dir, 'no-such-folder', 'out.jsonl');
    const run = await runCli(['-o', target, file('fine.txt', DUMP)]);
    expect(run.code).toBe(73);
    expectOneLine(run.stderr, /^newsclean: cannot create .*out\.jsonl: no such file or directory$/);
    expect(existsSync(target)).toBe(false);
  });

  it('-o onto a directory: 73', async () => {
    const target = join(dir, 'a-folder');
    mkdirSync(target, { recursive: true });
    const run = await runCli(['-o', target, file('fine.txt', DUMP)]);
    expect(run.code).toBe(73);
    expectOneLine(run.stderr, /cannot create .*a-folder: is a directory$/);
  });

  it.skipIf(!existsSync('/dev/full'))('stdout on a full device (/dev/full): 74, one line', async () => {
    const run = await runShell(`${NEWSCLEAN} "${file('fine.txt', DUMP)}" > /dev/full`);
    expect(run.code).toBe(74);
    expectOneLine(run.stderr, /^newsclean: cannot write standard output: no space left on device$/);
  });

  it('stdout closed early (| head -1): quiet exit 0', async () => {
    const big = file('big.txt', seedDump(3000));
    const run = await runShell(`${NEWSCLEAN} "${big}" 2>"${join(dir, 'head.err')}" | head -1; echo "exit=$?"`);
    // sh has no PIPESTATUS: run again with the status written by the left side itself.
    const status = await runShell(`{ ${NEWSCLEAN} "${big}" 2>"${join(dir, 'head.err')}"; echo $? > "${join(dir, 'head.code')}"; } | head -1 > /dev/null`);
    expect(status.code).toBe(0);
    expect(JSON.parse(run.stdout.split('\n')[0]!)).toMatchObject({ index: 0 });
    expect(readFileSync(join(dir, 'head.code'), 'utf8').trim()).toBe('0');
    expect(readFileSync(join(dir, 'head.err'), 'utf8')).toBe('');
  });

  it('no readable input with -o: the target is left as it was', async () => {
    const target = file('kept.jsonl', 'old content\n');
    const run = await runCli(['-o', target, join(dir, 'missing.txt')]);
    expect(run.code).toBe(66);
    expect(readFileSync(target, 'utf8')).toBe('old content\n');
  });
});

describe('internal errors: one line, exit 70; --debug adds the stack', () => {
  // A preloaded module breaks JSON.stringify, so the JSON Lines formatter throws: a stand-in for a bug.
  const breaker = file('break.mjs', "JSON.stringify = () => { throw new Error('boom'); };\n");
  const env = { ...process.env, NODE_OPTIONS: `--import=${breaker}` };

  it('without --debug: no stack trace', async () => {
    const run = await runCli([file('fine.txt', DUMP)], undefined, { env });
    expect(run.code).toBe(70);
    expect(run.stderr).toBe('newsclean: internal error: boom\nnewsclean: (--debug shows the stack trace; please report this)\n');
  });

  it('with --debug: the stack', async () => {
    const run = await runCli(['--debug', file('fine.txt', DUMP)], undefined, { env });
    expect(run.code).toBe(70);
    expect(run.stderr).toMatch(/^newsclean: internal error: boom\nError: boom\n\s+at /);
  });
});
