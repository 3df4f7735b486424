import type { NonWorkingDayPolicy, WorkingCalendar } from '@ntm/deadlines';
import type { DateInput, IsoDate, LegalBasis } from '@ntm/domain/core';
import { addDays, expectRecord, parseIsoDate } from '@ntm/domain/core';
import { OCOP_TIME_LIMITS } from '../data/process/limits.js';
import { periodEnd, shift, workingDay } from './calendar.js';
import { checkOcopDate } from './check-input.js';
import { checkOnNonWorkingDay } from './check-on-non-working-day.js';
import { dayOffFlag } from './day-off-flag.js';
import type { OcopProcessFlag } from './types.js';

/**
 * Options of {@link certificateTimeline}.
 *
 * @example
 * ```ts
 * const options: CertificateTimelineOptions = { onNonWorkingDay: 'keep' };
 * ```
 */
export interface CertificateTimelineOptions {
  /** The working-day calendar (a province's own days off); the national one by default. */
  readonly calendar?: WorkingCalendar;
  /**
   * When the 36th month ends on a day off: `'next'` working day (default, Civil Code Art. 148(5)), `'previous'`, or
   * `'keep'` the calendar day.
   */
  readonly onNonWorkingDay?: NonWorkingDayPolicy;
}

/**
 * A certificate's life: validity, re-evaluation filing window and the late-filing extension.
 *
 * @example
 * ```ts
 * const t: OcopCertificateTimeline = certificateTimeline('2025-06-19');
 * t.validUntil; // '2028-06-19'
 * ```
 */
export interface OcopCertificateTimeline {
  /** Date of the recognition decision. */
  readonly decidedOn: IsoDate;
  /** The day 36 months later (corresponding day, clamped to the month's end), before any day-off shift. */
  readonly expiresNominally: IsoDate;
  /** The last day the certificate is valid (end of day). */
  readonly validUntil: IsoDate;
  /** The re-evaluation filing window, both ends inclusive: 180 to 120 days before `validUntil`. */
  readonly filingWindow: {
    /** First day to file (180 days before expiry). */
    readonly opens: IsoDate;
    /** Last day to file (120 days before expiry). */
    readonly closes: IsoDate;
    /** `opens` moved to the first working day on or after it. */
    readonly firstWorkingDay: IsoDate;
    /** `closes` moved to the last working day on or before it: the safe day to file by. */
    readonly lastWorkingDay: IsoDate;
  };
  /** Late filers: valid until the decision, at most until this day (180 days after `validUntil`). */
  readonly lateFilingValidUntil: IsoDate;
  /** Days off met, and interpretations used. */
  readonly flags: readonly OcopProcessFlag[];
  /** The provisions used. */
  readonly basis: readonly LegalBasis[];
}

/**
 * The timeline of an OCOP certificate decided on `decidedOn`: valid for 36 months counted as the Civil Code counts
 * (the decision day not counted; the corresponding day of the 36th month, clamped to its end; moved to the next
 * working day if that is a day off), the re-evaluation filing window (no earlier than 180 and no later than 120
 * days before expiry), and the up-to-180-day validity for late filers of QĐ 26/2026 Điều 12.3.
 *
 * @remarks Thời hạn giấy chứng nhận OCOP (Điều 4.3), thời hạn nộp hồ sơ phân hạng lại (Điều 7.6.a), gia hạn
 * (Điều 12.3). The 36 months are verified for QĐ 26/2026 and reported for earlier versions. Điều 12.3 sits among the
 * transitional provisions; applying it to every certificate is an interpretation and is flagged. Throws
 * `date/invalid`, `ocop/before-ocop`.
 * @example
 * ```ts
 * const t = certificateTimeline('2025-06-19');
 * t.validUntil;             // '2028-06-19'
 * t.filingWindow.opens;     // '2027-12-22'
 * t.filingWindow.closes;    // '2028-02-20'
 * t.lateFilingValidUntil;   // '2028-12-18' (16/12/2028 is a Saturday)
 * ```
 */
export function certificateTimeline(
  decidedOn: DateInput,
  options: CertificateTimelineOptions = {},
): OcopCertificateTimeline {
  const decided = parseIsoDate(decidedOn, ['decidedOn']);
  checkOcopDate(decided, ['decidedOn']);
  expectRecord(options, ['options']);
  const onNonWorkingDay = checkOnNonWorkingDay(options.onNonWorkingDay);
  const { calendar } = options;
  const limits = OCOP_TIME_LIMITS;
  const flags: OcopProcessFlag[] = [];

  const expiresNominally = periodEnd(
    decided,
    { months: limits.certificateValidity.amount },
    'keep',
    calendar,
  );
  const validUntil = shift(expiresNominally, onNonWorkingDay, calendar);
  if (validUntil !== expiresNominally)
    flags.push(dayOffFlag('ocop/expiry-on-day-off', expiresNominally, validUntil));
  const opens = addDays(validUntil, -limits.filingOpens.amount);
  const closes = addDays(validUntil, -limits.filingCloses.amount);
  const firstWorkingDay = shift(opens, 'next', calendar);
  const lastWorkingDay = shift(closes, 'previous', calendar);
  if (!workingDay(closes, calendar))
    flags.push({
      code: 'ocop/filing-closes-on-day-off',
      message: {
        vi: `Hạn cuối nộp hồ sơ phân hạng lại ${closes} là ngày nghỉ; nên nộp trước hoặc trong ngày làm việc ${lastWorkingDay}`,
        en: `The last filing day ${closes} is a day off; file by the working day ${lastWorkingDay}`,
      },
    });
  const lateNominal = addDays(validUntil, limits.lateFilingExtension.amount);
  const lateFilingValidUntil = shift(lateNominal, onNonWorkingDay, calendar);
  if (lateFilingValidUntil !== lateNominal)
    flags.push(dayOffFlag('ocop/extension-on-day-off', lateNominal, lateFilingValidUntil));
  flags.push({
    code: 'ocop/late-filing-transitional',
    message: {
      vi: 'Thời hạn tối đa 180 ngày sau khi hết hạn nằm trong điều khoản chuyển tiếp (QĐ 26/2026 Điều 12.3); áp dụng cho mọi giấy chứng nhận là cách hiểu của SDK',
      en: 'The up-to-180-day extension is a transitional provision (QĐ 26/2026 Art. 12.3); applying it to every certificate is the SDK’s interpretation',
    },
  });
  return {
    decidedOn: decided,
    expiresNominally,
    validUntil,
    filingWindow: { opens, closes, firstWorkingDay, lastWorkingDay },
    lateFilingValidUntil,
    flags,
    basis: [
      limits.certificateValidity.basis,
      limits.filingOpens.basis,
      limits.lateFilingExtension.basis,
    ],
  };
}
