// The first and last values an ISO date may hold, and the exact issue of each refusal.
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { fromDateParts, isIsoDate, parseIsoDate, toDateParts } from './iso-date.js';

describe('isIsoDate', () => {
  it.each(['0001-01-01', '9999-12-31', '2022-01-31', '2022-12-01', '2024-02-29'])(
    'accepts %s',
    (value) => {
      expect(isIsoDate(value)).toBe(true);
    },
  );

  it.each([
    '0000-01-01',
    '2022-00-01',
    '2022-13-01',
    '2022-01-00',
    '2022-01-32',
    '2022-06-31',
    '12022-01-01',
    '2022-01-011',
  ])('refuses %s', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it('refuses what is not a string', () => {
    expect(isIsoDate(new String('2022-01-01'))).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });
});

describe('parseIsoDate', () => {
  it('names the value and the path in both languages', () => {
    expect(issuesOf(() => parseIsoDate('2022-02-30', ['tasks', 2, 'due']))).toEqual([
      {
        code: 'date/invalid',
        path: ['tasks', 2, 'due'],
        message: {
          vi: 'Ngày không hợp lệ: "2022-02-30". Cần một ngày có thật, viết dạng YYYY-MM-DD (ví dụ 2022-07-26).',
          en: 'Invalid date: "2022-02-30". Expected an existing date written YYYY-MM-DD (for example 2022-07-26).',
        },
        params: { value: '"2022-02-30"' },
      },
    ]);
    expect(issuesOf(() => parseIsoDate({}))[0]).toMatchObject({
      path: [],
      params: { value: { vi: 'một đối tượng', en: 'an object' } },
      message: { en: expect.stringContaining('Invalid date: an object.') },
    });
  });
});

describe('date parts', () => {
  it('splits and builds dates with four-digit years', () => {
    expect(toDateParts('0005-03-09')).toEqual({ year: 5, month: 3, day: 9 });
    expect(fromDateParts({ year: 5, month: 3, day: 9 })).toBe('0005-03-09');
    expect(fromDateParts({ year: 2022, month: 12, day: 31 })).toBe('2022-12-31');
  });

  it('names parts that are not whole numbers, each in both languages', () => {
    expect(
      issuesOf(() => fromDateParts({ year: 2025, month: 1.5, day: Number.NaN }, ['signed'])),
    ).toEqual([
      {
        code: 'date/invalid',
        path: ['signed'],
        message: {
          vi: 'Ngày không hợp lệ: năm 2025, tháng 1.5, ngày NaN. Cần một ngày có thật, viết dạng YYYY-MM-DD (ví dụ 2022-07-26).',
          en: 'Invalid date: year 2025, month 1.5, day NaN. Expected an existing date written YYYY-MM-DD (for example 2022-07-26).',
        },
        params: {
          value: { vi: 'năm 2025, tháng 1.5, ngày NaN', en: 'year 2025, month 1.5, day NaN' },
        },
      },
    ]);
    expect(
      issuesOf(() => fromDateParts({ year: '2025', month: 1, day: 1 } as never))[0]?.params,
    ).toEqual({
      value: { vi: 'năm "2025", tháng 1, ngày 1', en: 'year "2025", month 1, day 1' },
    });
    expect(
      issuesOf(() => fromDateParts({ year: 2025, month: 1, day: [] } as never))[0]?.params,
    ).toEqual({
      value: {
        vi: 'năm 2025, tháng 1, ngày một danh sách',
        en: 'year 2025, month 1, day an array',
      },
    });
  });

  it('refuses whole-number parts that make no date, at the path', () => {
    expect(
      issuesOf(() => fromDateParts({ year: 2023, month: 2, day: 29 }, ['d']))[0],
    ).toMatchObject({
      code: 'date/invalid',
      path: ['d'],
      params: { value: '"2023-02-29"' },
    });
    expect(() => fromDateParts({ year: 10000, month: 1, day: 1 })).toThrowDomainError(
      'date/invalid',
      [],
    );
    expect(() => fromDateParts({ year: 0, month: 1, day: 1 })).toThrowDomainError(
      'date/invalid',
      [],
    );
  });
});

it('names a year and a month that are not numbers by their kind in Vietnamese', () => {
  expect(
    issuesOf(() => fromDateParts({ year: {}, month: [], day: 1 } as never))[0]?.params,
  ).toEqual({
    value: {
      vi: 'năm một đối tượng, tháng một danh sách, ngày 1',
      en: 'year an object, month an array, day 1',
    },
  });
});
