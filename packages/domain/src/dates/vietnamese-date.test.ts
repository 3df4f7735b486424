import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVietnameseDate } from './vietnamese-date.js';

describe('parseVietnameseDate', () => {
  it('reads the day-precise forms the seed directives use (their month and year forms: vietnamese-date-forms.test.ts)', () => {
    expect(parseVietnameseDate('26/7/2022')).toEqual({
      precision: 'day',
      year: 2022,
      month: 7,
      day: 26,
      date: '2022-07-26',
    });
    expect(parseVietnameseDate('ngày 26 tháng 7 năm 2022')).toMatchObject({
      precision: 'day',
      date: '2022-07-26',
    });
    expect(parseVietnameseDate('Tuần Giáo, ngày 26 tháng 7 năm 2022')).toMatchObject({
      date: '2022-07-26',
    });
    expect(parseVietnameseDate('01/10/2022')).toMatchObject({ date: '2022-10-01' });
  });

  it('accepts NFD input as produced by some keyboards', () => {
    expect(parseVietnameseDate('ngày 13 tháng 5 năm 2020'.normalize('NFD'))).toMatchObject({
      date: '2020-05-13',
    });
  });

  it.each([
    ['31/04/2022', 'date/invalid'],
    ['29/2/2023', 'date/invalid'],
    ['', 'input/empty'],
    ['hôm qua', 'date/unreadable'],
    ['ngày 5 năm 2020', 'date/unreadable'],
    ['tháng 13/2022', 'date/unreadable'],
    [null, 'input/wrong-type'],
    [42, 'input/wrong-type'],
  ] as const)('rejects %j with %s', (value, code) => {
    expect(() => parseVietnameseDate(value, ['signed'])).toThrowDomainError(code, ['signed']);
  });

  it('parses what it formats: d/m/yyyy and the long form agree for every day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          const short = parseVietnameseDate(`${d}/${m}/${y}`);
          const long = parseVietnameseDate(`ngày ${d} tháng ${m} năm ${y}`);
          expect(long).toEqual(short);
          expect(short).toMatchObject({ year: y, month: m, day: d });
        },
      ),
    );
  });
});

// Found by fuzzing: a boxed Boolean in the path reached the path.
it('refuses a path that is not a list of keys and indexes', () => {
  expect(() => parseVietnameseDate([], [new Boolean(false)] as never)).toThrowDomainError(
    'input/wrong-type',
    ['path', 0],
  );
  expect(() => parseVietnameseDate('26/7/2022', 'signed' as never)).toThrowDomainError(
    'input/wrong-type',
    ['path'],
  );
});
