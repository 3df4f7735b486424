import type { DeadlineRule } from '@ntm/domain/core';
import {
  addDays,
  type Bilingual,
  type DateInput,
  DEADLINES_ERRORS,
  daysInMonth,
  fail,
  fromDateParts,
  type IsoDate,
  parseIsoDate,
} from '@ntm/domain/core';
import { addWorkingDays, type NonWorkingDayPolicy, type WorkingCalendar } from '../index.js';
import { dayOffOptions, onWorkingDay } from '../periods/policy.js';
import { checkRule } from './check-rule.js';
import { dateRange } from './date-range.js';

/**
 * Options of {@link occurrences}.
 *
 * @example
 * ```ts
 * const options: OccurrenceOptions = { calendar: NATIONAL_CALENDAR, onNonWorkingDay: 'next' };
 * ```
 */
export interface OccurrenceOptions {
  /** Working-day calendar. Default: the national civil-service calendar. */
  readonly calendar?: WorkingCalendar;
  /**
   * Where a deadline on a day off goes. Default `'next'` (Civil Code art. 148(5); applying it to dates a
   * directive fixes is an analogy, unverified: no statute defines these phrases).
   */
  readonly onNonWorkingDay?: NonWorkingDayPolicy;
  /** Day the directive was received; anchors "kể từ ngày nhận được". */
  readonly receivedOn?: DateInput;
}

/**
 * One dated occurrence of a {@link DeadlineRule}, with how its date was obtained.
 *
 * @example
 * ```ts
 * const [first] = occurrences(monthlyOn(30), '2020-08-01', '2020-08-31');
 * first?.nominal; // '2020-08-30' (a Sunday)
 * first?.due;     // '2020-08-31'
 * ```
 */
export interface DeadlineOccurrence {
  /** `due` for a deadline; `start` for the first day of an open obligation ("từ tháng 6 năm 2020"). */
  readonly kind: 'due' | 'start';
  /** The day the rule names (for "trước ngày X": X − 1, or X when inclusive), before any move. */
  readonly nominal: IsoDate;
  /** The day it is due after applying the non-working-day policy (equal to `nominal` for a `start`). */
  readonly due: IsoDate;
  /** First day of the period for "trong tháng / quý / năm"; absent otherwise. */
  readonly periodStart?: IsoDate;
  /** True when `due` differs from `nominal` because `nominal` is a day off. */
  readonly moved: boolean;
  /** Id of the reading of the rule (for example `monthly-day`). */
  readonly reading: string;
  /** How the date was obtained, Vietnamese and English. */
  readonly explanation: Bilingual;
}

/**
 * The dated occurrences of a rule whose nominal day lies in [`from`, `to`] (both inclusive), sorted.
 * Recurring rules (`monthly`, `quarterly`) give one per period; one-off rules give at most one.
 * A monthly day that a month lacks is clamped to its last day (30 → 28/29 February). A deadline on a day
 * off moves per `onNonWorkingDay` (default `'next'`), so `due` may fall just outside the window.
 *
 * For a directive dated only by month ("tháng 5 năm 2020") the caller's `from` decides the first
 * occurrence; `directiveSchedule` defaults it to the first day of the following month.
 *
 * Throws `DomainError`: `date/invalid` for a date that does not exist, `period/end-before-start` when `to`
 * is before `from`, `deadlines/missing-receipt-date` for "kể từ ngày nhận được" without `receivedOn`.
 *
 * @remarks Liệt kê các lần đến hạn trong khoảng [from, to]; ngày nghỉ thì chuyển sang ngày làm việc tiếp theo.
 * @example
 * ```ts
 * occurrences(parseDeadline('Ngày 30 hàng tháng'), '2020-06-01', '2020-12-31').map((o) => o.due);
 * // ['2020-06-30', '2020-07-30', '2020-08-31', '2020-09-30', '2020-10-30', '2020-11-30', '2020-12-30']
 * ```
 */
