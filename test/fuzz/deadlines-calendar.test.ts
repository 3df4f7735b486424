// Fuzzing @ntm/deadlines: the lunar calendar, the working-day calendar and legal periods, on hostile dates and
// numbers, with the national calendar, calendars built from generated options, and hand-made (damaged) calendars.
import {
  addWorkingDays,
  type CalendarOptions,
  countWorkingDays,
  createCalendar,
  daysOff,
  describeDay,
  endOfPeriod,
  fromLunar,
  isDayOff,
  isWorkingDay,
  makeUpWorkingDays,
  NATIONAL_CALENDAR,
  nextWorkingDay,
  pendingDaysOff,
  previousWorkingDay,
  toLunar,
} from '@ntm/deadlines';
import fc from 'fast-check';
import { describe } from 'vitest';
import { fuzz } from './support/harness.js';
import { date, hostile, num, or, protoObjects, recentDate } from './support/hostile-values.js';
import { Ref, ref } from './support/ref.js';
import { spoilt, validOrSpoilt } from './support/spoil.js';

const year = or(fc.integer({ min: 1850, max: 2150 }));
const calendarYear = fc.integer({ min: 2005, max: 2102 });

const validCalendarOptions = fc.record(
  {
    name: fc.string(),
    weeklyRest: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
    extraDaysOff: fc.array(recentDate, { maxLength: 4 }),
    extraWorkingDays: fc.array(recentDate, { maxLength: 4 }),
    followSchedules: fc.boolean(),
    tetSplit: fc.record({ before: fc.integer({ min: 0, max: 10 }) }),
    nationalDayAdjacent: fc.constantFrom('before', 'after'),
    includePending: fc.oneof(
      fc.boolean(),
      fc.record({ fromYear: fc.integer({ min: 2000, max: 2100 }) }),
    ),
  },
  { requiredKeys: [] },
);

/** Calendars built once from a few valid options (building one takes milliseconds). */
const BUILT: readonly [string, CalendarOptions][] = [
  ['six-day week', { weeklyRest: [0] }],
  ['extra days', { extraDaysOff: ['2025-05-19'], extraWorkingDays: ['2025-05-24'] }],
  ['no schedules', { followSchedules: false, nationalDayAdjacent: 'before' }],
  ['pending days', { includePending: true, tetSplit: { before: 2 } }],
];

/** A frozen hand-made calendar: the national one with a field changed, frozen again (as an app might build it). */
const handMade = spoilt(NATIONAL_CALENDAR, 'NATIONAL_CALENDAR').map((value) =>
  value instanceof Ref ? new Ref(value.label, freezeTop(value.value)) : value,
);

function freezeTop(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? Object.freeze(value) : value;
}

/** The calendars a valid call passes: none (the national one), the national one, or one built by createCalendar. */
const validCalendar = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: ref('NATIONAL_CALENDAR', NATIONAL_CALENDAR) },
  ...BUILT.map(([label, options]) => ({
    weight: 1,
    arbitrary: ref(label, createCalendar(options)),
  })),
);
const calendar = fc.oneof(
  { weight: 8, arbitrary: validCalendar },
  { weight: 1, arbitrary: handMade },
  { weight: 1, arbitrary: hostile },
);

/** Arguments (a date or a year, and a calendar): valid, spoilt, or each hostile on its own. */
const onDate = validOrSpoilt(fc.tuple(recentDate, validCalendar), fc.tuple(date, calendar));
const onYear = validOrSpoilt(fc.tuple(calendarYear, validCalendar), fc.tuple(year, calendar));

describe('@ntm/deadlines lunar calendar', () => {
  fuzz('toLunar', toLunar, validOrSpoilt(fc.tuple(recentDate), fc.tuple(date)));
  const lunarDate = fc.record(
    {
      year: fc.integer({ min: 1900, max: 2100 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 30 }),
      leap: fc.boolean(),
    },
    { requiredKeys: ['year', 'month', 'day'] },
  );
  fuzz('fromLunar', fromLunar, validOrSpoilt(fc.tuple(lunarDate), fc.tuple(hostile)));
});

describe('@ntm/deadlines working days', () => {
  fuzz(
    'createCalendar',
    createCalendar,
    validOrSpoilt(fc.tuple(validCalendarOptions), fc.tuple(hostile)),
    { frozen: 'deep' },
  );
  fuzz('daysOff', daysOff, onYear);
  fuzz('makeUpWorkingDays', makeUpWorkingDays, onYear);
  fuzz('pendingDaysOff', pendingDaysOff, onYear);
  fuzz('isDayOff', isDayOff, onDate);
  fuzz('isWorkingDay', isWorkingDay, onDate);
  fuzz('describeDay', describeDay, onDate);
  fuzz('nextWorkingDay', nextWorkingDay, onDate);
  fuzz('previousWorkingDay', previousWorkingDay, onDate);
  fuzz(
    'addWorkingDays',
    addWorkingDays,
    validOrSpoilt(
      fc.tuple(recentDate, fc.integer({ min: -500, max: 500 }), validCalendar),
      fc.tuple(date, or(fc.integer({ min: -5000, max: 5000 })), calendar),
    ),
  );
  fuzz(
    'countWorkingDays',
    countWorkingDays,
    validOrSpoilt(fc.tuple(recentDate, recentDate, validCalendar), fc.tuple(date, date, calendar)),
  );
});

describe('@ntm/deadlines legal periods', () => {
  const length = fc.integer({ min: 0, max: 400 });
  const validPeriod = fc.oneof(
    fc.record({ days: length }),
    fc.record({ weeks: length }),
    fc.record({ months: length }),
    fc.record({ years: fc.integer({ min: 0, max: 30 }) }),
  );
  const policy = fc.constantFrom('next', 'previous', 'keep');
  fuzz(
    'endOfPeriod',
    endOfPeriod,
    validOrSpoilt(
      fc.tuple(
        recentDate,
        validPeriod,
        fc.record({ onNonWorkingDay: policy, calendar: validCalendar }, { requiredKeys: [] }),
      ),
      fc.tuple(
        date,
        or(fc.oneof(fc.record({ days: num }), fc.record({ days: num, months: num }), protoObjects)),
        or(fc.record({ onNonWorkingDay: or(policy), calendar }, { requiredKeys: [] })),
      ),
    ),
  );
});
