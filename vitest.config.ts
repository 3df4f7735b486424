import { defineConfig } from 'vitest/config';

const packages = ['domain', 'deadlines', 'ocop-scoring', 'criteria', 'cli'];

// One project per package; sibling packages resolve to their sources through the `@ntm/source` condition.
export default defineConfig({
  resolve: { conditions: ['@ntm/source'] },
  ssr: { resolve: { conditions: ['@ntm/source'] } },
  test: {
    projects: [
      ...packages.map((name) => ({
        extends: true,
        test: {
          name,
          root: `packages/${name}`,
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          // The CLI tests run the built binary as a child process; on a loaded 2-core machine that takes seconds.
          ...(name === 'cli' ? { testTimeout: 60_000, hookTimeout: 120_000 } : {}),
          // NTM_TYPE_TESTS=off skips the type tests (npm test's extra time-zone runs: types have no time zone).
          typecheck: {
            enabled: process.env.NTM_TYPE_TESTS !== 'off',
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
