// The lookups at their edges, on calendars built in each test: the paths of bad dates, stepping off either end of the
// calendar, the first year, what describeDay says of each weekday, pending days that are or are not applied, hand-made
// calendars, and the limits of the options.
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { createCalendar } from './create-calendar.js';
import { parseDayNumber } from './day-number.js';
import { daysOff, describeDay, pendingDaysOff } from './days-off.js';
import type { WorkingCalendar } from './types.js';
import * as lookups from './working-days.js';

const BAD_DATE = '2022-02-30';

/** A lookup with a bad date: its name, the argument the error must point at, the call on a given calendar. */
type BadDateCall = readonly [
  name: string,
  at: string,
  call: (calendar: WorkingCalendar) => unknown,
];

const BAD_DATE_CALLS: readonly BadDateCall[] = [
  ['isDayOff', 'date', (c) => lookups.isDayOff(BAD_DATE, c)],
  ['isWorkingDay', 'date', (c) => lookups.isWorkingDay(BAD_DATE, c)],
  ['nextWorkingDay', 'date', (c) => lookups.nextWorkingDay(BAD_DATE, c)],
  ['previousWorkingDay', 'date', (c) => lookups.previousWorkingDay(BAD_DATE, c)],
  ['addWorkingDays', 'date', (c) => lookups.addWorkingDays(BAD_DATE, 1, c)],
  ['describeDay', 'date', (c) => describeDay(BAD_DATE, c)],
  ['countWorkingDays, from', 'from', (c) => lookups.countWorkingDays(BAD_DATE, '2022-03-01', c)],
  ['countWorkingDays, to', 'to', (c) => lookups.countWorkingDays('2022-03-01', BAD_DATE, c)],
];

describe('bad dates are reported at the argument that holds them', () => {
  it.each(BAD_DATE_CALLS)('%s: date/invalid at %s', (_name, at, call) => {
    const calendar = createCalendar();
    expect(() => call(calendar)).toThrowDomainError('date/invalid', [at]);
  });

  it('stepping past either end of 2007–2100 is out of range at date', () => {
    const calendar = createCalendar();
    // Friday 31/12/2100: the next working day would be in 2101.
    expect(() => lookups.nextWorkingDay('2100-12-31', calendar)).toThrowDomainError(
      'calendar/out-of-range',
      ['date'],
    );
    // Monday 01/01/2007 (Tết Dương lịch): the previous working day would be Friday 29/12/2006.
    expect(() => lookups.previousWorkingDay('2007-01-01', calendar)).toThrowDomainError(
      'calendar/out-of-range',
      ['date'],
    );
  });

  it('every digit of a date is read as a digit (a character past 9 is not 10)', () => {
    // ':' follows '9' in ASCII; '/' precedes '0'. Each would make a valid-looking number if read as a digit.
    for (const bad of [
      ':022-01-05',
      '2:22-01-05',
      '20:2-01-05',
      '202:-01-05',
      '2022-:1-05',
      '2022-0:-05',
      '2022-01-:5',
      '2022-01-0:',
      '2022-01/05',
      '2022/01-05',
    ])
      expect(() => parseDayNumber(bad, ['date']), bad).toThrowDomainError('date/invalid', ['date']);
    // Year 1 exists (0001-01-01 is day −719,162 counted from 1970-01-01).
    expect(parseDayNumber('0001-01-01', [])).toBe(-719_162);
  });
});

