import { describe, expect, it } from 'vitest';
import { createCalendar } from './create-calendar.js';
import { daysOff } from './days-off.js';
import { NATIONAL_CALENDAR } from './national.js';
import { isDayOff, isWorkingDay } from './working-days.js';

describe('a calendar that was not built by createCalendar is refused, field by field', () => {
  const built = createCalendar();
  const spoilt = (field: string, value: unknown) =>
    Object.freeze({ ...built, [field]: value }) as never;

  it.each([
    ['table', 1],
    ['firstDayNumber', '0'],
    ['firstYear', '2007'],
    ['lastYear', null],
    ['daysOffByYear', {}],
    ['workingByYear', 'x'],
    ['scheduledYears', 0],
    ['weeklyRest', '0,6'],
  ])('%s = %j', (field, value) => {
    expect(() => daysOff(2025, spoilt(field, value))).toThrowDomainError('calendar/invalid', [
      'calendar',
    ]);
  });

  it('lookups of a day need only the table and the first day, and refuse a calendar without them', () => {
    for (const value of [null, 7, 'calendar'])
      expect(() => isDayOff('2025-01-01', value as never)).toThrowDomainError('calendar/invalid', [
        'calendar',
      ]);
    expect(() => isDayOff('2025-01-01', spoilt('table', 1))).toThrowDomainError(
      'calendar/invalid',
      ['calendar'],
    );
    expect(() => isDayOff('2025-01-01', spoilt('firstDayNumber', '1'))).toThrowDomainError(
      'calendar/invalid',
      ['calendar'],
    );
    expect(() => daysOff(2025, { ...built } as never)).toThrowDomainError('calendar/invalid', [
      'calendar',
    ]);
  });

  it('the first and last days of the table are in range, the days around them are not', () => {
    expect(isWorkingDay('2007-01-02', built)).toBe(true);
    expect(typeof isDayOff('2007-01-01', built)).toBe('boolean');
    expect(typeof isDayOff('2100-12-31', built)).toBe('boolean');
    expect(() => isDayOff('2006-12-31', built)).toThrowDomainError('calendar/out-of-range', [
      'date',
    ]);
    expect(() => isDayOff('2101-01-01', built)).toThrowDomainError('calendar/out-of-range', [
      'date',
    ]);
  });
});

describe('createCalendar: the options it resolves', () => {
  it('the defaults are those of the national calendar, named "custom"', () => {
    expect(createCalendar().options).toEqual({ ...NATIONAL_CALENDAR.options, name: 'custom' });
    expect(NATIONAL_CALENDAR.options).toEqual({
      name: 'vn-civil-service',
      weeklyRest: [0, 6],
      extraDaysOff: [],
      extraWorkingDays: [],
      followSchedules: true,
      tetSplit: { before: 2 },
      nationalDayAdjacent: 'before',
      includePending: false,
    });
  });

  it('another weekly rest stops following the civil-service schedules unless asked', () => {
    const sundays = createCalendar({ weeklyRest: [0] });
    expect(sundays.options).toMatchObject({ weeklyRest: [0], followSchedules: false });
    expect(createCalendar({ weeklyRest: [6, 0] }).options).toMatchObject({
      weeklyRest: [0, 6],
      followSchedules: true,
    });
    expect(createCalendar({ weeklyRest: [0], followSchedules: true }).options.followSchedules).toBe(
      true,
    );
    expect(createCalendar({ followSchedules: false }).options.followSchedules).toBe(false);
    expect(createCalendar({ weeklyRest: [1, 3, 5] }).options.weeklyRest).toEqual([1, 3, 5]);
  });

  it('a Tết split or Quốc khánh side the caller chose is firm, not provisional (2027 has no schedule)', () => {
    const chosen = createCalendar({ tetSplit: { before: 2 }, nationalDayAdjacent: 'before' });
    const tet = daysOff(2027, chosen).filter(
      (d) => d.holiday === 'tet-am-lich' && d.kind === 'holiday',
    );
    expect(tet).toHaveLength(5);
    expect(tet.every((d) => !d.provisional)).toBe(true);
    expect(daysOff(2027, chosen).find((d) => d.date === '2027-09-01')?.provisional).toBe(false);
    const after = createCalendar({ nationalDayAdjacent: 'after' });
    expect(daysOff(2027, after).find((d) => d.date === '2027-09-03')).toMatchObject({
      provisional: false,
    });
    expect(daysOff(2027, after).find((d) => d.date === '2027-09-01')).toBeUndefined();
    expect(after.options.nationalDayAdjacent).toBe('after');
    // Not chosen: the default split and side, marked provisional.
    expect(daysOff(2027).find((d) => d.date === '2027-09-01')?.provisional).toBe(true);
  });

  it('refuses a name over 100 characters, a list over 20,000 days and an unknown Tết option', () => {
    expect(createCalendar({ name: 'x'.repeat(100) }).options.name).toHaveLength(100);
    expect(() => createCalendar({ name: 'x'.repeat(101) })).toThrowDomainError('input/too-long', [
      'name',
    ]);
    const many = Array.from({ length: 20_001 }, () => '2025-03-10');
    expect(() => createCalendar({ extraDaysOff: many })).toThrowDomainError('input/too-long', [
      'extraDaysOff',
    ]);
    expect(() => createCalendar({ tetSplit: { before: 2, after: 3 } as never })).toThrowDomainError(
      'input/unknown-field',
      ['tetSplit', 'after'],
    );
    expect(() => createCalendar({ nationalDayAdjacent: 'around' as never })).toThrowDomainError(
      'input/not-allowed',
      ['nationalDayAdjacent'],
    );
    expect(() => createCalendar({ includePending: {} as never })).toThrowDomainError(
      'input/missing',
      ['includePending', 'fromYear'],
    );
    expect(() => createCalendar({ includePending: 'yes' as never })).toThrowError(
      'true, false or { fromYear }',
    );
    expect(createCalendar({ includePending: false }).options.includePending).toBe(false);
  });
});
