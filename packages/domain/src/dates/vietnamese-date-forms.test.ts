// Every written form parseVietnameseDate reads, its separators and case, and the exact issue of each refusal.
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { parseVietnameseDate } from './vietnamese-date.js';

describe('numeric dates', () => {
  it.each([
    ['26/7/2022', '2022-07-26'],
    ['26.7.2022', '2022-07-26'],
    ['26-07-2022', '2022-07-26'],
    ['5/1/2022', '2022-01-05'],
    ['31/12/2022', '2022-12-31'],
    ['29/2/2024', '2024-02-29'],
  ])('%s is %s', (text, date) => {
    const [year, month, day] = date.split('-').map(Number);
    expect(parseVietnameseDate(text)).toEqual({ precision: 'day', year, month, day, date });
  });

  it('returns a frozen value', () => {
    expect(Object.isFrozen(parseVietnameseDate('26/7/2022'))).toBe(true);
    expect(Object.isFrozen(parseVietnameseDate('tháng 7/2022'))).toBe(true);
    expect(Object.isFrozen(parseVietnameseDate('năm 2022'))).toBe(true);
    expect(Object.isFrozen(parseVietnameseDate('ngày tháng 7 năm 2022'))).toBe(true);
  });

  it('refuses a day that does not exist with date/invalid at the path', () => {
    expect(issuesOf(() => parseVietnameseDate('31/4/2022', ['signed']))).toEqual([
      expect.objectContaining({ code: 'date/invalid', path: ['signed'] }),
    ]);
    expect(() => parseVietnameseDate('32/1/2022', ['signed'])).toThrowDomainError('date/invalid', [
      'signed',
    ]);
  });

  it.each([
    '26/7/22',
    '126/7/2022',
    '26/107/2022',
    '26/7/20222',
    '26 7 2022',
    '26/7/2022 x',
    'x 26/7/2022',
  ])('does not read %j', (text) => {
    expect(() => parseVietnameseDate(text, ['d'])).toThrowDomainError('date/unreadable', ['d']);
  });
});

describe('dates in words', () => {
  it('reads the day, the month and the year, in any case and spacing', () => {
    for (const text of [
      'ngày 5 tháng 1 năm 2022',
      'Ngày 05 Tháng 01 Năm 2022',
      'NGÀY 5 THÁNG 1 NĂM 2022',
      'ngày5tháng1năm2022',
      '  ngày   5  tháng 1 năm   2022 ',
    ]) {
      expect(parseVietnameseDate(text)).toEqual({
        precision: 'day',
        year: 2022,
        month: 1,
        day: 5,
        date: '2022-01-05',
      });
    }
  });

  // A blank day reads as a month, a year alone as a year; the Lai Châu 2020 and Tuần Giáo 2022 seed forms among them.
  it.each([
    ['Lai Châu, ngày tháng 5 năm 2020', { precision: 'month', year: 2020, month: 5 }],
    ['ngày  tháng 12 năm 2020', { precision: 'month', year: 2020, month: 12 }],
    ['tháng 1 năm 2020', { precision: 'month', year: 2020, month: 1 }],
    ['tháng 10/2022', { precision: 'month', year: 2022, month: 10 }],
    ['năm 2022', { precision: 'year', year: 2022 }],
    ['Năm 2025', { precision: 'year', year: 2025 }],
  ])('reads "%s" without its day', (text, expected) => {
    expect(parseVietnameseDate(text)).toEqual(expected);
  });

  it('drops a leading place name before ngày, tháng or năm', () => {
    expect(parseVietnameseDate('Điện Biên Phủ, ngày 1 tháng 6 năm 2021')).toMatchObject({
      date: '2021-06-01',
    });
    expect(parseVietnameseDate('Mường Tè, Lai Châu, tháng 6 năm 2021')).toEqual({
      precision: 'month',
      year: 2021,
      month: 6,
    });
    expect(parseVietnameseDate('Hà Nội,năm 2021')).toEqual({ precision: 'year', year: 2021 });
    expect(parseVietnameseDate('Hà Nội, Ngày 2 THÁNG 9 năm 2021')).toMatchObject({
      date: '2021-09-02',
    });
    expect(parseVietnameseDate('Hà Nội, NĂM 2021')).toEqual({ precision: 'year', year: 2021 });
    // A comma before a numeric date is not a place name.
    expect(() => parseVietnameseDate('Hà Nội, 1/6/2021')).toThrowDomainError('date/unreadable');
  });

  it.each([
    ['ngày 5 năm 2020'],
    ['tháng 0 năm 2020'],
    ['tháng 13 năm 2020'],
    ['ngày 1 tháng 13 năm 2020'],
    ['năm 20'],
    ['ngày 1 tháng 1'],
    ['ngày tháng năm 2025'],
  ])('refuses %j as unreadable, quoting it as written', (text) => {
    expect(issuesOf(() => parseVietnameseDate(text, ['signed']))).toEqual([
      {
        code: 'date/unreadable',
        path: ['signed'],
        message: {
          vi: `Không đọc được ngày ${JSON.stringify(text)} (ví dụ hợp lệ: 26/7/2022, ngày 26 tháng 7 năm 2022, tháng 5 năm 2020).`,
          en: `Cannot read the date ${JSON.stringify(text)} (valid examples: 26/7/2022, ngày 26 tháng 7 năm 2022, tháng 5 năm 2020).`,
        },
        params: { value: JSON.stringify(text) },
      },
    ]);
  });

  it('refuses a day the month does not have', () => {
    expect(() => parseVietnameseDate('ngày 30 tháng 2 năm 2024', ['d'])).toThrowDomainError(
      'date/invalid',
      ['d'],
    );
  });
});

describe('month and year', () => {
  it.each([
    ['tháng 10/2022', 10, 2022],
    ['Tháng 1-2023', 1, 2023],
    ['tháng 12.2023', 12, 2023],
    ['3/2021', 3, 2021],
    ['tháng3/2021', 3, 2021],
  ])('%s is month %i of %i', (text, month, year) => {
    expect(parseVietnameseDate(text)).toEqual({ precision: 'month', year, month });
  });

  it.each(['tháng 0/2022', 'tháng 13/2022', '00/2022'])('refuses the month of %j', (text) => {
    expect(() => parseVietnameseDate(text, ['d'])).toThrowDomainError('date/unreadable', ['d']);
  });
});

describe('what is not text', () => {
  it('refuses blank text and non-strings with the guards’ codes, and a bad path', () => {
    expect(() => parseVietnameseDate(' ', ['d'])).toThrowDomainError('input/empty', ['d']);
    expect(() => parseVietnameseDate(undefined, ['signed'])).toThrowDomainError('input/missing', [
      'signed',
    ]);
    expect(() => parseVietnameseDate('năm 2022', [{}] as never)).toThrowDomainError(
      'input/wrong-type',
      ['path', 0],
    );
    expect(parseVietnameseDate('năm 2022')).toEqual({ precision: 'year', year: 2022 });
  });
});

it('reports a refusal at the root when no path is given', () => {
  expect(() => parseVietnameseDate('hôm qua')).toThrowDomainError('date/unreadable', []);
});
