// A second, idiomatic floor: the same read-and-split with node:readline (one event per line), as most
// Node line tools are written. Reported next to bench/reference.mjs, which stays the strict floor.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const file = process.argv[2];
const input = file ? createReadStream(file, { highWaterMark: 64 * 1024 }) : process.stdin;
let lines = 0;
for await (const line of createInterface({ input, crlfDelay: Infinity })) if (line.length >= 0) lines++;
process.stderr.write(`${lines} lines\n`);
