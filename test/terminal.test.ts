// In a real terminal (tmux): the progress line is drawn on stderr and cleared at the end; messages are
// coloured there, and not with NO_COLOR, TERM=dumb or --no-color. Skipped when tmux is not installed.
import { describe, expect, it, afterAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN } from './helpers/cli.js';
import { seedDump, tempDir } from './helpers/dumps.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const SOCKET = `newsclean-test-${process.pid}`;
const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const dir = tempDir();
const node = `"${process.execPath}"`;
const newsclean = `${node} "${BIN}"`;
/** A clean colour environment inside the pane, whatever the test runner set. */
const ENV = 'env -u FORCE_COLOR -u NO_COLOR TERM=xterm-256color';
let sessions = 0;

function open(command: string): string {
  const name = `s${sessions++}`;
  // The trailing sleep keeps the pane (and what it shows) until we have looked.
  tmux('new-session', '-d', '-s', name, '-x', '160', '-y', '20', `${command}; sleep 120`);
  return name;
}

const screen = (name: string): string => tmux('capture-pane', '-p', '-e', '-t', name);

async function waitFor(name: string, test: (text: string) => boolean, what: string): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const text = screen(name);
    if (test(text)) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`tmux: timed out waiting for ${what}; screen:\n${screen(name)}`);
}

afterAll(() => {
  if (hasTmux) spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
});

describe.skipIf(!hasTmux)('in a terminal (tmux; skipped when tmux is absent)', () => {
  it('draws a progress line for a big input on stdin, then clears it', async () => {
    const go = join(dir, 'go');
    const done = join(dir, 'done');
    const feeder = join(dir, 'feed.mjs');
    // Writes 6 MiB (over the progress threshold), then holds stdin open until told to finish.
    writeFileSync(
      feeder,
      `import { existsSync } from 'node:fs';
const chunk = ${JSON.stringify(seedDump(100))};
let sent = 0;
while (sent < 6 * 1024 * 1024) { process.stdout.write(chunk); sent += chunk.length; }
const wait = setInterval(() => { if (existsSync(${JSON.stringify(go)})) { clearInterval(wait); process.stdout.end(); } }, 50);
`,
    );
    const pane = open(`${ENV} ${node} ${feeder} | ${ENV} ${newsclean} -o ${join(dir, 'out.jsonl')}; touch ${done}; echo finished`);
    const during = await waitFor(pane, (t) => t.includes('MiB/s'), 'the progress line');
    expect(during).toMatch(/newsclean:.*\d+\.\d MiB {2}\d+ articles {2}\d+\.\d MiB\/s/);
    expect(during).toContain('\x1b[1m');
    writeFileSync(go, '');
    const after = await waitFor(pane, (t) => t.includes('finished'), 'the end');
    expect(existsSync(done)).toBe(true);
    expect(after).not.toContain('MiB/s');
  });

  it('colours messages on a terminal: the prefix bold, "warning" yellow, errors red', async () => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, Buffer.concat([Buffer.from('Headline “here”\n\nA body line — with é and ü and more text.\n'), Buffer.from([0xff]), Buffer.from('\n')]));
    const pane = open(`${ENV} ${newsclean} ${bad} >/dev/null; ${ENV} ${newsclean} --encoding nope ${bad}; echo finished`);
    const text = await waitFor(pane, (t) => t.includes('finished'), 'both runs');
    expect(text).toMatch(/\x1b\[[0-9;]*33mwarning:/);
    expect(text).toMatch(/\x1b\[[0-9;]*31munknown encoding: nope/);
  });

  it.each([
    ['NO_COLOR=1', 'NO_COLOR=1', ''],
    ['TERM=dumb', 'TERM=dumb', ''],
    ['--no-color', '', '--no-color'],
  ])('no colour with %s', async (_name, env, flag) => {
    const pane = open(`${ENV} ${env} ${newsclean} ${flag} --encoding nope ${join(dir, 'x.txt')}; echo finished`);
    const text = await waitFor(pane, (t) => t.includes('finished'), 'the run');
    expect(text).toContain('newsclean: unknown encoding: nope');
    expect(text).not.toMatch(/\x1b\[[0-9;]*3[13]m/);
  });
});
