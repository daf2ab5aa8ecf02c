// The floor for any Node tool: stream the input (a file argument, else stdin), decode UTF-8 and split
// it into lines. No cleaning, no output beyond a line count on stderr. newsclean is timed against this.
import { createReadStream } from 'node:fs';

const file = process.argv[2];
// The same chunk size newsclean reads files with (src/io/input.ts).
const input = file ? createReadStream(file, { highWaterMark: 64 * 1024 }) : process.stdin;
const decoder = new TextDecoder('utf-8');
let carry = '';
let lines = 0;
for await (const chunk of input) {
  const parts = (carry + decoder.decode(chunk, { stream: true })).split('\n');
  carry = parts.pop() ?? '';
  lines += parts.length;
}
if ((carry + decoder.decode()).length > 0) lines++;
process.stderr.write(`${lines} lines\n`);
