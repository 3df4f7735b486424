import { toResult } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { expectFrozenAtFirstDeadline, issueAtFirstDeadline } from '../../test/deadline-issues.js';
import { laiChau, tuanGiao, withDeadline } from '../../test/seed-directives.js';
import { laiChauMonthlyReports, taskOf } from '../../test/task-status.js';
import { directiveStatus } from './directive-status.js';

describe('directiveStatus: Tuần Giáo 2022', () => {
  it('on 05/10/2022: 3.2 done on time, 3.1 overdue since 30/09, 2.2a due 31/10', () => {
    const status = directiveStatus(tuanGiao, [{ taskId: '3.2', on: '2022-08-03' }], '2022-10-05');
    expect(taskOf(status, '3.2')).toMatchObject({
      state: 'done',
      doneOn: '2022-08-03',
      late: false,
      dueOn: '2022-08-04',
    });
    expect(taskOf(status, '3.1')).toMatchObject({ state: 'overdue', dueOn: '2022-09-30' });
    expect(taskOf(status, '3.1')?.missed.map((o) => o.due)).toEqual(['2022-09-30']);
    expect(taskOf(status, '2.2a')).toMatchObject({ state: 'due', dueOn: '2022-10-31' });
    expect(taskOf(status, '1')).toMatchObject({ state: 'due' });
    expect(taskOf(status, '1')?.dueOn).toBeUndefined();
    expect(status.tasks).toHaveLength(tuanGiao.tasks.length);
  });

  it('the due day itself is still due; the day after is overdue; a late report is done but late', () => {
    expect(taskOf(directiveStatus(tuanGiao, [], '2022-08-04'), '3.2')?.state).toBe('due');
    expect(taskOf(directiveStatus(tuanGiao, [], '2022-08-05'), '3.2')?.state).toBe('overdue');
    const late = directiveStatus(tuanGiao, [{ taskId: '3.2', on: '2022-08-10' }], '2022-08-20');
    expect(taskOf(late, '3.2')).toMatchObject({ state: 'done', late: true });
    expect(taskOf(late, '3.2')?.reason.en).toContain('after the deadline');
  });
});

describe('directiveStatus: Lai Châu 2020 monthly reports', () => {
  it('on 15/10/2020 with reports for June and July only: August and September missed, next due 30/10', () => {
    const reports = laiChauMonthlyReports(['2020-06-29', '2020-07-30'], '2020-10-15');
    expect(reports?.state).toBe('overdue');
    expect(reports?.recurring).toBe(true);
    expect(reports?.missed.map((o) => o.due)).toEqual(['2020-08-31', '2020-09-30']);
    expect(reports?.next?.due).toBe('2020-10-30');
    expect(reports?.dueOn).toBe('2020-10-30');
  });

  it('a late report names its period; then the task is up to date', () => {
    const status = directiveStatus(
      laiChau,
      [
        { taskId: '1.3', on: '2020-06-30' },
        { taskId: '1.3', on: '2020-07-28' },
        { taskId: '1.3', on: '2020-09-03', period: '2020-08-30' },
        { taskId: '1.3', on: '2020-09-30' },
      ],
      '2020-10-01',
    );
    expect(taskOf(status, '1.3')).toMatchObject({ state: 'due', missed: [], dueOn: '2020-10-30' });
  });

  it('the open obligation "từ tháng 6 năm 2020" is never overdue; a task without deadline is done once reported', () => {
    const status = directiveStatus(laiChau, [{ taskId: '2.2', on: '2020-11-02' }], '2021-06-01');
    expect(taskOf(status, '1.2')).toMatchObject({ state: 'due', dueOn: '2020-06-01' });
    expect(taskOf(status, '2.2')).toMatchObject({ state: 'done', doneOn: '2020-11-02' });
  });

  it('before the default start (01/06/2020) nothing is missed', () => {
    const status = directiveStatus(laiChau, [], '2020-05-31');
    expect(taskOf(status, '1.3')).toMatchObject({ state: 'due', missed: [], dueOn: '2020-06-30' });
  });
});

describe('directiveStatus: cannot-evaluate and bad input', () => {
  it('a report naming a period the recurring task does not have is an error naming it', () => {
    const run = () =>
      directiveStatus(
        laiChau,
        [{ taskId: '1.3', on: '2020-07-01', period: '2020-06-29' }],
        '2020-07-15',
      );
    expect(run).toThrowDomainError('deadlines/unknown-period', ['reports', 0, 'period']);
    expect(run).toThrowError('Task 1.3 (tasks[2]) has no period on 2020-06-29.');
  });

  it('an unreadable deadline gives cannot-evaluate with its issues', () => {
    const edited = withDeadline(tuanGiao, '1', { text: 'sớm nhất có thể' });
    const status = directiveStatus(edited, [], '2022-10-05');
    expect(taskOf(status, '1')).toMatchObject({
      state: 'cannot-evaluate',
      issues: [issueAtFirstDeadline('deadlines/unrecognised')],
    });
  });

  // Found by fuzzing: an issue raised with a helper's own path was re-pointed at the task as an unfrozen copy.
  it("a task that cannot be evaluated carries frozen issues at its deadline's path", () => {
    const edited = withDeadline(tuanGiao, '1', { text: 'chậm nhất ngày 1 tháng 01 năm 1800' });
    const issues = taskOf(directiveStatus(edited, [], '2022-10-05'), '1')?.issues;
    expectFrozenAtFirstDeadline(issues);
  });

  it.each([
    [
      [{ taskId: '9.9', on: '2022-08-01' }],
      '2022-10-05',
      'deadlines/unknown-task',
      ['reports', 0, 'taskId'],
    ],
    [[{ taskId: '3.2', on: '2022-08-32' }], '2022-10-05', 'date/invalid', ['reports', 0, 'on']],
    [
      [{ taskId: '3.2', on: '2022-11-01' }],
      '2022-10-05',
      'deadlines/report-after-as-of',
      ['reports', 0, 'on'],
    ],
    [[], '2022-02-29', 'date/invalid', ['asOf']],
    [
      [{ taskId: '3.2', on: '2022-08-01', period: '2022-08-32' }],
      '2022-10-05',
      'date/invalid',
      ['reports', 0, 'period'],
    ],
    [[{ on: '2022-08-01' }], '2022-10-05', 'input/missing', ['reports', 0, 'taskId']],
    [[null], '2022-10-05', 'input/wrong-type', ['reports', 0]],
    [{}, '2022-10-05', 'input/wrong-type', ['reports']],
  ] as const)('rejects %j as of %s → %s', (reports, asOf, code, path) => {
    const result = toResult(() => directiveStatus(tuanGiao, reports as never, asOf));
    expect(result).toMatchObject({ success: false, issues: [{ code, path }] });
    const [issue] = result.success ? [] : result.issues;
    expect(issue?.message.vi).not.toBe(issue?.message.en);
  });

  it('refuses a directive that is not one, and options that are not an object', () => {
    expect(() => directiveStatus(0 as never, [], '2022-10-05')).toThrowDomainError(
      'input/wrong-type',
      ['directive'],
    );
    expect(() => directiveStatus(tuanGiao, [], '2022-10-05', null as never)).toThrowDomainError(
      'input/wrong-type',
      ['options'],
    );
    expect(() =>
      directiveStatus(tuanGiao, [], '2022-10-05', { onNonWorkingDay: 'later' as never }),
    ).toThrowDomainError('input/not-allowed', ['onNonWorkingDay']);
  });
});
