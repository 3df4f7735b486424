import { isDomainError } from '@ntm/domain/core';
import { describe, expect, test } from 'vitest';
import { createCalendar } from '../calendar/create-calendar.js';
import { endOfPeriod } from './end-of-period.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    expect(error.issues[0]!.message.vi).not.toBe('');
    return error.issues[0]!.code;
  }
  return 'no error';
};

describe('Civil Code 2015 Arts. 147–148', () => {
  test('36-month OCOP certificate decided 2025-06-19 is valid until 2028-06-19', () => {
    expect(endOfPeriod('2025-06-19', { months: 36 })).toBe('2028-06-19');
  });

  test('the first day is not counted (147(2)); days end on the N-th day (148(1))', () => {
    expect(endOfPeriod('2025-03-03', { days: 10 }, { onNonWorkingDay: 'keep' })).toBe('2025-03-13');
  });

  test('weeks end on the same weekday (148(2))', () => {
    expect(endOfPeriod('2025-03-05', { weeks: 2 }, { onNonWorkingDay: 'keep' })).toBe('2025-03-19');
  });

  test('months clamp to the last day of the month (148(3))', () => {
    expect(endOfPeriod('2025-01-31', { months: 1 }, { onNonWorkingDay: 'keep' })).toBe(
      '2025-02-28',
    );
    expect(endOfPeriod('2024-01-31', { months: 1 }, { onNonWorkingDay: 'keep' })).toBe(
      '2024-02-29',
    );
  });

  test('years: 29 February → 28 February (148(4), derived)', () => {
    expect(endOfPeriod('2024-02-29', { years: 1 }, { onNonWorkingDay: 'keep' })).toBe('2025-02-28');
  });

  test('a last day off moves to the next working day (148(5)) or as asked', () => {
    // 2025-01-27 is a Tết day: the period ends at the end of Monday 2025-02-03.
    expect(endOfPeriod('2025-01-20', { days: 7 })).toBe('2025-02-03');
    expect(endOfPeriod('2025-01-20', { days: 7 }, { onNonWorkingDay: 'previous' })).toBe(
      '2025-01-24',
    );
    expect(endOfPeriod('2025-01-20', { days: 7 }, { onNonWorkingDay: 'keep' })).toBe('2025-01-27');
    const shop = createCalendar({ weeklyRest: [0] });
    // 2025-03-08 is a Saturday: a working day for the shop.
    expect(endOfPeriod('2025-03-01', { weeks: 1 }, { calendar: shop })).toBe('2025-03-08');
    expect(endOfPeriod('2025-03-01', { weeks: 1 })).toBe('2025-03-10');
  });
});

describe('bad input', () => {
  test('lengths, policies and dates', () => {
    expect(codeOf(() => endOfPeriod('2025-02-31', { days: 1 }))).toBe('date/invalid');
    expect(codeOf(() => endOfPeriod('2025-01-01', { days: 0 }))).toBe('period/invalid-length');
    expect(codeOf(() => endOfPeriod('2025-01-01', { days: -3 }))).toBe('period/invalid-length');
    expect(codeOf(() => endOfPeriod('2025-01-01', { months: 1.5 }))).toBe('period/invalid-length');
    expect(codeOf(() => endOfPeriod('2025-01-01', { days: 1, months: 1 } as never))).toBe(
      'period/invalid-length',
    );
    expect(codeOf(() => endOfPeriod('2025-01-01', {} as never))).toBe('period/invalid-length');
    expect(
      codeOf(() => endOfPeriod('2025-01-01', { days: 1 }, { onNonWorkingDay: 'x' as never })),
    ).toBe('period/invalid-policy');
    expect(codeOf(() => endOfPeriod('2099-01-01', { years: 5 }))).toBe('calendar/out-of-range');
    expect(codeOf(() => endOfPeriod('2025-01-01', { days: 1 }, null as never))).toBe(
      'period/invalid-options',
    );
    expect(codeOf(() => endOfPeriod('2025-01-01', { days: 1 }, { calendar: {} as never }))).toBe(
      'calendar/invalid',
    );
    expect(endOfPeriod('2099-01-01', { years: 5 }, { onNonWorkingDay: 'keep' })).toBe('2104-01-01');
    expect(
      codeOf(() => endOfPeriod('9990-01-01', { years: 20 }, { onNonWorkingDay: 'keep' })),
    ).toBe('period/out-of-range');
    expect(codeOf(() => endOfPeriod('2025-01-01', { years: 101 }))).toBe('period/invalid-length');
    expect(codeOf(() => endOfPeriod('2025-01-01', JSON.parse('{"__proto__": 1}')))).toBe(
      'period/invalid-length',
    );
  });
});
