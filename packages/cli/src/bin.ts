#!/usr/bin/env node
import { run } from './run.js';

// A closed pipe (`ntm … | head`) is not an error for the user.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

// The process entry of `ntm`. Everything else lives in run.ts so it can be tested and embedded.
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
