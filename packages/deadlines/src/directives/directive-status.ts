import type { Directive } from '@ntm/domain';
import {
  addMonths,
  type Bilingual,
  type DateInput,
  type DomainIssue,
  fail,
  type IsoDate,
  isDomainError,
  parseIsoDate,
} from '@ntm/domain/core';
import type { NonWorkingDayPolicy, WorkingCalendar } from '../index.js';
import { type DeadlineOccurrence, occurrences } from '../phrases/occurrences.js';
import { ruleOf } from './directive-schedule.js';
import { directiveStart } from './directive-start.js';

/**
 * A report that a task (or one period of a recurring task) was done.
 *
 * @example
 * ```ts
 * const report: TaskReport = { taskId: '1.3', on: '2020-06-29', period: '2020-06-30' };
 * ```
 */
export interface TaskReport {
  /** Id of the task. */
  readonly taskId: string;
  /** Day it was done or sent. */
  readonly on: DateInput;
  /**
   * For a recurring task, the nominal day of the occurrence it answers. Without it, a report answers the
   * period it was sent in (after the previous due day, up to this one) — so a late report must name its period.
   */
  readonly period?: DateInput;
}

/**
 * Where a task stands: `done`, `due` (not yet late), `overdue`, or `cannot-evaluate` when its deadline
 * text cannot be read.
 *
 * @example
 * ```ts
 * const state: TaskState = 'overdue';
 * ```
 */
export type TaskState = 'done' | 'due' | 'overdue' | 'cannot-evaluate';

/**
 * The status of one task on a day.
 *
 * @example
 * ```ts
 * const status: TaskStatus = directiveStatus(directive, [], '2022-10-15').tasks[0]!;
 * ```
 */
export interface TaskStatus {
  /** Id of the task. */
  readonly taskId: string;
  /** Where it stands. */
  readonly state: TaskState;
  /** Whether the deadline repeats. */
  readonly recurring: boolean;
  /** For a one-off task, the due day; for a recurring task, the due day of the next open occurrence. */
  readonly dueOn?: IsoDate;
  /** For a recurring task, the next occurrence not yet answered. */
  readonly next?: DeadlineOccurrence;
  /** Occurrences whose due day has passed with no report (one-off: the deadline itself when overdue). */
  readonly missed: readonly DeadlineOccurrence[];
  /** For a done one-off task, the day of its first report. */
  readonly doneOn?: IsoDate;
  /** For a done one-off task, true when it was done after its due day. */
  readonly late?: boolean;
  /** Why this state, Vietnamese and English. */
  readonly reason: Bilingual;
  /** For `cannot-evaluate`: why the deadline could not be read. */
  readonly issues?: readonly DomainIssue[];
}

/**
 * The status of a whole directive on a day.
 *
 * @example
 * ```ts
 * const status: DirectiveStatus = directiveStatus(directive, reports, '2020-09-01');
 * status.tasks.filter((t) => t.state === 'overdue');
 * ```
 */
export interface DirectiveStatus {
  /** Id of the directive. */
  readonly directiveId: string;
  /** The day the status is computed for. */
  readonly asOf: IsoDate;
  /** One status per task, in document order. */
  readonly tasks: readonly TaskStatus[];
}

/**
 * Options of {@link directiveStatus}.
 *
 * @example
 * ```ts
 * const options: StatusOptions = { onNonWorkingDay: 'keep' };
 * ```
 */
export interface StatusOptions {
  /** Working-day calendar. Default: the national civil-service calendar. */
  readonly calendar?: WorkingCalendar;
  /** Where a deadline on a day off goes. Default `'next'`. */
  readonly onNonWorkingDay?: NonWorkingDayPolicy;
  /** Read "trước ngày X" as X itself still in time. Default `false`. */
  readonly inclusive?: boolean;
  /** First day recurring deadlines count from (see `directiveSchedule`). */
  readonly startsOn?: DateInput;
  /** Receipt date for "kể từ ngày nhận được"; default the directive's `receivedOn`. */
  readonly receivedOn?: DateInput;
}

