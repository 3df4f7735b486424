#!/usr/bin/env node
// `npm run mutation [-- <package>… [--force]]`: Stryker on each logic package in turn (all four by default), one
// package at a time on two workers, then one line per package: `@ntm/<name>: mutation score NN.N %`.
// Incremental: a mutant whose code and covering tests did not change since the last run keeps its result
// (reports/mutation/<name>.incremental.json, git-ignored); `--force` runs every mutant again.
// Not part of `npm test`: a full run takes about an hour on the shared 2-core machine (see docs/quality.md).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const PACKAGES = ['deadlines', 'ocop-scoring', 'criteria', 'domain'];
const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('--'));
const chosen = args.filter((a) => !a.startsWith('--'));
const unknown = chosen.filter((name) => !PACKAGES.includes(name));
if (unknown.length > 0) {
  console.error(`unknown package ${unknown.join(', ')}; choose from ${PACKAGES.join(', ')}`);
  process.exit(2);
}

/** Killed or timed out over every mutant that ran or had no test (Stryker's "mutation score"). */
function scoreOf(report) {
  const count = { detected: 0, undetected: 0 };
  for (const file of Object.values(report.files))
    for (const { status } of file.mutants) {
      if (status === 'Killed' || status === 'Timeout') count.detected += 1;
      else if (status === 'Survived' || status === 'NoCoverage') count.undetected += 1;
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
  const { detected, undetected, score } = scoreOf(JSON.parse(readFileSync(file, 'utf8')));
  lines.push(
    `@ntm/${name}: mutation score ${score.toFixed(1)} %` +
      ` (${detected} detected, ${undetected} undetected, ${minutes} min; reports/mutation/${name}.html)`,
  );
}
console.log(`\n${lines.join('\n')}`);
process.exit(failed ? 1 : 0);
