import type { DeadlineMonthly } from '@ntm/domain/core';
import { expectBoolean, expectInteger, expectRecord } from '@ntm/domain/core';
import { READINGS } from '../data/readings.js';

/**
 * A monthly deadline on day `day` (1–31) of every month, as "ngày 30 hàng tháng" reads: in a month
 * without that day the deadline is the month's last day (30 → 28 or 29 February). With
 * `inclusive: false` it reads "trước ngày N hàng tháng" (due the day before).
 *
 * @remarks Hạn định kỳ hằng tháng. Đặt ngày 30 thì tháng 2 lấy ngày cuối tháng.
 * @example
 * ```ts
 * const rule = monthlyOn(30);
 * occurrences(rule, '2021-01-01', '2021-03-31', { onNonWorkingDay: 'keep' }).map((o) => o.due);
 * // ['2021-01-30', '2021-02-28', '2021-03-30']
 * ```
 */
export function monthlyOn(
  day: number,
  options: { readonly inclusive?: boolean } = {},
): DeadlineMonthly {
  expectInteger(day, ['day'], { min: 1, max: 31 });
  // `=== undefined`, not `??`: null is a wrong value, not an absent one.
  const given = expectRecord(options, ['options']).inclusive;
  const inclusive = given === undefined ? true : expectBoolean(given, ['options', 'inclusive']);
  return Object.freeze({
    kind: 'monthly',
    day,
    inclusive,
    reading: READINGS[inclusive ? 'monthly-day' : 'monthly-before-day'],
  });
}
