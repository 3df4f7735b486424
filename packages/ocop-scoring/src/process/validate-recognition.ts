import type { Bilingual, DateInput, IsoDate, LegalBasis, OcopStarLevel } from '@ntm/domain/core';
import { expectRecord, parseIsoDate } from '@ntm/domain/core';
import { OCOP_LEVELS } from '../data/process/authority.js';
import { checkIssuerLevel, checkOcopDate, checkStars } from './check-input.js';
import { recognitionPath } from './recognition-path.js';
import type { OcopIssuerLevel, OcopProcessFlag, OcopProcessPeriod } from './types.js';

/**
 * A recorded recognition decision to check.
 *
 * @example
 * ```ts
 * const d: OcopRecognitionDecision = { stars: 3, issuerLevel: 'district', decidedOn: '2025-06-16' };
 * ```
 */
export interface OcopRecognitionDecision {
  /** The star level the decision recognises. */
  readonly stars: OcopStarLevel;
  /** The level of government that issued it. */
  readonly issuerLevel: OcopIssuerLevel;
  /** The date of the decision (YYYY-MM-DD). */
  readonly decidedOn: DateInput;
  /** When the dossier was submitted, for dossiers that finish under the old rules (QĐ 26/2026 Điều 12.2). */
  readonly submittedOn?: DateInput;
}

/**
 * Whether a recorded decision was issued by the competent level.
 *
 * @example
 * ```ts
 * const r: OcopRecognitionCheck = validateRecognition({ stars: 4, issuerLevel: 'district', decidedOn: '2024-01-10' });
 * r.verdict;  // 'invalid'
 * r.expected; // 'province'
 * ```
 */
export interface OcopRecognitionCheck {
  /** `'valid'`, `'invalid'`, or `'flagged'` when the law named no competent level on that date. */
  readonly verdict: 'valid' | 'invalid' | 'flagged';
  /** The decision as checked, with its date parsed. */
  readonly decision: {
    /** Star level. */
    readonly stars: OcopStarLevel;
    /** Issuing level. */
    readonly issuerLevel: OcopIssuerLevel;
    /** Decision date. */
    readonly decidedOn: IsoDate;
  };
  /** The level that was competent; `null` for 1★/2★ (no decision is issued) or when none was (flagged). */
  readonly expected: OcopIssuerLevel | null;
  /** The authority-table row used. */
  readonly period: OcopProcessPeriod;
  /** Open questions and interpretations. */
  readonly flags: readonly OcopProcessFlag[];
  /** The legal bases used. */
  readonly basis: readonly LegalBasis[];
  /** Why, in Vietnamese and English. */
  readonly reason: Bilingual;
}

/**
 * Checks a recorded recognition decision against the authority in force on its date: a district 3★ decision of
 * 16/06/2025 is valid (QĐ 148); a province 3★ decision of 2021 is valid (QĐ 1048); a 5★ decision by a province is
 * not. A level that did not exist on that date (a district after 30/06/2025) is bad input and throws.
 *
 * @remarks Kiểm tra thẩm quyền của quyết định công nhận sản phẩm OCOP. Throws `input/*` for stars that are not
 * 1–5 or an unknown level, `ocop/issuer-level-not-existing`, `ocop/before-ocop`.
 * @example
 * ```ts
 * validateRecognition({ stars: 3, issuerLevel: 'district', decidedOn: '2025-06-16' }).verdict; // 'valid'
 * validateRecognition({ stars: 3, issuerLevel: 'province', decidedOn: '2025-08-01' }).verdict; // 'valid'
 * validateRecognition({ stars: 3, issuerLevel: 'district', decidedOn: '2025-07-07' });         // throws
 * ```
 */
export function validateRecognition(decision: OcopRecognitionDecision): OcopRecognitionCheck {
  expectRecord(decision, ['decision']);
  checkStars(decision.stars, ['stars']);
  const decidedOn = parseIsoDate(decision.decidedOn, ['decidedOn']);
  checkOcopDate(decidedOn, ['decidedOn']);
  const path = recognitionPath(
    decision.stars,
    decidedOn,
    decision.submittedOn === undefined ? undefined : { submittedOn: decision.submittedOn },
  );
  checkIssuerLevel(decision.issuerLevel, decidedOn, ['issuerLevel']);
  const { stars, issuerLevel } = decision;
  const expected = path.recognisedBy;
  const issuer = levelName(issuerLevel);
  const base = {
    decision: { stars, issuerLevel, decidedOn },
    expected,
    period: path.period,
    flags: path.flags,
    basis: path.basis,
  };
  if (!path.certifiable)
    return {
      ...base,
      verdict: 'invalid',
      reason: {
        vi: `Sản phẩm ${stars} sao không được ban hành quyết định công nhận, không cấp giấy chứng nhận`,
        en: `No recognition decision or certificate is issued for ${stars}★`,
      },
    };
  if (expected === null)
    return {
      ...base,
      verdict: 'flagged',
      reason: {
        vi: `Ngày ${decidedOn}: không xác định được cơ quan có thẩm quyền công nhận ${stars} sao. ${path.period.flag?.vi ?? ''}`,
        en: `${decidedOn}: no level was clearly competent to recognise ${stars}★. ${path.period.flag?.en ?? ''}`,
      },
    };
  const want = levelName(expected);
  return expected === issuerLevel
    ? {
        ...base,
        verdict: 'valid',
        reason: {
          vi: `Ngày ${decidedOn}, ${want.vi} có thẩm quyền công nhận ${stars} sao (${path.period.note.vi})`,
          en: `On ${decidedOn} the ${want.en} was competent to recognise ${stars}★ (${path.period.note.en})`,
        },
      }
    : {
        ...base,
        verdict: 'invalid',
        reason: {
          vi: `Ngày ${decidedOn}, ${stars} sao do ${want.vi} công nhận, không phải ${issuer.vi} (${path.period.note.vi})`,
          en: `On ${decidedOn} ${stars}★ was recognised by the ${want.en}, not the ${issuer.en} (${path.period.note.en})`,
        },
      };
}

function levelName(level: OcopIssuerLevel): Bilingual {
  return OCOP_LEVELS.find((l) => l.level === level)?.name ?? { vi: level, en: level };
}
