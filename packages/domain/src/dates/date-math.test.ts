// The date arithmetic: round trips and symmetries on generated days, and exact values at the edges — the first and
// last days of the supported years, month ends, leap years, weekdays before 1970, and the amounts each function refuses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  dayNumberOf,
  daysBetween,
  endOfMonth,
  fromDayNumber,
  toDayNumber,
  weekday,
} from './date-math.js';
import { daysInMonth, isLeapYear } from './iso-date.js';

describe('day numbers', () => {
  it.each([
    ['0001-01-01', -719162],
    ['0001-03-01', -719103],
    ['1600-02-29', -135081],
    ['1899-12-31', -25568],
    ['1969-12-31', -1],
    ['1970-01-01', 0],
    ['1970-03-01', 59],
    ['2000-02-29', 11016],
    ['2000-03-01', 11017],
    ['2022-07-26', 19199],
    ['9999-12-31', 2932896],
  ])('%s is day %i, both ways', (date, dayNumber) => {
    expect(toDayNumber(date)).toBe(dayNumber);
    expect(fromDayNumber(dayNumber)).toBe(date);
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    expect(dayNumberOf(year, month, day)).toBe(dayNumber);
  });

  it('pads the year, the month and the day', () => {
    expect(fromDayNumber(-719162 + 40)).toBe('0001-02-10');
    expect(fromDayNumber(toDayNumber('0999-10-09'))).toBe('0999-10-09');
  });

  it('refuses a day number that is not a safe integer, naming it', () => {
    for (const value of [0.5, Number.NaN, 2 ** 53]) {
      expect(issuesOf(() => fromDayNumber(value))).toEqual([
        expect.objectContaining({
          code: 'date/invalid-day-number',
          path: [],
          params: { value: String(value) },
        }),
      ]);
    }
  });

  it('refuses a day before year 1 or after year 9999, in both languages', () => {
    expect(issuesOf(() => fromDayNumber(-719163))).toEqual([
      {
        code: 'date/out-of-range',
        path: [],
        message: {
          vi: 'Ngày nằm ngoài khoảng năm 1–9999 (số ngày -719163).',
          en: 'The date is outside years 1–9999 (day number -719163).',
        },
        params: { value: { vi: 'số ngày -719163', en: 'day number -719163' } },
      },
    ]);
    expect(issuesOf(() => fromDayNumber(2932897))[0]?.code).toBe('date/out-of-range');
    expect(() => addDays('9999-12-31', 1)).toThrowDomainError('date/out-of-range');
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(addDays('0001-01-02', -1)).toBe('0001-01-01');
  });

  it('anchors 1970-01-01 at zero and round-trips every day in 1900–2100', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2100-12-31') }),
        (n) => {
          expect(toDayNumber(fromDayNumber(n))).toBe(n);
        },
      ),
    );
  });

  it('adds and subtracts days symmetrically', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -40000, max: 40000 }),
        fc.integer({ min: -5000, max: 5000 }),
        (n, k) => {
          const date = fromDayNumber(n);
          expect(addDays(addDays(date, k), -k)).toBe(date);
          expect(daysBetween(date, addDays(date, k))).toBe(k);
        },
      ),
    );
  });
});

describe('amounts', () => {
  it('takes up to ten thousand years of days, not one more', () => {
    expect(addDays('0001-01-01', 3_650_000)).toBe('9994-05-13');
    expect(addDays('9999-12-31', -3_650_000)).toBe('0006-08-21');
    expect(issuesOf(() => addDays('2000-01-01', 3_650_001))).toEqual([
      {
        code: 'date/invalid-amount',
        path: ['days'],
        message: {
          vi: '"days" phải là số nguyên (nhận được 3650001).',
          en: '"days" must be a whole number (got 3650001).',
        },
        params: { name: 'days', received: '3650001' },
      },
    ]);
    expect(issuesOf(() => addDays('2000-01-01', -3_650_001))[0]?.path).toEqual(['days']);
  });

  it('names the amount each function was given', () => {
    expect(issuesOf(() => addMonths('2000-01-01', 0.5))[0]).toMatchObject({
      code: 'date/invalid-amount',
      path: ['months'],
      params: { name: 'months' },
    });
    expect(issuesOf(() => addYears('2000-01-01', '1' as never))[0]).toMatchObject({
      code: 'date/invalid-amount',
      path: ['years'],
      params: { name: 'years', received: '"1"' },
    });
  });
});