/**
 * Each task's state on `asOf`: `done`, `due` or `overdue` with its due day; recurring tasks with their
 * next occurrence and the occurrences missed so far. A deadline on `asOf` itself is still `due`. A task with
 * no deadline is `done` once reported, `due` otherwise; an open obligation ("từ tháng 6 năm 2020") is never
 * overdue; a recurring task is never `done` (the next period is always ahead). An unreadable deadline gives
 * `cannot-evaluate` with its issues.
 *
 * Bad input throws: a report for an unknown task (`deadlines/unknown-task` at `reports[i].taskId`), a report
 * dated after `asOf` (`deadlines/report-after-as-of`), a date that does not exist (`date/invalid`).
 *
 * @remarks Tình trạng thực hiện nhiệm vụ: đã xong, đang trong hạn, quá hạn.
 * @example
 * ```ts
 * const status = directiveStatus(directive, [{ taskId: '3.2', on: '2022-08-03' }], '2022-10-05');
 * status.tasks.find((t) => t.taskId === '3.1')?.state; // 'overdue' (due 2022-09-30)
 * ```
 */
export function directiveStatus(
  directive: Directive,
  reports: readonly TaskReport[],
  asOf: DateInput,
  options: StatusOptions = {},
): DirectiveStatus {
  const day = parseIsoDate(asOf, ['asOf']);
  const byTask = groupReports(directive, reports, day);
  const start = directiveStart(directive, options.startsOn);
  const receivedOn = options.receivedOn ?? directive.receivedOn;
  const occurrenceOptions = {
    ...(options.calendar ? { calendar: options.calendar } : {}),
    ...(options.onNonWorkingDay ? { onNonWorkingDay: options.onNonWorkingDay } : {}),
    ...(receivedOn ? { receivedOn } : {}),
  };
  const tasks = directive.tasks.map((task, index): TaskStatus => {
    const own = byTask.get(task.id) ?? [];
    if (!task.deadline) {
      const doneOn = own[0]?.on;
      return doneOn
        ? {
            taskId: task.id,
            state: 'done',
            recurring: false,
            missed: [],
            doneOn,
            reason: say(
              `Đã báo cáo ngày ${doneOn}; nhiệm vụ không có hạn.`,
              `Reported on ${doneOn}; the task has no deadline.`,
            ),
          }
        : {
            taskId: task.id,
            state: 'due',
            recurring: false,
            missed: [],
            reason: say(
              'Chưa báo cáo; nhiệm vụ không có hạn.',
              'Not reported yet; the task has no deadline.',
            ),
          };
    }
    const path = ['tasks', index, 'deadline', 'text'];
    try {
      const rule = ruleOf(task, directive, options.inclusive, path);
      if (rule.kind === 'monthly' || rule.kind === 'quarterly') {
        // Far enough ahead to hold the next quarter's occurrence whatever the day.
        const horizon = addMonths(day, 4);
        if (start.on > horizon) {
          return {
            taskId: task.id,
            state: 'due',
            recurring: true,
            missed: [],
            reason: say(
              `Chưa đến ngày bắt đầu ${start.on}.`,
              `Not started yet (starts ${start.on}).`,
            ),
          };
        }
        const all = occurrences(rule, start.on, horizon, occurrenceOptions);
        return recurringStatus(task.id, all, own, day);
      }
      const [only] = occurrences(rule, '0001-01-01', '9999-12-31', occurrenceOptions);
      if (!only) throw new Error('a one-off rule always has one occurrence');
      return oneOffStatus(task.id, only, own, day);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return {
        taskId: task.id,
        state: 'cannot-evaluate',
        recurring: false,
        missed: [],
        reason: say('Không đọc được hạn của nhiệm vụ.', 'The task deadline cannot be read.'),
        issues: error.issues.map((i) => (i.path[0] === 'tasks' ? i : { ...i, path })),
      };
    }
  });
  return { directiveId: directive.id, asOf: day, tasks };
}

interface CheckedReport {
  readonly on: IsoDate;
  readonly period?: IsoDate;
}

