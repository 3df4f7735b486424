#!/usr/bin/env node
// `npm run fuzz`: every fuzz target of test/fuzz on 10,000 generated cases (NTM_FUZZ_RUNS=N for another count;
// NTM_FUZZ_SEED=S to replay a failure; file names after `--` to run some areas only), then the count per target:
// results, refusals (DomainErrors) and the distinct error codes seen. The table goes to stdout and to
// .test-results/fuzz.md; docs/quality.md ("Fuzzing") records a run of it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const RESULTS = '.test-results';
const REPORT = `${RESULTS}/fuzz.jsonl`;
const runs = process.env.NTM_FUZZ_RUNS ?? '10000';
const files = process.argv.slice(2);

mkdirSync(RESULTS, { recursive: true });
rmSync(REPORT, { force: true });

const started = Date.now();
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--project', 'repo', ...(files.length > 0 ? files : ['test/fuzz/'])],
  {
    stdio: 'inherit',
    env: { ...process.env, NTM_FUZZ_RUNS: runs, NTM_FUZZ_REPORT: REPORT },
  },
);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);

let lines = [];
try {
  lines = readFileSync(REPORT, 'utf8').trim().split('\n').filter(Boolean).map(JSON.parse);
} catch {
  // No target finished: vitest has said why.
}
const percent = (n, of) => `${((100 * n) / of).toFixed(0)} %`;
const table = [
  '| target | cases | results | DomainErrors | distinct codes |',
  '|---|--:|--:|--:|--:|',
  ...lines.map(
    (t) =>
      `| \`${t.target}\` | ${t.runs.toLocaleString('en')} | ${percent(t.results, t.runs)} | ${percent(t.errors, t.runs)} | ${t.codes.length} |`,
  ),
].join('\n');
const total = lines.reduce((sum, t) => sum + t.runs, 0);
const summary = `${lines.length} targets, ${total.toLocaleString('en')} cases (each called twice), ${minutes} min`;
writeFileSync(`${RESULTS}/fuzz.md`, `${table}\n\n${summary}\n`);
console.log(`\n${table}\n\n${summary}`);
process.exit(vitest.status ?? 1);
