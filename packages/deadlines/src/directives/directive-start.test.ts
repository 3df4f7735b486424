import type { Directive } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { directiveStart, issuedOnOf } from './directive-start.js';

const signed = (date: Directive['signed']) => ({ signed: date }) as Directive;

describe('directiveStart: when recurring deadlines start, and why', () => {
  it('a directive dated to the day starts that day', () => {
    expect(directiveStart(signed({ year: 2022, month: 7, day: 26 }))).toEqual({
      on: '2022-07-26',
      reason: { vi: 'Ngày ký văn bản: 2022-07-26.', en: "The directive's date: 2022-07-26." },
    });
  });

  it('one dated by month only starts on the first of the next month, December rolling into January', () => {
    expect(directiveStart(signed({ year: 2020, month: 5 }))).toEqual({
      on: '2020-06-01',
      reason: {
        vi: 'Văn bản chỉ ghi tháng 5/2020; mặc định tính từ 2020-06-01, khi chắc chắn đã ban hành (đổi bằng startsOn).',
        en: 'The directive is dated only 5/2020; by default counting starts on 2020-06-01, when it certainly exists (change with startsOn).',
      },
    });
    expect(directiveStart(signed({ year: 2020, month: 12 })).on).toBe('2021-01-01');
    expect(directiveStart(signed({ year: 2020, month: 1 })).on).toBe('2020-02-01');
  });

  it('one dated by year only starts on 1 January of the next year', () => {
    const start = directiveStart(signed({ year: 2020 }));
    expect(start.on).toBe('2021-01-01');
    expect(start.reason.vi).toBe(
      'Văn bản chỉ ghi năm 2020; mặc định tính từ 2021-01-01, khi chắc chắn đã ban hành (đổi bằng startsOn).',
    );
    expect(start.reason.en).toMatch(/^The directive is dated only 2020; /u);
  });

  it('the caller’s startsOn wins, and is checked', () => {
    expect(directiveStart(signed({ year: 2020, month: 5 }), '2020-05-13')).toEqual({
      on: '2020-05-13',
      reason: {
        vi: 'Ngày bắt đầu do người dùng chọn: 2020-05-13.',
        en: 'Start chosen by the caller: 2020-05-13.',
      },
    });
    expect(() => directiveStart(signed({ year: 2020, month: 5 }), '2020-02-30')).toThrowDomainError(
      'date/invalid',
      ['startsOn'],
    );
    expect(() => directiveStart(signed({ year: 2020, month: 2, day: 30 }))).toThrowDomainError(
      'date/invalid',
      ['signed'],
    );
  });

  it('issuedOnOf: the signed day, or the first day of its month or year', () => {
    expect(issuedOnOf(signed({ year: 2022, month: 7, day: 26 }))).toBe('2022-07-26');
    expect(issuedOnOf(signed({ year: 2020, month: 5 }))).toBe('2020-05-01');
    expect(issuedOnOf(signed({ year: 2020 }))).toBe('2020-01-01');
    expect(() => issuedOnOf(signed({ year: 2021, month: 2, day: 29 }))).toThrowDomainError(
      'date/invalid',
      ['signed'],
    );
  });
});
