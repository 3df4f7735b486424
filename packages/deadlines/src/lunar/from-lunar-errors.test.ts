// fromLunar's refusals in their own words: past the last lunar year, and a day past the end of a leap month.
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { fromLunar } from './from-lunar.js';

describe('fromLunar refuses', () => {
  it('a year after 2100 and before 1900, at year', () => {
    expect(() => fromLunar({ year: 2101, month: 1, day: 1 })).toThrowDomainError(
      'lunar/out-of-range',
      ['year'],
    );
    expect(() => fromLunar({ year: 1899, month: 12, day: 1 })).toThrowDomainError(
      'lunar/out-of-range',
      ['year'],
    );
    expect(fromLunar({ year: 2100, month: 1, day: 1 })).toMatch(/^2100-/u);
  });

  it('day 30 of the leap month 2 of 2023 (22/03–19/04/2023, 29 days), naming it as a leap month', () => {
    expect(fromLunar({ year: 2023, month: 2, day: 29, leap: true })).toBe('2023-04-19');
    const [issue] = issuesOf(() => fromLunar({ year: 2023, month: 2, day: 30, leap: true }));
    expect(issue?.path).toEqual(['day']);
    expect(issue?.message).toEqual({
      vi: 'Tháng 2 nhuận năm 2023 âm lịch chỉ có 29 ngày.',
      en: 'Lunar month 2 (leap) of 2023 has 29 days.',
    });
  });
});
