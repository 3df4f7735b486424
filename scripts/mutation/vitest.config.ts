// The vitest configuration Stryker runs (see stryker.config.mjs): one package's own tests, as one project.
// Stryker's vitest runner cannot pick one project out of the root config's `projects`, so this file builds the single
// project named by NTM_MUTATION_PACKAGE, with the root config's setup file and without its type tests (types are not
// mutated). Sibling packages are aliased to their sources inside the copy Stryker makes: through node_modules they
// would resolve to the real checkout, and a test reaching the package under test that way would never see a mutant.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// biome-ignore lint/suspicious/noUndeclaredEnvVars: set by `npm run mutation`, which turbo never runs
const name = process.env.NTM_MUTATION_PACKAGE;
if (!name) throw new Error('NTM_MUTATION_PACKAGE is not set: run `npm run mutation`');

const ROOT = new URL('../../', import.meta.url);
const SIBLINGS = ['domain', 'deadlines', 'ocop-scoring', 'criteria'];

/** `@ntm/<pkg>[/subpath]` → the source file its `@ntm/source` export condition names, in this copy. */
function sourceAliases() {
  return SIBLINGS.flatMap((pkg) => {
    const folder = new URL(`packages/${pkg}/`, ROOT);
    const { exports } = JSON.parse(readFileSync(new URL('package.json', folder), 'utf8'));
    return Object.entries(exports).flatMap(([key, target]) => {
      const source = (target as Record<string, unknown>)['@ntm/source'];
      if (typeof source !== 'string') return [];
      const specifier = `@ntm/${pkg}${key.slice(1)}`.replace(/[/.]/gu, (c) => `\\${c}`);
      return [
        {
          find: new RegExp(`^${specifier}$`, 'u'),
          replacement: fileURLToPath(new URL(source, folder)),
        },
      ];
    });
  });
}

export default defineConfig({
  resolve: { conditions: ['@ntm/source'], alias: sourceAliases() },
  ssr: { resolve: { conditions: ['@ntm/source'] } },
  test: {
    name,
    root: fileURLToPath(new URL(`packages/${name}/`, ROOT)),
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Runs its code in a child process, where no mutant is ever active: it could never kill one.
    exclude: ['src/calendar/time-zone.test.ts'],
    setupFiles: [fileURLToPath(new URL('test/support/domain-error-matcher.ts', ROOT))],
    typecheck: { enabled: false },
    // Coverage instrumentation on a loaded 2-core machine: a sweep over 60 years of days took over 5 s.
    testTimeout: 60_000,
  },
});
