// aggregateCouncil's reasons word for word, ties (the first member with the lowest or highest total names the pair),
// names that are not strings, and the paths of bad entries.
import { describe, expect, it } from 'vitest';
import { aggregateCouncil } from './aggregate-council.js';

describe('aggregateCouncil: reasons, ties and names', () => {
  it('without a divergence rule: the average of all members, said so', () => {
    expect(aggregateCouncil([80, 95, 80, 95])).toEqual({
      average: 87.5,
      display: { vi: '87,50', en: '87.50' },
      members: 4,
      min: 80,
      max: 95,
      spread: 15,
      widestPair: ['1', '0'],
      finalisable: true,
      reason: {
        vi: 'Trung bình của 4 thành viên; không áp dụng quy tắc độ lệch',
        en: 'Average of 4 members; no divergence rule applied',
      },
    });
  });

  it('within the allowed spread: may be finalised', () => {
    expect(aggregateCouncil([88.5, 90.25], { maxSpread: 10 }).reason).toEqual({
      vi: 'Độ lệch 1,75 điểm không quá 10 điểm: được chốt kết quả',
      en: 'Spread 1.75 points is within 10: may be finalised',
    });
  });

  it('beyond it: names the two members; a name that is not a string gives way to the index', () => {
    const r = aggregateCouncil(
      [{ member: 'An', total: 80 }, { member: 7 as never, total: 95 }, 85],
      { maxSpread: 10 },
    );
    expect(r.widestPair).toEqual(['1', 'An']);
    expect(r.finalisable).toBe(false);
    expect(r.reason).toEqual({
      vi: 'Thành viên 1 và An lệch 15,00 điểm, quá 10 điểm: chưa được chốt kết quả',
      en: 'Members 1 and An differ by 15.00 points, more than 10: not finalised',
    });
  });

  it('a null member and null options are refused at their paths', () => {
    expect(() => aggregateCouncil([90, null as never])).toThrowDomainError('input/wrong-type', [
      'memberTotals',
      1,
    ]);
    expect(() => aggregateCouncil([90], null as never)).toThrowDomainError('input/wrong-type', [
      'options',
    ]);
  });
});
