// Whether to write colour escape codes. A pure decision over plain inputs, so callers and tests pass
// the stream and environment in. Order: an explicit flag, then FORCE_COLOR, then NO_COLOR and TERM=dumb,
// then whether the stream is a terminal (a pipe or a file gets no codes).

/**
 * `flag` is the command line's choice: false for --no-color, true for --color, undefined when not given.
 * FORCE_COLOR ("0" or "false" turns colour off) beats NO_COLOR (https://no-color.org: any non-empty
 * value) and TERM=dumb, and makes even a pipe coloured (`FORCE_COLOR=1 newsclean --annotate x | less -R`).
 */
export function useColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
