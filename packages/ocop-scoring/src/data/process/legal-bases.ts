import type { LegalBasis } from '@ntm/domain/core';
import { getOcopVersion } from '../../scoring/get-version.js';

// The decisions themselves live once, in OCOP_VERSIONS; the process data only adds the article it cites.
// A function, not a constant: the data modules call it inside their own /* @__PURE__ */ builders, so bundlers drop
// all of it when no process function is imported.

/** Cites a part of a decision without repeating its number, title and dates. */
function cite(basis: LegalBasis, where: { article?: string; annex?: string }): LegalBasis {
  const { article: _article, annex: _annex, ...rest } = basis;
  return { ...rest, ...where };
}

/** Legal bases of the process data, by the provision they cite. Called inside the data builders. */
export function processBases() {
  const qd148 = getOcopVersion('QD148_2023').basis;
  const qd26 = getOcopVersion('QD26_2026').basis;
  return {
    qd1048: getOcopVersion('QD1048_2019').basis,
    qd148Procedure: cite(qd148, { annex: 'Phụ lục II khoản 1' }),
    qd148District: cite(qd148, { annex: 'Phụ lục II khoản 1 điểm b' }),
    qd1489: getOcopVersion('QD148_1489_2025').amendedBy[0] as LegalBasis,
    qd26Recognition: cite(qd26, { article: 'Điều 4 khoản 1' }),
    qd26Validity: cite(qd26, { article: 'Điều 4 khoản 3' }),
    qd26Rounds: cite(qd26, { article: 'Điều 5' }),
    qd26Commune: cite(qd26, { article: 'Điều 7 khoản 2' }),
    qd26Province: cite(qd26, { article: 'Điều 7 khoản 3' }),
    qd26Central: cite(qd26, { article: 'Điều 7 khoản 4' }),
    qd26FilingWindow: cite(qd26, { article: 'Điều 7 khoản 6 điểm a' }),
    qd26ReEvaluation: cite(qd26, { article: 'Điều 7 khoản 6 điểm g' }),
    qd26Effective: cite(qd26, { article: 'Điều 11 khoản 1' }),
    qd26Transition: cite(qd26, { article: 'Điều 12 khoản 2' }),
    qd26LateFiling: cite(qd26, { article: 'Điều 12 khoản 3' }),
  } as const satisfies Record<string, LegalBasis>;
}
