import type { DeadlineMonthly } from '@ntm/domain/core';
import { describeValue, fail } from '@ntm/domain/core';
import { READINGS } from './readings.js';

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
  if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 31) {
    fail(
      'deadlines/invalid-day',
      ['day'],
      {
        vi: `Ngày trong tháng phải là số nguyên 1–31 (nhận được ${describeValue(day)}).`,
        en: `The day of the month must be a whole number 1–31 (got ${describeValue(day)}).`,
      },
      { day },
    );
  }
  if (typeof options !== 'object' || options === null) {
    fail('deadlines/invalid-option', ['options'], {
      vi: 'Tùy chọn phải là một đối tượng.',
      en: 'The options must be an object.',
    });
  }
  // `=== undefined`, not `??`: null is a wrong value, not an absent one.
  const inclusive = options.inclusive === undefined ? true : options.inclusive;
  if (typeof inclusive !== 'boolean') {
    fail('deadlines/invalid-option', ['options', 'inclusive'], {
      vi: 'Tùy chọn inclusive phải là true hoặc false.',
      en: 'The inclusive option must be true or false.',
    });
  }
  return Object.freeze({
    kind: 'monthly',
    day,
    inclusive,
    reading: READINGS[inclusive ? 'monthly-day' : 'monthly-before-day'],
  });
}
