#!/usr/bin/env node
// The whole test suite, as CI and the README run it: `npm test`.
// Every step runs even when an earlier one failed, so one run shows every problem. vitest steps and the
// consumer matrix count their tests; every other check counts as one test. The last line is `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = '.test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${seconds}s)`);
  return ok;
}

function check(label, command, args, env) {
  if (run(label, command, args, env)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

/** The JSON report a step wrote, or null (counted as a failure) when it wrote none. */
function reportOf(label, file) {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  failed += 1;
  failures.push(`${label} (no report)`);
  return null;
}

function vitest(label, args, env) {
  const file = `${RESULTS}/${label.replace(/\W+/g, '-')}.json`;
  const ok = run(
    label,
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${file}`,
      ...args,
    ],
    env,
  );
  const report = reportOf(label, file);
  if (!report) return;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that fails to load has no failed tests but is a failure all the same.
  const brokenFiles = report.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed'),
  ).length;
  failed += brokenFiles;
  if (!ok || report.numFailedTests > 0 || brokenFiles > 0) failures.push(label);
}

/** A step that writes its own `{ passed, failed }` report to `file`: each of its tests counts. */
function counted(label, command, args, file) {
  const ok = run(label, command, args);
  const report = reportOf(label, file);
  if (!report) return;
  passed += report.passed;
  // A step that exits non-zero with no failed test (it crashed) is a failure all the same.
  failed += report.failed > 0 || ok ? report.failed : 1;
  if (!ok || report.failed > 0) failures.push(label);
}

const packages = ['domain', 'deadlines', 'ocop-scoring', 'criteria', 'cli'];

// A lock file that `npm ci` refuses breaks the README's first command on a fresh machine.
check('lock file accepted by npm ci (dry run)', 'npm', [
  'ci',
  '--dry-run',
  '--no-audit',
  '--no-fund',
  '--loglevel=error',
]);
check('build (turbo)', 'npx', ['turbo', 'run', 'build', '--output-logs=errors-only']);
check('lint (biome)', 'npx', ['biome', 'ci', '.']);
check('typecheck (turbo)', 'npx', ['turbo', 'run', 'typecheck', '--output-logs=errors-only']);
// The open-data generator and its test live outside the packages; tsc checks them against the packages' sources.
check('typecheck (open-data generator)', 'npx', ['tsc', '-p', 'scripts/open-data/tsconfig.json']);
// The whole suite in Vietnam's time zone, then in the two zones where a time-zone mistake shows: America/Los_Angeles
// (UTC−8/−7 with daylight saving reads a UTC-midnight Date as the day before) and UTC (local time is not Vietnam's).
// Those two runs leave out the type tests and the CLI's process tests (see vitest.config.ts and docs/quality.md).
vitest('unit tests, TZ=Asia/Ho_Chi_Minh', [], { TZ: 'Asia/Ho_Chi_Minh' });
for (const tz of ['America/Los_Angeles', 'UTC']) {
  vitest(`unit tests but type tests and CLI process tests, TZ=${tz}`, [], {
    TZ: tz,
    NTM_TZ_RUN: 'extra',
  });
}
for (const name of packages) {
  check(`package shape @ntm/${name} (publint --strict, attw --pack)`, 'npm', [
    'run',
    'check:pkg',
    '--silent',
    '-w',
    `@ntm/${name}`,
  ]);
}
// The exported surface of every entry point against its checked-in report (packages/<name>/api/*.api.md).
counted(
  'API reports up to date (API Extractor; update with `npm run api`)',
  'node',
  ['scripts/api-report.mjs', '--check'],
  `${RESULTS}/api-reports.json`,
);
// Every entry point consumed from packed tarballs: ESM, CJS, four TypeScript resolutions, no zod, a browser.
counted(
  'consumer matrix (npm pack → throw-away apps)',
  'node',
  ['scripts/consumers/matrix.mjs'],
  `${RESULTS}/consumer-matrix.json`,
);
check('docs build (site + typedoc, warnings are errors)', 'npm', ['run', 'docs', '--silent']);
// After the docs build: the budgets include the workbench's bundle in docs/site/workbench.
check('size budgets (size-limit)', 'npx', ['size-limit']);
// Need the site just built; Chromium is required when CI=true (see scripts/docs/e2e.mjs).
check('docs browser test (chromium)', 'node', ['scripts/docs/e2e.mjs']);
counted(
  'workbench browser test (chromium)',
  'node',
  ['scripts/docs/workbench-e2e.mjs'],
  `${RESULTS}/workbench-e2e.json`,
);
check('examples', 'node', ['scripts/start.mjs', '--check']);

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
