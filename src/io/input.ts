// Where input comes from: files by name, "-" for stdin. Errors become one-line messages (exit 66).
import { promises as fsp } from 'node:fs';
import { ExitCode, NewscleanError, describeSystemError } from '../errors.js';

export const STDIN = '-';
// 64 KiB, as pipes deliver: larger reads left more garbage per step and raised peak RSS by ~50 MiB.
const CHUNK_BYTES = 64 * 1024;

export interface Input {
  /** The name written to `source`: the path as given, or "-". */
  readonly name: string;
  readonly chunks: AsyncIterable<Uint8Array>;
  /** Size in bytes when known (regular files). */
  readonly size?: number;
}

export async function openInput(name: string): Promise<Input> {
  if (name === STDIN) return { name, chunks: process.stdin };
  let size: number;
  try {
    const stat = await fsp.stat(name);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    size = stat.size;
    // Opening now turns "permission denied" into a message before any output is written.
    const handle = await fsp.open(name, 'r');
    return { name, size, chunks: handle.createReadStream({ highWaterMark: CHUNK_BYTES }) };
  } catch (error) {
    throw new NewscleanError(`cannot read ${name}: ${describeSystemError(error)}`, ExitCode.NoInput);
  }
}
