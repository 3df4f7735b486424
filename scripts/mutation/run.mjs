#!/usr/bin/env node
// `npm run mutation [-- <package>… [--force]]`: Stryker on each logic package in turn (all four by default), one
// package at a time on two workers, then one line per package: `@ntm/<name>: mutation score NN.N %`.
// Incremental: a mutant whose code and covering tests did not change since the last run keeps its result
// (reports/mutation/<name>.incremental.json, git-ignored); `--force` runs every mutant again. Other flags go to
// Stryker as they are: `--ignoreStatic` skips the mutants of module-level code (each one reruns every test; counted
// as ignored), `--mutate <file>` narrows a run to one file while raising its score.
// Not part of `npm test`: a full run takes about an hour on the shared 2-core machine (see docs/quality.md).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const PACKAGES = ['deadlines', 'ocop-scoring', 'criteria', 'domain'];
const args = process.argv.slice(2);
// Package names choose the packages; everything else (a flag and its value) goes to Stryker.
const chosen = args.filter((a) => PACKAGES.includes(a));
const flags = args.filter((a) => !PACKAGES.includes(a));
const stray = flags.filter((a, i) => !a.startsWith('--') && !flags[i - 1]?.startsWith('--'));
if (stray.length > 0) {
  console.error(`unknown package ${stray.join(', ')}; choose from ${PACKAGES.join(', ')}`);
  process.exit(2);
}

/** Killed or timed out over every mutant that ran or had no test (Stryker's "mutation score"). */
function scoreOf(report) {
  const count = { detected: 0, undetected: 0, ignored: 0 };
  for (const file of Object.values(report.files))
    for (const { status } of file.mutants) {
      if (status === 'Killed' || status === 'Timeout') count.detected += 1;
      else if (status === 'Survived' || status === 'NoCoverage') count.undetected += 1;
      else if (status === 'Ignored') count.ignored += 1;
    }
  return { ...count, score: (100 * count.detected) / (count.detected + count.undetected) };
}

const lines = [];
let failed = false;
for (const name of chosen.length > 0 ? chosen : PACKAGES) {
  const started = Date.now();
  const { status } = spawnSync(
    'npx',
    ['stryker', 'run', 'scripts/mutation/stryker.config.mjs', ...flags],
    { stdio: 'inherit', env: { ...process.env, NTM_MUTATION_PACKAGE: name } },
  );
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const file = `reports/mutation/${name}.json`;
  if (status !== 0 || !existsSync(file)) {
    failed = true;
    lines.push(`@ntm/${name}: Stryker failed (exit ${status}) after ${minutes} min`);
    continue;
  }
  const { detected, undetected, ignored, score } = scoreOf(JSON.parse(readFileSync(file, 'utf8')));
  const skipped = ignored > 0 ? `, ${ignored} ignored` : '';
  lines.push(
    `@ntm/${name}: mutation score ${score.toFixed(1)} %` +
      ` (${detected} detected, ${undetected} undetected${skipped}, ${minutes} min; reports/mutation/${name}.html)`,
  );
}
console.log(`\n${lines.join('\n')}`);
process.exit(failed ? 1 : 0);
