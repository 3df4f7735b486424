import type { NonWorkingDayPolicy, WorkingCalendar } from '@ntm/deadlines';
import type { IsoDate } from '@ntm/domain/core';
import {
  addDays,
  endOfMonth,
  expectInteger,
  expectRecord,
  fail,
  INPUT_ERRORS,
  type IssuePath,
  isIsoDate,
  OCOP_PROCESS_ERRORS,
  parseIsoDate,
  received,
} from '@ntm/domain/core';
import { periodEnd, shift, workingDay, workingDaysAfter } from './calendar.js';
import { dayOffFlag } from './day-off-flag.js';
import type { DossierDueRule } from './dossier-progress.js';
import { processingDeadline } from './processing-deadline.js';
import type { OcopProcessFlag } from './types.js';

// When one step of a dossier progress table is due, from its rule (dossierProgress reads the steps in order).

const MONTH = /^(\d{4})-(\d{2})$/u;

/** A step's due day and the day it opens; `waiting` while the step its deadline counts from is not done. */
export interface Due {
  readonly day: IsoDate | null;
  readonly opens: IsoDate | null;
  readonly waiting?: boolean;
}

/**
 * Resolves one step's due rule at `path`; `doneById` holds the done days of the steps before it. Pushes the day-off
 * and processing flags it meets onto `flags`.
 */
export function dueOf(
  rule: DossierDueRule,
  path: IssuePath,
  doneById: Record<string, IsoDate | null>,
  onNonWorkingDay: NonWorkingDayPolicy,
  calendar: WorkingCalendar | undefined,
  flags: OcopProcessFlag[],
): Due {
  expectRecord(rule, path);
  const fixed = (nominal: IsoDate, opens: IsoDate | null = null): Due => {
    const moved = shift(nominal, onNonWorkingDay, calendar);
    if (!workingDay(nominal, calendar))
      flags.push({
        code: 'ocop/due-on-day-off',
        message:
          moved === nominal
            ? {
                vi: `Hạn ${nominal} là ngày nghỉ (giữ nguyên)`,
                en: `The due day ${nominal} is a day off (kept)`,
              }
            : {
                vi: `Hạn ${nominal} là ngày nghỉ: chuyển sang ${moved}`,
                en: `The due day ${nominal} is a day off: moved to ${moved}`,
              },
      });
    return { day: moved, opens };
  };
  if ('by' in rule) return fixed(parseIsoDate(rule.by, [...path, 'by']));
  if ('before' in rule) return fixed(addDays(parseIsoDate(rule.before, [...path, 'before']), -1));
  if ('withinMonth' in rule) {
    const match = typeof rule.withinMonth === 'string' ? MONTH.exec(rule.withinMonth) : null;
    const first = match ? `${match[1]}-${match[2]}-01` : '';
    if (!isIsoDate(first))
      fail(INPUT_ERRORS['input/invalid-format'], [...path, 'withinMonth'], {
        format: 'YYYY-MM',
        received: received(rule.withinMonth),
      });
    return fixed(endOfMonth(first), first);
  }
  if ('after' in rule) {
    if (typeof rule.after !== 'string' || !(rule.after in doneById))
      fail(OCOP_PROCESS_ERRORS['ocop/unknown-step-ref'], [...path, 'after'], {
        received: received(rule.after),
      });
    const from = doneById[rule.after] ?? null;
    if (from === null) return { day: null, opens: null, waiting: true };
    if ('limit' in rule) {
      const d = processingDeadline(rule.limit, from, calendar);
      flags.push(...d.flags);
      return { day: d.due, opens: from };
    }
    const unit = 'days' in rule ? 'days' : 'workingDays';
    const amount = expectInteger((rule as Record<string, unknown>)[unit], [...path, unit], {
      min: 1,
      max: 3660,
    });
    if ('days' in rule) {
      const nominal = periodEnd(from, { days: amount }, 'keep', calendar);
      const day = shift(nominal, onNonWorkingDay, calendar);
      if (day !== nominal) flags.push(dayOffFlag('ocop/due-on-day-off', nominal, day));
      return { day, opens: from };
    }
    return { day: workingDaysAfter(from, amount, calendar), opens: from };
  }
  return fail(OCOP_PROCESS_ERRORS['ocop/invalid-due'], path);
}