function groupReports(
  directive: Directive,
  reports: readonly TaskReport[],
  asOf: IsoDate,
): Map<string, CheckedReport[]> {
  if (!Array.isArray(reports)) {
    fail('deadlines/invalid-reports', ['reports'], {
      vi: 'reports phải là một mảng.',
      en: 'reports must be an array.',
    });
  }
  const ids = new Set(directive.tasks.map((t) => t.id));
  const grouped = new Map<string, CheckedReport[]>();
  reports.forEach((report, index) => {
    const taskId = report?.taskId;
    if (typeof taskId !== 'string' || !ids.has(taskId)) {
      fail(
        'deadlines/unknown-task',
        ['reports', index, 'taskId'],
        {
          vi: `Văn bản ${directive.id} không có nhiệm vụ "${String(taskId)}".`,
          en: `Directive ${directive.id} has no task "${String(taskId)}".`,
        },
        { taskId },
      );
    }
    const on = parseIsoDate(report.on, ['reports', index, 'on']);
    if (on > asOf) {
      fail('deadlines/report-after-as-of', ['reports', index, 'on'], {
        vi: `Báo cáo ngày ${on} sau ngày xét ${asOf}.`,
        en: `The report of ${on} is after the status day ${asOf}.`,
      });
    }
    const period =
      report.period === undefined
        ? undefined
        : parseIsoDate(report.period, ['reports', index, 'period']);
    const list = grouped.get(taskId) ?? [];
    list.push(period === undefined ? { on } : { on, period });
    grouped.set(taskId, list);
  });
  for (const list of grouped.values())
    list.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  return grouped;
}

function oneOffStatus(
  taskId: string,
  occurrence: DeadlineOccurrence,
  reports: readonly CheckedReport[],
  asOf: IsoDate,
): TaskStatus {
  const due = occurrence.due;
  const first = reports[0];
  if (first) {
    const late = occurrence.kind === 'due' && first.on > due;
    return {
      taskId,
      state: 'done',
      recurring: false,
      dueOn: due,
      missed: [],
      doneOn: first.on,
      late,
      reason: late
        ? say(
            `Hoàn thành ngày ${first.on}, muộn so với hạn ${due}.`,
            `Done on ${first.on}, after the deadline ${due}.`,
          )
        : say(`Hoàn thành ngày ${first.on} (hạn ${due}).`, `Done on ${first.on} (due ${due}).`),
    };
  }
  if (occurrence.kind === 'start') {
    return {
      taskId,
      state: 'due',
      recurring: false,
      dueOn: due,
      missed: [],
      reason: say(
        `Nhiệm vụ áp dụng từ ngày ${due}, không có hạn kết thúc; chưa có báo cáo.`,
        `Applies from ${due} with no end date; no report yet.`,
      ),
    };
  }
  if (asOf > due) {
    return {
      taskId,
      state: 'overdue',
      recurring: false,
      dueOn: due,
      missed: [occurrence],
      reason: say(
        `Quá hạn: hạn ${due}, chưa hoàn thành đến ngày ${asOf}.`,
        `Overdue: due ${due}, not done by ${asOf}.`,
      ),
    };
  }
  return {
    taskId,
    state: 'due',
    recurring: false,
    dueOn: due,
    missed: [],
    reason: say(`Trong hạn: hạn ${due}.`, `Due on ${due}.`),
  };
}

function recurringStatus(
  taskId: string,
  all: readonly DeadlineOccurrence[],
  reports: readonly CheckedReport[],
  asOf: IsoDate,
): TaskStatus {
  const answered = new Set<number>();
  const byPeriod = new Map(all.map((o, i) => [o.nominal, i] as const));
  for (const report of reports) {
    if (report.period !== undefined) {
      const index = byPeriod.get(report.period);
      if (index !== undefined) answered.add(index);
      continue;
    }
    // Without a period, a report answers the occurrence of the period it was sent in.
    const index = all.findIndex(
      (o, i) =>
        !answered.has(i) && report.on <= o.due && (i === 0 || report.on > (all[i - 1]?.due ?? '')),
    );
    if (index >= 0) answered.add(index);
  }
  const missed = all.filter((o, i) => o.due < asOf && !answered.has(i));
  const next = all.find((o, i) => o.due >= asOf && !answered.has(i));
  const base = { taskId, recurring: true, missed, ...(next ? { next, dueOn: next.due } : {}) };
  if (missed.length > 0) {
    return {
      ...base,
      state: 'overdue',
      reason: say(
        `Quá hạn: thiếu ${missed.length} kỳ (${missed.map((o) => o.due).join(', ')}).`,
        `Overdue: ${missed.length} period(s) missed (${missed.map((o) => o.due).join(', ')}).`,
      ),
    };
  }
  return {
    ...base,
    state: 'due',
    reason: next
      ? say(`Đủ các kỳ đến nay; kỳ tới hạn ${next.due}.`, `Up to date; next due ${next.due}.`)
      : say('Đủ các kỳ đến nay.', 'Up to date.'),
  };
}

function say(vi: string, en: string): Bilingual {
  return { vi, en };
}