describe('months and years', () => {
  it('adds months across year ends both ways, keeping the day where it exists', () => {
    expect(addMonths('2022-11-15', 1)).toBe('2022-12-15');
    expect(addMonths('2022-12-15', 1)).toBe('2023-01-15');
    expect(addMonths('2023-01-15', -1)).toBe('2022-12-15');
    expect(addMonths('2022-01-15', -13)).toBe('2020-12-15');
    expect(addMonths('2022-05-31', 1)).toBe('2022-06-30');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2022-07-26', 0)).toBe('2022-07-26');
  });

  it('refuses a month outside years 1–9999, under "months"', () => {
    expect(issuesOf(() => addMonths('9999-12-01', 1))).toEqual([
      {
        code: 'date/out-of-range',
        path: ['months'],
        message: {
          vi: 'Ngày nằm ngoài khoảng năm 1–9999 (năm 10000).',
          en: 'The date is outside years 1–9999 (year 10000).',
        },
        params: { value: { vi: 'năm 10000', en: 'year 10000' } },
      },
    ]);
    expect(issuesOf(() => addMonths('0001-01-31', -1))[0]?.params).toEqual({
      value: { vi: 'năm 0', en: 'year 0' },
    });
    expect(addMonths('9999-11-30', 1)).toBe('9999-12-30');
    expect(addMonths('0001-02-28', -1)).toBe('0001-01-28');
  });

  it('adds years, 29 February becoming 28 February in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2022-07-26', -2)).toBe('2020-07-26');
  });

  it('ends each month on its last day', () => {
    expect(endOfMonth('2023-02-10')).toBe('2023-02-28');
    expect(endOfMonth('2024-02-01')).toBe('2024-02-29');
    expect(endOfMonth('2022-04-30')).toBe('2022-04-30');
    expect(endOfMonth('2022-12-01')).toBe('2022-12-31');
  });
});

describe('comparisons and weekdays', () => {
  it('compares dates as -1, 0 and 1', () => {
    expect(compareDates('2022-01-01', '2022-01-02')).toBe(-1);
    expect(compareDates('2022-01-02', '2022-01-01')).toBe(1);
    expect(compareDates('2022-01-01', '2022-01-01')).toBe(0);
    expect(compareDates('0999-12-31', '1000-01-01')).toBe(-1);
  });

  it('names the argument that is not a date', () => {
    expect(() => compareDates('2022-02-30', '2022-01-01')).toThrowDomainError('date/invalid', [
      'a',
    ]);
    expect(() => compareDates('2022-01-01', '2022-02-30')).toThrowDomainError('date/invalid', [
      'b',
    ]);
  });

  it('counts days between, negative backwards', () => {
    expect(daysBetween('2022-07-26', '2022-08-05')).toBe(10);
    expect(daysBetween('2022-08-05', '2022-07-26')).toBe(-10);
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('gives every weekday, before and after 1970', () => {
    // 2022-07-24 was a Sunday.
    for (let offset = 0; offset < 7; offset++)
      expect(weekday(addDays('2022-07-24', offset))).toBe(offset);
    expect(weekday('1969-12-31')).toBe(3);
    expect(weekday('1969-12-28')).toBe(0);
    expect(weekday('1945-09-02')).toBe(0);
    expect(weekday('0001-01-01')).toBe(1);
  });
});

describe('leap years and month lengths', () => {
  it('follows the Gregorian rule', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2023)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(4)).toBe(true);
  });

  it('knows the length of every month', () => {
    const lengths = Array.from({ length: 12 }, (_, index) => daysInMonth(2023, index + 1));
    expect(lengths).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe('calendar facts', () => {
  it('knows weekdays and month clamping', () => {
    expect(weekday('2022-07-26')).toBe(2);
    expect(addMonths('2025-06-19', 36)).toBe('2028-06-19');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });

  it.each([[Number.NaN], [1.5], [1e308], [Number.POSITIVE_INFINITY]])('rejects %s days', (n) => {
    expect(() => addDays('2022-01-01', n)).toThrowError(/date\/invalid-amount/);
  });
});
