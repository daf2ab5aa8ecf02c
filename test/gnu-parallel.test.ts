// newsclean under GNU parallel's --pipe: a dump cut at article gaps (3 blank lines) and cleaned by
// several processes gives the same articles as one process. Needs GNU parallel (see .ci/run).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, parseJsonl, runCli } from './helpers/cli.js';

const hasParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;

describe('GNU parallel --pipe', () => {
  it.skipIf(!hasParallel)('gives the same articles as one process', async () => {
    // Cut at three blank lines, a dump whose paragraphs three blank lines also part is cut mid-page
    // (the README says to give --recend its wider article gap).
    const dump = readdirSync(join(ROOT, 'fixtures'))
      .filter((name) => name !== 'blocks-one-to-three-blank-lines')
      .sort()
      .map((name) => readFileSync(join(ROOT, 'fixtures', name, 'input.txt'), 'utf8').replace(/\s*$/, '\n'))
      .join('\n\n\n');
    // What a stream learns across articles (recurring chrome, copies) is per process: keep copies so
    // that both runs write the same articles.
    const one = await runCli(['--keep-duplicates'], dump);
    // A tiny block so that the dump really is cut into many pieces.
    const par = spawnSync(
      'parallel',
      ['--pipe', '--block', '6k', '--recend', '\\n\\n\\n\\n', '--keep-order', process.execPath, BIN, '--keep-duplicates'],
      { cwd: ROOT, input: dump, encoding: 'utf8' },
    );
    expect(par.status).toBe(0);
    const content = (stdout: string): unknown[] => parseJsonl(stdout).map((a) => [a.headline, a.captions, a.body]);
    const pieces = parseJsonl(par.stdout).filter((a) => a.index === 0).length;
    expect(pieces).toBeGreaterThan(3);
    expect(content(par.stdout)).toEqual(content(one.stdout));
  });
});
