import { addDays, dayNumberOf, fromDayNumber, weekday } from '@ntm/domain/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createCalendar } from './create-calendar.js';
import { describeDay } from './days-off.js';
import { NATIONAL_CALENDAR } from './national.js';
import * as lookups from './working-days.js';

const anyDate = fc
  .integer({ min: dayNumberOf(2009, 1, 1), max: dayNumberOf(2099, 1, 1) })
  .map((n) => fromDayNumber(n));

describe('working-day arithmetic', () => {
  test('the peers’ counter-example: Friday 2025-01-24 + 1 working day = 2025-02-03 (date-fns addBusinessDays gives Mon 2025-01-27, a Tết day off)', () => {
    expect(lookups.addWorkingDays('2025-01-24', 1)).toBe('2025-02-03');
    expect(lookups.nextWorkingDay('2025-01-24')).toBe('2025-02-03');
    expect(lookups.previousWorkingDay('2025-02-03')).toBe('2025-01-24');
  });

  test('addWorkingDays and countWorkingDays agree (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -300, max: 300 }), (date, n) => {
        const end = lookups.addWorkingDays(date, n);
        expect(lookups.countWorkingDays(date, end)).toBe(n);
        if (n !== 0) expect(lookups.isWorkingDay(end)).toBe(true);
      }),
    );
  });

  test('adding in steps equals adding at once; next/previous are ±1 (property)', () => {
    fc.assert(
      fc.property(
        anyDate,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (d, a, b) => {
          expect(lookups.addWorkingDays(lookups.addWorkingDays(d, a), b)).toBe(
            lookups.addWorkingDays(d, a + b),
          );
          expect(lookups.nextWorkingDay(d)).toBe(lookups.addWorkingDays(d, 1));
          expect(lookups.previousWorkingDay(d)).toBe(lookups.addWorkingDays(d, -1));
        },
      ),
    );
  });

  test('countWorkingDays is antisymmetric and counts every non-day-off once (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 400 }), (from, span) => {
        const to = addDays(from, span);
        let expected = 0;
        for (let i = 1; i <= span; i += 1)
          if (lookups.isWorkingDay(addDays(from, i))) expected += 1;
        expect(lookups.countWorkingDays(from, to)).toBe(expected);
        // Backwards, [from, to) is counted: add `from`, drop `to`.
        const shifted =
          span === 0
            ? 0
            : expected + Number(lookups.isWorkingDay(from)) - Number(lookups.isWorkingDay(to));
        expect(lookups.countWorkingDays(to, from)).toBe(0 - shifted);
      }),
      { numRuns: 50 },
    );
  });

  test('n = 0 returns the date unchanged, even a day off', () => {
    expect(lookups.addWorkingDays('2025-01-28', 0)).toBe('2025-01-28');
  });
});

