import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const packages = ['domain', 'deadlines', 'ocop-scoring', 'criteria', 'cli'];

// npm test runs the suite in Vietnam's time zone, then again in two others (NTM_TZ_RUN=extra). Those runs leave out
// the type tests (types have no time zone) and the CLI's process tests in packages/cli/test (a minute of spawned
// binaries): the CLI's time-dependent code — today in Vietnam, Excel date cells — is unit-tested in its src/.
const extraTimeZoneRun = process.env.NTM_TZ_RUN === 'extra';

// One project per package; sibling packages resolve to their sources through the `@ntm/source` condition.
export default defineConfig({
  resolve: { conditions: ['@ntm/source'] },
  ssr: { resolve: { conditions: ['@ntm/source'] } },
  test: {
    // `expect(fn).toThrowDomainError(code, path?)` in every project.
    setupFiles: [fileURLToPath(new URL('test/support/domain-error-matcher.ts', import.meta.url))],
    projects: [
      ...packages.map((name) => ({
        extends: true,
        test: {
          name,
          root: `packages/${name}`,
          // The CLI tests run the built binary as a child process; on a loaded 2-core machine that takes seconds.
          ...(name === 'cli' ? { testTimeout: 60_000, hookTimeout: 120_000 } : {}),
          include:
            name === 'cli' && extraTimeZoneRun
              ? ['src/**/*.test.ts']
              : ['src/**/*.test.ts', 'test/**/*.test.ts'],
          typecheck: {
            enabled: !extraTimeZoneRun,
            include: ['src/**/*.test-d.ts'],
            tsconfig: 'tsconfig.json',
          },
        },
      })),
      {
        extends: true,
        test: { name: 'repo', root: '.', include: ['test/**/*.test.ts'] },
      },
    ],
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
