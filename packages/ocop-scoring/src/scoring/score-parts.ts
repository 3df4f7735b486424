import type {
  Bilingual,
  DateInput,
  LegalBasis,
  OcopPartKey,
  OcopParts,
  OcopStarLevel,
  OcopVersionId,
} from '@ntm/domain/core';
import { expectNumber, expectRecord, fail, OCOP_PROCESS_ERRORS, received } from '@ntm/domain/core';
import { versionForDate } from './resolve.js';
import { displayScore, starsForTotal } from './stars.js';

/**
 * The outcome of {@link scoreParts}.
 *
 * @example
 * ```ts
 * const r: OcopPartsResult = scoreParts({ A: 30, B: 20, C: 38 }, '2021-05-10');
 * r.stars; // 4
 * ```
 */
export interface OcopPartsResult {
  /** A + B + C at full precision. */
  readonly total: number;
  /** The total for display, cut to 2 decimals. */
  readonly display: Bilingual;
  /** The parts as given. */
  readonly parts: OcopParts;
  /** Stars by the version's bands (per-star minima cannot be checked without the sheets). */
  readonly stars: OcopStarLevel;
  /** `rated` for 3★–5★, else `below-threshold`. */
  readonly status: 'rated' | 'below-threshold';
  /** False for 1★ and 2★. */
  readonly certifiable: boolean;
  /** The version used and its basis. */
  readonly version: {
    readonly id: OcopVersionId;
    readonly basis: LegalBasis;
    readonly partMax: OcopParts;
  };
  /** What the result could not check, in words. */
  readonly reason: Bilingual;
}

const KEYS: readonly OcopPartKey[] = ['A', 'B', 'C'];

/**
 * Rates a product from its part totals, for versions whose sheets the SDK does not have (QĐ 1048/2019, QĐ 148/2023,
 * QĐ 148 + 1489): checks each part against the version's maximum (C = 38 is valid under QĐ 1048, an error under
 * QĐ 148 and 26/2026) and returns stars by its bands. Parts may be averages (fractions).
 *
 * @remarks Xếp hạng theo điểm từng phần A/B/C khi không có phiếu chấm chi tiết; không kiểm tra được yêu cầu tối
 * thiểu (dấu sao).
 * @example
 * ```ts
 * scoreParts({ A: 30, B: 20, C: 38 }, '2021-05-10').stars; // 4 (QĐ 1048: C ≤ 40)
 * scoreParts({ A: 30, B: 20, C: 38 }, '2024-01-15');       // throws ocop/part-out-of-range (QĐ 148: C ≤ 35)
 * ```
 */
export function scoreParts(parts: OcopParts, date: DateInput): OcopPartsResult {
  const version = versionForDate(date, ['date']);
  const given = expectRecord(parts, ['parts']);
  for (const key of KEYS) {
    const value = expectNumber(Object.hasOwn(given, key) ? given[key] : undefined, ['parts', key], {
      min: 0,
    });
    // Above its version's cap is a rule of the decision (C = 38 is valid under QĐ 1048 only), not a shape.
    const max = version.partMax[key];
    if (value > max)
      fail(OCOP_PROCESS_ERRORS['ocop/part-out-of-range'], ['parts', key], {
        part: key,
        max,
        basis: version.basis.number,
        received: received(value),
      });
  }
  const total = parts.A + parts.B + parts.C;
  const rating = starsForTotal(total, version.id);
  return {
    total,
    display: displayScore(total),
    parts: { A: parts.A, B: parts.B, C: parts.C },
    stars: rating.stars,
    status: rating.certifiable ? 'rated' : 'below-threshold',
    certifiable: rating.certifiable,
    version: { id: version.id, basis: version.basis, partMax: version.partMax },
    reason: {
      vi: `${version.basis.number}: tổng ${rating.display.vi} điểm → ${rating.stars} sao (${rating.band.text.vi}); chưa kiểm tra yêu cầu tối thiểu theo hạng sao`,
      en: `${version.basis.number}: total ${rating.display.en} → ${rating.stars} stars (${rating.band.text.en}); per-star minima not checked`,
    },
  };
}
