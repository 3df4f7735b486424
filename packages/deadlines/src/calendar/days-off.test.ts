import { addDays, compareDates, weekday } from '@ntm/domain/core';
import { describe, expect, test } from 'vitest';
import { GIO_TO_2015_2035 } from '../../test/golden/lunar.js';
import { GOLDEN_SCHEDULES, GOLDEN_WORKING_SATURDAYS } from '../../test/golden/schedules.js';
import { createCalendar } from './create-calendar.js';
import { daysOff, describeDay, makeUpWorkingDays, pendingDaysOff } from './days-off.js';
import { NATIONAL_CALENDAR } from './national.js';
import { isDayOff, isWorkingDay } from './working-days.js';

function* range(from: string, to: string) {
  for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) yield d;
}

/*
 * The golden tables are checked twice: on NATIONAL_CALENDAR, built once when its module loads, and on the same
 * calendar built inside each test by createCalendar. A mutation tool sees only the second build as covered by these
 * tests, so without it the rules of buildCalendar would be checked by the few tests of custom calendars alone.
 */
const CALENDARS = [
  ['NATIONAL_CALENDAR', () => NATIONAL_CALENDAR],
  [
    "createCalendar({ name: 'vn-civil-service' })",
    () => createCalendar({ name: 'vn-civil-service' }),
  ],
] as const;

describe.each(CALENDARS)(
  'official schedules 2019–2026 (test/golden/schedules.ts) on %s',
  (_name, build) => {
    const setup = () => {
      const cal = build();
      const find = (date: string) => daysOff(+date.slice(0, 4), cal).find((d) => d.date === date);
      return { cal, find };
    };

    test.each(GOLDEN_SCHEDULES.map((o) => [o.off.join(' … '), o] as const))(
      'off period %s',
      (_, o) => {
        const { cal, find } = setup();
        for (const date of range(o.off[0], o.off[1])) expect(isDayOff(date, cal), date).toBe(true);
        expect(isWorkingDay(addDays(o.off[0], -1), cal)).toBe(true);
        expect(isWorkingDay(addDays(o.off[1], 1), cal)).toBe(true);
        for (const date of range(o.holidays[0], o.holidays[1])) {
          expect(find(date), date).toMatchObject({ kind: 'holiday', provisional: false });
        }
        for (const date of o.compensatory ?? []) {
          expect(find(date), date).toMatchObject({ kind: 'compensatory', provisional: false });
        }
        if (o.swap) {
          expect(find(o.swap[0])).toMatchObject({ kind: 'swap', source: 'schedule' });
          expect(isWorkingDay(o.swap[1], cal)).toBe(true);
          expect(describeDay(o.swap[1], cal).makeUp?.swappedWith).toBe(o.swap[0]);
        }
      },
    );

    test('every other day of 2019–2026 follows the weekly rest pattern', () => {
      const { cal } = setup();
      const off = new Set<string>();
      for (const o of GOLDEN_SCHEDULES) for (const d of range(o.off[0], o.off[1])) off.add(d);
      const saturdays = new Set(GOLDEN_WORKING_SATURDAYS);
      for (const date of range('2019-01-01', '2026-12-31')) {
        const weekend = weekday(date) === 0 || weekday(date) === 6;
        const expected = off.has(date) || (weekend && !saturdays.has(date));
        expect(isDayOff(date, cal), date).toBe(expected);
      }
    });

    test('the working Saturdays are exactly the announced ones', () => {
      const { cal } = setup();
      const all = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026].flatMap((y) =>
        makeUpWorkingDays(y, cal).map((d) => d.date),
      );
      expect(all).toEqual(GOLDEN_WORKING_SATURDAYS);
      expect(makeUpWorkingDays(2026, cal).find((d) => d.date === '2026-08-22')?.status).toBe(
        'unverified',
      );
    });

    test('each kind of day is named, sourced and graded as its legal basis says (2025, 2027, 2008)', () => {
      const { cal, find } = setup();
      const numbers = (d: { basis: readonly { number?: string }[] } | undefined) =>
        d?.basis.map((b) => b.number);
      // 2025: 2/5 swapped with Saturday 26/4 (CV 8726/VPCP-KGVX, TB 6150/TB-BLĐTBXH).
      expect(find('2025-05-02')).toMatchObject({
        kind: 'swap',
        holiday: 'chien-thang',
        name: { vi: 'Nghỉ hoán đổi (Ngày Chiến thắng)', en: 'Swapped day off (Reunification Day)' },
        status: 'verified',
        source: 'schedule',
        provisional: false,
      });
      expect(numbers(find('2025-05-02'))).toEqual(['8726/VPCP-KGVX', '6150/TB-BLĐTBXH']);
      expect(makeUpWorkingDays(2025, cal)).toMatchObject([
        {
          date: '2025-04-26',
          swappedWith: '2025-05-02',
          holiday: 'chien-thang',
          name: { vi: 'Làm bù (Ngày Chiến thắng)', en: 'Make-up working day (Reunification Day)' },
          source: 'schedule',
          status: 'verified',
        },
      ]);
      // 2027, no schedule: nghỉ bù by BLLĐ 2019 Điều 112 (45/2019/QH14); Tết's follows the provisional Tết split.
      expect(find('2027-05-03')).toMatchObject({
        kind: 'compensatory',
        holiday: 'quoc-te-lao-dong',
        name: {
          vi: 'Nghỉ bù Ngày Quốc tế lao động',
          en: 'Compensatory day off: International Labour Day',
        },
        status: 'derived',
        source: 'rule',
        provisional: false,
      });
      expect(numbers(find('2027-05-03'))).toEqual(['45/2019/QH14']);
      expect(find('2027-02-09')).toMatchObject({ kind: 'compensatory', provisional: true });
      expect(find('2027-09-01')).toMatchObject({
        holiday: 'quoc-khanh',
        provisional: true,
        status: 'derived',
      });
      expect(find('2027-09-02')).toMatchObject({ holiday: 'quoc-khanh', provisional: false });
      expect(find('2027-09-03')).toBeUndefined();
      // Before the 2012 Labour Code (in force 01/05/2013) the regime is transcribed but not verified.
      expect(find('2008-01-01')).toMatchObject({
        status: 'unverified',
        source: 'rule',
        provisional: false,
      });
      expect(find('2008-02-05')).toMatchObject({
        holiday: 'tet-am-lich',
        status: 'unverified',
        provisional: true,
      });
      // Sorted by date within each year.
      for (const year of [2008, 2019, 2025, 2027, 2100]) {
        const dates = daysOff(year, cal).map((d) => d.date);
        expect(dates).toEqual([...dates].sort());
      }
    });

    test('days off carry names, legal basis and source', () => {
      const { cal, find } = setup();
      for (const day of daysOff(2025, cal)) {
        expect(day.name.vi.length).toBeGreaterThan(0);
        expect(day.name.en.length).toBeGreaterThan(0);
        expect(day.basis.length).toBeGreaterThan(0);
      }
      expect(find('2025-01-27')).toMatchObject({
        holiday: 'tet-am-lich',
        source: 'schedule',
        status: 'verified',
      });
      expect(find('2025-04-07')).toMatchObject({ holiday: 'gio-to-hung-vuong', source: 'rule' });
    });
  },
);

