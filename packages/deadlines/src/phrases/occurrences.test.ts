import { addDays, fromDayNumber, toDayNumber, toResult } from '@ntm/domain/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAI_CHAU_MONTHLY_REPORTS_DUE } from '../../test/seed-directives.js';
import { isWorkingDay, NATIONAL_CALENDAR } from '../index.js';
import { monthlyOn } from './monthly-on.js';
import { occurrences } from './occurrences.js';
import { parseDeadline } from './parse-deadline.js';

describe('occurrences of "Ngày 30 hàng tháng"', () => {
  const rule = parseDeadline('Ngày 30 hàng tháng');

  it('gives the Lai Châu 2020 monthly reports from June, the Sunday 30/08 moved to Monday 31/08', () => {
    const list = occurrences(rule, '2020-06-01', '2020-12-31');
    expect(list.map((o) => o.nominal)).toEqual([
      '2020-06-30',
      '2020-07-30',
      '2020-08-30',
      '2020-09-30',
      '2020-10-30',
      '2020-11-30',
      '2020-12-30',
    ]);
    expect(list.map((o) => o.due)).toEqual(LAI_CHAU_MONTHLY_REPORTS_DUE);
    const august = list[2];
    expect(august?.moved).toBe(true);
    expect(august?.explanation.en).toContain('2020-08-30 is a day off');
    expect(august?.explanation.vi).toContain('ngày làm việc tiếp theo');
  });

  it('clamps day 30 in February to the last day (28 in 2021, 29 in 2024)', () => {
    const keep = { onNonWorkingDay: 'keep' } as const;
    expect(occurrences(rule, '2021-02-01', '2021-02-28', keep).map((o) => o.nominal)).toEqual([
      '2021-02-28',
    ]);
    expect(occurrences(rule, '2024-02-01', '2024-02-29', keep).map((o) => o.nominal)).toEqual([
      '2024-02-29',
    ]);
    // 28/02/2021 is a Sunday: due on Monday 01/03/2021.
    expect(occurrences(rule, '2021-02-01', '2021-02-28')[0]?.due).toBe('2021-03-01');
  });

  it('moves to the previous working day on request, or keeps the day', () => {
    expect(
      occurrences(rule, '2020-08-01', '2020-08-31', { onNonWorkingDay: 'previous' })[0]?.due,
    ).toBe('2020-08-28');
    expect(occurrences(rule, '2020-08-01', '2020-08-31', { onNonWorkingDay: 'keep' })[0]?.due).toBe(
      '2020-08-30',
    );
  });

  it('"trước ngày 1 hằng tháng" falls on the last day of the previous month', () => {
    const list = occurrences(monthlyOn(1, { inclusive: false }), '2022-01-01', '2022-03-31', {
      onNonWorkingDay: 'keep',
    });
    expect(list.map((o) => o.nominal)).toEqual(['2022-01-31', '2022-02-28', '2022-03-31']);
  });
});

/** The occurrences of a phrase's rule from `from` to `to` (all of 2022 unless given). */
const occurrencesOf = (text: string, from = '2022-01-01', to = '2022-12-31') =>
  occurrences(parseDeadline(text), from, to);

