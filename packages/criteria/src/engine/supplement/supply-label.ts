import type { Bilingual, NationalSupplementSource, NtmSupplyMark } from '@ntm/domain/core';
import {
  expectBoolean,
  expectNumber,
  expectRecord,
  expectString,
  type IssuePath,
} from '@ntm/domain/core';

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
  return cite(source, ['source']).citation;
}

/** The citation of a source and its page, checked (apps call these on marks they may have stored and read back). */
function cite(value: unknown, path: IssuePath): { citation: string; page: string | undefined } {
  const { document, annex, page } = expectRecord(value, path);
  const cited = expectString(document, [...path, 'document']);
  const citation =
    annex === undefined ? cited : `${expectString(annex, [...path, 'annex'])} ${cited}`;
  if (page === undefined || typeof page === 'string') return { citation, page };
  return { citation, page: String(expectNumber(page, [...path, 'page'])) };
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
  const { source, illustrative } = expectRecord(mark, ['mark']);
  const { citation, page } = cite(source, ['mark', 'source']);
  const vi = `theo ${citation}${page === undefined ? '' : `, tr. ${page}`} — do người dùng nhập`;
  const en = `per ${citation}${page === undefined ? '' : `, p. ${page}`} — entered by the user`;
  return expectBoolean(illustrative, ['mark', 'illustrative'])
    ? { vi: `${vi} (${ILLUSTRATIVE_VALUES.vi})`, en: `${en} (${ILLUSTRATIVE_VALUES.en})` }
    : { vi, en };
}
