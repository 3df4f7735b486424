import { fromDayNumber, type NtmErrorCode, toResult } from '@ntm/domain/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthlyOn } from './monthly-on.js';
import { parseDeadline } from './parse-deadline.js';

describe('parseDeadline: the seed phrases (READINGS: the Civil Code where it applies, practice elsewhere)', () => {
  it('"Ngày 30 hàng tháng, báo cáo tiến độ" (Lai Châu 2020) → monthly on day 30, inclusive', () => {
    const rule = parseDeadline(
      'Ngày 30 hàng tháng, báo cáo tiến độ thực hiện các chương trình về UBND tỉnh',
    );
    expect(rule).toMatchObject({ kind: 'monthly', day: 30, inclusive: true });
    expect(rule.reading.id).toBe('monthly-day');
    expect(rule.reading.status).toBe('unverified');
    expect(rule.source).toEqual({ text: 'Ngày 30 hàng tháng', start: 0, end: 18 });
  });

  it('"đảm bảo từ tháng 6 năm 2020 …" (Lai Châu 2020) → from 2020-06-01', () => {
    const text = 'đảm bảo từ tháng 6 năm 2020, cấp huyện, cấp tỉnh có hồ sơ đề xuất';
    const rule = parseDeadline(text);
    expect(rule).toMatchObject({ kind: 'from', date: '2020-06-01' });
    expect(rule.reading.id).toBe('from-month');
    expect(rule.source?.text).toBe('từ tháng 6 năm 2020');
    expect(text.slice(rule.source?.start, rule.source?.end)).toBe('từ tháng 6 năm 2020');
  });

  it('"hoàn thiện trước ngày 01/10/2022" (Tuần Giáo 2022) → before 2022-10-01, exclusive by default', () => {
    const rule = parseDeadline('thời gian hoàn thiện trước ngày 01/10/2022');
    expect(rule).toMatchObject({ kind: 'before', date: '2022-10-01', inclusive: false });
    expect(rule.reading.id).toBe('before-exclusive');
  });

  it('"gửi về UBND huyện trước ngày 05/08/2022" → before 2022-08-05; inclusive option reads X itself', () => {
    const text = 'Thời gian hoàn thiện gửi về UBND huyện trước ngày 05/08/2022';
    expect(parseDeadline(text)).toMatchObject({
      kind: 'before',
      date: '2022-08-05',
      inclusive: false,
    });
    const inclusive = parseDeadline(text, { inclusive: true });
    expect(inclusive).toMatchObject({ kind: 'before', date: '2022-08-05', inclusive: true });
    expect(inclusive.reading.id).toBe('before-inclusive');
  });

  it('"tham gia đánh giá sản phẩm cấp huyện trong tháng 10/2022" → within October 2022', () => {
    const rule = parseDeadline('tham gia đánh giá sản phẩm cấp huyện trong tháng 10/2022');
    expect(rule).toMatchObject({
      kind: 'within',
      period: 'month',
      start: '2022-10-01',
      end: '2022-10-31',
    });
  });
});

