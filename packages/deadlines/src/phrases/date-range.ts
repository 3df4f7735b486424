import { type DateInput, fail, type IsoDate, parseIsoDate } from '@ntm/domain/core';

/** Validates a window [from, to]: both dates exist and `to` is not before `from` (errors name the field). */
export function dateRange(from: DateInput, to: DateInput): [IsoDate, IsoDate] {
  const start = parseIsoDate(from, ['from']);
  const end = parseIsoDate(to, ['to']);
  if (end < start) {
    fail(
      'deadlines/invalid-range',
      ['to'],
      {
        vi: `Ngày kết thúc ${end} trước ngày bắt đầu ${start}.`,
        en: `The end date ${end} is before the start date ${start}.`,
      },
      { from: start, to: end },
    );
  }
  return [start, end];
}
