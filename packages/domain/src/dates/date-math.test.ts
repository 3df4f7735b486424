import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  fromDayNumber,
  toDayNumber,
  weekday,
} from './date-math.js';

describe('day numbers', () => {
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
