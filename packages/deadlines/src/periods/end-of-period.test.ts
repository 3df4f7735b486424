import { describe, expect, test } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { createCalendar } from '../calendar/create-calendar.js';
import { endOfPeriod } from './end-of-period.js';

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
  const start = '2025-01-01';

  test('a period is exactly one unit with a whole count from 1 to about a century', () => {
    expect(() => endOfPeriod('2025-02-31', { days: 1 })).toThrowDomainError('date/invalid', [
      'start',
    ]);
    expect(() => endOfPeriod(start, { days: 0 })).toThrowDomainError('input/too-small', [
      'length',
      'days',
    ]);
    expect(() => endOfPeriod(start, { days: -3 })).toThrowDomainError('input/too-small', [
      'length',
      'days',
    ]);
    expect(() => endOfPeriod(start, { months: 1.5 })).toThrowDomainError('input/not-integer', [
      'length',
      'months',
    ]);
    expect(() => endOfPeriod(start, { years: 101 })).toThrowDomainError('input/too-big', [
      'length',
      'years',
    ]);
    expect(() => endOfPeriod(start, { days: 1, months: 1 } as never)).toThrowDomainError(
      'period/invalid-length',
      ['length'],
    );
    expect(() => endOfPeriod(start, {} as never)).toThrowDomainError('period/invalid-length', [
      'length',
    ]);
    expect(() => endOfPeriod(start, { day: 1 } as never)).toThrowDomainError(
      'input/unknown-field',
      ['length', 'day'],
    );
    expect(() => endOfPeriod(start, JSON.parse('{"__proto__": 1}'))).toThrowDomainError(
      'key/forbidden',
      ['length', '__proto__'],
    );
    expect(() => endOfPeriod(start, null as never)).toThrowDomainError('input/wrong-type', [
      'length',
    ]);
  });

  test('options and the calendar', () => {
    expect(() =>
      endOfPeriod(start, { days: 1 }, { onNonWorkingDay: 'x' as never }),
    ).toThrowDomainError('input/not-allowed', ['onNonWorkingDay']);
    expect(() => endOfPeriod(start, { days: 1 }, null as never)).toThrowDomainError(
      'input/wrong-type',
      ['options'],
    );
    expect(() => endOfPeriod(start, { days: 1 }, { calendar: {} as never })).toThrowDomainError(
      'calendar/invalid',
      ['calendar'],
    );
    expect(() =>
      endOfPeriod('2025-01-20', { days: 7 }, { calendar: null as never }),
    ).toThrowDomainError('calendar/invalid', ['calendar']);
  });

  test('the end must exist: within the holiday data, or before year 10000 when kept', () => {
    expect(() => endOfPeriod('2099-01-01', { years: 5 })).toThrowDomainError(
      'calendar/out-of-range',
    );
    expect(endOfPeriod('2099-01-01', { years: 5 }, { onNonWorkingDay: 'keep' })).toBe('2104-01-01');
    expect(() =>
      endOfPeriod('9990-01-01', { years: 20 }, { onNonWorkingDay: 'keep' }),
    ).toThrowDomainError('date/out-of-range', ['length']);
    expect(() =>
      endOfPeriod('9990-01-01', { years: 20 }, { onNonWorkingDay: 'keep' }),
    ).toThrowError('The date is outside years 1–9999 (9990-01-01 + 20 years).');
  });
});

test('a period may end on 31/12/9999, the last day a date can name', () => {
  expect(endOfPeriod('9999-12-30', { days: 1 }, { onNonWorkingDay: 'keep' })).toBe('9999-12-31');
  expect(() =>
    endOfPeriod('9999-12-31', { days: 1 }, { onNonWorkingDay: 'keep' }),
  ).toThrowDomainError('date/out-of-range', ['length']);
});

test('a period past year 9999 is refused with the start and the length in Vietnamese', () => {
  const [issue] = issuesOf(() =>
    endOfPeriod('9990-01-01', { years: 20 }, { onNonWorkingDay: 'keep' }),
  );
  expect(issue?.message).toEqual({
    vi: 'Ngày nằm ngoài khoảng năm 1–9999 (9990-01-01 + 20 năm).',
    en: 'The date is outside years 1–9999 (9990-01-01 + 20 years).',
  });
});
