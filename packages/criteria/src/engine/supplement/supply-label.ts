import type { Bilingual, NationalSupplementSource, NtmSupplyMark } from '@ntm/domain/core';

/**
 * The words every output puts next to a value of an example supplement.
 *
 * @example
 * ```ts
 * ILLUSTRATIVE_VALUES.vi; // 'minh hoạ — không phải số liệu pháp lý'
 * ```
 */
export const ILLUSTRATIVE_VALUES: Bilingual = Object.freeze({
  vi: 'minh hoạ — không phải số liệu pháp lý',
  en: 'illustrative, not legal values',
});

/**
 * The annex and document a supplement cites, as shown in traces and tables: `Phụ lục I QĐ 51/2025/QĐ-TTg`.
 *
 * @example
 * ```ts
 * citationOf({ document: 'QĐ 51/2025/QĐ-TTg', annex: 'Phụ lục I' }); // 'Phụ lục I QĐ 51/2025/QĐ-TTg'
 * ```
 */
export function citationOf(source: NationalSupplementSource): string {
  return source.annex === undefined ? source.document : `${source.annex} ${source.document}`;
}

/**
 * How a supplied value or indicator is labelled wherever it is shown: its source, that a user typed it in, and —
 * for an example supplement — that it is illustrative, not law.
 *
 * @remarks "theo Phụ lục I QĐ 51/2025/QĐ-TTg — do người dùng nhập".
 * @example
 * ```ts
 * supplyLabel({ source: { document: 'QĐ 51/2025/QĐ-TTg', annex: 'Phụ lục I' }, illustrative: false }).vi;
 * // 'theo Phụ lục I QĐ 51/2025/QĐ-TTg — do người dùng nhập'
 * ```
 */
export function supplyLabel(mark: NtmSupplyMark): Bilingual {
  const citation = citationOf(mark.source);
  const page = mark.source.page;
  const vi = `theo ${citation}${page === undefined ? '' : `, tr. ${page}`} — do người dùng nhập`;
  const en = `per ${citation}${page === undefined ? '' : `, p. ${page}`} — entered by the user`;
  return mark.illustrative
    ? { vi: `${vi} (${ILLUSTRATIVE_VALUES.vi})`, en: `${en} (${ILLUSTRATIVE_VALUES.en})` }
    : { vi, en };
}
