import type { Directive } from '@ntm/domain';
import { parseIsoDate } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { laiChau, tuanGiao, withDeadline } from '../../test/seed-directives.js';
import { createCalendar } from '../calendar/create-calendar.js';
import { directiveSchedule } from './directive-schedule.js';

/** Lai Châu 2020's monthly report (task 1.3) in August 2020: day 30 is a Sunday. */
const august = (options: Parameters<typeof directiveSchedule>[1]) =>
  directiveSchedule(laiChau, options).items.find(
    (i) => i.taskId === '1.3' && i.occurrence.nominal === '2020-08-30',
  )?.occurrence.due;

/** Tuần Giáo 2022 with task 3.2 due five working days after the directive is received. */
function onReceipt(receivedOn?: string): Directive {
  const directive = withDeadline(tuanGiao, '3.2', {
    text: 'trong thời hạn 5 ngày làm việc kể từ ngày nhận được',
  });
  return receivedOn === undefined
    ? directive
    : { ...directive, receivedOn: parseIsoDate(receivedOn) };
}

describe('the dating options reach every occurrence of a directive', () => {
  const window = { from: '2020-01-01', to: '2020-12-31' } as const;

  it('onNonWorkingDay: next (default), previous or keep', () => {
    expect(august(window)).toBe('2020-08-31');
    expect(august({ ...window, onNonWorkingDay: 'previous' })).toBe('2020-08-28');
    expect(august({ ...window, onNonWorkingDay: 'keep' })).toBe('2020-08-30');
  });

  it('calendar: a province’s own day off moves the report too', () => {
    const province = createCalendar({ extraDaysOff: ['2020-08-31'] });
    expect(august({ ...window, calendar: province })).toBe('2020-09-01');
  });

  it('receivedOn: from the options, else from the directive; without either the task is a problem', () => {
    const year = { from: '2022-01-01', to: '2022-12-31' } as const;
    const due = (directive: Directive, options = {}) =>
      directiveSchedule(directive, { ...year, ...options }).items.find((i) => i.taskId === '3.2')
        ?.occurrence.due;
    // Received Friday 29/04/2022: 30/04–03/05 are off, so the fifth working day is 10/05.
    expect(due(onReceipt(), { receivedOn: '2022-04-29' })).toBe('2022-05-10');
    expect(due(onReceipt('2022-04-29'))).toBe('2022-05-10');
    expect(due(onReceipt('2022-04-29'), { receivedOn: '2022-07-26' })).toBe('2022-08-02');
    const without = directiveSchedule(onReceipt(), year);
    expect(without.items.some((i) => i.taskId === '3.2')).toBe(false);
    expect(without.problems.map((p) => [p.taskId, p.issues[0]?.code])).toEqual([
      ['3.2', 'deadlines/missing-receipt-date'],
    ]);
  });
});
