// `newsclean [file...]` runs without loading commander (start-up); it must behave exactly as if
// commander had parsed the same command line.
import { describe, expect, it } from 'vitest';
import { PLAIN_OPTIONS, plainFiles, program } from '../src/cli.js';
import { runCli } from './helpers/cli.js';

const FILE = 'fixtures/seed-layout/input.txt';

describe('command lines without options', () => {
  it('get the same options commander gives them (add a defaulted option? update PLAIN_OPTIONS)', async () => {
    const cmd = await program();
    cmd.parse(['node', 'newsclean', FILE]);
    expect({ ...PLAIN_OPTIONS }).toEqual(cmd.opts());
  });

  it('are only file names and "-"; anything with a dash goes to commander', () => {
    expect(plainFiles([FILE, '-'], false)).toEqual([FILE, '-']);
    expect(plainFiles([], false)).toEqual(['-']);
    expect(plainFiles([], true)).toBeUndefined(); // help on a terminal
    expect(plainFiles([FILE, '-q'], false)).toBeUndefined();
    expect(plainFiles(['--', FILE], false)).toBeUndefined();
  });

  it('write what the same run with explicit default options writes', async () => {
    const plain = await runCli([FILE, FILE]);
    const explicit = await runCli(['-f', 'jsonl', '--jobs', '1', FILE, FILE]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toBe(explicit.stdout);
    expect(plain.stdout.split('\n').length).toBeGreaterThan(2);
  });
});
