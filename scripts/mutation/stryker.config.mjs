// Stryker mutation testing, one package per run: `npm run mutation` (scripts/mutation/run.mjs) sets
// NTM_MUTATION_PACKAGE and runs this configuration once per package. See docs/quality.md, "Mutation testing".
// biome-ignore lint/suspicious/noUndeclaredEnvVars: set by `npm run mutation`, which turbo never runs
const name = process.env.NTM_MUTATION_PACKAGE;
if (!name) throw new Error('NTM_MUTATION_PACKAGE is not set: run `npm run mutation`');

/** What is mutated in each package: its sources, minus tests and type tests. */
const MUTATE = {
  // Core and parsers. The administrative units (dataset and lookups) are left out: they are tested on their own
  // dataset and were being rewritten when mutation testing started (issue 15).
  domain: [
    'packages/domain/src/**/*.ts',
    '!packages/domain/src/units/**',
    '!packages/domain/src/units.ts',
  ],
  deadlines: ['packages/deadlines/src/**/*.ts'],
  'ocop-scoring': ['packages/ocop-scoring/src/**/*.ts'],
  criteria: ['packages/criteria/src/**/*.ts'],
};

/**
 * Generated data files, not mutated: each is written by a generator from its source and checked against it by a test,
 * so a change to one by hand already fails `npm test`. Listed with the reason in docs/quality.md.
 */
const GENERATED = {
  deadlines: [
    // The lunar month table, computed by scripts/generate-lunar-table.ts from astronomy.ts (which is mutated);
    // src/data/lunar-table.test.ts regenerates it and compares.
    '!packages/deadlines/src/data/lunar-table.ts',
  ],
  'ocop-scoring': [
    // The 26 scoring sheets of QĐ 26/2026 and the decision's DataInfo, rendered by scripts/qd26 from the transcribed
    // annex; test/generated-rubrics.test.ts renders them again and compares.
    '!packages/ocop-scoring/src/data/rubrics/generated/**',
  ],
};

const NOT_SOURCE = [`!packages/${name}/src/**/*.test.ts`, `!packages/${name}/src/**/*.test-d.ts`];

if (!(name in MUTATE)) throw new Error(`no mutation settings for package ${name}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'scripts/mutation/vitest.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [...MUTATE[name], ...(GENERATED[name] ?? []), ...NOT_SOURCE],
  // Copy only what the package's tests read into Stryker's sandbox. The tests read the example directives, province
  // configurations and national supplements in examples/ and a page of docs/: left out, their files fail to load and
  // every mutant they alone cover counts as "no coverage".
  ignorePatterns: [
    '/bench',
    '/packages/cli',
    '/reports',
    '**/dist',
    '**/.turbo',
    '/coverage',
    '/.test-results',
  ],
  // vitest strips types without checking them, so no `// @ts-nocheck` is needed; added to every file of the copy, it
  // would break the tests that compare a generated file with what its generator writes.
  disableTypeChecks: false,
  // Each test's coverage decides which tests run against a mutant.
  coverageAnalysis: 'perTest',
  // The machine has two cores shared with other work.
  concurrency: 2,
  // Reuse the results of mutants whose code and tests did not change; `--force` ignores the file.
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  timeoutMS: 10_000,
};
