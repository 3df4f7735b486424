import type { Bilingual, OcopStarLevel } from '@ntm/domain/core';
import type { FailedMinimum } from './minimums.js';
import { BAND_REASONS, EMPTY } from './reasons.js';
import type { OcopMarkerPolicy, OcopStarDecision } from './score-result.js';

/**
 * The stars from the band of the total and the failed per-star minima: a disqualified product is not rated; with
 * `'cap'` a failed minimum lowers the stars below its level, with `'reject'` it fails the product.
 */
export function decideStars(
  band: OcopStarLevel,
  failed: readonly FailedMinimum[],
  policy: OcopMarkerPolicy,
  disqualified: boolean,
): OcopStarDecision {
  const decision = (stars: OcopStarLevel | null, reason: Bilingual): OcopStarDecision => ({
    bandStars: band,
    stars,
    markerPolicy: policy,
    failedMinimums: failed,
    reason,
  });
  if (disqualified)
    return decision(null, {
      vi: 'Hồ sơ bị loại / dừng đánh giá: không xếp hạng',
      en: 'Disqualified or evaluation stopped: not rated',
    });
  let stars: OcopStarLevel = band;
  for (const f of failed) if (f.stars <= stars) stars = (f.stars - 1) as OcopStarLevel;
  if (stars === band) return decision(stars, BAND_REASONS[band - 1] ?? EMPTY);
  const list = failed.map((f) => `${f.criterion} ≥ ${f.minPoints} (${f.stars}★)`).join(', ');
  const missed = {
    vi: `Tổng điểm xếp ${band} sao nhưng không đạt yêu cầu tối thiểu: ${list} →`,
    en: `The total rates ${band} stars but minima are not met: ${list} →`,
  };
  if (policy === 'reject')
    return decision(null, {
      vi: `${missed.vi} không đạt (chính sách 'reject')`,
      en: `${missed.en} rejected (policy 'reject')`,
    });
  return decision(stars, {
    vi: `${missed.vi} ${stars} sao (chính sách 'cap')`,
    en: `${missed.en} ${stars} stars (policy 'cap')`,
  });
}
