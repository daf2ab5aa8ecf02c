#!/usr/bin/env node
// Launcher: the compiled CLI does the work (npm ci builds it in "prepare").
import { main, onInterrupt } from '../dist/cli.js';

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
