import { DATE_ERRORS } from '../errors/catalogue/date.js';
import { received } from '../errors/describe-value.js';
import { fail } from '../errors/domain-error.js';
import {
  type DateInput,
  daysInMonth,
  fromDateParts,
  type IsoDate,
  parseIsoDate,
  toDateParts,
} from './iso-date.js';

/*
 * Dates are counted as whole days since 1970-01-01 with integer arithmetic (Howard Hinnant's civil
 * calendar algorithms). No `Date` object is involved, so the host time zone can never shift a day.
 */

/**
 * Days since 1970-01-01 (negative before it). Useful for fast comparisons and for storing dates as numbers.
 *
 * @example
 * ```ts
 * toDayNumber('1970-01-02'); // 1
 * ```
 */
export function toDayNumber(date: DateInput): number {
  const { year, month, day } = toDateParts(date);
  return dayNumberOf(year, month, day);
}

/**
 * Day number of a year/month/day that is already known to be valid (no checks; internal fast path).
 *
 * @example
 * ```ts
 * dayNumberOf(1970, 1, 1); // 0
 * ```
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The date of a day number (see {@link toDayNumber}).
 *
 * @example
 * ```ts
 * fromDayNumber(0); // '1970-01-01'
 * ```
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isSafeInteger(dayNumber)) {
    fail(DATE_ERRORS['date/invalid-day-number'], [], { value: received(dayNumber) });
  }
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1 || year > 9999) {
    fail(DATE_ERRORS['date/out-of-range'], [], {
      value: { vi: `số ngày ${dayNumber}`, en: `day number ${dayNumber}` },
    });
  }
  // The algorithm only produces existing dates, so the string is built without re-validating it (hot path).
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}` as IsoDate;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * Adds (or, when negative, subtracts) calendar days.
 *
 * @example
 * ```ts
 * addDays('2024-02-28', 1); // '2024-02-29'
 * ```
 */
export function addDays(date: DateInput, days: number): IsoDate {
  assertWholeNumber(days, 'days');
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Adds calendar months; a day that does not exist in the target month becomes that month's last day
 * (2024-01-31 + 1 month = 2024-02-29), as the Civil Code counts month periods.
 *
 * @example
 * ```ts
 * addMonths('2025-06-19', 36); // '2028-06-19'
 * addMonths('2023-01-31', 1);  // '2023-02-28'
 * ```
 */
export function addMonths(date: DateInput, months: number): IsoDate {
  assertWholeNumber(months, 'months');
  const { year, month, day } = toDateParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  if (targetYear < 1 || targetYear > 9999) {
    fail(DATE_ERRORS['date/out-of-range'], ['months'], {
      value: { vi: `năm ${targetYear}`, en: `year ${targetYear}` },
    });
  }
  return fromDateParts({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/**
 * Adds calendar years (29 February becomes 28 February in a common year).
 *
 * @example
 * ```ts
 * addYears('2024-02-29', 1); // '2025-02-28'
 * ```
 */
export function addYears(date: DateInput, years: number): IsoDate {
  assertWholeNumber(years, 'years');
  return addMonths(date, years * 12);
}

/**
 * Compares two dates: negative when `a` is earlier, 0 when equal, positive when later.
 *
 * @example
 * ```ts
 * ['2022-10-01', '2020-06-30'].sort(compareDates); // ['2020-06-30', '2022-10-01']
 * ```
 */
export function compareDates(a: DateInput, b: DateInput): number {
  const left = parseIsoDate(a, ['a']);
  const right = parseIsoDate(b, ['b']);
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * daysBetween('2022-07-26', '2022-08-05'); // 10
 * ```
 */
export function daysBetween(from: DateInput, to: DateInput): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Day of the week, 0 = Sunday (Chủ nhật) … 6 = Saturday (Thứ bảy).
 *
 * @example
 * ```ts
 * weekday('2022-07-26'); // 2 (Tuesday, thứ Ba)
 * ```
 */
export function weekday(date: DateInput): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * The last day of the date's month.
 *
 * @example
 * ```ts
 * endOfMonth('2023-02-10'); // '2023-02-28'
 * ```
 */
export function endOfMonth(date: DateInput): IsoDate {
  const { year, month } = toDateParts(date);
  return fromDateParts({ year, month, day: daysInMonth(year, month) });
}

function assertWholeNumber(value: number, name: string): void {
  // `Number.isSafeInteger` is false for anything but a number.
  if (!Number.isSafeInteger(value) || Math.abs(value) > 3_650_000) {
    fail(DATE_ERRORS['date/invalid-amount'], [name], { name, received: received(value) });
  }
}
