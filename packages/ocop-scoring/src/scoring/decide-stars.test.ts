// The star decision of QĐ 26/2026 §2.4 (minimum markers): the band of the total, lowered by the minima not met
// ('cap', the reference's recommended reading) or failed at its band ('reject'); no stars when disqualified.
import type { OcopStarLevel } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { decideStars } from './decide-stars.js';
import type { FailedMinimum } from './minimums.js';

const miss = (
  criterion: string,
  stars: 3 | 4 | 5,
  minPoints: number,
  points: number,
): FailedMinimum => ({
  criterion,
  stars,
  minPoints,
  points,
  met: false,
});

describe('decideStars', () => {
  it('no failed minimum: the band, with the band’s reason', () => {
    for (const band of [1, 2, 3, 4, 5] as OcopStarLevel[])
      expect(decideStars(band, [], 'cap', false)).toEqual({
        bandStars: band,
        stars: band,
        markerPolicy: 'cap',
        failedMinimums: [],
        reason: { vi: `Tổng điểm xếp ${band} sao`, en: `The total rates ${band} stars` },
      });
  });

  it('cap: a failed 4★ minimum in the 4★ band gives 3★, and says which', () => {
    const failed = [miss('2.3', 4, 3, 1)];
    expect(decideStars(4, failed, 'cap', false)).toEqual({
      bandStars: 4,
      stars: 3,
      markerPolicy: 'cap',
      failedMinimums: failed,
      reason: {
        vi: "Tổng điểm xếp 4 sao nhưng không đạt yêu cầu tối thiểu: 2.3 ≥ 3 (4★) → 3 sao (chính sách 'cap')",
        en: "The total rates 4 stars but minima are not met: 2.3 ≥ 3 (4★) → 3 stars (policy 'cap')",
      },
    });
  });

  it('cap: minima are cumulative, whatever order they are listed in (3★ failed → at most 2★)', () => {
    const failed = [miss('9', 3, 2, 0), miss('5.1', 5, 5, 3), miss('2.3', 4, 3, 1)];
    const d = decideStars(5, failed, 'cap', false);
    expect(d.stars).toBe(2);
    expect(d.reason.en).toBe(
      "The total rates 5 stars but minima are not met: 9 ≥ 2 (3★), 5.1 ≥ 5 (5★), 2.3 ≥ 3 (4★) → 2 stars (policy 'cap')",
    );
    expect(decideStars(5, [miss('5.1', 5, 5, 3), miss('2.3', 4, 3, 1)], 'cap', false).stars).toBe(
      3,
    );
    expect(decideStars(5, [miss('5.1', 5, 5, 3)], 'cap', false).stars).toBe(4);
  });

  it('reject: a failed minimum gives no stars at all', () => {
    const failed = [miss('2.3', 4, 3, 1), miss('10', 4, 3, 2)];
    expect(decideStars(4, failed, 'reject', false)).toEqual({
      bandStars: 4,
      stars: null,
      markerPolicy: 'reject',
      failedMinimums: failed,
      reason: {
        vi: "Tổng điểm xếp 4 sao nhưng không đạt yêu cầu tối thiểu: 2.3 ≥ 3 (4★), 10 ≥ 3 (4★) → không đạt (chính sách 'reject')",
        en: "The total rates 4 stars but minima are not met: 2.3 ≥ 3 (4★), 10 ≥ 3 (4★) → rejected (policy 'reject')",
      },
    });
  });

  it('disqualified: no stars, whatever the band and the minima', () => {
    expect(decideStars(5, [], 'cap', true)).toEqual({
      bandStars: 5,
      stars: null,
      markerPolicy: 'cap',
      failedMinimums: [],
      reason: {
        vi: 'Hồ sơ bị loại / dừng đánh giá: không xếp hạng',
        en: 'Disqualified or evaluation stopped: not rated',
      },
    });
  });
});
