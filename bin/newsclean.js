#!/usr/bin/env node
// Launcher: the compiled CLI does the work (npm ci builds it in "prepare").
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Answered here, before loading commander and the pipeline: scripts probe it in loops.
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  const { main, onInterrupt } = await import('../dist/cli.js');
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onInterrupt);
  main(process.argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`newsclean: internal error: ${error && error.message ? error.message : error}\n`);
      if (process.env.NEWSCLEAN_DEBUG) process.stderr.write(String(error && error.stack) + '\n');
      process.exitCode = 70;
    },
  );
}
