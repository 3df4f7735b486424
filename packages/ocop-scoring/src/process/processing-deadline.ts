import type { WorkingCalendar } from '@ntm/deadlines';
import type { Bilingual, DateInput, IsoDate, LegalBasis } from '@ntm/domain/core';
import {
  addDays,
  expectOneOf,
  fail,
  fromDateParts,
  OCOP_PROCESS_ERRORS,
  parseIsoDate,
  toDateParts,
} from '@ntm/domain/core';
import { OCOP_TIME_LIMITS, type OcopMonthDay, type OcopRound } from '../data/process/limits.js';
import { OCOP_QD26_EFFECTIVE } from '../data/versions.js';
import { periodEnd, workingDay, workingDaysAfter } from './calendar.js';
import { dayOffFlag } from './day-off-flag.js';
import type { OcopProcessFlag } from './types.js';

/**
 * A step of the QĐ 26/2026 procedure that has a time limit.
 *
 * @remarks `commune-check` = UBND cấp xã xử lý hồ sơ (15 ngày làm việc, Điều 7.2); `re-evaluation` = phân hạng lại
 * (45 ngày, Điều 7.6.g); `province-round` / `central-round` = đợt đánh giá cấp tỉnh / trung ương (Điều 5).
 * @example
 * ```ts
 * const step: OcopProcessingStep = 'province-round';
 * ```
 */
export type OcopProcessingStep =
  | 'commune-check'
  | 're-evaluation'
  | 'province-round'
  | 'central-round';

/**
 * The deadline of one step.
 *
 * @example
 * ```ts
 * const d: OcopProcessingDeadline = processingDeadline('commune-check', '2026-06-01');
 * d.due; // '2026-06-22'
 * ```
 */
export interface OcopProcessingDeadline {
  /** The step. */
  readonly step: OcopProcessingStep;
  /** The day the dossier (or proposal) was received; not counted. */
  readonly receivedOn: IsoDate;
  /** The last day to finish the step (end of day). */
  readonly due: IsoDate;
  /** For an evaluation round: the round that takes the dossier. */
  readonly round?: {
    /** Proposals received strictly before this day join the round. */
    readonly proposedBefore: IsoDate;
    /** The evaluation is due strictly before this day, as the decision writes it. */
    readonly evaluateBefore: IsoDate;
  };
  /** The rule in words. */
  readonly rule: Bilingual;
  /** Interpretations used and days off met. */
  readonly flags: readonly OcopProcessFlag[];
  /** Where the limit is written. */
  readonly basis: LegalBasis;
}

const STEPS: readonly OcopProcessingStep[] = [
  'commune-check',
  're-evaluation',
  'province-round',
  'central-round',
];

/**
 * The time limit of a QĐ 26/2026 step, counted from the day the dossier is received (that day not counted):
 * 15 working days at the commune (Điều 7.2); 45 days for a re-evaluation (Điều 7.6.g, moved to the next working
 * day when it ends on a day off); the evaluation rounds of Điều 5 — the province evaluates before 30/6 the proposals
 * received before 30/4 and before 30/12 those received before 30/10; the central level before 30/9 those received
 * before 30/7 and before 30/3 those received before 30/01.
 *
 * @remarks Thời hạn xử lý hồ sơ theo QĐ 26/2026. "Trước ngày 30/4" is read as strictly before (a proposal of 30/4
 * joins the next round) and the round's last day is the day before "trước ngày 30/6" — an interpretation, flagged.
 * Dossiers received before 22/05/2026 follow {@link transitionDeadline}. Throws `input/not-allowed` for an
 * unknown step, `ocop/rule-not-in-force`, `date/invalid`.
 * @example
 * ```ts
 * processingDeadline('commune-check', '2026-06-01').due;  // '2026-06-22'
 * processingDeadline('re-evaluation', '2026-06-01').due;  // '2026-07-16'
 * processingDeadline('province-round', '2027-04-29').due; // '2027-06-29'
 * processingDeadline('province-round', '2027-04-30').due; // '2027-12-29'
 * ```
 */
export function processingDeadline(
  step: OcopProcessingStep,
  receivedOn: DateInput,
  calendar?: WorkingCalendar,
): OcopProcessingDeadline {
  expectOneOf(step, STEPS, ['step']);
  const received = parseIsoDate(receivedOn, ['receivedOn']);
  const start = OCOP_QD26_EFFECTIVE;
  if (received < start)
    fail(OCOP_PROCESS_ERRORS['ocop/rule-not-in-force'], ['receivedOn'], {
      date: received,
      from: start,
    });
  const limits = OCOP_TIME_LIMITS;
  if (step === 'commune-check') {
    const limit = limits.communeCheck;
    return {
      step,
      receivedOn: received,
      due: workingDaysAfter(received, limit.amount, calendar),
      rule: limit.text,
      flags: [],
      basis: limit.basis,
    };
  }
  if (step === 're-evaluation') {
    const limit = limits.reEvaluation;
    const nominal = periodEnd(received, { days: limit.amount }, 'keep', calendar);
    const due = periodEnd(received, { days: limit.amount }, 'next', calendar);
    return {
      step,
      receivedOn: received,
      due,
      rule: limit.text,
      flags: due === nominal ? [] : [dayOffFlag('ocop/due-on-day-off', nominal, due)],
      basis: limit.basis,
    };
  }
  const rounds = step === 'province-round' ? limits.provinceRounds : limits.centralRounds;
  const round = roundFor(received, rounds.rounds);
  const due = addDays(round.evaluateBefore, -1);
  const flags: OcopProcessFlag[] = [
    {
      code: 'ocop/before-is-strict',
      message: {
        vi: '"Trước ngày" được hiểu là không gồm ngày đó (cách hiểu của SDK)',
        en: '"Before" a day is read as excluding that day (the SDK’s reading)',
      },
    },
  ];
  if (!workingDay(due, calendar))
    flags.push({
      code: 'ocop/due-on-day-off',
      message: {
        vi: `Hạn ${due} là ngày nghỉ; hạn cố định theo Điều 5 không được dời`,
        en: `The due day ${due} is a day off; a fixed Art. 5 date is not moved`,
      },
    });
  return { step, receivedOn: received, due, round, rule: rounds.text, flags, basis: rounds.basis };
}

/** The first round (this year or next) whose proposal cut-off is after `day`. */
function roundFor(
  day: IsoDate,
  rounds: readonly OcopRound[],
): { proposedBefore: IsoDate; evaluateBefore: IsoDate } {
  const { year } = toDateParts(day);
  for (const y of [year, year + 1]) {
    for (const round of rounds) {
      const proposedBefore = onDay(y, round.proposedBefore);
      if (day < proposedBefore)
        return { proposedBefore, evaluateBefore: onDay(y, round.evaluateBefore) };
    }
  }
  // Every round recurs yearly, so next year's first round always follows: only a bug in the data gets here.
  throw new Error(`No OCOP evaluation round after ${day}`);
}

function onDay(year: number, at: OcopMonthDay): IsoDate {
  return fromDateParts({ year, month: at.month, day: at.day });
}
