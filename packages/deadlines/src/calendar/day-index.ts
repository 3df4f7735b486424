import { CALENDAR_ERRORS, fail, type IssuePath } from '@ntm/domain/core';
import { FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR } from '../data/regimes.js';
import { parseDayNumber } from './day-number.js';
import type { WorkingCalendar } from './types.js';

/**
 * Checks that a value looks like a calendar built by createCalendar: frozen, with its table and year lists. Cheap
 * enough for every lookup; a hand-made object fails here instead of crashing later.
 */
export function checkCalendar(calendar: WorkingCalendar): void {
  if (
    typeof calendar !== 'object' ||
    calendar === null ||
    !Object.isFrozen(calendar) ||
    typeof calendar.table !== 'string' ||
    typeof calendar.firstDayNumber !== 'number' ||
    typeof calendar.firstYear !== 'number' ||
    typeof calendar.lastYear !== 'number' ||
    !Array.isArray(calendar.daysOffByYear) ||
    !Array.isArray(calendar.workingByYear) ||
    !Array.isArray(calendar.scheduledYears) ||
    !Array.isArray(calendar.weeklyRest)
  ) {
    fail(CALENDAR_ERRORS['calendar/invalid'], ['calendar']);
  }
}

/** Throws `calendar/out-of-range` for a day or year outside the holiday data. */
export function outOfRange(path: IssuePath): never {
  fail(CALENDAR_ERRORS['calendar/out-of-range'], path, {
    first: FIRST_CALENDAR_YEAR,
    last: LAST_CALENDAR_YEAR,
  });
}

/** Index of a `YYYY-MM-DD` date in the calendar's table; validates the date and the range. */
export function dayIndex(date: string, calendar: WorkingCalendar, path: IssuePath): number {
  // Lookups read only the table and its first day; the full check is for the functions that read the year lists.
  if (
    typeof calendar !== 'object' ||
    calendar === null ||
    typeof calendar.table !== 'string' ||
    typeof calendar.firstDayNumber !== 'number'
  ) {
    checkCalendar(calendar);
  }
  const index = parseDayNumber(date, path) - calendar.firstDayNumber;
  if (index < 0 || index >= calendar.table.length) outOfRange(path);
  return index;
}
