#!/usr/bin/env node
import { run } from './run.js';

// The process entry of `ntm`. Everything else lives in run.ts so it can be tested and embedded.
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 1;
  },
);
