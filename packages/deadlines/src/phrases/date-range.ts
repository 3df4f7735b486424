import { type DateInput, fail, type IsoDate, PERIOD_ERRORS, parseIsoDate } from '@ntm/domain/core';

/** Validates a window [from, to]: both dates exist and `to` is not before `from` (errors name the field). */
export function dateRange(from: DateInput, to: DateInput): [IsoDate, IsoDate] {
  const start = parseIsoDate(from, ['from']);
  const end = parseIsoDate(to, ['to']);
  if (end < start) fail(PERIOD_ERRORS['period/end-before-start'], ['to'], { start, end });
  return [start, end];
}
