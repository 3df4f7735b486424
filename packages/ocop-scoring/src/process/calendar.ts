import type { IsoDate } from '@ntm/domain/core';
import { addDays, addMonths, weekday } from '@ntm/domain/core';

// TEMPORARY stand-in until @ntm/deadlines publishes its calendar core; every process file goes through this one
// adapter so the switch is one file.
export type WorkingCalendar = object;

/** What to do when a period ends on a day off (Civil Code 2015 Art. 148(5) moves it to the next working day). */
export type OnNonWorkingDay = 'next' | 'previous' | 'keep';

/** True when `date` is a working day of `calendar` (the national civil-service calendar by default). */
export function workingDay(date: IsoDate, _calendar?: WorkingCalendar): boolean {
  const w = weekday(date);
  return w !== 0 && w !== 6;
}

/** `n` working days after `date` (the day itself not counted). */
export function workingDaysAfter(date: IsoDate, n: number, calendar?: WorkingCalendar): IsoDate {
  let day = date;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (workingDay(day, calendar)) left--;
  }
  return day;
}

/** The end of a period counted as the Civil Code counts (first day not counted, month-end clamping). */
export function periodEnd(
  start: IsoDate,
  length: { readonly days: number } | { readonly months: number },
  onNonWorkingDay: OnNonWorkingDay,
  calendar?: WorkingCalendar,
): IsoDate {
  const nominal = 'days' in length ? addDays(start, length.days) : addMonths(start, length.months);
  return shift(nominal, onNonWorkingDay, calendar);
}

/** Moves `date` off a day off in the given direction; `'keep'` leaves it. */
export function shift(
  date: IsoDate,
  direction: OnNonWorkingDay,
  calendar?: WorkingCalendar,
): IsoDate {
  if (direction === 'keep') return date;
  const step = direction === 'next' ? 1 : -1;
  let day = date;
  while (!workingDay(day, calendar)) day = addDays(day, step);
  return day;
}
