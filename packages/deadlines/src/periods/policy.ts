import { expectOneOf, expectRecord, type IsoDate, type IssuePath } from '@ntm/domain/core';
import { NATIONAL_CALENDAR } from '../calendar/national.js';
import type { WorkingCalendar } from '../calendar/types.js';
import { isWorkingDay, nextWorkingDay, previousWorkingDay } from '../calendar/working-days.js';
import type { NonWorkingDayPolicy } from './end-of-period.js';

const POLICIES: readonly NonWorkingDayPolicy[] = ['next', 'previous', 'keep'];

/**
 * The non-working-day policy an option names, `'next'` when absent (Civil Code art. 148(5)); any other value is
 * `input/not-allowed`, never read as absent.
 */
export function policyOf(value: unknown, path: IssuePath): NonWorkingDayPolicy {
  return value === undefined ? 'next' : expectOneOf(value, POLICIES, path);
}

/**
 * The day-off options of an answer that dates things (`onNonWorkingDay`, `calendar`), checked in that order, with their
 * defaults: `next` and {@link NATIONAL_CALENDAR}. A null calendar is refused by the lookups, not read as absent.
 */
export function dayOffOptions(options: unknown): {
  policy: NonWorkingDayPolicy;
  calendar: WorkingCalendar;
} {
  const { onNonWorkingDay, calendar = NATIONAL_CALENDAR } = expectRecord(options, ['options']) as {
    readonly onNonWorkingDay?: unknown;
    readonly calendar?: WorkingCalendar;
  };
  return { policy: policyOf(onNonWorkingDay, ['onNonWorkingDay']), calendar };
}

/** `day` itself, or where the policy moves it when it is a day off in the calendar (`keep` never looks). */
export function onWorkingDay(
  day: IsoDate,
  policy: NonWorkingDayPolicy,
  calendar: WorkingCalendar,
): IsoDate {
  if (policy === 'keep' || isWorkingDay(day, calendar)) return day;
  return policy === 'next' ? nextWorkingDay(day, calendar) : previousWorkingDay(day, calendar);
}
