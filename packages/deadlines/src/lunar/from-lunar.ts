import { fail, type IsoDate } from '@ntm/domain/core';
import { formatDayNumber } from '../calendar/day-number.js';
import type { LunarDateInput } from './lunar-date.js';
import {
  FIRST_LUNAR_YEAR,
  LAST_DAY,
  LAST_LUNAR_YEAR,
  LUNAR_YEARS,
  lunarOutOfRange,
} from './table.js';

function whole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

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
  if (typeof lunar !== 'object' || lunar === null) {
    fail('lunar/invalid', [], {
      vi: 'Cần một ngày âm lịch { year, month, day, leap }.',
      en: 'Expected a lunar date { year, month, day, leap }.',
    });
  }
  const { year, month, day } = lunar;
  const leap = lunar.leap ?? false;
  if (!whole(year, FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR)) lunarOutOfRange(['year']);
  if (!whole(month, 1, 12) || typeof leap !== 'boolean') {
    fail('lunar/invalid-month', ['month'], {
      vi: 'Tháng âm lịch phải là số nguyên 1–12, leap là true/false.',
      en: 'A lunar month is an integer 1–12, leap is true/false.',
    });
  }
  const info = LUNAR_YEARS[year - FIRST_LUNAR_YEAR]!;
  if (leap && info.leap !== month) {
    fail(
      'lunar/no-leap-month',
      ['leap'],
      {
        vi: `Năm âm lịch ${year} không có tháng ${month} nhuận.`,
        en: `Lunar year ${year} has no leap month ${month}.`,
      },
      { leapMonth: info.leap },
    );
  }
  const position = leap || (info.leap !== 0 && month > info.leap) ? month : month - 1;
  const length = 29 + ((info.lengths >> position) & 1);
  if (!whole(day, 1, length)) {
    fail(
      'lunar/invalid-day',
      ['day'],
      {
        vi: `Tháng ${month}${leap ? ' nhuận' : ''} năm ${year} âm lịch chỉ có ${length} ngày.`,
        en: `Lunar month ${month}${leap ? ' (leap)' : ''} of ${year} has ${length} days.`,
      },
      { length },
    );
  }
  let n = info.start + day - 1;
  for (let p = 0; p < position; p += 1) n += 29 + ((info.lengths >> p) & 1);
  if (n > LAST_DAY) lunarOutOfRange([]);
  return formatDayNumber(n);
}
