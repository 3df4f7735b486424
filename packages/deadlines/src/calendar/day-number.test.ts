import { fromDayNumber, isDomainError, parseIsoDate, toDayNumber } from '@ntm/domain/core';
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

test('anything parseIsoDate rejects is rejected the same way', () => {
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
  ];
  for (const value of bad) {
    let code = '';
    try {
      parseDayNumber(value, ['date']);
    } catch (error) {
      if (isDomainError(error)) code = error.issues[0]!.code;
    }
    expect(code, String(value)).toBe('date/invalid');
    expect(() => parseIsoDate(value)).toThrow();
  }
});