describe('createCalendar', () => {
  test('a Sunday-only business works Saturdays and gets nghỉ bù only for Sundays', () => {
    const shop = createCalendar({ name: 'shop', weeklyRest: [0] });
    expect(lookups.isWorkingDay('2025-03-08', shop)).toBe(true);
    expect(lookups.isDayOff('2025-03-09', shop)).toBe(true);
    // Swaps bind only state bodies: 2025-05-02 is a normal Friday for the shop, 2025-04-26 a normal Saturday.
    expect(lookups.isWorkingDay('2025-05-02', shop)).toBe(true);
    expect(lookups.isWorkingDay('2025-04-26', shop)).toBe(true);
    // Giỗ Tổ 2026 falls on a Sunday → nghỉ bù Monday 2026-04-27 for both.
    expect(lookups.isDayOff('2026-04-27', shop)).toBe(true);
    // 2023-04-29 (Sat) is a holiday but not a rest day for the shop: only 30/4 (Sun) is compensated → 2/5.
    expect(lookups.isDayOff('2023-05-02', shop)).toBe(true);
    expect(lookups.isDayOff('2023-05-03', shop)).toBe(false);
    // Never a working day on Sunday.
    for (let d = '2025-01-05'; d < '2025-12-31'; d = addDays(d, 7)) {
      expect(weekday(d)).toBe(0);
      expect(lookups.isDayOff(d, shop)).toBe(true);
    }
  });

  test('extra days off and extra working days; the national calendar is unchanged', () => {
    const province = createCalendar({
      extraDaysOff: ['2025-03-10'],
      extraWorkingDays: ['2025-03-15', '2025-01-28'],
    });
    expect(lookups.isDayOff('2025-03-10', province)).toBe(true);
    expect(lookups.isWorkingDay('2025-03-15', province)).toBe(true);
    expect(lookups.isWorkingDay('2025-01-28', province)).toBe(true);
    expect(lookups.isDayOff('2025-03-10')).toBe(false);
    expect(lookups.isDayOff('2025-03-15', NATIONAL_CALENDAR)).toBe(true);
    const again = createCalendar({ extraDaysOff: ['2025-09-02'] });
    expect(describeDay('2025-09-02', again).dayOff?.holiday).toBe('quoc-khanh');
  });

  test('a private Tết split and adjacent national day', () => {
    const company = createCalendar({
      tetSplit: { before: 1 },
      nationalDayAdjacent: 'after',
      followSchedules: false,
    });
    expect(lookups.isDayOff('2025-01-27', company)).toBe(false);
    expect(lookups.isDayOff('2025-02-03', company)).toBe(true);
    expect(lookups.isDayOff('2025-09-03', company)).toBe(true);
    expect(lookups.isDayOff('2025-09-01', company)).toBe(false);
  });

  test('options are validated as untrusted input', () => {
    expect(() => createCalendar({ weeklyRest: [0, 1, 2, 3, 4, 5, 6] })).toThrowDomainError(
      'calendar/no-working-day',
      ['weeklyRest'],
    );
    expect(() => createCalendar({ weeklyRest: [7] })).toThrowDomainError('input/too-big', [
      'weeklyRest',
      0,
    ]);
    expect(() => createCalendar({ weeklyRest: [0, 0] })).toThrowDomainError(
      'calendar/duplicate-rest-day',
      ['weeklyRest', 1],
    );
    expect(() => createCalendar({ weeklyRest: null as never })).toThrowDomainError(
      'input/wrong-type',
      ['weeklyRest'],
    );
    expect(() => createCalendar({ extraDaysOff: ['2025-02-31'] })).toThrowDomainError(
      'date/invalid',
      ['extraDaysOff', 0],
    );
    expect(() => createCalendar({ extraDaysOff: ['1999-01-01'] })).toThrowDomainError(
      'calendar/out-of-range',
      ['extraDaysOff', 0],
    );
    expect(() =>
      createCalendar({ extraWorkingDays: Array(20001).fill('2025-01-01') }),
    ).toThrowDomainError('input/too-long', ['extraWorkingDays']);
    expect(() => createCalendar({ tetSplit: { before: 9 } })).toThrowDomainError('input/too-big', [
      'tetSplit',
      'before',
    ]);
    expect(() => createCalendar({ tetSplit: {} as never })).toThrowDomainError('input/missing', [
      'tetSplit',
      'before',
    ]);
    expect(() => createCalendar({ name: 'x'.repeat(101) })).toThrowDomainError('input/too-long', [
      'name',
    ]);
    expect(() => createCalendar({ name: ' ' })).toThrowDomainError('input/empty', ['name']);
    expect(() => createCalendar({ followSchedules: 1 as never })).toThrowDomainError(
      'input/wrong-type',
      ['followSchedules'],
    );
    expect(() => createCalendar({ nationalDayAdjacent: 'after ' as never })).toThrowDomainError(
      'input/not-allowed',
      ['nationalDayAdjacent'],
    );
    expect(() => createCalendar(JSON.parse('{"__proto__": {"x": 1}}'))).toThrowDomainError(
      'key/forbidden',
      ['__proto__'],
    );
    expect(() => createCalendar({ weekly: [0] } as never)).toThrowDomainError(
      'input/unknown-field',
      ['weekly'],
    );
    expect(() => createCalendar(null as never)).toThrowDomainError('input/wrong-type', ['options']);
  });
});

describe('bad input', () => {
  test('dates and counts', () => {
    expect(() => lookups.isDayOff('2025-02-31')).toThrowDomainError('date/invalid', ['date']);
    expect(() => lookups.isDayOff('2006-12-31')).toThrowDomainError('calendar/out-of-range', [
      'date',
    ]);
    expect(() => lookups.addWorkingDays('2025-01-01', 1.5)).toThrowDomainError(
      'input/not-integer',
      ['n'],
    );
    expect(() => lookups.addWorkingDays('2025-01-01', Number.NaN)).toThrowDomainError(
      'number/not-finite',
      ['n'],
    );
    expect(() => lookups.addWorkingDays('2025-01-01', 1e9)).toThrowDomainError('input/too-big', [
      'n',
    ]);
    expect(() => lookups.addWorkingDays('2025-01-01', -1e9)).toThrowDomainError('input/too-small', [
      'n',
    ]);
    expect(() => lookups.addWorkingDays('2100-12-30', 5)).toThrowDomainError(
      'calendar/out-of-range',
    );
    expect(() => lookups.previousWorkingDay('2007-01-01')).toThrowDomainError(
      'calendar/out-of-range',
    );
    expect(() => lookups.countWorkingDays('2025-01-01', '2025-13-01')).toThrowDomainError(
      'date/invalid',
      ['to'],
    );
    expect(() => lookups.isDayOff('2025-01-01', {} as never)).toThrowDomainError(
      'calendar/invalid',
      ['calendar'],
    );
    expect(() => lookups.isDayOff(Object.create(null))).toThrowDomainError('date/invalid', [
      'date',
    ]);
    expect(() => lookups.addWorkingDays('2025-01-02', Object.create(null))).toThrowDomainError(
      'input/wrong-type',
      ['n'],
    );
    expect(() => createCalendar({ extraDaysOff: [Object.create(null)] })).toThrowDomainError(
      'date/invalid',
      ['extraDaysOff', 0],
    );
  });
});
