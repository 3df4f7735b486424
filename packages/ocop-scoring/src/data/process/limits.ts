import type { Bilingual, LegalBasis, OcopDataStatus } from '@ntm/domain/core';
import { deepFreeze } from '@ntm/domain/core';
import { processBases } from './legal-bases.js';

/**
 * A day of the year, as evaluation rounds are written ("trước ngày 30/4").
 *
 * @example
 * ```ts
 * const d: OcopMonthDay = { month: 4, day: 30 };
 * ```
 */
export interface OcopMonthDay {
  /** Month, 1–12. */
  readonly month: number;
  /** Day of the month. */
  readonly day: number;
}

/**
 * One evaluation round: dossiers proposed before `proposedBefore` are evaluated before `evaluateBefore` of the same
 * year.
 *
 * @remarks Đợt đánh giá (QĐ 26/2026 Điều 5).
 * @example
 * ```ts
 * const round: OcopRound = { proposedBefore: { month: 4, day: 30 }, evaluateBefore: { month: 6, day: 30 } };
 * ```
 */
export interface OcopRound {
  /** Proposals received strictly before this day join the round. */
  readonly proposedBefore: OcopMonthDay;
  /** The round's evaluation is due strictly before this day of the same year. */
  readonly evaluateBefore: OcopMonthDay;
}

/**
 * A time limit with its legal basis and how sure it is.
 *
 * @example
 * ```ts
 * const limit: OcopTimeLimit = OCOP_TIME_LIMITS.communeCheck;
 * limit.amount; // 15
 * ```
 */
export interface OcopTimeLimit {
  /** The number of units. */
  readonly amount: number;
  /** Calendar days, working days or months. */
  readonly unit: 'days' | 'working-days' | 'months';
  /** The rule in words. */
  readonly text: Bilingual;
  /** Where it is written. */
  readonly basis: LegalBasis;
  /** How sure it is. */
  readonly status: OcopDataStatus;
}

/**
 * The time limits of the OCOP process, all from QĐ 26/2026 (the older decisions set none the SDK could verify,
 * except the 36-month certificate, reported for earlier versions too).
 *
 * @remarks Thời hạn: hiệu lực giấy chứng nhận 36 tháng (Điều 4.3); nộp hồ sơ phân hạng lại trước hết hạn từ 180 đến
 * 120 ngày (Điều 7.6.a); phân hạng lại ≤ 45 ngày (Điều 7.6.g); cấp xã 15 ngày làm việc (Điều 7.2); đợt đánh giá
 * (Điều 5); gia hạn tối đa 180 ngày sau khi hết hạn (Điều 12.3). The Điều 12.2 transition (60/30 days) is
 * `OCOP_TRANSITION`, beside the versions.
 * @example
 * ```ts
 * OCOP_TIME_LIMITS.certificateValidity.amount;   // 36
 * OCOP_TIME_LIMITS.provinceRounds.rounds.length; // 2
 * ```
 */
export const OCOP_TIME_LIMITS = /* @__PURE__ */ buildLimits();

/** A round of Điều 5: proposals before one day (month, day) are evaluated before another of the same year. */
function round<
  const PM extends number,
  const PD extends number,
  const EM extends number,
  const ED extends number,
>(proposedMonth: PM, proposedDay: PD, evaluateMonth: EM, evaluateDay: ED) {
  return {
    proposedBefore: { month: proposedMonth, day: proposedDay },
    evaluateBefore: { month: evaluateMonth, day: evaluateDay },
  } as const;
}

function buildLimits() {
  const BASES = processBases();
  /** The two rounds a year a level holds at least (Điều 5), and the rule in words. */
  const twoRounds = <
    const R1 extends OcopRound,
    const R2 extends OcopRound,
    const T extends Bilingual,
  >(
    first: R1,
    second: R2,
    text: T,
  ) => ({ rounds: [first, second], text, basis: BASES.qd26Rounds, status: 'verified' }) as const;
  return deepFreeze({
    certificateValidity: {
      amount: 36,
      unit: 'months',
      text: {
        vi: 'Giấy chứng nhận sản phẩm OCOP từ 3 sao có giá trị 36 tháng kể từ ngày cơ quan có thẩm quyền ban hành',
        en: 'A 3★+ OCOP certificate is valid for 36 months from the day the authority issues it',
      },
      basis: BASES.qd26Validity,
      status: 'verified',
    },
    filingOpens: {
      amount: 180,
      unit: 'days',
      text: {
        vi: 'Nộp hồ sơ phân hạng lại không sớm hơn 180 ngày trước khi giấy chứng nhận hết hạn',
        en: 'File for re-evaluation no earlier than 180 days before the certificate expires',
      },
      basis: BASES.qd26FilingWindow,
      status: 'verified',
    },
    filingCloses: {
      amount: 120,
      unit: 'days',
      text: {
        vi: 'Nộp hồ sơ phân hạng lại không muộn hơn 120 ngày trước khi giấy chứng nhận hết hạn',
        en: 'File for re-evaluation no later than 120 days before the certificate expires',
      },
      basis: BASES.qd26FilingWindow,
      status: 'verified',
    },
    lateFilingExtension: {
      amount: 180,
      unit: 'days',
      text: {
        vi: 'Nộp hồ sơ phân hạng lại không đúng thời hạn: giấy chứng nhận còn giá trị đến khi có quyết định, tối đa 180 ngày sau khi hết hạn',
        en: 'Late re-evaluation filers: the certificate stays valid until the decision, at most 180 days after expiry',
      },
      basis: BASES.qd26LateFiling,
      status: 'verified',
    },
    communeCheck: {
      amount: 15,
      unit: 'working-days',
      text: {
        vi: 'UBND cấp xã xử lý hồ sơ trong 15 ngày làm việc kể từ ngày nhận',
        en: 'The commune processes the dossier within 15 working days of receipt',
      },
      basis: BASES.qd26Commune,
      status: 'verified',
    },
    reEvaluation: {
      amount: 45,
      unit: 'days',
      text: {
        vi: 'Phân hạng lại hoàn thành trong 45 ngày kể từ ngày nhận đủ hồ sơ',
        en: 'Re-evaluation is completed within 45 days of receiving a complete dossier',
      },
      basis: BASES.qd26ReEvaluation,
      status: 'verified',
    },
    provinceRounds: twoRounds(round(4, 30, 6, 30), round(10, 30, 12, 30), {
      vi: 'Cấp tỉnh tổ chức ít nhất 2 đợt/năm: trước 30/6 đánh giá hồ sơ cấp xã đề nghị trước 30/4; trước 30/12 đánh giá hồ sơ đề nghị trước 30/10',
      en: 'The province holds at least 2 rounds a year: before 30/6 for proposals received before 30/4; before 30/12 for those before 30/10',
    }),
    centralRounds: twoRounds(round(1, 30, 3, 30), round(7, 30, 9, 30), {
      vi: 'Trung ương tổ chức ít nhất 2 đợt/năm: trước 30/9 đánh giá hồ sơ tỉnh đề nghị trước 30/7; trước 30/3 năm sau đánh giá hồ sơ đề nghị trước 30/01',
      en: 'The central level holds at least 2 rounds a year: before 30/9 for proposals received before 30/7; before 30/3 for those before 30/01',
    }),
  } as const satisfies {
    readonly [key: string]:
      | OcopTimeLimit
      | {
          readonly rounds: readonly OcopRound[];
          readonly text: Bilingual;
          readonly basis: LegalBasis;
          readonly status: OcopDataStatus;
        };
  });
}
