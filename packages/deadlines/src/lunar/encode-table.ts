import { dayNumberOf } from '@ntm/domain/core';
import { computeMonths } from './build-months.js';
import { ALPHABET, FIRST_DAY, FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR } from './table.js';

/*
 * Offline: turns the astronomical months into the compact table shipped in src/data/lunar-table.ts (4 characters per lunar year),
 * written by scripts/generate-lunar-table.ts.
 * The test in src/data/lunar-table.test.ts re-runs this and fails when the shipped table is stale.
 */

/** New moons closer than this to local midnight make a month start uncertain (the published near-midnight cases: 0–17 minutes). */
export const UNCERTAIN_MINUTES = 20;

/** Three characters: days after 1900-01-31 (the first day of the table), 18 bits. */
function encodeDay(dayNumber: number): string {
  const offset = dayNumber - FIRST_DAY;
  return [12, 6, 0].map((shift) => ALPHABET[(offset >> shift) & 63]).join('');
}

/** Encodes the lunar years FIRST_LUNAR_YEAR…LAST_LUNAR_YEAR: Tết offset (6 bits), leap month (4), month lengths (13). */
export function encodeTable(): { table: string; uncertain: string } {
  const months = computeMonths(FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR + 1);
  let table = '';
  let uncertain = '';
  for (let year = FIRST_LUNAR_YEAR; year <= LAST_LUNAR_YEAR; year += 1) {
    const index = months.findIndex((m) => m.year === year);
    const own = months.filter((m) => m.year === year);
    const tetOffset = own[0]!.start - dayNumberOf(year, 1, 1);
    const leapPosition = own.findIndex((m) => m.leap); // position of the leap month, -1 if none
    let lengths = 0;
    own.forEach((m, i) => {
      const next = months[index + i + 1]!;
      if (next.start - m.start === 30) lengths |= 1 << i;
      if (m.newMoonMargin < UNCERTAIN_MINUTES && !(year >= 1990 && year <= 2050))
        uncertain += encodeDay(m.start);
    });
    const bits = (tetOffset << 17) | (Math.max(leapPosition, 0) << 13) | lengths;
    for (let shift = 18; shift >= 0; shift -= 6) table += ALPHABET[(bits >> shift) & 63];
  }
  return { table, uncertain };
}