describe.each(CALENDARS)('rules for years without a schedule on %s', (_name, build) => {
  const setup = () => {
    const cal = build();
    const find = (date: string) => daysOff(+date.slice(0, 4), cal).find((d) => d.date === date);
    return { cal, find };
  };

  test('2027: statutory days and derived nghỉ bù are firm, Tết and 1/9 are provisional', () => {
    const { cal, find } = setup();
    expect(find('2027-01-01')).toMatchObject({ provisional: false });
    expect(find('2027-04-16')).toMatchObject({ holiday: 'gio-to-hung-vuong', provisional: false });
    // 1/5 is a Saturday: nghỉ bù on Monday 3/5 (statute; no 2027 schedule yet).
    expect(find('2027-05-03')).toMatchObject({ kind: 'compensatory', provisional: false });
    expect(
      daysOff(2027, cal).filter((d) => d.holiday === 'tet-am-lich' && d.kind === 'holiday'),
    ).toHaveLength(5);
    expect(
      daysOff(2027, cal)
        .filter((d) => d.holiday === 'tet-am-lich')
        .every((d) => d.provisional),
    ).toBe(true);
    expect(describeDay('2027-03-03', cal).provisional).toBe(true);
  });

  test('Giỗ Tổ on a weekend gets nghỉ bù on the next working day (BLLĐ 2019 Điều 111 khoản 3)', () => {
    const { cal, find } = setup();
    for (const date of GIO_TO_2015_2035) {
      expect(find(date), date).toMatchObject({ kind: 'holiday', holiday: 'gio-to-hung-vuong' });
      const day = weekday(date);
      const compensatory = daysOff(+date.slice(0, 4), cal).filter(
        (d) => d.kind === 'compensatory' && d.holiday === 'gio-to-hung-vuong',
      );
      if (day === 0 || day === 6) {
        // The next working day after the whole block (2023: 29/4 Sat → after 30/4 and 1/5 → 2/5).
        expect(compensatory, date).toHaveLength(1);
        const comp = compensatory[0]!.date;
        expect(compareDates(comp, date)).toBeGreaterThan(0);
        for (const between of range(addDays(date, 1), addDays(comp, -1))) {
          expect(isDayOff(between, cal), between).toBe(true);
        }
      } else {
        expect(compensatory, date).toHaveLength(0);
      }
    }
  });

  test.each([
    [2020, 'quoc-khanh', 1],
    [2021, 'quoc-khanh', 2],
    [2012, 'tet-am-lich', 4],
    [2014, 'tet-am-lich', 5],
  ] as const)(
    'regimes: in %i, %s is %i holiday days (Quốc khánh 2 from 2021; Tết 5 from May 2013)',
    (year, holiday, days) => {
      const { cal } = setup();
      const holidays = daysOff(year, cal).filter(
        (d) => d.holiday === holiday && d.kind === 'holiday',
      );
      expect(holidays).toHaveLength(days);
    },
  );
});

