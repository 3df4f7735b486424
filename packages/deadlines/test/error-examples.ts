// One call per code that @ntm/deadlines raises (see test/support/error-examples.ts).
import { type ErrorExample, raises } from '../../../test/support/error-examples.js';
import { toICS } from '../src/ics.js';
import {
  addWorkingDays,
  createCalendar,
  daysOff,
  endOfPeriod,
  fromLunar,
  isDayOff,
  toLunar,
} from '../src/index.js';
import { directiveStatus, monthlyOn, occurrences, parseDeadline } from '../src/phrases.js';
import { laiChau, tuanGiao } from './seed-directives.js';

const monthly = monthlyOn(30);

export const DEADLINES_ERROR_EXAMPLES: readonly ErrorExample[] = [
  // Calendar.
  raises('calendar/invalid', isDayOff, ['2025-01-01', {} as never], ['calendar']),
  raises('calendar/out-of-range', daysOff, [2006], ['year']),
  raises(
    'calendar/duplicate-rest-day',
    createCalendar,
    [{ weeklyRest: [0, 0] }],
    ['weeklyRest', 1],
  ),
  raises(
    'calendar/no-working-day',
    createCalendar,
    [{ weeklyRest: [0, 1, 2, 3, 4, 5, 6] }],
    ['weeklyRest'],
  ),
  // Lunar calendar.
  raises('lunar/out-of-range', toLunar, ['1900-01-30'], ['date']),
  raises(
    'lunar/no-leap-month',
    fromLunar,
    [{ year: 2025, month: 7, day: 1, leap: true }],
    ['leap'],
  ),
  raises('lunar/no-such-day', fromLunar, [{ year: 2025, month: 6, day: 30, leap: true }], ['day']),
  // Periods.
  raises(
    'period/invalid-length',
    endOfPeriod,
    ['2025-01-01', { days: 1, months: 1 } as never],
    ['length'],
  ),
  raises(
    'date/out-of-range',
    endOfPeriod,
    ['9990-01-01', { years: 20 }, { onNonWorkingDay: 'keep' }],
    ['length'],
  ),
  // Deadline phrases.
  raises('deadlines/unrecognised', parseDeadline, ['kịp thời']),
  raises('deadlines/missing-due-day', parseDeadline, ['báo cáo hằng quý']),
  raises('deadlines/ambiguous', parseDeadline, [
    'trước ngày 01/10/2022, chậm nhất ngày 05/10/2022',
  ]),
  raises('deadlines/invalid-day', parseDeadline, ['ngày 32 hàng tháng']),
  raises('deadlines/missing-year', parseDeadline, ['trước ngày 05/8']),
  raises('deadlines/date-before-issue', parseDeadline, [
    'trước ngày 05/01',
    { issuedOn: '2022-07-26' },
  ]),
  raises('date/invalid', parseDeadline, ['trước ngày 30/02/2022']),
  {
    code: 'deadlines/missing-receipt-date',
    call: "occurrences(parseDeadline('trong thời hạn 5 ngày làm việc kể từ ngày nhận được'), '2022-01-01', '2022-12-31')",
    run: () =>
      occurrences(
        parseDeadline('trong thời hạn 5 ngày làm việc kể từ ngày nhận được'),
        '2022-01-01',
        '2022-12-31',
      ),
    path: ['receivedOn'],
  },
  {
    code: 'period/end-before-start',
    call: "occurrences(monthlyOn(30), '2022-12-31', '2022-01-01')",
    run: () => occurrences(monthly, '2022-12-31', '2022-01-01'),
    path: ['to'],
  },
  // Directive statuses.
  {
    code: 'deadlines/unknown-task',
    call: "directiveStatus(tuanGiao, [{ taskId: '9.9', on: '2022-08-01' }], '2022-10-05')",
    run: () => directiveStatus(tuanGiao, [{ taskId: '9.9', on: '2022-08-01' }], '2022-10-05'),
    path: ['reports', 0, 'taskId'],
  },
  {
    code: 'deadlines/report-after-as-of',
    call: "directiveStatus(tuanGiao, [{ taskId: '3.2', on: '2022-11-01' }], '2022-10-05')",
    run: () => directiveStatus(tuanGiao, [{ taskId: '3.2', on: '2022-11-01' }], '2022-10-05'),
    path: ['reports', 0, 'on'],
  },
  {
    code: 'deadlines/unknown-period',
    call: "directiveStatus(laiChau, [{ taskId: '1.3', on: '2020-07-01', period: '2020-06-29' }], '2020-07-15')",
    run: () =>
      directiveStatus(
        laiChau,
        [{ taskId: '1.3', on: '2020-07-01', period: '2020-06-29' }],
        '2020-07-15',
      ),
    path: ['reports', 0, 'period'],
  },
  // iCalendar.
  {
    code: 'ics/control-character',
    call: "toICS([{ date: '2022-10-01', summary: 'a\\u0007b' }], { stamp: '2022-07-26' })",
    run: () => toICS([{ date: '2022-10-01', summary: 'a\u0007b' }], { stamp: '2022-07-26' }),
    path: ['events', 0, 'summary'],
  },
  raises('input/invalid-format', toICS, [[], { stamp: '2022-07-26T25:00:00Z' }], ['stamp']),
  {
    code: 'input/hole',
    call: "toICS([, { date: '2022-10-01', summary: 'x' }], { stamp: '2022-07-26' })",
    // biome-ignore lint/suspicious/noSparseArray: the hole is the example
    run: () => toICS([, { date: '2022-10-01', summary: 'x' }] as never, { stamp: '2022-07-26' }),
    path: ['events', 0],
  },
  // Shape of arguments and options, with the shared codes.
  raises('input/wrong-type', monthlyOn, [30, null as never], ['options']),
  raises(
    'input/missing',
    toICS,
    [[{ date: '2022-10-01' } as never], { stamp: '2022-07-26' }],
    ['events', 0, 'summary'],
  ),
  raises('input/unknown-field', createCalendar, [{ weekly: [0] } as never], ['weekly']),
  raises('input/empty', createCalendar, [{ name: ' ' }], ['name']),
  {
    code: 'input/too-long',
    call: "createCalendar({ name: 'x'.repeat(101) })",
    run: () => createCalendar({ name: 'x'.repeat(101) }),
    path: ['name'],
  },
  raises('input/too-small', endOfPeriod, ['2025-01-01', { days: 0 }], ['length', 'days']),
  {
    code: 'input/too-big',
    call: "addWorkingDays('2025-01-01', 1e9)",
    run: () => addWorkingDays('2025-01-01', 1e9),
    path: ['n'],
  },
  raises('input/not-integer', monthlyOn, [1.5], ['day']),
  raises(
    'input/not-allowed',
    endOfPeriod,
    ['2025-01-20', { days: 7 }, { onNonWorkingDay: 'later' as never }],
    ['onNonWorkingDay'],
  ),
  raises('number/not-finite', addWorkingDays, ['2025-01-01', Number.NaN], ['n']),
  {
    code: 'key/forbidden',
    call: `createCalendar(JSON.parse('{"__proto__": {}}'))`,
    run: () => createCalendar(JSON.parse('{"__proto__": {}}')),
    path: ['__proto__'],
  },
];
