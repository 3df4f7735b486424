import { addDays, dayNumberOf, fromDayNumber } from '@ntm/domain/core';
import { describe, expect, test } from 'vitest';
import { GIO_TO_2015_2035, TET_1990_2050, TET_VIETNAM_VS_CHINA } from '../../test/golden/lunar.js';
import { fromLunar } from './from-lunar.js';
import { toLunar } from './to-lunar.js';

const FIRST = dayNumberOf(1900, 1, 31);
const LAST = dayNumberOf(2100, 12, 31);

describe('golden dates from published tables (test/golden/lunar.ts)', () => {
  test.each(TET_1990_2050.map((date, i) => [1990 + i, date] as const))(
    'Tết %i is %s',
    (year, date) => {
      expect(toLunar(date)).toMatchObject({
        year,
        month: 1,
        day: 1,
        leap: false,
        uncertain: false,
      });
      expect(fromLunar({ year, month: 1, day: 1 })).toBe(date);
      // The day before Tết is the last day of month 12 of the previous lunar year.
      expect(toLunar(addDays(date, -1))).toMatchObject({ year: year - 1, month: 12 });
    },
  );

  test.each(GIO_TO_2015_2035.map((date, i) => [2015 + i, date] as const))(
    'Giỗ Tổ %i is %s',
    (year, date) => {
      expect(fromLunar({ year, month: 3, day: 10 })).toBe(date);
      expect(toLunar(date)).toMatchObject({ year, month: 3, day: 10, leap: false });
    },
  );

  test.each(TET_VIETNAM_VS_CHINA)('Tết %i is %s in Vietnam (China: %s)', (year, vietnam, china) => {
    expect(fromLunar({ year, month: 1, day: 1 })).toBe(vietnam);
    expect(toLunar(china)).not.toMatchObject({ month: 1, day: 1 });
  });

  test('1985: the leap month moves to tháng 2 nhuận in Vietnam (S12, S43)', () => {
    expect(toLunar('1984-11-23')).toMatchObject({ year: 1984, month: 11, day: 1, leap: false });
    expect(fromLunar({ year: 1985, month: 2, day: 1, leap: true })).toBeTypeOf('string');
  });

  test('near-midnight new moons (within minutes of midnight, S40) are flagged uncertain', () => {
    expect(toLunar('2054-05-08').uncertain).toBe(true);
    expect(toLunar('2054-05-07').uncertain).toBe(true);
    expect(toLunar('2062-04-10').uncertain).toBe(true);
    expect(toLunar('2025-06-15').uncertain).toBe(false);
  });
});

describe('properties over every day 1900-01-31 … 2100-12-31', () => {
  test('fromLunar(toLunar(d)) = d, day numbers advance by one, months have 29 or 30 days', () => {
    let previous = toLunar(fromDayNumber(FIRST));
    expect(previous).toMatchObject({ year: 1900, month: 1, day: 1, leap: false });
    const yearMonths = new Map<number, number>();
    let failures = 0;
    for (let n = FIRST; n <= LAST; n += 1) {
      const date = fromDayNumber(n);
      const lunar = toLunar(date);
      if (fromLunar(lunar) !== date) failures += 1;
      if (n > FIRST) {
        if (lunar.day === 1) {
          // A new month starts after a month of 29 or 30 days.
          if (previous.day !== 29 && previous.day !== 30) failures += 1;
        } else if (lunar.day !== previous.day + 1 || lunar.month !== previous.month) failures += 1;
      }
      if (lunar.day === 1) yearMonths.set(lunar.year, (yearMonths.get(lunar.year) ?? 0) + 1);
      previous = lunar;
    }
    expect(failures).toBe(0);
    for (const [year, count] of yearMonths) {
      if (year < 2100) expect([12, 13], `months in ${year}`).toContain(count);
    }
  });
});

describe('bad input', () => {
  test('impossible solar date', () => {
    expect(() => toLunar('2025-02-31')).toThrowDomainError('date/invalid', ['date']);
    expect(() => toLunar('2025-1-5')).toThrowDomainError('date/invalid', ['date']);
  });

  test('day 30 of a 29-day month, day 31 of any month', () => {
    const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => ({ year: 2025, month }));
    months.push({ year: 2025, month: 6, leap: true } as never);
    let short = 0;
    for (const month of months) {
      const after29 = toLunar(addDays(fromLunar({ ...month, day: 29 }), 1));
      if (after29.day === 1) {
        short += 1;
        expect(() => fromLunar({ ...month, day: 30 })).toThrowDomainError('lunar/no-such-day', [
          'day',
        ]);
      } else {
        expect(after29.day).toBe(30);
      }
      expect(() => fromLunar({ ...month, day: 31 })).toThrowDomainError('input/too-big', ['day']);
    }
    expect(short).toBeGreaterThan(0);
    expect(() => fromLunar({ year: 2025, month: 1, day: 0 })).toThrowDomainError(
      'input/too-small',
      ['day'],
    );
  });

  test('the message names the leap month', () => {
    // Tháng 6 nhuận năm Ất Tỵ 2025 has 29 days.
    expect(() => fromLunar({ year: 2025, month: 6, day: 30, leap: true })).toThrowError(
      'Lunar month 6 (leap) of 2025 has 29 days.',
    );
  });

  test('a leap month the year does not have', () => {
    expect(() => fromLunar({ year: 2025, month: 7, day: 1, leap: true })).toThrowDomainError(
      'lunar/no-leap-month',
      ['leap'],
    );
    expect(() => fromLunar({ year: 2024, month: 6, day: 1, leap: true })).toThrowDomainError(
      'lunar/no-leap-month',
      ['leap'],
    );
  });

  test('out of range', () => {
    expect(() => toLunar('1900-01-30')).toThrowDomainError('lunar/out-of-range', ['date']);
    expect(() => toLunar('2101-01-01')).toThrowDomainError('lunar/out-of-range', ['date']);
    expect(() => fromLunar({ year: 1899, month: 12, day: 1 })).toThrowDomainError(
      'lunar/out-of-range',
      ['year'],
    );
    expect(() => fromLunar({ year: 2100, month: 12, day: 29 })).toThrowDomainError(
      'lunar/out-of-range',
      [],
    );
  });

  test('wrong types', () => {
    expect(() => fromLunar({ year: 2025, month: 13, day: 1 })).toThrowDomainError('input/too-big', [
      'month',
    ]);
    expect(() => fromLunar({ year: 2025.5, month: 1, day: 1 })).toThrowDomainError(
      'input/not-integer',
      ['year'],
    );
    expect(() => fromLunar(null as never)).toThrowDomainError('input/wrong-type', ['lunar']);
    expect(() =>
      fromLunar({ year: 2025, month: 1, day: 1, leap: 'no' as never }),
    ).toThrowDomainError('input/wrong-type', ['leap']);
    expect(() =>
      fromLunar({ year: 2025, month: 1, day: 1, leap: null as never }),
    ).toThrowDomainError('input/wrong-type', ['leap']);
  });
});