describe('pending days off', () => {
  test('the pending Ngày Văn hóa (24/11) is off only when asked for, and reported either way', () => {
    // Not law when the data was cut: a working day, with the pending change reported.
    expect(isDayOff('2026-11-24')).toBe(false);
    expect(daysOff(2026).some((d) => d.holiday === 'ngay-van-hoa')).toBe(false);
    const off = describeDay('2026-11-24');
    expect(off.workingDay).toBe(true);
    expect(off.pending?.applied).toBe(false);
    expect(off.pending?.change.basis.map((b) => b.number)).toEqual(['80-NQ/TW', '30/NQ-CP']);
    expect(pendingDaysOff(2026).map((p) => [p.date, p.applied])).toEqual([['2026-11-24', false]]);
    expect(pendingDaysOff(2025)).toEqual([]);

    const on = createCalendar({ includePending: true });
    expect(isDayOff('2026-11-24', on)).toBe(true);
    expect(describeDay('2026-11-24', on)).toMatchObject({
      workingDay: false,
      provisional: true,
      dayOff: { status: 'pending', source: 'pending', provisional: true, holiday: 'ngay-van-hoa' },
      pending: { applied: true },
    });
    expect(pendingDaysOff(2030, on)[0]?.applied).toBe(true);
    // 24/11/2029 is a Saturday: the pending day brings a pending nghỉ bù on Monday 26/11.
    expect(daysOff(2029, on).filter((d) => d.holiday === 'ngay-van-hoa')).toMatchObject([
      { date: '2029-11-24', kind: 'holiday', status: 'pending' },
      { date: '2029-11-26', kind: 'compensatory', status: 'pending', source: 'pending' },
    ]);
    expect(on.options.includePending).toEqual({ fromYear: 2026 });
  });

  test('a pending day off can start in a later year, never before it was announced', () => {
    const from2028 = createCalendar({ includePending: { fromYear: 2028 } });
    expect(isDayOff('2027-11-24', from2028)).toBe(false);
    expect(pendingDaysOff(2027, from2028)[0]?.applied).toBe(false);
    expect(isDayOff('2028-11-24', from2028)).toBe(true);
    const refused = [
      [{ fromYear: 2025 }, 'input/too-small', ['includePending', 'fromYear']],
      [{ fromYear: 2026.5 }, 'input/not-integer', ['includePending', 'fromYear']],
      [{ fromYear: 2101 }, 'input/too-big', ['includePending', 'fromYear']],
      [{}, 'input/missing', ['includePending', 'fromYear']],
      [{ fromYear: 2028, toYear: 2030 }, 'input/unknown-field', ['includePending', 'toYear']],
      ['yes', 'input/wrong-type', ['includePending']],
      [1, 'input/wrong-type', ['includePending']],
    ] as const;
    for (const [bad, code, path] of refused)
      expect(() => createCalendar({ includePending: bad as never })).toThrowDomainError(code, path);
  });
});

describe('errors', () => {
  test('years outside the data', () => {
    expect(() => daysOff(2006)).toThrowDomainError('calendar/out-of-range', ['year']);
    expect(() => daysOff(2006)).toThrowError(/2007–2100/);
    expect(() => daysOff(2101)).toThrowDomainError('calendar/out-of-range', ['year']);
    expect(() => daysOff(2025.5)).toThrowDomainError('input/not-integer', ['year']);
    expect(() => daysOff(2025, null as never)).toThrowDomainError('calendar/invalid', ['calendar']);
    expect(() => makeUpWorkingDays(2025, { ...NATIONAL_CALENDAR })).toThrowError(/createCalendar/);
  });

  test('the national calendar is frozen', () => {
    expect(Object.isFrozen(NATIONAL_CALENDAR)).toBe(true);
    expect(Object.isFrozen(daysOff(2025))).toBe(true);
    expect(Object.isFrozen(daysOff(2025)[0])).toBe(true);
  });
});
