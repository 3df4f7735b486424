// One call per code that @ntm/deadlines raises (see test/support/error-examples.ts).
import { readFileSync } from 'node:fs';
import { parseDirective } from '@ntm/domain';
import type { ErrorExample } from '../../../test/support/error-examples.js';
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

// The Tuần Giáo 2022 seed directive (task 3.2 is due "trước ngày 05/08/2022") and Lai Châu 2020 (task 1.3 monthly).
const read = (name: string) =>
  parseDirective(
    JSON.parse(
      readFileSync(new URL(`../../../examples/directives/${name}`, import.meta.url), 'utf8'),
    ),
  );
const tuanGiao = read('tuan-giao-2022.json');
const laiChau = read('lai-chau-2020.json');
const monthly = monthlyOn(30);

export const DEADLINES_ERROR_EXAMPLES: readonly ErrorExample[] = [
  // Calendar.
  {
    code: 'calendar/invalid',
    call: "isDayOff('2025-01-01', {})",
    run: () => isDayOff('2025-01-01', {} as never),
    path: ['calendar'],
  },
  {
    code: 'calendar/out-of-range',
    call: 'daysOff(2006)',
    run: () => daysOff(2006),
    path: ['year'],
  },
  {
    code: 'calendar/duplicate-rest-day',
    call: 'createCalendar({ weeklyRest: [0, 0] })',
    run: () => createCalendar({ weeklyRest: [0, 0] }),
    path: ['weeklyRest', 1],
  },
  {
    code: 'calendar/no-working-day',
    call: 'createCalendar({ weeklyRest: [0, 1, 2, 3, 4, 5, 6] })',
    run: () => createCalendar({ weeklyRest: [0, 1, 2, 3, 4, 5, 6] }),
    path: ['weeklyRest'],
  },
  // Lunar calendar.
  {
    code: 'lunar/out-of-range',
    call: "toLunar('1900-01-30')",
    run: () => toLunar('1900-01-30'),
    path: ['date'],
  },
  {
    code: 'lunar/no-leap-month',
    call: 'fromLunar({ year: 2025, month: 7, day: 1, leap: true })',
    run: () => fromLunar({ year: 2025, month: 7, day: 1, leap: true }),
    path: ['leap'],
  },
  {
    code: 'lunar/no-such-day',
    call: 'fromLunar({ year: 2025, month: 6, day: 30, leap: true })',
    run: () => fromLunar({ year: 2025, month: 6, day: 30, leap: true }),
    path: ['day'],
  },
  // Periods.
  {
    code: 'period/invalid-length',
    call: "endOfPeriod('2025-01-01', { days: 1, months: 1 })",
    run: () => endOfPeriod('2025-01-01', { days: 1, months: 1 } as never),
    path: ['length'],
  },
  {
    code: 'date/out-of-range',
    call: "endOfPeriod('9990-01-01', { years: 20 }, { onNonWorkingDay: 'keep' })",
    run: () => endOfPeriod('9990-01-01', { years: 20 }, { onNonWorkingDay: 'keep' }),
    path: ['length'],
  },
  // Deadline phrases.
  {
    code: 'deadlines/unrecognised',
    call: "parseDeadline('kịp thời')",
    run: () => parseDeadline('kịp thời'),
  },
  {
    code: 'deadlines/missing-due-day',
    call: "parseDeadline('báo cáo hằng quý')",
    run: () => parseDeadline('báo cáo hằng quý'),
  },
  {
    code: 'deadlines/ambiguous',
    call: "parseDeadline('trước ngày 01/10/2022, chậm nhất ngày 05/10/2022')",
    run: () => parseDeadline('trước ngày 01/10/2022, chậm nhất ngày 05/10/2022'),
  },
  {
    code: 'deadlines/invalid-day',
    call: "parseDeadline('ngày 32 hàng tháng')",
    run: () => parseDeadline('ngày 32 hàng tháng'),
  },
  {
    code: 'deadlines/missing-year',
    call: "parseDeadline('trước ngày 05/8')",
    run: () => parseDeadline('trước ngày 05/8'),
  },
  {
    code: 'deadlines/date-before-issue',
    call: "parseDeadline('trước ngày 05/01', { issuedOn: '2022-07-26' })",
    run: () => parseDeadline('trước ngày 05/01', { issuedOn: '2022-07-26' }),
  },
  {
    code: 'date/invalid',
    call: "parseDeadline('trước ngày 30/02/2022')",
    run: () => parseDeadline('trước ngày 30/02/2022'),
  },
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
  {
    code: 'input/invalid-format',
    call: "toICS([], { stamp: '2022-07-26T25:00:00Z' })",
    run: () => toICS([], { stamp: '2022-07-26T25:00:00Z' }),
    path: ['stamp'],
  },
  {
    code: 'input/hole',
    call: "toICS([, { date: '2022-10-01', summary: 'x' }], { stamp: '2022-07-26' })",
    // biome-ignore lint/suspicious/noSparseArray: the hole is the example
    run: () => toICS([, { date: '2022-10-01', summary: 'x' }] as never, { stamp: '2022-07-26' }),
    path: ['events', 0],
  },
  // Shape of arguments and options, with the shared codes.
  {
    code: 'input/wrong-type',
    call: 'monthlyOn(30, null)',
    run: () => monthlyOn(30, null as never),
    path: ['options'],
  },
  {
    code: 'input/missing',
    call: "toICS([{ date: '2022-10-01' }], { stamp: '2022-07-26' })",
    run: () => toICS([{ date: '2022-10-01' } as never], { stamp: '2022-07-26' }),
    path: ['events', 0, 'summary'],
  },
  {
    code: 'input/unknown-field',
    call: 'createCalendar({ weekly: [0] })',
    run: () => createCalendar({ weekly: [0] } as never),
    path: ['weekly'],
  },
  {
    code: 'input/empty',
    call: "createCalendar({ name: ' ' })",
    run: () => createCalendar({ name: ' ' }),
    path: ['name'],
  },
  {
    code: 'input/too-long',
    call: "createCalendar({ name: 'x'.repeat(101) })",
    run: () => createCalendar({ name: 'x'.repeat(101) }),
    path: ['name'],
  },
  {
    code: 'input/too-small',
    call: "endOfPeriod('2025-01-01', { days: 0 })",
    run: () => endOfPeriod('2025-01-01', { days: 0 }),
    path: ['length', 'days'],
  },
  {
    code: 'input/too-big',
    call: "addWorkingDays('2025-01-01', 1e9)",
    run: () => addWorkingDays('2025-01-01', 1e9),
    path: ['n'],
  },
  {
    code: 'input/not-integer',
    call: 'monthlyOn(1.5)',
    run: () => monthlyOn(1.5),
    path: ['day'],
  },
  {
    code: 'input/not-allowed',
    call: "endOfPeriod('2025-01-20', { days: 7 }, { onNonWorkingDay: 'later' })",
    run: () => endOfPeriod('2025-01-20', { days: 7 }, { onNonWorkingDay: 'later' as never }),
    path: ['onNonWorkingDay'],
  },
  {
    code: 'number/not-finite',
    call: "addWorkingDays('2025-01-01', NaN)",
    run: () => addWorkingDays('2025-01-01', Number.NaN),
    path: ['n'],
  },
  {
    code: 'key/forbidden',
    call: `createCalendar(JSON.parse('{"__proto__": {}}'))`,
    run: () => createCalendar(JSON.parse('{"__proto__": {}}')),
    path: ['__proto__'],
  },
];
