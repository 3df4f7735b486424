import {
  DATE_ERRORS,
  dayNumberOf,
  daysInMonth,
  fail,
  fromDayNumber,
  type IsoDate,
  type IssuePath,
  received,
} from '@ntm/domain/core';

/*
 * Hot-path date handling for the table lookups. `parseIsoDate` (a regular expression) and `fromDayNumber` (which
 * re-validates its own output) cost more than the lookup itself; these do the same checks with character codes and
 * throw the same `date/invalid` issue (the test in day-number.test.ts holds them to parseIsoDate's verdicts).
 */

/** The digit at position i, or a value > 9 when it is not a digit (`>>> 0` turns negatives into huge numbers). */
const digit = (s: string, i: number) => (s.charCodeAt(i) - 48) >>> 0;

/** Day number of a `YYYY-MM-DD` string; throws `date/invalid` for anything else. */
export function parseDayNumber(value: unknown, path: IssuePath): number {
  if (
    typeof value === 'string' &&
    value.length === 10 &&
    value.charCodeAt(4) === 45 &&
    value.charCodeAt(7) === 45
  ) {
    const y0 = digit(value, 0);
    const y1 = digit(value, 1);
    const y2 = digit(value, 2);
    const y3 = digit(value, 3);
    const m0 = digit(value, 5);
    const m1 = digit(value, 6);
    const d0 = digit(value, 8);
    const d1 = digit(value, 9);
    if (y0 <= 9 && y1 <= 9 && y2 <= 9 && y3 <= 9 && m0 <= 9 && m1 <= 9 && d0 <= 9 && d1 <= 9) {
      const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
      const month = m0 * 10 + m1;
      const day = d0 * 10 + d1;
      if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
        return dayNumberOf(year, month, day);
      }
    }
  }
  fail(DATE_ERRORS['date/invalid'], path, { value: received(value) });
}

/** The date of a day number (the checked conversion of @ntm/domain, cheap enough for the hot path). */
export function formatDayNumber(n: number): IsoDate {
  return fromDayNumber(n);
}
