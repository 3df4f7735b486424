import type { Directive } from '@ntm/domain';
import { describe, expect, it } from 'vitest';
import { laiChau, tuanGiao, withDeadline } from '../../test/seed-directives.js';
import { directiveStatus, type TaskReport, type TaskStatus } from './directive-status.js';

/** A status with its occurrences reduced to their due days, for whole-list comparisons. */
const flat = (tasks: readonly TaskStatus[]) =>
  tasks.map((t) => ({ ...t, missed: t.missed.map((o) => o.due), next: t.next?.due }));

/** The flattened statuses of a directive's tasks, given the reports received, on a day. */
const tasksOn = (directive: Directive, reports: readonly TaskReport[], asOf: string) =>
  flat(directiveStatus(directive, reports, asOf).tasks);

/** Reports as [task id, day] pairs, in the order given. */
const reported = (...pairs: readonly (readonly [taskId: string, on: string])[]): TaskReport[] =>
  pairs.map(([taskId, on]) => ({ taskId, on }));

/** A one-off task (no recurrence, nothing missed, no next occurrence) with its state and what else it says. */
const oneOff = (taskId: string, state: TaskStatus['state'], rest: object) => ({
  taskId,
  state,
  recurring: false,
  missed: [],
  next: undefined,
  ...rest,
});

const undatedDue = (taskId: string) =>
  oneOff(taskId, 'due', {
    reason: { vi: 'Chưa báo cáo; không có hạn.', en: 'Not reported; no deadline.' },
  });

/*
 * Every task of the two example directives, each field and reason in both languages. The dates are the directives'
 * own: Tuần Giáo 2022 (3.2 "trước ngày 05/08/2022" → 04/08, 3.1 "trước ngày 01/10/2022" → 30/09, 2.2a "trong tháng
 * 10/2022" → 31/10), Lai Châu 2020 (1.2 "từ tháng 6 năm 2020", 1.3 "ngày 30 hàng tháng" from June 2020, 30/08 a Sunday).
 */
const WHOLE_ANSWERS = [
  {
    title:
      'Tuần Giáo on 05/10/2022: one task reported without a deadline, one done on time, one late',
    directive: tuanGiao,
    // Out of order on purpose: reports are sorted by day.
    reports: reported(['3.2', '2022-08-10'], ['3.1', '2022-09-20'], ['1', '2022-09-01']),
    asOf: '2022-10-05',
    tasks: [
      oneOff('1', 'done', {
        doneOn: '2022-09-01',
        reason: {
          vi: 'Đã báo cáo 2022-09-01; không có hạn.',
          en: 'Reported 2022-09-01; no deadline.',
        },
      }),
      undatedDue('2.1'),
      undatedDue('2.1a'),
      undatedDue('2.1b'),
      undatedDue('2.2'),
      oneOff('2.2a', 'due', {
        dueOn: '2022-10-31',
        reason: { vi: 'Hạn 2022-10-31.', en: 'Due 2022-10-31.' },
      }),
      oneOff('3.1', 'done', {
        dueOn: '2022-09-30',
        doneOn: '2022-09-20',
        late: false,
        reason: {
          vi: 'Xong ngày 2022-09-20 (hạn 2022-09-30).',
          en: 'Done on 2022-09-20 (due 2022-09-30).',
        },
      }),
      oneOff('3.2', 'done', {
        dueOn: '2022-08-04',
        doneOn: '2022-08-10',
        late: true,
        reason: {
          vi: 'Xong ngày 2022-08-10, muộn (hạn 2022-08-04).',
          en: 'Done on 2022-08-10, after the deadline (due 2022-08-04).',
        },
      }),
    ],
  },
  {
    title: 'Lai Châu on 15/10/2020: an open obligation, and monthly reports with August missed',
    directive: laiChau,
    reports: reported(['1.3', '2020-09-30'], ['1.3', '2020-07-30'], ['1.3', '2020-06-29']),
    asOf: '2020-10-15',
    tasks: [
      undatedDue('1.1'),
      oneOff('1.2', 'due', {
        dueOn: '2020-06-01',
        reason: {
          vi: 'Áp dụng từ 2020-06-01, không có hạn kết thúc.',
          en: 'Applies from 2020-06-01; no end date.',
        },
      }),
      {
        taskId: '1.3',
        state: 'overdue',
        recurring: true,
        missed: ['2020-08-31'],
        next: '2020-10-30',
        dueOn: '2020-10-30',
        reason: { vi: 'Quá hạn các kỳ: 2020-08-31.', en: 'Missed: 2020-08-31.' },
      },
      undatedDue('2.1'),
      undatedDue('2.2'),
    ],
  },
];

describe('directiveStatus: the whole answer, task by task', () => {
  it.each(WHOLE_ANSWERS)('$title', ({ directive, reports, asOf, tasks }) => {
    expect(tasksOn(directive, reports, asOf)).toEqual(tasks);
  });

  it('a deadline that cannot be read gives its task "cannot-evaluate", with the issue at the task’s path', () => {
    const edited = withDeadline(tuanGiao, '1', { text: 'kịp thời, hằng quý' });
    const [first] = directiveStatus(edited, [], '2022-10-05').tasks;
    expect(first).toMatchObject({
      taskId: '1',
      state: 'cannot-evaluate',
      recurring: false,
      missed: [],
      reason: { vi: 'Không đọc được hạn.', en: 'The deadline cannot be read.' },
    });
    expect(first?.issues?.map((i) => [i.code, i.path])).toEqual([
      ['deadlines/missing-due-day', ['tasks', 0, 'deadline', 'text']],
    ]);
  });
});
