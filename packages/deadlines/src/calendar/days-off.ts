import { expectInteger, fromDateParts, type IsoDate } from '@ntm/domain/core';
import { PENDING_DAYS_OFF, type PendingDayOff } from '../data/pending.js';
import { checkCalendar, dayIndex, outOfRange } from './day-index.js';
import { NATIONAL_CALENDAR } from './national.js';
import type { DayOff, MakeUpWorkingDay, WorkingCalendar } from './types.js';

/** The calendar's per-year lists, one entry a year from `firstYear`. */
type ByYear = 'daysOffByYear' | 'workingByYear';

/** The entry for `year` of one of the calendar's per-year lists, once the calendar and the year are checked. */
function ofYear<List extends ByYear>(
  list: List,
  year: number,
  calendar: WorkingCalendar,
): WorkingCalendar[List][number] {
  checkCalendar(calendar);
  expectInteger(year, ['year']);
  if (year < calendar.firstYear || year > calendar.lastYear) outOfRange(['year']);
  return calendar[list][year - calendar.firstYear]!;
}

/**
 * The days off of a year other than weekly rest days — holidays, nghỉ bù, swapped days off and the caller's own days —
 * in date order, each with its kind, vi/en name, legal basis, `source` (`schedule` or `rule`) and `provisional` flag.
 *
 * @remarks
 * Danh sách ngày nghỉ lễ, tết, nghỉ bù, nghỉ hoán đổi trong năm. Năm chưa có thông báo lịch nghỉ: ngày Tết và ngày liền kề
 * Quốc khánh theo phương án mặc định, đánh dấu `provisional`.
 *
 * @example
 * ```ts
 * daysOff(2026).map((d) => d.date);
 * // ['2026-01-01', '2026-01-02', '2026-02-16', …, '2026-09-02']
 * ```
 */
export function daysOff(
  year: number,
  calendar: WorkingCalendar = NATIONAL_CALENDAR,
): readonly DayOff[] {
  return ofYear('daysOffByYear', year, calendar);
}

/**
 * The rest days made working days in a year: the government's swapped Saturdays ("đi làm bù") and the caller's
 * `extraWorkingDays`.
 *
 * @remarks
 * Các ngày thứ Bảy đi làm bù theo quyết định hoán đổi ngày làm việc.
 *
 * @example
 * ```ts
 * makeUpWorkingDays(2024).map((d) => d.date); // ['2024-05-04']
 * ```
 */
export function makeUpWorkingDays(
  year: number,
  calendar: WorkingCalendar = NATIONAL_CALENDAR,
): readonly MakeUpWorkingDay[] {
  return ofYear('workingByYear', year, calendar);
}

/**
 * A pending day off on its date in one year, and whether the calendar includes it.
 *
 * @example
 * ```ts
 * const [culture]: readonly PendingDate[] = pendingDaysOff(2026);
 * culture?.date;    // '2026-11-24'
 * culture?.applied; // false (NATIONAL_CALENDAR follows the law in force)
 * ```
 */
export interface PendingDate {
  /** The day it would be off. */
  readonly date: IsoDate;
  /** The pending change: name, policy documents, sources, what is not known. */
  readonly change: PendingDayOff;
  /** True when the calendar was built with `includePending` covering this year, so the day is off there. */
  readonly applied: boolean;
}

/**
 * The days off announced by policy but not yet law that fall in a year (`PENDING_DAYS_OFF`), each with whether the
 * calendar applies it. A calendar applies none unless built with `createCalendar({ includePending })`, so the answer
 * is never silently on or off: show these beside `daysOff` and let people choose.
 *
 * @remarks
 * Ngày nghỉ đang chờ thành luật (Ngày Văn hóa Việt Nam 24/11) trong năm, và lịch có áp dụng hay không.
 *
 * @example
 * ```ts
 * pendingDaysOff(2026).map((p) => [p.date, p.applied]); // [['2026-11-24', false]]
 * pendingDaysOff(2026, createCalendar({ includePending: true }))[0]?.applied; // true
 * pendingDaysOff(2025); // [] (announced in 2026)
 * ```
 */
export function pendingDaysOff(
  year: number,
  calendar: WorkingCalendar = NATIONAL_CALENDAR,
): readonly PendingDate[] {
  const applied = ofYear('daysOffByYear', year, calendar);
  return Object.freeze(
    PENDING_DAYS_OFF.filter((p) => year >= p.earliestYear).map((change) => {
      const date = fromDateParts({ year, month: change.month, day: change.day });
      return Object.freeze({
        date,
        change,
        applied: applied.some((d) => d.date === date && d.source === 'pending'),
      });
    }),
  );
}

/**
 * Why a day is (not) a working day, for traces.
 *
 * @example
 * ```ts
 * const info: DayInfo = describeDay('2025-04-26');
 * ```
 */
export interface DayInfo {
  /** The day. */
  readonly date: IsoDate;
  /** True when it is a working day. */
  readonly workingDay: boolean;
  /** True when it is one of the calendar's weekly rest days (whether or not it was made a working day). */
  readonly weeklyRest: boolean;
  /** The holiday, nghỉ bù, swap or own day off, if any. */
  readonly dayOff?: DayOff;
  /** The make-up working day record, if the rest day was made a working day. */
  readonly makeUp?: MakeUpWorkingDay;
  /** True when the year follows no published schedule, so the answer may change when one is announced. */
  readonly provisional: boolean;
  /** A pending day off on this date (applied or not): the answer may change when the law does. */
  readonly pending?: PendingDate;
}

/**
 * Explains a day: working or not, and which record of the calendar decides it.
 *
 * @remarks
 * Giải thích vì sao một ngày là ngày nghỉ hay ngày làm việc.
 *
 * @example
 * ```ts
 * describeDay('2025-04-26').makeUp?.swappedWith; // '2025-05-02'
 * describeDay('2027-02-05').provisional;         // true (no 2027 schedule yet)
 * describeDay('2026-11-24').pending?.applied;    // false: a working day, with a pending change reported
 * ```
 */
export function describeDay(date: string, calendar: WorkingCalendar = NATIONAL_CALENDAR): DayInfo {
  checkCalendar(calendar);
  const index = dayIndex(date, calendar, ['date']);
  const iso = date as IsoDate;
  const year = +iso.slice(0, 4);
  const yi = year - calendar.firstYear;
  const dayOff = calendar.daysOffByYear[yi]?.find((d) => d.date === iso);
  const makeUp = calendar.workingByYear[yi]?.find((d) => d.date === iso);
  const weekday = (((calendar.firstDayNumber + index + 4) % 7) + 7) % 7;
  const pending = pendingDaysOff(year, calendar).find((p) => p.date === iso);
  return {
    date: iso,
    workingDay: calendar.table.charCodeAt(index) !== 49,
    weeklyRest: calendar.weeklyRest.includes(weekday),
    ...(dayOff ? { dayOff } : {}),
    ...(makeUp ? { makeUp } : {}),
    provisional: !calendar.scheduledYears.includes(year) || pending?.applied === true,
    ...(pending ? { pending } : {}),
  };
}