describe('parseDeadline: variants', () => {
  it.each([
    ['chậm nhất ngày 05/8/2022', '2022-08-05'],
    ['chậm nhất là ngày 20/8/2022', '2022-08-20'],
    ['chậm nhất vào ngày 25 tháng 12 năm 2022', '2022-12-25'],
    ['hạn cuối ngày 31.10.2022', '2022-10-31'],
    ['trước hoặc trong ngày 15-9-2022', '2022-09-15'],
    ['cuối tháng 2/2024', '2024-02-29'],
    ['giữa tháng 6 năm 2020', '2020-06-15'],
    ['đầu tháng 9/2022', '2022-09-01'],
    ['giữa năm 2023', '2023-06-30'],
    ['cuối năm 2022', '2022-12-31'],
  ])('%s → by %s', (text, date) => {
    expect(parseDeadline(text)).toMatchObject({ kind: 'by', date });
  });

  it.each([
    ['trước ngày 01 tháng 10 năm 2022', { kind: 'before', date: '2022-10-01' }],
    ['trong tháng 10 năm 2022', { kind: 'within', start: '2022-10-01', end: '2022-10-31' }],
    [
      'trong quý III/2022',
      { kind: 'within', period: 'quarter', start: '2022-07-01', end: '2022-09-30' },
    ],
    [
      'trong quý IV năm 2023',
      { kind: 'within', period: 'quarter', start: '2023-10-01', end: '2023-12-31' },
    ],
    [
      'trong quý 1/2024',
      { kind: 'within', period: 'quarter', start: '2024-01-01', end: '2024-03-31' },
    ],
    ['trong năm 2022', { kind: 'within', period: 'year', start: '2022-01-01', end: '2022-12-31' }],
    ['hằng tháng ngày 30 báo cáo', { kind: 'monthly', day: 30, inclusive: true }],
    ['ngày 25 hằng tháng', { kind: 'monthly', day: 25, inclusive: true }],
    ['định kỳ ngày 20 hàng tháng', { kind: 'monthly', day: 20, inclusive: true }],
    ['định kỳ trước ngày 5 hằng tháng', { kind: 'monthly', day: 5, inclusive: false }],
    ['hằng tháng, trước ngày 5', { kind: 'monthly', day: 5, inclusive: false }],
    ['vào ngày mồng 5 mỗi tháng', { kind: 'monthly', day: 5 }],
    [
      'trước ngày 18 của tháng cuối quý',
      { kind: 'quarterly', day: 18, monthOfQuarter: 3, inclusive: false },
    ],
    ['ngày 10 tháng đầu quý', { kind: 'quarterly', day: 10, monthOfQuarter: 1, inclusive: true }],
    ['kể từ ngày 01/01/2021', { kind: 'from', date: '2021-01-01' }],
    ['kể từ tháng 6/2020', { kind: 'from', date: '2020-06-01' }],
    [
      'trong thời hạn 15 ngày kể từ ngày 26/7/2022',
      { kind: 'withinDays', days: 15, after: '2022-07-26' },
    ],
    ['trong thời hạn 5 ngày làm việc kể từ ngày nhận được', { kind: 'withinWorkingDays', days: 5 }],
    [
      'trong vòng 10 ngày làm việc kể từ ngày 01/08/2022',
      { kind: 'withinWorkingDays', days: 10, after: '2022-08-01' },
    ],
  ])('%s', (text, expected) => {
    expect(parseDeadline(text)).toMatchObject(expected);
  });

  // Each reading (READINGS) is part of the answer: the same date read under another rule is another trace.
  it.each([
    [
      'ngày 15 tháng giữa quý',
      { kind: 'quarterly', day: 15, monthOfQuarter: 2, inclusive: true },
      'quarterly-day',
    ],
    [
      'ngày 5 tháng thứ  hai quý',
      { kind: 'quarterly', day: 5, monthOfQuarter: 2 },
      'quarterly-day',
    ],
    ['ngày 5 tháng thứ ba quý', { kind: 'quarterly', day: 5, monthOfQuarter: 3 }, 'quarterly-day'],
    [
      'trước ngày 18 tháng thứ nhất quý',
      { kind: 'quarterly', day: 18, monthOfQuarter: 1, inclusive: false },
      'quarterly-before-day',
    ],
    ['đầu tháng 9/2022', { kind: 'by', date: '2022-09-01' }, 'month-start'],
    ['giữa tháng 6 năm 2020', { kind: 'by', date: '2020-06-15' }, 'month-middle'],
    ['cuối tháng 2/2024', { kind: 'by', date: '2024-02-29' }, 'month-end'],
    ['đầu năm 2024', { kind: 'by', date: '2024-01-01' }, 'year-start'],
    ['giữa năm 2023', { kind: 'by', date: '2023-06-30' }, 'year-middle'],
    ['cuối năm 2022', { kind: 'by', date: '2022-12-31' }, 'year-end'],
    ['chậm nhất ngày 05/8/2022', { kind: 'by', date: '2022-08-05' }, 'by-inclusive'],
    ['kể từ ngày 01/01/2021', { kind: 'from', date: '2021-01-01' }, 'from-date'],
    [
      'trong quý I/2022',
      { kind: 'within', start: '2022-01-01', end: '2022-03-31' },
      'within-quarter',
    ],
    [
      'trong quý II/2022',
      { kind: 'within', start: '2022-04-01', end: '2022-06-30' },
      'within-quarter',
    ],
    [
      'trong tháng 12/2022',
      { kind: 'within', start: '2022-12-01', end: '2022-12-31' },
      'within-month',
    ],
    ['ngày 31 hàng tháng', { kind: 'monthly', day: 31 }, 'monthly-day'],
    ['ngày 1 hàng tháng', { kind: 'monthly', day: 1 }, 'monthly-day'],
    ['trước ngày 26/7', { kind: 'before', date: '2022-07-26' }, 'before-exclusive'],
  ] as const)('%s (reading %s)', (text, expected, reading) => {
    const rule = parseDeadline(text, { issuedOn: '2022-07-26' });
    expect(rule).toMatchObject(expected);
    expect(rule.reading.id).toBe(reading);
  });

  it('an error about a phrase quotes the phrase as written', () => {
    const phrase = 'trong thời hạn 0 ngày kể từ ngày 01/08/2022';
    expect(() => parseDeadline(`Báo cáo ${phrase}`)).toThrowError(phrase);
    expect(() => parseDeadline('ngày 0 hàng tháng')).toThrowDomainError('deadlines/invalid-day');
    expect(() => parseDeadline('trong tháng 0/2022')).toThrowError('month 0/2022');
    expect(() => parseDeadline('cuối năm 0000')).toThrowError('year 0000');
  });

  it('accepts NFD text, extra spaces and capitals, and reports positions in the normalised text', () => {
    const nfd = '  TRƯỚC   NGÀY 05/08/2022 '.normalize('NFD');
    const rule = parseDeadline(nfd);
    expect(rule).toMatchObject({ kind: 'before', date: '2022-08-05' });
    expect(rule.source).toEqual({ text: 'TRƯỚC NGÀY 05/08/2022', start: 0, end: 21 });
  });

  it('"hàng" and "hằng" read the same', () => {
    const { source: a, ...hang } = parseDeadline('ngày 30 hàng tháng');
    const { source: b, ...hang2 } = parseDeadline('ngày 30 hằng tháng');
    expect(hang2).toEqual(hang);
    expect([a?.text, b?.text]).toEqual(['ngày 30 hàng tháng', 'ngày 30 hằng tháng']);
  });

  it('takes a missing year from the directive date, and refuses a date that would fall before it', () => {
    expect(parseDeadline('trước ngày 05/8', { issuedOn: '2022-07-26' })).toMatchObject({
      date: '2022-08-05',
    });
    expect(() => parseDeadline('trước ngày 05/8')).toThrowError(
      'The date 5/8 has no year; the directive date (issuedOn) is needed to know the year.',
    );
    expect(() => parseDeadline('trước ngày 05/8')).toThrowDomainError('deadlines/missing-year');
    expect(() => parseDeadline('trước ngày 05/01', { issuedOn: '2022-07-26' })).toThrowDomainError(
      'deadlines/date-before-issue',
    );
  });

  it('a repeated identical phrase is not ambiguous', () => {
    expect(parseDeadline('trước ngày 05/08/2022 (nhắc lại: trước ngày 05/08/2022)')).toMatchObject({
      kind: 'before',
    });
  });
});

