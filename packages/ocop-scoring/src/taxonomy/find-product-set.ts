import type { OcopProductSet } from '@ntm/domain/core';
import { expectAnyString, searchKey } from '@ntm/domain/core';
import { OCOP_TAXONOMY } from '../data/taxonomy.js';

interface Indexed {
  readonly set: OcopProductSet;
  readonly code: string;
  readonly keywords: readonly string[];
  readonly names: readonly string[];
}

// Keys precomputed once (an immutable table, not a cache): words padded with spaces so matching is by whole words.
const INDEX: readonly Indexed[] = Object.freeze(
  OCOP_TAXONOMY.productSets.map((set) =>
    Object.freeze({
      set,
      code: set.code.toLowerCase(),
      keywords: Object.freeze(set.keywords.map(pad)),
      names: Object.freeze([pad(set.name.vi), pad(set.name.en)]),
    }),
  ),
);

function pad(text: string): string {
  return ` ${searchKey(text)
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim()} `;
}

/**
 * Finds the QĐ 26/2026 product set for the words people use ("mật ong", "nuoc mam", "du lịch cộng đồng", "B09"),
 * ignoring diacritics and case. The most specific match wins: a whole keyword or name found in the query beats a
 * query found inside a name. Returns `undefined` when nothing matches.
 *
 * @remarks Tra cứu bộ sản phẩm OCOP (Phụ lục I, QĐ 26/2026) theo từ thông dụng, không phân biệt dấu.
 * @example
 * ```ts
 * findProductSet('Mật ong bạc hà')?.code; // 'B04'
 * findProductSet('nuoc mam Phu Quoc')?.code; // 'B09'
 * findProductSet('du lịch cộng đồng')?.code; // 'B26'
 * ```
 */
export function findProductSet(query: string): OcopProductSet | undefined {
  const q = pad(expectAnyString(query, ['query']).slice(0, 500));
  if (q.trim() === '') return undefined;
  let best: OcopProductSet | undefined;
  let bestScore = 0;
  for (const entry of INDEX) {
    let score = q.trim() === entry.code ? 1000 : 0;
    for (const key of entry.keywords) if (q.includes(key)) score = Math.max(score, key.length * 2);
    for (const name of entry.names) {
      if (q.includes(name)) score = Math.max(score, name.length * 2);
      else if (name.includes(q)) score = Math.max(score, q.length + 1);
    }
    if (score > bestScore) {
      best = entry.set;
      bestScore = score;
    }
  }
  return best;
}
