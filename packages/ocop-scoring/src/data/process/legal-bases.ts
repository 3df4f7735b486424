import type { LegalBasis } from '@ntm/domain/core';
import { getOcopVersion } from '../../scoring/versions.js';

// The decisions themselves live once, in OCOP_VERSIONS; the process data only adds the article it cites.
const QD1048 = getOcopVersion('QD1048_2019').basis;
const QD148 = getOcopVersion('QD148_2023').basis;
const QD1489 = getOcopVersion('QD148_1489_2025').amendedBy[0] as LegalBasis;
const QD26 = getOcopVersion('QD26_2026').basis;

/** Cites a part of a decision without repeating its number, title and dates. */
function cite(basis: LegalBasis, where: { article?: string; annex?: string }): LegalBasis {
  const { article: _article, annex: _annex, ...rest } = basis;
  return { ...rest, ...where };
}

/** Legal bases of the process data, by the provision they cite. */
export const BASES = {
  qd1048: QD1048,
  qd148Procedure: cite(QD148, { annex: 'Phụ lục II khoản 1' }),
  qd148District: cite(QD148, { annex: 'Phụ lục II khoản 1 điểm b' }),
  qd1489: QD1489,
  qd26Recognition: cite(QD26, { article: 'Điều 4 khoản 1' }),
  qd26Validity: cite(QD26, { article: 'Điều 4 khoản 3' }),
  qd26Rounds: cite(QD26, { article: 'Điều 5' }),
  qd26Commune: cite(QD26, { article: 'Điều 7 khoản 2' }),
  qd26Province: cite(QD26, { article: 'Điều 7 khoản 3' }),
  qd26Central: cite(QD26, { article: 'Điều 7 khoản 4' }),
  qd26FilingWindow: cite(QD26, { article: 'Điều 7 khoản 6 điểm a' }),
  qd26ReEvaluation: cite(QD26, { article: 'Điều 7 khoản 6 điểm g' }),
  qd26Effective: cite(QD26, { article: 'Điều 11 khoản 1' }),
  qd26Transition: cite(QD26, { article: 'Điều 12 khoản 2' }),
  qd26LateFiling: cite(QD26, { article: 'Điều 12 khoản 3' }),
} as const satisfies Record<string, LegalBasis>;
