import type { IsoDate, LegalBasis, Validity } from '@ntm/domain/core';

/**
 * Date the QĐ 26/2026 sheets in the reference were last checked against the transcript of the decision.
 *
 * @example
 * ```ts
 * QD26_DATA_AS_OF; // '2026-11-23'
 * ```
 */
export const QD26_DATA_AS_OF = '2026-11-23' as IsoDate;

/**
 * QĐ 26/2026 applies to dossiers submitted from 22/05/2026 (Điều 11.1, Điều 12).
 *
 * @example
 * ```ts
 * QD26_VALIDITY.validFrom; // '2026-05-22'
 * ```
 */
export const QD26_VALIDITY: Validity = Object.freeze({ validFrom: '2026-05-22' as IsoDate });

/**
 * The legal basis of one QĐ 26/2026 scoring sheet (Phụ lục II, sheet `B01` … `B26`).
 *
 * @example
 * ```ts
 * qd26Basis('B04').sheet; // 'B04'
 * ```
 */
export function qd26Basis(sheet: string): LegalBasis {
  return {
    number: '26/2026/QĐ-TTg',
    type: 'QĐ',
    issuer: 'TTg',
    title: {
      vi: 'Bộ tiêu chí đánh giá sản phẩm OCOP (kiêm phiếu đánh giá sản phẩm OCOP)',
      en: 'OCOP product evaluation criteria (and scoring sheet)',
    },
    signed: '2026-05-22' as IsoDate,
    effective: '2026-05-22' as IsoDate,
    annex: 'Phụ lục II',
    sheet,
  };
}
