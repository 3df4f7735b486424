import { defineConfig } from 'vitest/config';

// Benchmarks run apart from the test gate (`npm run bench`): timings on a 2-core CI machine are noise,
// so only the ratios between peers measured side by side in one run are reported.
export default defineConfig({
  resolve: { conditions: ['@ntm/source'] },
  ssr: { resolve: { conditions: ['@ntm/source'] } },
  test: { root: '.', benchmark: { include: ['bench/**/*.bench.ts'] } },
});
