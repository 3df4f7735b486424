import type { Directive } from '@ntm/domain';
import { describe, expect, it } from 'vitest';
import { expectFrozenAtFirstDeadline, issueAtFirstDeadline } from '../../test/deadline-issues.js';
import {
  LAI_CHAU_MONTHLY_REPORTS_DUE,
  laiChau,
  tuanGiao,
  withDeadline,
} from '../../test/seed-directives.js';
import { directiveSchedule } from './directive-schedule.js';

describe('directiveSchedule: Lai Châu 2020 (dated only "tháng 5 năm 2020")', () => {
  // Built inside each test, so that coverage per test sees directiveSchedule run.
  const build = () => directiveSchedule(laiChau, { from: '2020-01-01', to: '2020-12-31' });

  it('starts recurring deadlines on the first day of the following month by default, and says why', () => {
    const schedule = build();
    expect(schedule.startsOn).toBe('2020-06-01');
    expect(schedule.startsOnReason.en).toContain('dated only 5/2020');
    expect(schedule.startsOnReason.vi).toContain('tháng 5/2020');
  });

  it('lists the monthly progress reports (task 1.3) from June 2020, 30/08 (Sunday) due 31/08', () => {
    const schedule = build();
    const reports = schedule.items.filter((i) => i.taskId === '1.3');
    expect(reports.map((i) => i.occurrence.due)).toEqual(LAI_CHAU_MONTHLY_REPORTS_DUE);
    expect(reports.every((i) => i.recurring && i.assignees[0] === 'Sở Nông nghiệp và PTNT')).toBe(
      true,
    );
  });

  it('lists the OCOP dossier obligation of task 1.2 as starting on 01/06/2020', () => {
    const schedule = build();
    const start = schedule.items.find((i) => i.taskId === '1.2');
    expect(start?.occurrence).toMatchObject({ kind: 'start', due: '2020-06-01' });
    expect(start?.rule.kind).toBe('from');
  });

  it('reports tasks without a deadline as undated, with no problems', () => {
    const schedule = build();
    expect(schedule.undated).toEqual(['1.1', '2.1', '2.2']);
    expect(schedule.problems).toEqual([]);
  });

  it('the caller may start earlier: with startsOn 13/5/2020 (QĐ 542) the report of 30/05 (Saturday) is due 01/06', () => {
    const earlier = directiveSchedule(laiChau, {
      from: '2020-05-01',
      to: '2020-06-30',
      startsOn: '2020-05-13',
    });
    expect(earlier.items.filter((i) => i.taskId === '1.3').map((i) => i.occurrence.due)).toEqual([
      '2020-06-01',
      '2020-06-30',
    ]);
  });
});

describe('directiveSchedule: Tuần Giáo 2022', () => {
  // Built inside each test, so that coverage per test sees directiveSchedule run.
  const build = () => directiveSchedule(tuanGiao, { from: '2022-01-01', to: '2022-12-31' });

  it('dates the three deadlines: 04/08 (trước 05/08), 30/09 (trước 01/10), 31/10 (trong tháng 10)', () => {
    const schedule = build();
    expect(schedule.items.map((i) => [i.taskId, i.occurrence.due])).toEqual([
      ['3.2', '2022-08-04'],
      ['3.1', '2022-09-30'],
      ['2.2a', '2022-10-31'],
    ]);
    expect(schedule.items[2]?.occurrence.periodStart).toBe('2022-10-01');
    expect(schedule.startsOn).toBe('2022-07-26');
    expect(schedule.undated).toEqual(['1', '2.1', '2.1a', '2.1b', '2.2']);
  });

  it('with inclusive reading, "trước ngày 01/10/2022" (a Saturday) becomes Monday 03/10', () => {
    const inclusive = directiveSchedule(tuanGiao, {
      from: '2022-01-01',
      to: '2022-12-31',
      inclusive: true,
    });
    expect(inclusive.items.find((i) => i.taskId === '3.1')?.occurrence.due).toBe('2022-10-03');
    expect(inclusive.items.find((i) => i.taskId === '3.2')?.occurrence.due).toBe('2022-08-05');
  });

  it('a window leaves out what falls outside it', () => {
    const september = directiveSchedule(tuanGiao, { from: '2022-09-01', to: '2022-09-30' });
    expect(september.items.map((i) => i.taskId)).toEqual(['3.1']);
  });
});

