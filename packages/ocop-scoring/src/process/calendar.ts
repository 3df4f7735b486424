import {
  addWorkingDays,
  endOfPeriod,
  isWorkingDay,
  type NonWorkingDayPolicy,
  nextWorkingDay,
  previousWorkingDay,
  type WorkingCalendar,
} from '@ntm/deadlines';
import type { IsoDate } from '@ntm/domain/core';

// The process files reach the working-day calendar only through this file, so the calendar is passed on the same way
// everywhere (absent → the national calendar of @ntm/deadlines).

/** True when `date` is a working day of `calendar`. */
export function workingDay(date: IsoDate, calendar?: WorkingCalendar): boolean {
  return isWorkingDay(date, calendar);
}

/** The `n`-th working day after `date` (the day itself not counted). */
export function workingDaysAfter(date: IsoDate, n: number, calendar?: WorkingCalendar): IsoDate {
  return addWorkingDays(date, n, calendar);
}

/** The end of a period counted as the Civil Code counts (Arts. 147–148), via `endOfPeriod`. */
export function periodEnd(
  start: IsoDate,
  length: { readonly days: number } | { readonly months: number },
  onNonWorkingDay: NonWorkingDayPolicy,
  calendar?: WorkingCalendar,
): IsoDate {
  return endOfPeriod(start, length, {
    onNonWorkingDay,
    ...(calendar === undefined ? {} : { calendar }),
  });
}

/** `date` itself when it is a working day, otherwise the next or previous one; `'keep'` leaves it. */
export function shift(
  date: IsoDate,
  policy: NonWorkingDayPolicy,
  calendar?: WorkingCalendar,
): IsoDate {
  if (policy === 'keep' || isWorkingDay(date, calendar)) return date;
  return policy === 'next' ? nextWorkingDay(date, calendar) : previousWorkingDay(date, calendar);
}
