import { defineConfig } from 'vitest/config';

// Benchmarks run apart from the test gate (`npm run bench`): timings on a 2-core CI machine are noise,
// so only the ratios between peers measured side by side in one run are reported.
// They import the built packages (`npm run bench` builds first), as an app does: vitest's on-the-fly transform of
// workspace sources would slow our side and not the peers' prebuilt files.
export default defineConfig({
  test: { root: '.', benchmark: { include: ['bench/**/*.bench.ts'] } },
});
