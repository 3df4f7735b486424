import type { IsoDate, Validity } from '@ntm/domain/core';

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
 * The day QĐ 26/2026/QĐ-TTg was signed and took effect (Điều 11.1).
 *
 * @example
 * ```ts
 * QD26_SIGNED; // '2026-05-22'
 * ```
 */
export const QD26_SIGNED = '2026-05-22' as IsoDate;
