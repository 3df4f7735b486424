import { dayNumberOf, daysInMonth, fail, type IsoDate } from '@ntm/domain/core';
import { formatDayNumber, parseDayNumber } from '../calendar/day-number.js';
import { NATIONAL_CALENDAR } from '../calendar/national.js';
import type { WorkingCalendar } from '../calendar/types.js';
import { isWorkingDay, nextWorkingDay, previousWorkingDay } from '../calendar/working-days.js';

/** Day number of 9999-12-31, the last date an ISO date can hold. */
const LAST_DAY = dayNumberOf(9999, 12, 31);

/**
 * The length of a period: exactly one of days, weeks, months or years (a positive whole number).
 *
 * @remarks
 * Thời hạn tính theo ngày, tuần, tháng, năm (Điều 144 Bộ luật Dân sự 2015).
 *
 * @example
 * ```ts
 * const ocopCertificate: PeriodLength = { months: 36 };
 * ```
 */
export type PeriodLength =
  | { readonly days: number }
  | { readonly weeks: number }
  | { readonly months: number }
  | { readonly years: number };

/**
 * What to do when the last day of a period is not a working day: `next` (Civil Code Art. 148(5), default), `previous`
 * (finish early, e.g. an internal deadline) or `keep`.
 *
 * @example
 * ```ts
 * const policy: NonWorkingDayPolicy = 'next';
 * ```
 */
export type NonWorkingDayPolicy = 'next' | 'previous' | 'keep';

/**
 * Options of {@link endOfPeriod}.
 *
 * @example
 * ```ts
 * const options: PeriodOptions = { onNonWorkingDay: 'keep' };
 * ```
 */
export interface PeriodOptions {
  /** Rule for a last day that is a day off. Default `'next'` (Art. 148(5)). */
  readonly onNonWorkingDay?: NonWorkingDayPolicy;
  /** Calendar deciding days off. Default {@link NATIONAL_CALENDAR}. */
  readonly calendar?: WorkingCalendar;
}

// About a century in every unit: beyond that a "period" is a data error, and the result stays within year 9999.
const LIMITS = { days: 36600, weeks: 5220, months: 1200, years: 100 } as const;
type Unit = keyof typeof LIMITS;

/**
 * The last day of a period counted by the Civil Code 2015 (Arts. 144–148): the start day is not counted (147); a period
 * of days ends on the N-th day after the start (148(1)); of weeks, on the same weekday of the last week (148(2)); of
 * months, on the same day of the last month, or that month's last day if it has no such day (148(3)); of years, on the
 * same day and month (148(4); 29 February → 28 February, derived). A last day that is a day off moves to the next working
 * day (148(5)) unless `onNonWorkingDay` says otherwise. The period ends at 24:00 of the returned day (148(6)).
 *
 * @remarks
 * Cách tính thời hạn theo Điều 144–148 Bộ luật Dân sự 2015: không tính ngày đầu; ngày cuối là ngày nghỉ thì thời hạn kết
 * thúc vào cuối ngày làm việc tiếp theo.
 *
 * @example
 * ```ts
 * endOfPeriod('2025-06-19', { months: 36 });                               // '2028-06-19' (OCOP certificate)
 * endOfPeriod('2025-01-31', { months: 1 }, { onNonWorkingDay: 'keep' });   // '2025-02-28'
 * endOfPeriod('2025-01-20', { days: 7 });                                  // '2025-02-03' (27/1 is Tết → next working day)
 * ```
 */
export function endOfPeriod(
  start: string,
  length: PeriodLength,
  options: PeriodOptions = {},
): IsoDate {
  const from = parseDayNumber(start, ['start']);
  const keys = typeof length === 'object' && length !== null ? Object.keys(length) : [];
  const unit = keys[0] as Unit;
  const n =
    keys.length === 1 && Object.hasOwn(LIMITS, unit) ? (length as Record<Unit, unknown>)[unit] : 0;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > LIMITS[unit]) {
    fail('period/invalid-length', ['length'], {
      vi: 'Thời hạn cần đúng một trường days, weeks, months hoặc years, là số nguyên dương (tối đa khoảng 100 năm).',
      en: 'A period needs exactly one of days, weeks, months or years, a positive integer (up to about 100 years).',
    });
  }
  if (typeof options !== 'object' || options === null) {
    fail('period/invalid-options', ['options'], {
      vi: 'Tùy chọn thời hạn phải là một đối tượng { onNonWorkingDay, calendar }.',
      en: 'Period options must be an object { onNonWorkingDay, calendar }.',
    });
  }
  const policy = options.onNonWorkingDay === undefined ? 'next' : options.onNonWorkingDay;
  if (policy !== 'next' && policy !== 'previous' && policy !== 'keep') {
    fail('period/invalid-policy', ['onNonWorkingDay'], {
      vi: "onNonWorkingDay phải là 'next', 'previous' hoặc 'keep'.",
      en: "onNonWorkingDay must be 'next', 'previous' or 'keep'.",
    });
  }
  let end: number;
  if (unit === 'days' || unit === 'weeks') {
    end = from + (unit === 'days' ? n : n * 7);
  } else {
    // Art. 148(3): the same day of the target month, or its last day.
    const month =
      +start.slice(0, 4) * 12 + +start.slice(5, 7) - 1 + (unit === 'months' ? n : n * 12);
    const year = Math.floor(month / 12);
    end = dayNumberOf(
      year,
      (month % 12) + 1,
      Math.min(+start.slice(8, 10), daysInMonth(year, (month % 12) + 1)),
    );
  }
  if (end > LAST_DAY) {
    fail('period/out-of-range', ['length'], {
      vi: 'Thời hạn kết thúc sau năm 9999.',
      en: 'The period ends after year 9999.',
    });
  }
  const date = formatDayNumber(end);
  if (policy === 'keep') return date;
  const calendar = options.calendar ?? NATIONAL_CALENDAR;
  if (isWorkingDay(date, calendar)) return date;
  return policy === 'next' ? nextWorkingDay(date, calendar) : previousWorkingDay(date, calendar);
}
