import { describe, expect, it } from 'vitest';
import { useColour } from '../src/io/colour.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('useColour', () => {
  it('colours a terminal and not a pipe or a file', () => {
    expect(useColour(tty, {})).toBe(true);
    expect(useColour(pipe, {})).toBe(false);
    expect(useColour({}, {})).toBe(false);
  });

  it('turns colour off for a non-empty NO_COLOR and for TERM=dumb', () => {
    expect(useColour(tty, { NO_COLOR: '1' })).toBe(false);
    expect(useColour(tty, { NO_COLOR: '' })).toBe(true);
    expect(useColour(tty, { TERM: 'dumb' })).toBe(false);
  });

  it('lets FORCE_COLOR win over the environment and the stream', () => {
    expect(useColour(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColour(tty, { FORCE_COLOR: '1', NO_COLOR: '1', TERM: 'dumb' })).toBe(true);
    expect(useColour(tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(useColour(tty, { FORCE_COLOR: 'false' })).toBe(false);
  });

  it('obeys the command line above everything', () => {
    expect(useColour(tty, { FORCE_COLOR: '1' }, false)).toBe(false);
    expect(useColour(pipe, { NO_COLOR: '1' }, true)).toBe(true);
  });
});
