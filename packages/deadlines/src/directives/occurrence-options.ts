import type { DateInput, Directive } from '@ntm/domain/core';
import type { NonWorkingDayPolicy, WorkingCalendar } from '../index.js';
import type { OccurrenceOptions } from '../phrases/occurrences.js';

/** The options schedules and statuses share with `occurrences`. */
export interface DirectiveDatingOptions {
  readonly calendar?: WorkingCalendar;
  readonly onNonWorkingDay?: NonWorkingDayPolicy;
  readonly receivedOn?: DateInput;
}

/** Options for `occurrences`, the receipt date defaulting to the directive's `receivedOn`. */
export function occurrenceOptionsOf(
  directive: Directive,
  options: DirectiveDatingOptions,
): OccurrenceOptions {
  const receivedOn = options.receivedOn ?? directive.receivedOn;
  return {
    // `!== undefined`, not truthiness: a wrong value (0, '') must reach the checks, never fall back to a default.
    ...(options.calendar !== undefined ? { calendar: options.calendar } : {}),
    ...(options.onNonWorkingDay !== undefined ? { onNonWorkingDay: options.onNonWorkingDay } : {}),
    ...(receivedOn !== undefined ? { receivedOn } : {}),
  };
}
