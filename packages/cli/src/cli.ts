#!/usr/bin/env node
// The `newsmark` bin: everything happens in runCli; this file only connects it to the process.
import { runCli } from './program.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // The reader went away (`newsmark parse big.ndjson | head`): stop quietly, as Unix tools do.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`newsmark: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
