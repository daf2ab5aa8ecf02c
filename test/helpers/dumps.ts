// Invented dumps for tests: a seed-layout article, and the building blocks the property tests mix.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { BIN, ROOT } from './cli.js';

/** One article in the seed layout: headline, caption twice, TT/20, headline, caption twice, body. */
export function seedArticle(i: number, paragraphs = 3): string {
  const headline = `Council Number ${i} Approves New Cycle Lanes`;
  const caption = `Riders pass the town hall on a grey morning, photo ${i}. (Gazette)`;
  const body = Array.from({ length: paragraphs }, (_, p) => `Paragraph ${p} of article ${i} says the lanes open in spring, “weather permitting”.`);
  return [headline, '', caption, caption, 'TT', '20', '', headline, '', caption, caption, '', body.join('\n\n')].join('\n');
}

/** Articles in the seed layout, 3 blank lines apart. */
export function seedDump(count: number, paragraphs = 3): string {
  return Array.from({ length: count }, (_, i) => seedArticle(i, paragraphs)).join('\n\n\n\n') + '\n';
}

export function tempDir(prefix = 'newsclean-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Run a shell command line from the repo root (for redirections and pipes the test must set up). */
export function runShell(command: string, env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', command], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The CLI as a shell word. */
export const NEWSCLEAN = `"${process.execPath}" "${BIN}"`;
