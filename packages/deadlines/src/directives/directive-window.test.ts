// The window of directiveSchedule against the directive's start (Lai Châu 2020, dated "tháng 5 năm 2020", so its
// recurring deadlines start on 01/06/2020): one-off deadlines are dated wherever they fall in the window, recurring
// ones from the later of the start and the window's first day, and a window that closes before the start is empty.
import { describe, expect, it } from 'vitest';
import { laiChau, withDeadline } from '../../test/seed-directives.js';
import { directiveSchedule } from './directive-schedule.js';

const monthlyDue = (from: string, to: string, startsOn?: string) =>
  directiveSchedule(laiChau, { from, to, ...(startsOn ? { startsOn } : {}) })
    .items.filter((i) => i.taskId === '1.3')
    .map((i) => i.occurrence.due);

describe('directiveSchedule: the window and the start', () => {
  it('a one-off deadline before the start is still dated when the window holds it', () => {
    const edited = withDeadline(laiChau, '1.2', { text: 'trước ngày 30/05/2020' });
    const schedule = directiveSchedule(edited, { from: '2020-01-01', to: '2020-12-31' });
    expect(schedule.startsOn).toBe('2020-06-01');
    expect(schedule.items.filter((i) => i.taskId === '1.2').map((i) => i.occurrence.due)).toEqual([
      '2020-05-29',
    ]);
  });

  it('recurring deadlines start at the window when it opens after the start', () => {
    // 30/08/2020 is a Sunday, due Monday 31/08.
    expect(monthlyDue('2020-08-01', '2020-10-31')).toEqual([
      '2020-08-31',
      '2020-09-30',
      '2020-10-30',
    ]);
  });

  it('a window that closes before the start dates nothing and reports no problem', () => {
    const schedule = directiveSchedule(laiChau, { from: '2020-01-01', to: '2020-05-31' });
    expect(schedule.items.filter((i) => i.taskId === '1.3')).toEqual([]);
    expect(schedule.problems).toEqual([]);
  });

  it('a window that closes on the start day still dates what falls on it', () => {
    // Started by the caller on 30/06/2020 (a Tuesday): the report of that day is due that day.
    expect(monthlyDue('2020-06-01', '2020-06-30', '2020-06-30')).toEqual(['2020-06-30']);
  });
});
