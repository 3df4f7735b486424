import type { Bilingual, OcopVersionId } from '@ntm/domain/core';
import {
  expectArray,
  expectNumber,
  expectOneOf,
  expectRecord,
  fail,
  INPUT_ERRORS,
} from '@ntm/domain/core';
import { OCOP_VERSION_IDS } from '../data/versions.js';
import { displayScore, type OcopStarRating, starsForTotal, TOTAL_RANGE } from '../scoring/stars.js';

/**
 * One council member's total, or a bare number.
 *
 * @example
 * ```ts
 * const m: CouncilMemberTotal = { member: 'Sở Công Thương', total: 78.5 };
 * ```
 */
export type CouncilMemberTotal = number | { readonly member: string; readonly total: number };

/**
 * Options of {@link aggregateCouncil}.
 *
 * @example
 * ```ts
 * const options: AggregateCouncilOptions = { maxSpread: 10, versionId: 'QD26_2026' };
 * ```
 */
export interface AggregateCouncilOptions {
  /**
   * The divergence rule of the council's Quy chế: refuse to finalise when two members' totals differ by more than
   * this many points. Absent: no such rule (none of the decisions sets one).
   */
  readonly maxSpread?: number;
  /** Band the average under this version and return its star rating. */
  readonly versionId?: OcopVersionId;
}

/**
 * The council's result: the average of the members' totals and whether it may be finalised.
 *
 * @example
 * ```ts
 * const r: CouncilAggregate = aggregateCouncil([80, 85, 90]);
 * r.average; // 85
 * ```
 */
export interface CouncilAggregate {
  /** The average at full precision; banding uses this, never a rounded value. */
  readonly average: number;
  /** The average for display, cut to 2 decimals ("89,99" / "89.99") so it never shows a band it did not reach. */
  readonly display: Bilingual;
  /** Number of members who scored. */
  readonly members: number;
  /** Lowest member total. */
  readonly min: number;
  /** Highest member total. */
  readonly max: number;
  /** `max − min`: the widest difference between two members. */
  readonly spread: number;
  /** The pair of members (by index or name) that differ most. */
  readonly widestPair: readonly [string, string];
  /** False when the divergence rule (`maxSpread`) blocks the result. */
  readonly finalisable: boolean;
  /** The star rating of the average, when a version was given. */
  readonly rating?: OcopStarRating;
  /** Why it may or may not be finalised. */
  readonly reason: Bilingual;
}

/**
 * Averages the council members' totals at full precision ("tổng điểm trung bình"), reports their spread, and
 * applies the optional divergence rule: some provinces refuse to finalise when two members differ by more than
 * 10 points (`{ maxSpread: 10 }`).
 *
 * @remarks Tổng hợp điểm của các thành viên Hội đồng. The decisions define neither the averaging nor rounding nor a
 * divergence rule; those belong to each council's Quy chế (QĐ 26/2026 Điều 7.3 leaves them to it), hence options. Throws `input/empty` for
 * no members, `input/*` for a total or `maxSpread` that is not a number from 0 to 100 or an unknown version id.
 * @example
 * ```ts
 * const r = aggregateCouncil([92, 88.5, 90.25], { maxSpread: 10, versionId: 'QD26_2026' });
 * r.average;       // 90.25
 * r.rating?.stars; // 5
 * aggregateCouncil([95, 80], { maxSpread: 10 }).finalisable; // false
 * ```
 */
export function aggregateCouncil(
  memberTotals: readonly CouncilMemberTotal[],
  options: AggregateCouncilOptions = {},
): CouncilAggregate {
  if (expectArray(memberTotals, ['memberTotals']).length === 0)
    fail(INPUT_ERRORS['input/empty'], ['memberTotals']);
  expectRecord(options, ['options']);
  const { maxSpread, versionId } = options;
  if (maxSpread !== undefined) expectNumber(maxSpread, ['options', 'maxSpread'], TOTAL_RANGE);
  if (versionId !== undefined) expectOneOf(versionId, OCOP_VERSION_IDS, ['options', 'versionId']);
  const names: string[] = [];
  const totals: number[] = [];
  memberTotals.forEach((entry, i) => {
    const named = typeof entry === 'object' && entry !== null;
    const total = expectNumber(
      named ? entry.total : entry,
      ['memberTotals', i, ...(named ? ['total'] : [])],
      TOTAL_RANGE,
    );
    totals.push(total);
    names.push(named && typeof entry.member === 'string' ? entry.member : String(i));
  });
  let sum = 0;
  let lo = 0;
  let hi = 0;
  totals.forEach((t, i) => {
    sum += t;
    if (t < (totals[lo] as number)) lo = i;
    if (t > (totals[hi] as number)) hi = i;
  });
  const average = sum / totals.length;
  const min = totals[lo] as number;
  const max = totals[hi] as number;
  const spread = max - min;
  const finalisable = maxSpread === undefined || spread <= maxSpread;
  const shown = displayScore(spread);
  const reason: Bilingual =
    maxSpread === undefined
      ? {
          vi: `Trung bình của ${totals.length} thành viên; không áp dụng quy tắc độ lệch`,
          en: `Average of ${totals.length} members; no divergence rule applied`,
        }
      : finalisable
        ? {
            vi: `Độ lệch ${shown.vi} điểm không quá ${maxSpread} điểm: được chốt kết quả`,
            en: `Spread ${shown.en} points is within ${maxSpread}: may be finalised`,
          }
        : {
            vi: `Thành viên ${names[hi]} và ${names[lo]} lệch ${shown.vi} điểm, quá ${maxSpread} điểm: chưa được chốt kết quả`,
            en: `Members ${names[hi]} and ${names[lo]} differ by ${shown.en} points, more than ${maxSpread}: not finalised`,
          };
  return {
    average,
    display: displayScore(average),
    members: totals.length,
    min,
    max,
    spread,
    widestPair: [names[hi] as string, names[lo] as string],
    finalisable,
    ...(versionId === undefined ? {} : { rating: starsForTotal(average, versionId) }),
    reason,
  };
}