describe('directiveSchedule: problems and bad input', () => {
  it('reports an unreadable deadline for its task and still dates the others', () => {
    const edited = withDeadline(tuanGiao, '1', { text: 'kịp thời, hằng quý' });
    const schedule = directiveSchedule(edited, { from: '2022-01-01', to: '2022-12-31' });
    expect(schedule.items).toHaveLength(3);
    expect(schedule.problems).toEqual([
      {
        taskId: '1',
        deadlineText: 'kịp thời, hằng quý',
        issues: [issueAtFirstDeadline('deadlines/missing-due-day')],
      },
    ]);
  });

  // Found by fuzzing: an issue raised with a helper's own path was re-pointed at the task as an unfrozen copy.
  it("a problem's issues point at the task's deadline and are frozen like every issue", () => {
    const edited = withDeadline(tuanGiao, '1', {
      text: 'trong thời hạn 15 ngày kể từ ngày nhận được',
    });
    const [problem] = directiveSchedule(edited, { from: '2022-01-01', to: '2022-12-31' }).problems;
    expectFrozenAtFirstDeadline(problem?.issues);
  });

  it('uses an authored rule instead of reading the text', () => {
    const edited = withDeadline(tuanGiao, '1', { text: 'xem quy chế', rule: { ...monthlyRule } });
    const schedule = directiveSchedule(edited, { from: '2022-07-01', to: '2022-09-30' });
    expect(schedule.items.filter((i) => i.taskId === '1').map((i) => i.occurrence.nominal)).toEqual(
      ['2022-08-15', '2022-09-15'],
    );
  });

  it('rejects a window that ends before it starts, and dates that do not exist, naming the field', () => {
    for (const [options, path] of [
      [{ from: '2022-12-31', to: '2022-01-01' }, ['to']],
      [{ from: '2022-02-29', to: '2022-12-31' }, ['from']],
      [{ from: '2022-01-01', to: '2022-12-31', startsOn: '2022-04-31' }, ['startsOn']],
    ] as const) {
      expect(() => directiveSchedule(tuanGiao, options)).toThrowDomainError(
        path[0] === 'to' ? 'period/end-before-start' : 'date/invalid',
        path,
      );
    }
  });

  it("refuses a missing directive or options, and a wrong option value, as the caller's error", () => {
    const window = { from: '2022-01-01', to: '2022-12-31' };
    expect(() => directiveSchedule(tuanGiao, undefined as never)).toThrowDomainError(
      'input/missing',
      ['options'],
    );
    expect(() => directiveSchedule(null as never, window)).toThrowDomainError('input/wrong-type', [
      'directive',
    ]);
    // '' was read as "absent" (default 'next') before; it is the caller's error, not a task problem.
    expect(() =>
      directiveSchedule(tuanGiao, { ...window, onNonWorkingDay: '' as never }),
    ).toThrowDomainError('input/not-allowed', ['onNonWorkingDay']);
    expect(() =>
      directiveSchedule(tuanGiao, { ...window, inclusive: 'no' as never }),
    ).toThrowDomainError('input/wrong-type', ['inclusive']);
    expect(() =>
      directiveSchedule(tuanGiao, { ...window, calendar: {} as never }),
    ).toThrowDomainError('calendar/invalid', ['calendar']);
  });

  it('a hand-built task without an id or with a deadline that has no text is refused up front', () => {
    const window = { from: '2022-01-01', to: '2022-12-31' };
    const [first, ...rest] = tuanGiao.tasks;
    const withTask = (task: unknown) => ({ ...tuanGiao, tasks: [task, ...rest] }) as Directive;
    expect(() => directiveSchedule(withTask({ ...first, id: 1 }), window)).toThrowDomainError(
      'input/wrong-type',
      ['tasks', 0, 'id'],
    );
    expect(() =>
      directiveSchedule(withTask({ ...first, deadline: {} }), window),
    ).toThrowDomainError('input/missing', ['tasks', 0, 'deadline', 'text']);
    expect(() => directiveSchedule(withTask(null), window)).toThrowDomainError('input/wrong-type', [
      'tasks',
      0,
    ]);
    // Found by fuzzing: a schedule showed a NaN assignee as it was given.
    expect(() =>
      directiveSchedule(withTask({ ...first, assignees: ['UBND xã', Number.NaN] }), window),
    ).toThrowDomainError('input/wrong-type', ['tasks', 0, 'assignees', 1]);
    expect(() =>
      directiveSchedule(withTask({ ...first, action: undefined }), window),
    ).toThrowDomainError('input/missing', ['tasks', 0, 'action']);
  });

  it('a hand-built rule that is broken is a problem of its task, with the path of the field', () => {
    const edited = withDeadline(tuanGiao, '1', {
      text: 'xem quy chế',
      rule: { ...monthlyRule, day: 0 },
    });
    const schedule = directiveSchedule(edited as Directive, {
      from: '2022-07-01',
      to: '2022-09-30',
    });
    expect(schedule.problems).toMatchObject([
      {
        taskId: '1',
        issues: [{ code: 'input/too-small', path: ['tasks', 0, 'deadline', 'text'] }],
      },
    ]);
  });
});

const monthlyRule = {
  kind: 'monthly',
  day: 15,
  inclusive: true,
  reading: {
    id: 'monthly-day',
    status: 'unverified',
    explanation: { vi: 'Ngày 15 hằng tháng', en: 'The 15th of every month' },
  },
} as const;
