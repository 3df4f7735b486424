// directiveStatus, task by task, where the general tests do not look: a recurring task long before its start, two
// reports on one day, reports in any order, a report on the day of asOf, and the words of each state.
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { laiChau, withDeadline } from '../../test/seed-directives.js';
import { laiChauMonthlyReports, taskOf } from '../../test/task-status.js';
import { directiveStatus } from './directive-status.js';

describe('directiveStatus: Lai Châu 2020 (recurring reports from 01/06/2020)', () => {
  it('months before the start, the first report is the next one (it was "next undefined")', () => {
    // 10/01 is more than four months before the start; 05/02 less, but asOf + 4 months (05/06) still ended
    // before the first due day.
    for (const asOf of ['2020-01-10', '2020-02-05', '2020-05-31']) {
      const task = taskOf(directiveStatus(laiChau, [], asOf), '1.3');
      expect(task?.state, asOf).toBe('due');
      expect(task?.recurring).toBe(true);
      expect(task?.missed).toEqual([]);
      expect(task?.next?.due).toBe('2020-06-30');
      expect(task?.dueOn).toBe('2020-06-30');
      expect(task?.reason).toEqual({
        vi: 'Đủ các kỳ; kỳ tới 2020-06-30.',
        en: 'Up to date; next 2020-06-30.',
      });
    }
  });

  it('two reports on 30/06 answer June only: July and August are missed, in the words of the state', () => {
    const task = laiChauMonthlyReports(['2020-06-30', '2020-06-30'], '2020-09-15');
    expect(task?.state).toBe('overdue');
    expect(task?.missed.map((o) => o.due)).toEqual(['2020-07-30', '2020-08-31']);
    expect(task?.next?.due).toBe('2020-09-30');
    expect(task?.reason).toEqual({
      vi: 'Quá hạn các kỳ: 2020-07-30, 2020-08-31.',
      en: 'Missed: 2020-07-30, 2020-08-31.',
    });
  });

  it('a report sent on the day of the previous due date answers that period, not the next', () => {
    // 31/08 answers August (due 31/08); a second report the same day does not answer September.
    const task = laiChauMonthlyReports(
      ['2020-06-29', '2020-07-30', '2020-08-31', '2020-08-31'],
      '2020-10-01',
    );
    expect(task?.missed.map((o) => o.due)).toEqual(['2020-09-30']);
    expect(task?.next?.due).toBe('2020-10-30');
  });

  it('an undated task is done on its earliest report, whatever order the reports come in', () => {
    const status = directiveStatus(
      laiChau,
      [
        { taskId: '1.1', on: '2020-07-10' },
        { taskId: '1.1', on: '2020-06-20' },
        { taskId: '1.1', on: '2020-08-01' },
      ],
      '2020-09-15',
    );
    expect(taskOf(status, '1.1')).toEqual({
      taskId: '1.1',
      state: 'done',
      recurring: false,
      missed: [],
      doneOn: '2020-06-20',
      reason: {
        vi: 'Đã báo cáo 2020-06-20; không có hạn.',
        en: 'Reported 2020-06-20; no deadline.',
      },
    });
    expect(taskOf(status, '2.1')).toEqual({
      taskId: '2.1',
      state: 'due',
      recurring: false,
      missed: [],
      reason: { vi: 'Chưa báo cáo; không có hạn.', en: 'Not reported; no deadline.' },
    });
    expect(taskOf(status, '1.2')).toEqual({
      taskId: '1.2',
      state: 'due',
      recurring: false,
      missed: [],
      dueOn: '2020-06-01',
      reason: {
        vi: 'Áp dụng từ 2020-06-01, không có hạn kết thúc.',
        en: 'Applies from 2020-06-01; no end date.',
      },
    });
  });

  it('a report dated asOf counts; one dated the day after is refused with both days', () => {
    const status = directiveStatus(laiChau, [{ taskId: '1.1', on: '2020-09-15' }], '2020-09-15');
    expect(taskOf(status, '1.1')?.doneOn).toBe('2020-09-15');
    const [issue] = issuesOf(() =>
      directiveStatus(laiChau, [{ taskId: '1.1', on: '2020-09-16' }], '2020-09-15'),
    );
    expect(issue?.code).toBe('deadlines/report-after-as-of');
    expect(issue?.path).toEqual(['reports', 0, 'on']);
    expect(issue?.message.en).toContain('2020-09-16');
    expect(issue?.message.en).toContain('2020-09-15');
  });

  it('a report for a task the directive does not have names the directive and the task', () => {
    const [issue] = issuesOf(() =>
      directiveStatus(laiChau, [{ taskId: '9.9', on: '2020-07-01' }], '2020-09-15'),
    );
    expect(issue?.code).toBe('deadlines/unknown-task');
    expect(issue?.path).toEqual(['reports', 0, 'taskId']);
    expect(issue?.message.en).toContain(laiChau.id);
    expect(issue?.message.en).toContain('9.9');
  });

  it('an unreadable deadline: cannot-evaluate, in its own words', () => {
    const edited = withDeadline(laiChau, '1.3', { text: 'sớm nhất có thể' });
    const task = taskOf(directiveStatus(edited, [], '2020-09-15'), '1.3');
    expect(task?.state).toBe('cannot-evaluate');
    expect(task?.recurring).toBe(false);
    expect(task?.reason).toEqual({
      vi: 'Không đọc được hạn.',
      en: 'The deadline cannot be read.',
    });
    expect(task?.issues?.[0]?.path).toEqual(['tasks', 2, 'deadline', 'text']);
  });
});