export function occurrences(
  rule: DeadlineRule,
  from: DateInput,
  to: DateInput,
  options: OccurrenceOptions = {},
): DeadlineOccurrence[] {
  checkRule(rule, ['rule']);
  const [start, end] = dateRange(from, to);
  const { policy, calendar } = dayOffOptions(options);
  const make = (nominal: IsoDate, periodStart?: IsoDate): DeadlineOccurrence =>
    occurrence(rule, nominal, policy, calendar, periodStart);
  const inWindow = (day: IsoDate) => day >= start && day <= end;

  switch (rule.kind) {
    case 'monthly': {
      const out: DeadlineOccurrence[] = [];
      // One month past `to`: "trước ngày 1 hàng tháng" of the next month falls on `to`'s month end.
      for (const [year, month] of monthsBetween(start, end, 1)) {
        const nominal = clampedDay(year, month, rule.day, rule.inclusive);
        if (inWindow(nominal)) out.push(make(nominal));
      }
      return out;
    }
    case 'quarterly': {
      const out: DeadlineOccurrence[] = [];
      for (const [year, month] of monthsBetween(start, end, 3)) {
        if ((month - 1) % 3 !== rule.monthOfQuarter - 1) continue;
        const nominal = clampedDay(year, month, rule.day, rule.inclusive);
        if (inWindow(nominal)) out.push(make(nominal));
      }
      return out;
    }
    case 'before': {
      const nominal = rule.inclusive ? rule.date : addDays(rule.date, -1);
      return inWindow(nominal) ? [make(nominal)] : [];
    }
    case 'by':
      return inWindow(rule.date) ? [make(rule.date)] : [];
    case 'within':
      return inWindow(rule.end) ? [make(rule.end, rule.start)] : [];
    case 'from':
      return inWindow(rule.date) ? [make(rule.date)] : [];
    case 'withinDays': {
      const nominal = addDays(anchorOf(rule.after, options.receivedOn), rule.days);
      return inWindow(nominal) ? [make(nominal)] : [];
    }
    case 'withinWorkingDays': {
      const nominal = addWorkingDays(anchorOf(rule.after, options.receivedOn), rule.days, calendar);
      return inWindow(nominal) ? [make(nominal)] : [];
    }
  }
}

function occurrence(
  rule: DeadlineRule,
  nominal: IsoDate,
  policy: NonWorkingDayPolicy,
  calendar: WorkingCalendar,
  periodStart?: IsoDate,
): DeadlineOccurrence {
  const reading = rule.reading.id;
  const base = periodStart === undefined ? {} : { periodStart };
  if (rule.kind === 'from') {
    return Object.freeze({
      kind: 'start',
      nominal,
      due: nominal,
      moved: false,
      reading,
      explanation: {
        vi: `Bắt đầu từ ngày ${nominal}; không có hạn kết thúc.`,
        en: `Starts on ${nominal}; no end date.`,
      },
      ...base,
    });
  }
  const due = onWorkingDay(nominal, policy, calendar);
  const moved = due !== nominal;
  const { vi, en } = rule.reading.explanation;
  const explanation: Bilingual = {
    vi: `Hạn ${nominal}: ${vi}${moved ? ` Ngày ${nominal} là ngày nghỉ nên chuyển sang ngày làm việc ${policy === 'next' ? 'tiếp theo' : 'liền trước'}: ${due}.` : ''}`,
    en: `Due ${nominal}: ${en}${moved ? ` ${nominal} is a day off, so it moves to the ${policy === 'next' ? 'next' : 'previous'} working day: ${due}.` : ''}`,
  };
  return Object.freeze({ kind: 'due', nominal, due, moved, reading, explanation, ...base });
}

/** Day `day` of a month, clamped to its last day; the day before it for a "trước ngày N" rule. */
function clampedDay(year: number, month: number, day: number, inclusive: boolean): IsoDate {
  const date = fromDateParts({ year, month, day: Math.min(day, daysInMonth(year, month)) });
  return inclusive ? date : addDays(date, -1);
}

/** [year, month] from the month of `start` to `extra` months past the month of `end`. */
function monthsBetween(start: IsoDate, end: IsoDate, extra: number): [number, number][] {
  const first = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1;
  const last = Number(end.slice(0, 4)) * 12 + Number(end.slice(5, 7)) - 1 + extra;
  const out: [number, number][] = [];
  for (let index = first; index <= last && index < 10000 * 12; index += 1) {
    out.push([Math.floor(index / 12), (index % 12) + 1]);
  }
  return out;
}

function anchorOf(after: IsoDate | undefined, receivedOn: DateInput | undefined): IsoDate {
  if (after !== undefined) return after;
  if (receivedOn === undefined) {
    fail(DEADLINES_ERRORS['deadlines/missing-receipt-date'], ['receivedOn']);
  }
  return parseIsoDate(receivedOn, ['receivedOn']);
}
