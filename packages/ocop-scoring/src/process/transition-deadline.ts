import type { WorkingCalendar } from '@ntm/deadlines';
import type {
  Bilingual,
  DateInput,
  IsoDate,
  LegalBasis,
  OcopEvaluationKind,
} from '@ntm/domain/core';
import { expectOneOf, fail, OCOP_PROCESS_ERRORS, parseIsoDate } from '@ntm/domain/core';
import { processBases } from '../data/process/legal-bases.js';
import { OCOP_TRANSITION } from '../data/versions.js';
import { periodEnd } from './calendar.js';
import { dayOffFlag } from './day-off-flag.js';
import { processPeriodFor } from './process-period.js';
import type { OcopProcessFlag, OcopProcessPeriodId } from './types.js';

/**
 * The deadline for a dossier submitted before QĐ 26/2026 took effect.
 *
 * @example
 * ```ts
 * const t: OcopTransitionDeadline = transitionDeadline('2026-05-10', 'first');
 * t.completeBy; // '2026-07-21'
 * ```
 */
export interface OcopTransitionDeadline {
  /** Submission date. */
  readonly submittedOn: IsoDate;
  /** First evaluation, upgrade or re-evaluation. */
  readonly kind: OcopEvaluationKind;
  /** The process period the dossier finishes under (by its submission date). */
  readonly periodId: OcopProcessPeriodId;
  /** The day the limit counts from (22/05/2026, not counted). */
  readonly countedFrom: IsoDate;
  /** 60 or 30 days after `countedFrom`, before any day-off shift. */
  readonly nominal: IsoDate;
  /** The last day to complete the evaluation (moved to the next working day if `nominal` is a day off). */
  readonly completeBy: IsoDate;
  /** The rule in words. */
  readonly rule: Bilingual;
  /** Days off met and interpretations. */
  readonly flags: readonly OcopProcessFlag[];
  /** QĐ 26/2026 Điều 12.2. */
  readonly basis: LegalBasis;
}

const KINDS: readonly OcopEvaluationKind[] = ['first', 'upgrade', 're-evaluation'];

/**
 * The QĐ 26/2026 Điều 12.2 limit for a dossier submitted before 22/05/2026 and not yet evaluated: it continues under
 * the 2021–2025 rules and must be completed within 60 days of 22/05/2026 (first evaluation or upgrade) or 30 days
 * (re-evaluation), counted as the Civil Code counts (22/05 not counted; a day off moves the end to the next working
 * day).
 *
 * @remarks Thời hạn chuyển tiếp. Throws `ocop/not-transitional` for a submission on or after 22/05/2026,
 * `input/not-allowed` for an unknown kind, `ocop/before-ocop`, `date/invalid`.
 * @example
 * ```ts
 * transitionDeadline('2026-05-10', 'first').completeBy;         // '2026-07-21'
 * transitionDeadline('2026-05-10', 're-evaluation').completeBy; // '2026-06-22' (21/06/2026 is a Sunday)
 * ```
 */
export function transitionDeadline(
  submittedOn: DateInput,
  kind: OcopEvaluationKind,
  calendar?: WorkingCalendar,
): OcopTransitionDeadline {
  const submitted = parseIsoDate(submittedOn, ['submittedOn']);
  const period = processPeriodFor(submitted, ['submittedOn']);
  expectOneOf(kind, KINDS, ['kind']);
  const from = OCOP_TRANSITION.from;
  if (submitted >= from)
    fail(OCOP_PROCESS_ERRORS['ocop/not-transitional'], ['submittedOn'], { date: submitted, from });
  const days = OCOP_TRANSITION.completeWithinDays[kind];
  const nominal = periodEnd(from, { days }, 'keep', calendar);
  const completeBy = periodEnd(from, { days }, 'next', calendar);
  const flags: OcopProcessFlag[] = [];
  if (completeBy !== nominal) flags.push(dayOffFlag('ocop/due-on-day-off', nominal, completeBy));
  return {
    submittedOn: submitted,
    kind,
    periodId: period.id,
    countedFrom: from,
    nominal,
    completeBy,
    rule: {
      vi: `Hồ sơ nộp trước ${from} chưa được đánh giá tiếp tục theo quy định giai đoạn 2021–2025, hoàn thành trong ${days} ngày kể từ ${from}`,
      en: `Dossiers submitted before ${from} and not yet evaluated continue under the 2021–2025 rules, completed within ${days} days of ${from}`,
    },
    flags,
    basis: processBases().qd26Transition,
  };
}
