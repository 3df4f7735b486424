import { DATE_ERRORS } from '../errors/catalogue/date.js';
import { describeValue, received } from '../errors/describe-value.js';
import { fail } from '../errors/domain-error.js';
import type { IssuePath } from '../errors/issue.js';
import { expectPath, expectRecord } from '../validation/guards.js';

declare const isoDateBrand: unique symbol;

/**
 * A calendar date written `YYYY-MM-DD` that has been checked to exist. It carries no time and no time zone.
 * Produce one with {@link parseIsoDate} or any date function of the SDK.
 *
 * @example
 * ```ts
 * const signed: IsoDate = parseIsoDate('2022-07-26');
 * ```
 */
export type IsoDate = string & { readonly [isoDateBrand]: true };

/**
 * Anything date functions accept: an {@link IsoDate} or a plain `YYYY-MM-DD` string, validated on entry.
 *
 * @example
 * ```ts
 * const due: DateInput = '2022-10-01';
 * ```
 */
export type DateInput = IsoDate | string;

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True for a Gregorian leap year.
 *
 * @example
 * ```ts
 * isLeapYear(2024); // true
 * isLeapYear(2100); // false
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (1–12) of a Gregorian year.
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The year, month (1–12) and day of a date.
 *
 * @example
 * ```ts
 * const parts: DateParts = { year: 2022, month: 7, day: 26 };
 * ```
 */
export interface DateParts {
  /** Gregorian year, 1–9999. */
  readonly year: number;
  /** Month, 1–12. */
  readonly month: number;
  /** Day of the month, 1–31. */
  readonly day: number;
}

/**
 * True when `value` is a string `YYYY-MM-DD` naming a date that exists.
 *
 * @example
 * ```ts
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2023-02-29'); // false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Checks that `value` is an existing date written `YYYY-MM-DD` and returns it as an {@link IsoDate}.
 * Throws a {@link DomainError} (`date/invalid`) naming `path` otherwise: `2022-02-30`, `''`, `null`, numbers.
 *
 * @example
 * ```ts
 * parseIsoDate('2022-07-26'); // '2022-07-26'
 * parseIsoDate('2022-02-30'); // throws DomainError date/invalid
 * ```
 */
export function parseIsoDate(value: unknown, path: IssuePath = []): IsoDate {
  if (isIsoDate(value)) return value;
  // The path is read only to report an error: checking it there keeps the hot path free.
  fail(DATE_ERRORS['date/invalid'], expectPath(path, ['path']), { value: received(value) });
}

/**
 * Splits a date into year, month and day. Validates the input.
 *
 * @example
 * ```ts
 * toDateParts('2022-07-26'); // { year: 2022, month: 7, day: 26 }
 * ```
 */
export function toDateParts(date: DateInput): DateParts {
  const iso = parseIsoDate(date);
  return {
    year: Number(iso.slice(0, 4)),
    month: Number(iso.slice(5, 7)),
    day: Number(iso.slice(8, 10)),
  };
}

/**
 * Builds an {@link IsoDate} from its parts; throws `date/invalid` when the date does not exist.
 *
 * @example
 * ```ts
 * fromDateParts({ year: 2020, month: 6, day: 30 }); // '2020-06-30'
 * ```
 */
export function fromDateParts(parts: DateParts, path: IssuePath = []): IsoDate {
  expectPath(path, ['path']);
  const { year, month, day } = expectRecord(parts, path);
  if (![year, month, day].every((n) => Number.isInteger(n))) {
    fail(DATE_ERRORS['date/invalid'], path, {
      value: {
        vi: `năm ${describeValue(year, 'vi')}, tháng ${describeValue(month, 'vi')}, ngày ${describeValue(day, 'vi')}`,
        en: `year ${describeValue(year)}, month ${describeValue(month)}, day ${describeValue(day)}`,
      },
    });
  }
  return parseIsoDate(
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    path,
  );
}
