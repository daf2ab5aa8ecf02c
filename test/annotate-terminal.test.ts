// A screenshot-equivalent check in a real terminal: tmux runs the CLI in a pane and `capture-pane -e`
// returns the screen with its colour codes. Skips (visibly) where tmux is not installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers/cli.js';
import { stripColour } from './helpers/annotate-view.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const hasLess = spawnSync('sh', ['-c', 'command -v less']).status === 0;
// A private server socket: nothing here touches the user's tmux sessions.
const SOCKET = `newsclean-test-${process.pid}`;
const FILE = 'fixtures/seed-layout/input.txt';
const DONE = '__newsclean_done__';

const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], { encoding: 'utf8' });
const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

let session = 0;
/** Run `command` in a fresh 250×100 pane and return the screen once `until` shows on it. */
async function screen(command: string, until: string): Promise<string> {
  const name = `s${session++}`;
  // The pane stays open after the command, so the screen can be read.
  tmux('new-session', '-d', '-s', name, '-x', '250', '-y', '100', '-c', ROOT, `sh -c ${quote(`${command}; exec sleep 300`)}`);
  try {
    for (let attempt = 0; attempt < 200; attempt++) {
      const shown = tmux('capture-pane', '-t', name, '-p', '-e', '-J');
      if (stripColour(shown).includes(until)) return shown;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`"${until}" never showed in the pane:\n${tmux('capture-pane', '-t', name, '-p', '-J')}`);
  } finally {
    tmux('kill-session', '-t', name);
  }
}

const cli = (env: string): string => `env -u FORCE_COLOR -u NO_COLOR ${env} TERM=xterm-256color ${quote(process.execPath)} ${quote(BIN)} --annotate ${FILE}`;

const why = hasTmux ? '' : ' (skipped: tmux is not installed; .ci/run installs it)';

describe(`--annotate in a terminal (tmux)${why}`, () => {
  // One server for the file, kept up by an idle session: a server whose last session just closed may
  // still be exiting when the next test connects ("server exited unexpectedly").
  beforeAll(() => {
    if (hasTmux) tmux('new-session', '-d', '-s', 'keep', 'sleep 600');
  });
  afterAll(() => {
    if (hasTmux) spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  });

  it.skipIf(!hasTmux)('is coloured on a terminal: headline, captions and dropped lines each styled', async () => {
    const shown = await screen(`${cli('')}; echo ${DONE}`, DONE);
    const line = (start: RegExp): string => shown.split('\n').find((l) => start.test(stripColour(l)))!;
    expect(shown).toContain('\u001b[');
    // tmux re-encodes the attributes it drew: yellow for the headline, cyan for captions, dim for drops.
    expect(line(/^ +1 headline /)).toMatch(/\u001b\[[0-9;]*33[0-9;]*mHarbour Town/);
    expect(line(/^ +3 caption /)).toMatch(/\u001b\[[0-9;]*36[0-9;]*mChildren browse/);
    expect(line(/^ +5 widget /)).toMatch(/\u001b\[[0-9;]*2[0-9;]*mTT/);
    // Body text in the normal colour: after the gutter only resets to the default colours.
    expect(line(/^ +13 body /)).toMatch(/\u001b\[0m(\u001b\[[34]9m)* The town of Kestrel Bay[^\u001b]*$/);
  });

  it.skipIf(!hasTmux)('has no colour with NO_COLOR=1, the tags alone tell the roles', async () => {
    const shown = await screen(`${cli('NO_COLOR=1')}; echo ${DONE}`, DONE);
    expect(shown).not.toContain('\u001b');
    expect(shown).toMatch(/\n +5 widget +\| TT\n/);
    expect(shown).toMatch(/\n +1 headline +\| Harbour Town Opens Floating Library for Summer\n/);
  });

  it.skipIf(!hasTmux || !hasLess)('keeps its colours in less -R', async () => {
    const shown = await screen(`${cli('FORCE_COLOR=1')} | less -R`, '(END)');
    expect(shown).toMatch(/\u001b\[[0-9;]*33[0-9;]*mHarbour Town/);
    expect(stripColour(shown)).toMatch(/\n +5 widget +\| TT\n/);
  });
});
