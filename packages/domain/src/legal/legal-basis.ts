import type { DateInput, IsoDate } from '../dates/iso-date.js';
import { parseIsoDate } from '../dates/iso-date.js';
import { expectRecord } from '../validation/guards.js';

/**
 * The legal document a rule comes from, precise enough for an official to look it up.
 *
 * @example
 * ```ts
 * const basis: LegalBasis = {
 *   number: '26/2026/QĐ-TTg',
 *   type: 'QĐ',
 *   issuer: 'TTg',
 *   title: { vi: 'Bộ tiêu chí OCOP', en: 'OCOP criteria set' },
 *   signed: parseIsoDate('2026-04-07'),
 *   annex: 'Phụ lục A',
 * };
 * ```
 */
export interface LegalBasis {
  /** Document number as printed, e.g. `26/2026/QĐ-TTg`, `318/QĐ-TTg`. */
  readonly number: string;
  /** Document type abbreviation: `QĐ` (quyết định), `TT` (thông tư), `NĐ`, `NQ`, `BLLĐ`, `CV` … */
  readonly type: string;
  /** Issuing body abbreviation: `TTg` (Prime Minister), `BNNPTNT`, `UBND` … */
  readonly issuer: string;
  /** Short title in Vietnamese and English. */
  readonly title?: { readonly vi: string; readonly en: string };
  /** Date signed. */
  readonly signed?: IsoDate;
  /** Date it takes effect. */
  readonly effective?: IsoDate;
  /** Article (Điều), clause (khoản) or point cited, as written, e.g. `Điều 12 khoản 3`. */
  readonly article?: string;
  /** Annex (Phụ lục) cited, e.g. `Phụ lục I`. */
  readonly annex?: string;
  /** Sheet or table inside the annex, e.g. a scoring sheet code. */
  readonly sheet?: string;
}

/**
 * The days a rule applies: from `validFrom` (inclusive) to `validTo` (inclusive) or open-ended.
 *
 * @example
 * ```ts
 * const v: Validity = { validFrom: parseIsoDate('2022-03-08'), validTo: parseIsoDate('2026-02-14') };
 * ```
 */
export interface Validity {
  /** First day in force. */
  readonly validFrom: IsoDate;
  /** Last day in force; absent while still in force. */
  readonly validTo?: IsoDate;
}

/**
 * One version of legal data — a criteria set, a scoring sheet: where it is printed, the days it applies and when its
 * source was last checked, so that a result can say which version it used.
 *
 * @example
 * ```ts
 * const { basis, validity, dataAsOf }: LegalVersion = XA_2021_2025;
 * ```
 */
export interface LegalVersion {
  /** The document (with its annex, sheet) the data is printed in. */
  readonly basis: LegalBasis;
  /** Days it applies: to evaluation dates for a criteria set, to dossier submission dates for OCOP rules and sheets. */
  readonly validity: Validity;
  /** Date the data was last checked against its source. */
  readonly dataAsOf: IsoDate;
}

/**
 * True when `date` lies within `validity` (both ends inclusive).
 *
 * @example
 * ```ts
 * isInForce({ validFrom: parseIsoDate('2022-03-08') }, '2022-03-08'); // true
 * ```
 */
export function isInForce(validity: Validity, date: DateInput): boolean {
  const day = parseIsoDate(date, ['date']);
  const { validFrom, validTo } = expectRecord(validity, ['validity']);
  return (
    day >= parseIsoDate(validFrom, ['validity', 'validFrom']) &&
    (validTo === undefined || day <= parseIsoDate(validTo, ['validity', 'validTo']))
  );
}
