import {
  CALENDAR_ERRORS,
  expectBoolean,
  expectInteger,
  expectRecord,
  fail,
  type IsoDate,
  optional,
} from '@ntm/domain/core';
import { formatDayNumber } from '../calendar/day-number.js';
import type { LunarDateInput } from './lunar-date.js';
import {
  FIRST_LUNAR_YEAR,
  LAST_DAY,
  LAST_LUNAR_YEAR,
  LUNAR_YEARS,
  lunarOutOfRange,
} from './table.js';

/**
 * Converts a Vietnamese lunar date (UTC+7) to the Gregorian date, for lunar years 1900–2100 up to 2100-12-31.
 * Impossible dates are errors, never normalised: day 30 of a 29-day month, a leap month the year does not have.
 *
 * @remarks
 * Đổi ngày âm lịch sang dương lịch; ví dụ Giỗ Tổ Hùng Vương 10/3 âm lịch.
 *
 * @example
 * ```ts
 * fromLunar({ year: 2026, month: 3, day: 10 }); // '2026-04-26'
 * fromLunar({ year: 2025, month: 6, day: 1, leap: true }); // '2025-07-25' (tháng 6 nhuận)
 * fromLunar({ year: 2025, month: 7, day: 1, leap: true }); // throws lunar/no-leap-month
 * ```
 */
export function fromLunar(lunar: LunarDateInput): IsoDate {
  const input = expectRecord(lunar, ['lunar']);
  const year = expectInteger(input.year, ['year']);
  if (year < FIRST_LUNAR_YEAR || year > LAST_LUNAR_YEAR) lunarOutOfRange(['year']);
  const month = expectInteger(input.month, ['month'], { min: 1, max: 12 });
  const leap = optional(input.leap, (value) => expectBoolean(value, ['leap'])) ?? false;
  const info = LUNAR_YEARS[year - FIRST_LUNAR_YEAR]!;
  if (leap && info.leap !== month) {
    fail(CALENDAR_ERRORS['lunar/no-leap-month'], ['leap'], {
      year,
      month,
      leapMonth: info.leap,
    });
  }
  const position = leap || (info.leap !== 0 && month > info.leap) ? month : month - 1;
  const length = 29 + ((info.lengths >> position) & 1);
  const day = expectInteger(input.day, ['day'], { min: 1, max: 30 });
  if (day > length) {
    fail(CALENDAR_ERRORS['lunar/no-such-day'], ['day'], {
      month: leap ? { vi: `${month} nhuận`, en: `${month} (leap)` } : month,
      year,
      length,
      day,
    });
  }
  let n = info.start + day - 1;
  for (let p = 0; p < position; p += 1) n += 29 + ((info.lengths >> p) & 1);
  if (n > LAST_DAY) lunarOutOfRange([]);
  return formatDayNumber(n);
}
