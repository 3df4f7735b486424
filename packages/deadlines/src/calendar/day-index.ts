import { fail } from '@ntm/domain/core';
import { FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR } from '../data/regimes.js';
import { parseDayNumber } from './day-number.js';
import type { WorkingCalendar } from './types.js';

/** Checks that a value is a calendar built by createCalendar (cheap structural test). */
export function checkCalendar(calendar: WorkingCalendar): void {
  if (typeof calendar !== 'object' || calendar === null || typeof calendar.table !== 'string') {
    fail('calendar/invalid', ['calendar'], {
      vi: 'Lịch không hợp lệ: hãy dùng NATIONAL_CALENDAR hoặc createCalendar(...).',
      en: 'Invalid calendar: use NATIONAL_CALENDAR or createCalendar(...).',
    });
  }
}

/** Throws `calendar/out-of-range` for a day or year outside the holiday data. */
export function outOfRange(path: readonly (string | number)[]): never {
  fail('calendar/out-of-range', path, {
    vi: `Ngoài khoảng có dữ liệu ngày nghỉ (${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR}).`,
    en: `Outside the years with holiday data (${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR}).`,
  });
}

/** Index of a `YYYY-MM-DD` date in the calendar's table; validates the date and the range. */
export function dayIndex(
  date: string,
  calendar: WorkingCalendar,
  path: readonly (string | number)[],
): number {
  checkCalendar(calendar);
  const index = parseDayNumber(date, path) - calendar.firstDayNumber;
  if (index < 0 || index >= calendar.table.length) outOfRange(path);
  return index;
}