describe('occurrences of one-off rules (Tuần Giáo 2022)', () => {
  it('"trước ngày 01/10/2022" is due 30/09/2022; inclusive gives 01/10 moved off Saturday to 03/10', () => {
    const [due] = occurrencesOf('trước ngày 01/10/2022');
    expect(due).toMatchObject({
      kind: 'due',
      nominal: '2022-09-30',
      due: '2022-09-30',
      moved: false,
    });
    expect(due?.reading).toBe('before-exclusive');
    expect(due?.explanation.vi).toMatch(/^Hạn 2022-09-30: Hạn là hết ngày liền trước X/);
    expect(due?.explanation.en).toMatch(/^Due 2022-09-30: Due at the end of the day before X/);
    const [inclusive] = occurrences(
      parseDeadline('trước ngày 01/10/2022', { inclusive: true }),
      '2022-01-01',
      '2022-12-31',
    );
    expect(inclusive).toMatchObject({ nominal: '2022-10-01', due: '2022-10-03', moved: true });
  });

  it('"trước ngày 05/08/2022" is due 04/08/2022', () => {
    expect(occurrencesOf('trước ngày 05/08/2022', '2022-07-26')[0]?.due).toBe('2022-08-04');
  });

  it('"trong tháng 10/2022" is due 31/10/2022 with the month as its period', () => {
    expect(occurrencesOf('trong tháng 10/2022')[0]).toMatchObject({
      periodStart: '2022-10-01',
      nominal: '2022-10-31',
      due: '2022-10-31',
    });
  });

  it('"từ tháng 6 năm 2020" is a start, never moved', () => {
    const [start] = occurrencesOf('từ tháng 6 năm 2020', '2020-01-01', '2020-12-31');
    expect(start).toMatchObject({ kind: 'start', nominal: '2020-06-01', due: '2020-06-01' });
  });

  it('an occurrence outside the window is left out', () => {
    expect(occurrencesOf('trước ngày 05/08/2022', '2022-09-01')).toEqual([]);
  });

  it('"trong thời hạn 15 ngày kể từ ngày 26/7/2022": day X not counted → 10/08/2022', () => {
    expect(occurrencesOf('trong thời hạn 15 ngày kể từ ngày 26/7/2022')[0]?.nominal).toBe(
      '2022-08-10',
    );
  });

  it('"5 ngày làm việc kể từ ngày nhận được" needs the receipt date and skips days off', () => {
    const rule = parseDeadline('trong thời hạn 5 ngày làm việc kể từ ngày nhận được');
    expect(() => occurrences(rule, '2022-01-01', '2022-12-31')).toThrowDomainError(
      'deadlines/missing-receipt-date',
      ['receivedOn'],
    );
    // Received Friday 29/04/2022: 30/04–03/05 are off (holidays + nghỉ bù), so 4, 5, 6, 9, 10 May.
    const [due] = occurrences(rule, '2022-01-01', '2022-12-31', { receivedOn: '2022-04-29' });
    expect(due?.due).toBe('2022-05-10');
  });
});