describe('years and days', () => {
  it('the first year of the calendar has its days off', () => {
    expect(daysOff(2007, createCalendar())[0]?.date).toBe('2007-01-01');
    expect(() => daysOff(2006, createCalendar())).toThrowDomainError('calendar/out-of-range', [
      'year',
    ]);
  });

  it('describeDay knows the weekly rest days of any pattern', () => {
    // Monday 03/10/2022 … Sunday 09/10/2022; R marks a weekly rest day.
    const week = Array.from({ length: 7 }, (_, i) => `2022-10-0${i + 3}`);
    const pattern = (calendar: ReturnType<typeof createCalendar>) =>
      week.map((d) => (describeDay(d, calendar).weeklyRest ? 'R' : '-')).join('');
    expect(pattern(createCalendar())).toBe('-----RR');
    expect(pattern(createCalendar({ weeklyRest: [0] }))).toBe('------R');
    expect(pattern(createCalendar({ weeklyRest: [3] }))).toBe('--R----');
  });

  it('describeDay: a day of a scheduled year is not provisional, a day of 2027 is; no pending change on 15/03', () => {
    const calendar = createCalendar();
    expect(describeDay('2022-10-03', calendar)).toEqual({
      date: '2022-10-03',
      workingDay: true,
      weeklyRest: false,
      provisional: false,
    });
    expect(describeDay('2027-03-15', calendar)).toEqual({
      date: '2027-03-15',
      workingDay: true,
      weeklyRest: false,
      provisional: true,
    });
    expect(describeDay('2027-11-24', calendar).pending?.date).toBe('2027-11-24');
  });
});

describe('pending days off: applied only when the calendar includes them', () => {
  it('an own day off on 24/11 does not make the pending change applied', () => {
    const own = createCalendar({ extraDaysOff: ['2027-11-24'] });
    expect(pendingDaysOff(2027, own).map((p) => [p.date, p.applied])).toEqual([
      ['2027-11-24', false],
    ]);
    expect(pendingDaysOff(2027, createCalendar()).map((p) => p.applied)).toEqual([false]);
    const included = createCalendar({ includePending: true });
    expect(pendingDaysOff(2027, included).map((p) => p.applied)).toEqual([true]);
  });
});

describe('hand-made calendars', () => {
  it('lookups read only the table and its first day; the year lists need a calendar built by createCalendar', () => {
    const copy = { ...createCalendar() };
    // 02/09/2022 (Quốc khánh) is off, 05/09/2022 is a working Monday.
    expect(lookups.isWorkingDay('2022-09-02', copy)).toBe(false);
    expect(lookups.isWorkingDay('2022-09-05', copy)).toBe(true);
    expect(() => daysOff(2022, copy)).toThrowDomainError('calendar/invalid', ['calendar']);
  });

  it('a function dressed as a calendar is refused', () => {
    const { name: _name, ...fields } = createCalendar();
    const fake = Object.freeze(Object.assign(() => undefined, fields));
    expect(() => lookups.isWorkingDay('2022-09-05', fake as never)).toThrowDomainError(
      'calendar/invalid',
      ['calendar'],
    );
    expect(() => daysOff(2022, fake as never)).toThrowDomainError('calendar/invalid', ['calendar']);
  });
});

describe('calendar options at their limits', () => {
  it('20,000 own dates are accepted, 20,001 are too many', () => {
    // One Saturday made a working day, named 20,000 times (the limit counts entries, not distinct days).
    const saturday = '2030-01-05';
    const limit = createCalendar({ extraWorkingDays: Array(20_000).fill(saturday) });
    expect(lookups.isWorkingDay(saturday, limit)).toBe(true);
    expect(() =>
      createCalendar({ extraWorkingDays: Array(20_001).fill(saturday) }),
    ).toThrowDomainError('input/too-long', ['extraWorkingDays']);
    expect(() => createCalendar({ extraDaysOff: '2030-01-01' as never })).toThrowDomainError(
      'input/wrong-type',
      ['extraDaysOff'],
    );
  });

  it('includePending that is neither a flag nor { fromYear } says what it accepts', () => {
    const [issue] = issuesOf(() => createCalendar({ includePending: 5 as never }));
    expect(issue?.path).toEqual(['includePending']);
    expect(issue?.message).toEqual({
      vi: 'Cần true, false hoặc { fromYear }, nhận 5',
      en: 'Expected true, false or { fromYear }, got 5',
    });
  });
});
