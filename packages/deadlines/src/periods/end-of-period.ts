import {
  type Bilingual,
  DATE_ERRORS,
  dayNumberOf,
  daysInMonth,
  expectInteger,
  expectKnownFields,
  fail,
  type IsoDate,
  PERIOD_ERRORS,
} from '@ntm/domain/core';
import { formatDayNumber, parseDayNumber } from '../calendar/day-number.js';
import { NATIONAL_CALENDAR } from '../calendar/national.js';
import type { WorkingCalendar } from '../calendar/types.js';
import { dayOffOptions, onWorkingDay } from './policy.js';

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
const UNITS: Readonly<Record<Unit, Bilingual>> = {
  days: { vi: 'ngày', en: 'days' },
  weeks: { vi: 'tuần', en: 'weeks' },
  months: { vi: 'tháng', en: 'months' },
  years: { vi: 'năm', en: 'years' },
};

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
  const [unit, n] = lengthOf(length);
  const { policy, calendar } = dayOffOptions(options);
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
    fail(DATE_ERRORS['date/out-of-range'], ['length'], {
      value: { vi: `${start} + ${n} ${UNITS[unit].vi}`, en: `${start} + ${n} ${UNITS[unit].en}` },
    });
  }
  return onWorkingDay(formatDayNumber(end), policy, calendar);
}

/** The unit and count of a period length: exactly one known unit, a whole number from 1 to its limit. */
function lengthOf(length: unknown): [Unit, number] {
  const units = Object.keys(expectKnownFields(length, Object.keys(LIMITS), ['length'])) as Unit[];
  const unit = units[0];
  if (unit === undefined || units.length > 1)
    fail(PERIOD_ERRORS['period/invalid-length'], ['length']);
  const n = expectInteger((length as Record<Unit, unknown>)[unit], ['length', unit], {
    min: 1,
    max: LIMITS[unit],
  });
  return [unit, n];
}