describe('occurrences of the other kinds of rule', () => {
  it('"trước ngày 18 của tháng cuối quý" is due on the 17th of March, June, September and December', () => {
    const rule = parseDeadline('trước ngày 18 của tháng cuối quý');
    const list = occurrences(rule, '2022-01-01', '2022-12-31', { onNonWorkingDay: 'keep' });
    expect(list.map((o) => o.nominal)).toEqual([
      '2022-03-17',
      '2022-06-17',
      '2022-09-17',
      '2022-12-17',
    ]);
    const middle = occurrences(
      parseDeadline('ngày 31 tháng giữa quý'),
      '2024-01-01',
      '2024-06-30',
      {
        onNonWorkingDay: 'keep',
      },
    );
    expect(middle.map((o) => o.nominal)).toEqual(['2024-02-29', '2024-05-31']);
  });

  it('a one-off rule has its one occurrence when the window holds it, on the window’s first or last day too', () => {
    const cases = [
      ['chậm nhất ngày 30/09/2022', '2022-09-30'],
      ['trong tháng 9/2022', '2022-09-30'],
      ['kể từ ngày 30/09/2022', '2022-09-30'],
      ['trong thời hạn 4 ngày kể từ ngày 26/09/2022', '2022-09-30'],
      ['trong thời hạn 4 ngày làm việc kể từ ngày 26/09/2022', '2022-09-30'],
    ] as const;
    for (const [text, date] of cases) {
      const rule = parseDeadline(text);
      const keep = { onNonWorkingDay: 'keep' } as const;
      expect(
        occurrences(rule, date, date, keep).map((o) => o.nominal),
        text,
      ).toEqual([date]);
      expect(occurrences(rule, '2022-01-01', addDays(date, -1), keep), text).toEqual([]);
      expect(occurrences(rule, addDays(date, 1), '2022-12-31', keep), text).toEqual([]);
    }
    expect(
      occurrences(parseDeadline('chậm nhất ngày 30/09/2022'), '2022-09-30', '2022-09-30')[0],
    ).not.toHaveProperty('periodStart');
  });

  it('explains a start and a move to the previous working day in both languages', () => {
    const [start] = occurrences(parseDeadline('kể từ ngày 01/10/2022'), '2022-01-01', '2022-12-31');
    expect(start).toMatchObject({ kind: 'start', moved: false, reading: 'from-date' });
    expect(start?.explanation).toEqual({
      vi: 'Bắt đầu từ ngày 2022-10-01; không có hạn kết thúc.',
      en: 'Starts on 2022-10-01; no end date.',
    });
    // Saturday 01/10/2022 moves back to Friday 30/09.
    const [due] = occurrences(
      parseDeadline('chậm nhất ngày 01/10/2022'),
      '2022-01-01',
      '2022-12-31',
      {
        onNonWorkingDay: 'previous',
      },
    );
    expect(due).toMatchObject({ nominal: '2022-10-01', due: '2022-09-30', moved: true });
    expect(due?.explanation.vi).toMatch(
      / Ngày 2022-10-01 là ngày nghỉ nên chuyển sang ngày làm việc liền trước: 2022-09-30\.$/u,
    );
    expect(due?.explanation.en).toMatch(
      /^Due 2022-10-01: .+ 2022-10-01 is a day off, so it moves to the previous working day: 2022-09-30\.$/u,
    );
    const [next] = occurrences(
      parseDeadline('chậm nhất ngày 01/10/2022'),
      '2022-01-01',
      '2022-12-31',
    );
    expect(next?.explanation.en).toMatch(/ so it moves to the next working day: 2022-10-03\.$/u);
    const [kept] = occurrences(
      parseDeadline('chậm nhất ngày 30/09/2022'),
      '2022-01-01',
      '2022-12-31',
    );
    expect(kept?.explanation.en).not.toMatch(/day off/u);
    expect(kept?.explanation.vi).not.toMatch(/ngày nghỉ/u);
  });

  it('a quarterly rule has one occurrence per quarter, in the month of the quarter it names (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom(1, 2, 3),
        fc.integer({ min: 2019, max: 2025 }),
        (d, m, year) => {
          const which = ['đầu', 'giữa', 'cuối'][m - 1];
          const rule = parseDeadline(`ngày ${d} tháng ${which} quý`);
          const list = occurrences(rule, `${year}-01-01`, `${year}-12-31`, {
            onNonWorkingDay: 'keep',
          });
          expect(list.map((o) => Number(o.nominal.slice(5, 7)))).toEqual([m, m + 3, m + 6, m + 9]);
          // The day, clamped to the month's length (JavaScript's Date as the independent oracle).
          for (const o of list) {
            const month = Number(o.nominal.slice(5, 7));
            const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
            expect(Number(o.nominal.slice(8))).toBe(Math.min(d, length));
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('occurrences: bad input', () => {
  const rule = monthlyOn(30);
  it.each([
    [() => occurrences(rule, '2022-12-31', '2022-01-01'), 'period/end-before-start', ['to']],
    [() => occurrences(rule, '2022-02-30', '2022-12-31'), 'date/invalid', ['from']],
    [() => occurrences(rule, '2022-01-01', 'cuối năm'), 'date/invalid', ['to']],
    [
      () =>
        occurrences(rule, '2022-01-01', '2022-12-31', {
          onNonWorkingDay: 'later' as unknown as 'next',
        }),
      'input/not-allowed',
      ['onNonWorkingDay'],
    ],
    [
      () => occurrences(rule, '2022-01-01', '2022-12-31', null as never),
      'input/wrong-type',
      ['options'],
    ],
    [
      () => occurrences(rule, '2022-01-01', '2022-12-31', { calendar: null as never }),
      'calendar/invalid',
      ['calendar'],
    ],
    [
      () => occurrences({ ...rule, day: 0 }, '2022-01-01', '2022-12-31'),
      'input/too-small',
      ['rule', 'day'],
    ],
  ] as const)('case %#: %s', (fn, code, path) => {
    expect(fn).toThrowDomainError(code, path);
  });

  it('says which day comes first, in both languages', () => {
    const run = () => occurrences(rule, '2022-12-31', '2022-01-01');
    expect(run).toThrowError('The end date 2022-01-01 is before the start date 2022-12-31.');
    const result = toResult(run);
    expect(result.success ? [] : result.issues.map((issue) => issue.message.vi)).toEqual([
      'Ngày kết thúc 2022-01-01 trước ngày bắt đầu 2022-12-31.',
    ]);
  });
});

describe('occurrences: properties', () => {
  const day = fc.integer({ min: toDayNumber('2019-01-01'), max: toDayNumber('2026-06-30') });
  const window = fc.tuple(day, fc.integer({ min: 0, max: 800 })).map(([start, length]) => ({
    from: fromDayNumber(start),
    to: fromDayNumber(start + length),
  }));
  const rules = fc.oneof(
    fc
      .tuple(fc.integer({ min: 1, max: 31 }), fc.boolean())
      .map(([d, inclusive]) => monthlyOn(d, { inclusive })),
    fc
      .tuple(fc.integer({ min: 1, max: 31 }), fc.constantFrom(1, 2, 3))
      .map(([d, m]) =>
        parseDeadline(`trước ngày ${d} tháng ${['đầu', 'giữa', 'cuối'][m - 1]} quý`),
      ),
  );

  it('are sorted, within [from, to], and on working days with next/previous', () => {
    fc.assert(
      fc.property(rules, window, fc.constantFrom('next', 'previous', 'keep'), (rule, w, policy) => {
        const list = occurrences(rule, w.from, w.to, { onNonWorkingDay: policy });
        const nominal = list.map((o) => o.nominal);
        expect(nominal).toEqual([...nominal].sort());
        expect(list.map((o) => o.due)).toEqual(list.map((o) => o.due).sort());
        for (const o of list) {
          expect(o.nominal >= w.from && o.nominal <= w.to).toBe(true);
          if (policy !== 'keep') expect(isWorkingDay(o.due, NATIONAL_CALENDAR)).toBe(true);
          else expect(o.due).toBe(o.nominal);
          if (policy === 'next') expect(o.due >= o.nominal).toBe(true);
          if (policy === 'previous') expect(o.due <= o.nominal).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a monthly rule has exactly one occurrence per whole month of the window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 2019, max: 2025 }),
        (d, year) => {
          const list = occurrences(monthlyOn(d), `${year}-01-01`, `${year}-12-31`, {
            onNonWorkingDay: 'keep',
          });
          expect(list).toHaveLength(12);
          expect(new Set(list.map((o) => o.nominal.slice(5, 7))).size).toBe(12);
        },
      ),
    );
  });

  it('a "before" deadline is the day before X unless inclusive', () => {
    fc.assert(
      fc.property(day, fc.boolean(), (n, inclusive) => {
        const x = fromDayNumber(n);
        const text = `trước ngày ${x.slice(8)}/${x.slice(5, 7)}/${x.slice(0, 4)}`;
        const [o] = occurrences(parseDeadline(text, { inclusive }), '2018-01-01', '2027-12-31', {
          onNonWorkingDay: 'keep',
        });
        expect(o?.nominal).toBe(inclusive ? x : addDays(x, -1));
      }),
    );
  });

  it('"within N (working) days after X" is never before X + N calendar days, and never on or before X', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), fc.boolean(), (n, days, working) => {
        const x = fromDayNumber(n);
        const text = `trong thời hạn ${days} ngày${working ? ' làm việc' : ''} kể từ ngày ${x.slice(8)}/${x.slice(5, 7)}/${x.slice(0, 4)}`;
        const [o] = occurrences(parseDeadline(text), '2018-01-01', '2027-12-31');
        expect(o).toBeDefined();
        expect(o && o.due > x).toBe(true);
        expect(o && o.due >= addDays(x, days)).toBe(true);
        expect(o && isWorkingDay(o.due, NATIONAL_CALENDAR)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
