// How a calendar is built, checked on calendars built inside each test (NATIONAL_CALENDAR is built when its module
// loads, where per-test coverage does not see it): regimes from their first day, the Tết split and the adjacent
// Quốc khánh day, compensatory days in date order, the pending Ngày Văn hóa, the caller's own days, and the range.
import { describe, expect, it } from 'vitest';
import { createCalendar } from './create-calendar.js';
import { daysOff, makeUpWorkingDays } from './days-off.js';
import type { WorkingCalendar } from './types.js';
import { isDayOff, isWorkingDay } from './working-days.js';

const on = (date: string, calendar = createCalendar()) =>
  daysOff(Number(date.slice(0, 4)), calendar).filter((d) => d.date === date);

describe('a holiday regime applies from its first day', () => {
  it('01/05/2013, the day the Labour Code 2012 took effect, is a holiday under its Điều 115', () => {
    const [labourDay] = on('2013-05-01');
    expect(labourDay?.basis.map((b) => [b.number, b.article])).toEqual([
      ['10/2012/QH13', 'Điều 115'],
    ]);
    expect(labourDay?.status).toBe('derived');
    // The day before the change is still under the earlier, unverified regime (Tết 4 days).
    const [newYear] = on('2013-01-01');
    expect(newYear?.status).toBe('unverified');
  });

  it('01/01/2021, the day the Labour Code 2019 took effect, is a holiday under its Điều 112', () => {
    const [newYear] = on('2021-01-01');
    expect(newYear?.basis.map((b) => [b.number, b.article])).toEqual([
      ['45/2019/QH14', 'Điều 112'],
    ]);
  });
});

/** The Tết holidays of a year (not the days that make up for them). */
const tetHolidays = (year: number, calendar: WorkingCalendar) =>
  daysOff(year, calendar).filter((d) => d.holiday === 'tet-am-lich' && d.kind === 'holiday');

describe('Tết', () => {
  // Each block: the year, the calendar's options, the Tết holidays.
  it.each([
    [
      // Tết Đinh Mùi is 06/02/2027.
      'with no official schedule (2027), the default split: 2 days before mùng 1 and 3 from it',
      2027,
      {},
      ['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'],
    ],
    [
      // Tết Canh Dần is 14/02/2010: asked for 4 days before, the block still ends on mùng 1.
      'under the 4-day regime (2010), at most 3 of the days come before mùng 1',
      2010,
      { tetSplit: { before: 4 } },
      ['2010-02-11', '2010-02-12', '2010-02-13', '2010-02-14'],
    ],
  ] as const)('%s', (_title, year, options, dates) => {
    expect(tetHolidays(year, createCalendar(options)).map((d) => d.date)).toEqual(dates);
  });

  it('in a year with no official schedule (2027), each Tết day cites the statute alone', () => {
    for (const day of tetHolidays(2027, createCalendar())) {
      expect(day.basis.map((b) => b.number)).toEqual(['45/2019/QH14']);
      expect(day.source).toBe('rule');
      expect(day.provisional).toBe(true);
    }
  });
});

describe('compensatory days follow the holidays in date order', () => {
  it('Quốc khánh 2029 (Sat 01/09 adjacent, Sun 02/09): Monday makes up for the 1st, Tuesday for the 2nd', () => {
    const september = daysOff(2029, createCalendar()).filter((d) => d.date.startsWith('2029-09'));
    expect(september.map((d) => [d.date, d.kind, d.provisional])).toEqual([
      ['2029-09-01', 'holiday', true],
      ['2029-09-02', 'holiday', false],
      // The adjacent day is the default side, not yet fixed by the Prime Minister: so is its nghỉ bù.
      ['2029-09-03', 'compensatory', true],
      ['2029-09-04', 'compensatory', false],
    ]);
    expect(september[2]?.basis.map((b) => [b.number, b.article])).toEqual([
      ['45/2019/QH14', 'Điều 111 khoản 3'],
    ]);
  });

  it('a pending Ngày Văn hóa on a Saturday (24/11/2029) gives a pending Monday that cites the rule and the resolutions', () => {
    const calendar = createCalendar({ includePending: { fromYear: 2026 } });
    const days = daysOff(2029, calendar).filter((d) => d.holiday === 'ngay-van-hoa');
    expect(days.map((d) => [d.date, d.kind, d.status, d.source])).toEqual([
      ['2029-11-24', 'holiday', 'pending', 'pending'],
      ['2029-11-26', 'compensatory', 'pending', 'pending'],
    ]);
    expect(days[1]?.basis.map((b) => b.number)).toEqual([
      '45/2019/QH14',
      ...(days[0]?.basis.map((b) => b.number) ?? []),
    ]);
    expect(days[1]?.basis[0]?.article).toBe('Điều 111 khoản 3');
    expect(days[0]?.basis.length).toBe(2);
  });
});

describe('the caller’s own days', () => {
  it('an extra day off and an extra working day are recorded as custom, verified, with no basis', () => {
    const calendar = createCalendar({
      extraDaysOff: ['2027-03-15'],
      extraWorkingDays: ['2027-03-20'],
    });
    expect(on('2027-03-15', calendar)).toEqual([
      {
        date: '2027-03-15',
        kind: 'custom',
        holiday: 'custom',
        name: { vi: 'Ngày nghỉ riêng', en: 'Own day off' },
        basis: [],
        source: 'custom',
        provisional: false,
        status: 'verified',
      },
    ]);
    expect(makeUpWorkingDays(2027, calendar)).toEqual([
      {
        date: '2027-03-20',
        holiday: 'custom',
        name: { vi: 'Ngày làm việc riêng', en: 'Own working day' },
        basis: [],
        source: 'custom',
        status: 'verified',
      },
    ]);
    expect(isDayOff('2027-03-15', calendar)).toBe(true);
    expect(isWorkingDay('2027-03-20', calendar)).toBe(true);
  });

  it('may be the first and the last day of the calendar (2007-01-01, 2100-12-31), not a day outside it', () => {
    const calendar = createCalendar({ extraDaysOff: ['2007-01-02', '2100-12-31'] });
    expect(isDayOff('2100-12-31', calendar)).toBe(true);
    expect(isDayOff('2007-01-02', calendar)).toBe(true);
    expect(isWorkingDay('2007-01-02', createCalendar())).toBe(true);
    expect(isWorkingDay('2007-01-01', createCalendar({ extraWorkingDays: ['2007-01-01'] }))).toBe(
      true,
    );
    expect(() => createCalendar({ extraDaysOff: ['2027-01-04', '2101-01-01'] })).toThrowDomainError(
      'calendar/out-of-range',
      ['extraDaysOff', 1],
    );
    expect(() => createCalendar({ extraWorkingDays: ['2006-12-31'] })).toThrowDomainError(
      'calendar/out-of-range',
      ['extraWorkingDays', 0],
    );
  });
});

describe('range and schedules', () => {
  it('covers every day of 2007–2100 (34,333 days), the holidays of 2100 included', () => {
    const calendar = createCalendar();
    // 94 years of 365 days and 23 leap days (2008 … 2096; 2100 is not a leap year).
    expect(calendar.table).toHaveLength(94 * 365 + 23);
    expect(on('2100-01-01', calendar).map((d) => d.holiday)).toEqual(['tet-duong-lich']);
    expect(isDayOff('2100-12-31', calendar)).toBe(false);
  });

  it('follows the official schedules of 2019–2026 by default, none when asked not to', () => {
    expect(createCalendar().scheduledYears).toEqual([
      2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(createCalendar({ followSchedules: false }).scheduledYears).toEqual([]);
  });
});
