// Occurrences at the edges: the last month a date can name, the explanation of a day that did not move and of a
// move to the previous working day, and the path of a bad receipt date.
import { describe, expect, it } from 'vitest';
import { occurrences } from './occurrences.js';
import { parseDeadline } from './parse-deadline.js';

describe('occurrences at the edges', () => {
  it('reaches December 9999 and stops there: the month past the window is not looked for in year 10000', () => {
    const rule = parseDeadline('Ngày 30 hàng tháng');
    const list = occurrences(rule, '9999-11-01', '9999-12-31', { onNonWorkingDay: 'keep' });
    expect(list.map((o) => o.nominal)).toEqual(['9999-11-30', '9999-12-30']);
  });

  it('explains a day that stays as the rule alone, and a move to the previous working day in full', () => {
    const rule = parseDeadline('Ngày 30 hàng tháng');
    const reading = {
      vi: 'Ngày N mỗi tháng; tháng không có ngày N thì lấy ngày cuối tháng (suy theo Điều 148 khoản 3 BLDS).',
      en: 'Day N of every month; a month without day N uses its last day (by analogy with Civil Code art. 148(3)).',
    };
    // 30/09/2020 is a Wednesday, a working day.
    const [september] = occurrences(rule, '2020-09-01', '2020-09-30');
    expect(september?.moved).toBe(false);
    expect(september?.explanation).toEqual({
      vi: `Hạn 2020-09-30: ${reading.vi}`,
      en: `Due 2020-09-30: ${reading.en}`,
    });
    // 30/08/2020 is a Sunday: back to Friday 28/08/2020.
    const [august] = occurrences(rule, '2020-08-01', '2020-08-31', { onNonWorkingDay: 'previous' });
    expect(august?.due).toBe('2020-08-28');
    expect(august?.explanation).toEqual({
      vi: `Hạn 2020-08-30: ${reading.vi} Ngày 2020-08-30 là ngày nghỉ nên chuyển sang ngày làm việc liền trước: 2020-08-28.`,
      en: `Due 2020-08-30: ${reading.en} 2020-08-30 is a day off, so it moves to the previous working day: 2020-08-28.`,
    });
  });

  it('names receivedOn when the receipt date is not a date', () => {
    const rule = parseDeadline('trong thời hạn 10 ngày kể từ ngày nhận được');
    expect(() =>
      occurrences(rule, '2020-08-01', '2020-08-31', { receivedOn: '2020-02-30' }),
    ).toThrowDomainError('date/invalid', ['receivedOn']);
    expect(() => occurrences(rule, '2020-08-01', '2020-08-31')).toThrowDomainError(
      'deadlines/missing-receipt-date',
      ['receivedOn'],
    );
  });
});
