import { fromDayNumber, parseIsoDate, toDayNumber, toResult } from '@ntm/domain/core';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { formatDayNumber, parseDayNumber } from './day-number.js';

test('fast parse and format agree with @ntm/domain on every kind of day (property)', () => {
  fc.assert(
    fc.property(fc.integer({ min: -30000, max: 50000 }), (n) => {
      const iso = fromDayNumber(n);
      expect(formatDayNumber(n)).toBe(iso);
      expect(parseDayNumber(iso, [])).toBe(toDayNumber(iso));
    }),
  );
});

test('anything parseIsoDate rejects is rejected with the same issue', () => {
  const bad = [
    '2025-02-31',
    '2025-13-01',
    '2025-00-10',
    '0000-01-01',
    '20a5-01-01',
    '2025-1-01',
    '2025/01/01',
    ' 2025-01-1',
    '+025-01-01',
    20250101,
    null,
    Object.create(null),
  ];
  for (const value of bad) {
    expect(() => parseDayNumber(value, ['date'])).toThrowDomainError('date/invalid', ['date']);
    expect(toResult(() => parseDayNumber(value, ['date']))).toEqual(
      toResult(() => parseIsoDate(value, ['date'])),
    );
  }
});

test('accepts exactly what parseIsoDate accepts, on date-like text (property)', () => {
  const digits = fc.constantFrom(...'0123456789-/ a');
  const dateLike = fc.oneof(
    fc.string({ unit: digits, minLength: 8, maxLength: 11 }),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  );
  fc.assert(
    fc.property(dateLike, (text) => {
      const fast = toResult(() => parseDayNumber(text, ['date']));
      const checked = toResult(() => toDayNumber(parseIsoDate(text, ['date'])));
      expect(fast).toEqual(checked);
    }),
  );
});
