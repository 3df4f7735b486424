import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getLunarDate } from '@dqcai/vn-lunar';
import { dayNumberOf, fromDayNumber } from '@ntm/domain/core';
import { addBusinessDays } from 'date-fns';
import Holidays from 'date-holidays';
import { buildSync } from 'esbuild';
import { afterAll, bench, describe } from 'vitest';

/*
 * @ntm/deadlines against its peers, side by side in one run (the peers the package must beat). Each iteration processes the same 1,000
 * pseudo-random dates in 1990–2050 (fixed seed), so the ratios between rows are what matters, not absolute times.
 */
const require = createRequire(import.meta.url);
const amlich = require('amlich') as {
  convertSolar2Lunar(day: number, month: number, year: number, timeZone: number): number[];
};
// Peers are loaded natively from their published single-file builds. Vitest's transform of workspace sources would
// route every cross-module call of ours through module-namespace getters, so we bundle our entry the way an app's
// bundler would (esbuild, minified) into node_modules/.cache, which Vitest leaves to Node, and import that.
const bundle = fileURLToPath(
  new URL('../node_modules/.cache/ntm-bench/deadlines.mjs', import.meta.url),
);
buildSync({
  entryPoints: [fileURLToPath(new URL('../packages/deadlines/src/index.ts', import.meta.url))],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  conditions: ['@ntm/source'],
  outfile: bundle,
});
const { addWorkingDays, isDayOff, toLunar } = (await import(
  pathToFileURL(bundle).href
)) as typeof import('@ntm/deadlines');

let seed = 20260101;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const first = dayNumberOf(1990, 1, 1);
const last = dayNumberOf(2050, 12, 31);
const isoDates = Array.from({ length: 1000 }, () =>
  fromDayNumber(first + Math.floor(random() * (last - first))),
);
const parts = isoDates.map((d) => [+d.slice(0, 4), +d.slice(5, 7), +d.slice(8, 10)] as const);
// Working-day arithmetic stays inside the national calendar's years (2007–2100): 2008–2050.
const recentFirst = dayNumberOf(2008, 1, 1);
const recent = Array.from({ length: 1000 }, () =>
  fromDayNumber(recentFirst + Math.floor(random() * (last - recentFirst))),
);
const recentJs = recent.map(
  (d) => new Date(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10), 12),
);

// Results are summed into a module variable so the engine cannot drop the calls as dead code.
let sink = 0;
afterAll(() => {
  if (!Number.isFinite(sink)) throw new Error('benchmark results were not numbers');
});

describe('solar → lunar (1,000 dates)', () => {
  bench('@ntm/deadlines toLunar', () => {
    for (const d of isoDates) sink += toLunar(d).day;
  });
  bench('@dqcai/vn-lunar getLunarDate', () => {
    for (const [y, m, d] of parts) sink += getLunarDate(d, m, y).day;
  });
  bench('amlich convertSolar2Lunar', () => {
    for (const [y, m, d] of parts) sink += amlich.convertSolar2Lunar(d, m, y, 7)[0]!;
  });
});

const holidays = new Holidays('VN');

// date-holidays needs ~1 ms a call, so this group uses 50 dates per iteration.
const few = recent.slice(0, 50);
const fewJs = recentJs.slice(0, 50);

describe('is this day a holiday? (50 dates)', () => {
  bench('@ntm/deadlines isDayOff', () => {
    for (const d of few) sink += isDayOff(d) ? 1 : 0;
  });
  bench('date-holidays isHoliday', () => {
    for (const d of fewJs) sink += holidays.isHoliday(d) ? 1 : 0;
  });
});

describe('date + 10 working days (1,000 dates)', () => {
  bench('@ntm/deadlines addWorkingDays (holidays, nghỉ bù, swaps)', () => {
    for (const d of recent) sink += addWorkingDays(d, 10).length;
  });
  bench('date-fns addBusinessDays (Mon–Fri only)', () => {
    for (const d of recentJs) sink += addBusinessDays(d, 10).getDate();
  });
});
