import { dayNumberOf, fail, parseIsoDate } from '@ntm/domain/core';
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

/** Throws `calendar/out-of-range` for a day outside the calendar. */
export function outOfRange(calendar: WorkingCalendar, path: readonly (string | number)[]): never {
  fail('calendar/out-of-range', path, {
    vi: `Ngày nằm ngoài khoảng có dữ liệu ngày nghỉ của lịch (${calendar.firstYear}–${calendar.lastYear}).`,
    en: `The day is outside the years with holiday data (${calendar.firstYear}–${calendar.lastYear}).`,
  });
}

/** Index of a `YYYY-MM-DD` date in the calendar's table; validates the date and the range. */
export function dayIndex(
  date: string,
  calendar: WorkingCalendar,
  path: readonly (string | number)[],
): number {
  checkCalendar(calendar);
  const iso = parseIsoDate(date, path);
  const index =
    dayNumberOf(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10)) - calendar.firstDayNumber;
  if (index < 0 || index >= calendar.table.length) outOfRange(calendar, path);
  return index;
}
