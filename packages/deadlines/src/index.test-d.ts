import type { IsoDate } from '@ntm/domain/core';
import { describe, expectTypeOf, test } from 'vitest';
import {
  addWorkingDays,
  type CalendarOptions,
  countWorkingDays,
  createCalendar,
  type DayOff,
  daysOff,
  endOfPeriod,
  fromLunar,
  isDayOff,
  type LunarDate,
  NATIONAL_CALENDAR,
  nextWorkingDay,
  type PendingDate,
  pendingDaysOff,
  previousWorkingDay,
  toLunar,
  type WorkingCalendar,
} from './index.js';

describe('public API types', () => {
  test('dates in as strings, out as IsoDate', () => {
    expectTypeOf(addWorkingDays).parameters.toEqualTypeOf<[string, number, WorkingCalendar?]>();
    expectTypeOf(addWorkingDays('2025-01-24', 1)).toEqualTypeOf<IsoDate>();
    expectTypeOf(nextWorkingDay('2025-01-24')).toEqualTypeOf<IsoDate>();
    expectTypeOf(previousWorkingDay('2025-01-24')).toEqualTypeOf<IsoDate>();
    expectTypeOf(countWorkingDays('2025-01-01', '2025-02-01')).toEqualTypeOf<number>();
    expectTypeOf(isDayOff('2025-01-01', NATIONAL_CALENDAR)).toEqualTypeOf<boolean>();
    expectTypeOf(fromLunar({ year: 2025, month: 3, day: 10 })).toEqualTypeOf<IsoDate>();
    expectTypeOf(toLunar('2025-04-07')).toEqualTypeOf<LunarDate>();
  });

  test('a toLunar result can be passed back to fromLunar', () => {
    expectTypeOf(toLunar('2025-04-07')).toMatchTypeOf<Parameters<typeof fromLunar>[0]>();
  });

  test('periods take exactly one unit', () => {
    expectTypeOf(endOfPeriod('2025-06-19', { months: 36 })).toEqualTypeOf<IsoDate>();
    // @ts-expect-error an unknown unit
    endOfPeriod('2025-06-19', { quarters: 1 });
    // @ts-expect-error an unknown policy
    endOfPeriod('2025-06-19', { days: 1 }, { onNonWorkingDay: 'later' });
  });

  test('calendars and days off are read-only values', () => {
    expectTypeOf(createCalendar({ weeklyRest: [0] })).toEqualTypeOf<WorkingCalendar>();
    expectTypeOf(daysOff(2025)).toEqualTypeOf<readonly DayOff[]>();
    expectTypeOf<CalendarOptions['weeklyRest']>().toEqualTypeOf<readonly number[] | undefined>();
    expectTypeOf<DayOff['source']>().toEqualTypeOf<'schedule' | 'rule' | 'pending' | 'custom'>();
    expectTypeOf(pendingDaysOff(2026)).toEqualTypeOf<readonly PendingDate[]>();
    expectTypeOf<CalendarOptions['includePending']>().toEqualTypeOf<
      boolean | { readonly fromYear: number } | undefined
    >();
  });
});
