// parseDeadline at the bounds of months and years, with the exact words of its errors, and the spacing inside
// "tháng thứ nhất".
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { parseDeadline } from './parse-deadline.js';

const messageOf = (text: string, options?: Parameters<typeof parseDeadline>[1]) =>
  issuesOf(() => parseDeadline(text, options))[0]?.message;

describe('parseDeadline at the bounds', () => {
  it('reads month 1 and year 1, refuses month 13, month 0 and year 0 naming them', () => {
    expect(parseDeadline('cuối tháng 1/2023')).toMatchObject({ kind: 'by', date: '2023-01-31' });
    expect(parseDeadline('cuối năm 0001')).toMatchObject({ kind: 'by', date: '0001-12-31' });
    expect(messageOf('cuối tháng 13/2022')).toEqual({
      vi: 'Ngày không hợp lệ: tháng 13/2022. Cần một ngày có thật, viết dạng YYYY-MM-DD (ví dụ 2022-07-26).',
      en: 'Invalid date: month 13/2022. Expected an existing date written YYYY-MM-DD (for example 2022-07-26).',
    });
    expect(messageOf('giữa tháng 0/2022')?.en).toMatch(/^Invalid date: month 0\/2022\. /u);
    expect(messageOf('cuối năm 0000')).toEqual({
      vi: 'Ngày không hợp lệ: năm 0000. Cần một ngày có thật, viết dạng YYYY-MM-DD (ví dụ 2022-07-26).',
      en: 'Invalid date: year 0000. Expected an existing date written YYYY-MM-DD (for example 2022-07-26).',
    });
  });

  it('a date without a year before the directive date names the day and month as written', () => {
    expect(messageOf('trước ngày 05/01', { issuedOn: '2022-07-26' })?.en).toContain('5/1');
  });

  it('"tháng thứ nhất" and "tháng thứ ba" may be written with several spaces', () => {
    expect(parseDeadline('ngày 15 tháng thứ  nhất hằng quý')).toMatchObject({
      kind: 'quarterly',
      monthOfQuarter: 1,
    });
    expect(parseDeadline('ngày 15 tháng thứ   ba hằng quý')).toMatchObject({
      kind: 'quarterly',
      monthOfQuarter: 3,
    });
  });
});