describe('parseDeadline: text it does not understand is an error, never a guess', () => {
  it.each([
    ['kịp thời', 'deadlines/unrecognised'],
    ['', 'deadlines/unrecognised'],
    ['đến năm 2025', 'deadlines/unrecognised'],
    ['trước ngày 05/08/22', 'deadlines/unrecognised'],
    ['báo cáo hằng quý', 'deadlines/missing-due-day'],
    ['định kỳ hàng tháng báo cáo UBND tỉnh', 'deadlines/missing-due-day'],
    ['trước ngày 30/02/2022', 'date/invalid'],
    ['trước ngày 31/04/2022', 'date/invalid'],
    ['trong tháng 13/2022', 'date/invalid'],
    ['ngày 32 hàng tháng', 'deadlines/invalid-day'],
    ['trong thời hạn 0 ngày kể từ ngày 01/08/2022', 'deadlines/unrecognised'],
    ['trước ngày 01/10/2022, chậm nhất ngày 05/10/2022', 'deadlines/ambiguous'],
  ] as const)('%s → %s', (text, code) => {
    expect(() => parseDeadline(text)).toThrowDomainError(code as NtmErrorCode, []);
  });

  it('messages are in Vietnamese and English and name the path given', () => {
    const path = ['tasks', 0, 'deadline', 'text'];
    const result = toResult(() => parseDeadline('kịp thời', { path }));
    expect(result).toMatchObject({
      success: false,
      issues: [
        {
          code: 'deadlines/unrecognised',
          path,
          message: {
            vi: expect.stringMatching(/^Không đọc được hạn trong "kịp thời"\. Ví dụ: /u),
            en: expect.stringMatching(/^No deadline could be read in "kịp thời"\. Examples: /u),
          },
        },
      ],
    });
  });

  it('names both phrases of an ambiguous text, and lists them for apps', () => {
    const result = toResult(() =>
      parseDeadline('trước ngày 01/10/2022, chậm nhất ngày 05/10/2022'),
    );
    expect(result).toMatchObject({
      success: false,
      issues: [
        {
          code: 'deadlines/ambiguous',
          message: {
            en: 'More than one deadline in "trước ngày 01/10/2022, chậm nhất ngày 05/10/2022": "trước ngày 01/10/2022" and "chậm nhất ngày 05/10/2022". Split it into separate tasks.',
          },
          params: { phrases: ['trước ngày 01/10/2022', 'chậm nhất ngày 05/10/2022'] },
        },
      ],
    });
  });

  it('rejects bad options naming them', () => {
    const text = 'trước ngày 05/08/2022';
    expect(() => parseDeadline(text, { issuedOn: '2022-13-01' })).toThrowDomainError(
      'date/invalid',
      ['issuedOn'],
    );
    expect(() => parseDeadline(text, { inclusive: 'yes' as never })).toThrowDomainError(
      'input/wrong-type',
      ['inclusive'],
    );
    expect(() => parseDeadline(text, null as never)).toThrowDomainError('input/wrong-type', [
      'options',
    ]);
    // A path that is not a list of keys was read as a list before.
    expect(() => parseDeadline(text, { path: Number.NaN as never })).toThrowDomainError(
      'input/wrong-type',
      ['path'],
    );
    expect(() => parseDeadline(text, { path: ['tasks', null] as never })).toThrowDomainError(
      'input/wrong-type',
      ['path', 1],
    );
  });

  it('a text that is not a string is the wrong type at the path given', () => {
    expect(() => parseDeadline(42 as never, { path: ['deadline'] })).toThrowDomainError(
      'input/wrong-type',
      ['deadline'],
    );
  });

  it('never throws anything but a DomainError, whatever the text (property)', () => {
    const words = fc.constantFrom(
      'trước',
      'ngày',
      'chậm',
      'nhất',
      'hàng',
      'hằng',
      'tháng',
      'quý',
      'năm',
      'từ',
      'kể',
      'trong',
      'thời',
      'hạn',
      'làm',
      'việc',
      '30',
      '05/08/2022',
      '10/2022',
      'III',
      '/',
      '31',
      '2/2024',
      'cuối',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 8 }), (parts) => {
        // toResult rethrows anything that is not a DomainError, failing the property.
        const result = toResult(() => parseDeadline(parts.join(' '), { issuedOn: '2022-01-01' }));
        if (result.success) expect(result.data.reading.id).toMatch(/^[a-z]+(-[a-z]+)*$/u);
        else expect(result.issues).not.toHaveLength(0);
      }),
    );
  });

  it('reads back any existing date in "trước ngày dd/mm/yyyy" and "chậm nhất ngày …" (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40000 }), (n) => {
        const date = fromDayNumber(n);
        const written = `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
        expect(parseDeadline(`trước ngày ${written}`)).toMatchObject({ kind: 'before', date });
        expect(parseDeadline(`chậm nhất ngày ${written}`)).toMatchObject({ kind: 'by', date });
      }),
    );
  });
});

describe('monthlyOn', () => {
  it('builds the same rule as the phrase, without a source', () => {
    const rule = monthlyOn(30);
    const { source: _source, ...parsed } = parseDeadline('Ngày 30 hàng tháng');
    expect(rule).toEqual(parsed);
    expect(monthlyOn(5, { inclusive: false }).reading.id).toBe('monthly-before-day');
  });

  it.each([
    [0, 'input/too-small'],
    [32, 'input/too-big'],
    [1.5, 'input/not-integer'],
    [Number.NaN, 'number/not-finite'],
    ['30', 'input/wrong-type'],
    [JSON.parse('{"toString":"x","valueOf":1}'), 'input/wrong-type'],
  ] as const)('rejects day %s with %s', (day, code) => {
    expect(() => monthlyOn(day as number)).toThrowDomainError(code, ['day']);
  });

  it('refuses inclusive: NaN or null (it returned a rule with inclusive NaN) and options that are not an object', () => {
    expect(() => monthlyOn(1, { inclusive: Number.NaN as never })).toThrowDomainError(
      'input/wrong-type',
      ['options', 'inclusive'],
    );
    expect(() => monthlyOn(1, { inclusive: null as never })).toThrowDomainError(
      'input/wrong-type',
      ['options', 'inclusive'],
    );
    expect(() => monthlyOn(1, null as never)).toThrowDomainError('input/wrong-type', ['options']);
  });
});
