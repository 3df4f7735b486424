import { expectInteger, type IsoDate } from '@ntm/domain/core';
import { dayIndex, outOfRange } from './day-index.js';
import { formatDayNumber } from './day-number.js';
import { NATIONAL_CALENDAR } from './national.js';
import type { WorkingCalendar } from './types.js';

const OFF = 49; // '1'

/** Steps from `index` to the |steps|-th working day in the direction of the sign; returns the table index. */
function step(calendar: WorkingCalendar, index: number, steps: number): number {
  const table = calendar.table;
  const direction = steps < 0 ? -1 : 1;
  let left = steps * direction;
  let i = index;
  while (left > 0) {
    i += direction;
    const code = table.charCodeAt(i);
    if (code !== OFF) {
      if (Number.isNaN(code)) outOfRange(['date']);
      left -= 1;
    }
  }
  return i;
}

/**
 * True when `date` is not a working day in the calendar: a weekly rest day not made a working day, a holiday, a nghỉ bù
 * or a swapped day off. Throws `date/invalid` or `calendar/out-of-range` (holiday data covers 2007–2100).
 *
 * @remarks
 * Ngày nghỉ: nghỉ hằng tuần, nghỉ lễ, tết, nghỉ bù, ngày nghỉ hoán đổi.
 *
 * @example
 * ```ts
 * isDayOff('2025-09-01'); // true (Quốc khánh, adjacent day)
 * isDayOff('2025-04-26'); // false (Saturday made a working day)
 * ```
 */
export function isDayOff(date: string, calendar: WorkingCalendar = NATIONAL_CALENDAR): boolean {
  const index = dayIndex(date, calendar, ['date']);
  return calendar.table.charCodeAt(index) === OFF;
}

/**
 * True when `date` is a working day in the calendar (the opposite of {@link isDayOff}).
 *
 * @remarks
 * Ngày làm việc của cơ quan nhà nước: thứ Hai–thứ Sáu (QĐ 188/1999/QĐ-TTg) không phải ngày nghỉ lễ, tết, nghỉ bù, hoặc
 * thứ Bảy đi làm bù.
 *
 * @example
 * ```ts
 * isWorkingDay('2025-02-03'); // true (first working day after Tết Ất Tỵ)
 * ```
 */
export function isWorkingDay(date: string, calendar: WorkingCalendar = NATIONAL_CALENDAR): boolean {
  const index = dayIndex(date, calendar, ['date']);
  return calendar.table.charCodeAt(index) !== OFF;
}

/**
 * The first working day strictly after `date` (same as `addWorkingDays(date, 1)`). To keep a date that is already a
 * working day, use `isWorkingDay(d) ? d : nextWorkingDay(d)` or {@link endOfPeriod}'s `onNonWorkingDay`.
 *
 * @remarks
 * Ngày làm việc kế tiếp.
 *
 * @example
 * ```ts
 * nextWorkingDay('2025-01-24'); // '2025-02-03' (Friday before Tết → Monday after it)
 * ```
 */
export function nextWorkingDay(
  date: string,
  calendar: WorkingCalendar = NATIONAL_CALENDAR,
): IsoDate {
  const index = step(calendar, dayIndex(date, calendar, ['date']), 1);
  return formatDayNumber(calendar.firstDayNumber + index);
}

/**
 * The last working day strictly before `date` (same as `addWorkingDays(date, -1)`).
 *
 * @remarks
 * Ngày làm việc liền trước.
 *
 * @example
 * ```ts
 * previousWorkingDay('2025-02-03'); // '2025-01-24'
 * ```
 */
export function previousWorkingDay(
  date: string,
  calendar: WorkingCalendar = NATIONAL_CALENDAR,
): IsoDate {
  const index = step(calendar, dayIndex(date, calendar, ['date']), -1);
  return formatDayNumber(calendar.firstDayNumber + index);
}

const MAX_STEPS = 30000;

/**
 * Adds `n` working days: the day `date` itself is not counted (Civil Code Art. 147), so the result is the n-th working
 * day after `date` (n > 0) or before it (n < 0). **n = 0 returns `date` unchanged, even when it is a day off** (no step
 * is taken; roll it with {@link nextWorkingDay} if you need a working day).
 *
 * @remarks
 * "Trong thời hạn N ngày làm việc kể từ ngày nhận được": ngày nhận không tính, hạn là ngày làm việc thứ N sau đó.
 *
 * @example
 * ```ts
 * addWorkingDays('2025-01-24', 1);  // '2025-02-03' (the Tết Ất Tỵ block is skipped)
 * addWorkingDays('2025-02-03', -1); // '2025-01-24'
 * ```
 */
export function addWorkingDays(
  date: string,
  n: number,
  calendar: WorkingCalendar = NATIONAL_CALENDAR,
): IsoDate {
  const index = dayIndex(date, calendar, ['date']);
  expectInteger(n, ['n'], { min: -MAX_STEPS, max: MAX_STEPS });
  return formatDayNumber(calendar.firstDayNumber + step(calendar, index, n));
}

/**
 * Counts working days between two dates, the first one excluded (Civil Code Art. 147): for `to` ≥ `from`, the working
 * days in (from, to]; for `to` < `from`, minus the working days in [to, from). So
 * `countWorkingDays(d, addWorkingDays(d, n)) === n` for every n ≠ 0, in both directions.
 *
 * @remarks
 * Đếm số ngày làm việc, không tính ngày bắt đầu.
 *
 * @example
 * ```ts
 * countWorkingDays('2025-01-24', '2025-02-03'); // 1
 * countWorkingDays('2025-02-03', '2025-01-24'); // -1
 * ```
 */
export function countWorkingDays(
  from: string,
  to: string,
  calendar: WorkingCalendar = NATIONAL_CALENDAR,
): number {
  return workingDaysBetween(
    calendar,
    dayIndex(from, calendar, ['from']),
    dayIndex(to, calendar, ['to']),
  );
}

/** The working days in (a, b] for b ≥ a, minus those in [b, a) for b < a (indices into the table). */
function workingDaysBetween(calendar: WorkingCalendar, a: number, b: number): number {
  const table = calendar.table;
  const forward = b >= a;
  const last = forward ? b : a - 1;
  let count = 0;
  for (let i = forward ? a + 1 : b; i <= last; i += 1) if (table.charCodeAt(i) !== OFF) count += 1;
  return forward ? count : 0 - count; // 0 - count, not -count: an empty span is 0, never -0
}
