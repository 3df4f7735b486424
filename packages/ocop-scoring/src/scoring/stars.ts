import type { Bilingual, OcopStarBand, OcopStarLevel, OcopVersionId } from '@ntm/domain/core';
import { expectNumber } from '@ntm/domain/core';
import { getOcopVersion } from './get-version.js';

/**
 * A total placed in a version's star bands.
 *
 * @example
 * ```ts
 * const r: OcopStarRating = starsForTotal(89.996, 'QD26_2026');
 * r.stars; // 4
 * ```
 */
export interface OcopStarRating {
  /** The total as given, at full precision. */
  readonly total: number;
  /** The total for display, cut (not rounded) to 2 decimals so it never shows a band the total did not reach. */
  readonly display: Bilingual;
  /** Stars by the bands alone. */
  readonly stars: OcopStarLevel;
  /** The band that matched. */
  readonly band: OcopStarBand;
  /** False for 1★ and 2★: no recognition decision, no certificate (QĐ 26/2026 Điều 4.1.a). */
  readonly certifiable: boolean;
  /** The version whose bands were used. */
  readonly versionId: OcopVersionId;
}

/**
 * The star band of a total (0–100) under a version: half-open bands [90, 100], [70, 90), [50, 70), [30, 50),
 * [0, 30), compared at full precision (an average of 89.996 is 4★). 1★ and 2★ are not certifiable.
 *
 * @remarks Phân hạng sao theo tổng điểm trung bình (QĐ 26/2026 Điều 3.3). No decision sets a rounding rule; the SDK
 * never rounds before comparing.
 * @example
 * ```ts
 * starsForTotal(90, 'QD26_2026').stars;          // 5
 * starsForTotal(89.996, 'QD26_2026').display.vi; // '89,99'
 * starsForTotal(45, 'QD148_2023').certifiable;   // false
 * ```
 */
export function starsForTotal(total: number, versionId: OcopVersionId): OcopStarRating {
  const version = getOcopVersion(versionId);
  expectNumber(total, ['total'], TOTAL_RANGE);
  const band = version.bands.find((b) => total >= b.from);
  // Every version's lowest band starts at 0 (versions.test.ts), so only a bug in the data gets here.
  if (band === undefined) throw new Error(`No star band of ${version.id} holds ${total}`);
  return {
    total,
    display: displayScore(total),
    stars: band.stars,
    band,
    certifiable: band.stars >= version.certifiableFrom,
    versionId: version.id,
  };
}

/** The range of a total, and of each council member's total: 0 to 100 points. */
export const TOTAL_RANGE = /* @__PURE__ */ Object.freeze({ min: 0, max: 100 });

/** Stars by the bands alone, for a total already known to be valid (the engine's fast path). */
export function bandOf(total: number, versionId: OcopVersionId): OcopStarLevel {
  const bands = getOcopVersion(versionId).bands;
  // An index loop: for…of over the frozen band list is slow on Node 20 (see score-criteria.ts).
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i] as OcopStarBand;
    if (total >= band.from) return band.stars;
  }
  return 1;
}

/**
 * A score cut to 2 decimals, with a decimal comma in Vietnamese ("90,75") and a point in English ("90.75").
 *
 * @example
 * ```ts
 * displayScore(89.996); // { vi: '89,99', en: '89.99' }
 * ```
 */
export function displayScore(score: number): Bilingual {
  // Far beyond any score, and below 1e21, from where `toFixed` writes exponent notation.
  expectNumber(score, ['score'], { min: -1e20, max: 1e20 });
  // Whole scores (most totals) need no cutting.
  if (Number.isInteger(score)) return { vi: `${score},00`, en: `${score}.00` };
  // toFixed(6) first so binary noise (90.75 stored as 90.74999…) does not lose a hundredth when cutting.
  const fixed = score.toFixed(6);
  const en = fixed.slice(0, fixed.indexOf('.') + 3);
  return { vi: en.replace('.', ','), en };
}
