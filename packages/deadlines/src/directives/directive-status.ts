import type { Directive } from '@ntm/domain/core';
import {
  addMonths,
  type Bilingual,
  type DateInput,
  DEADLINES_ERRORS,
  type DomainIssue,
  expectAnyString,
  expectArray,
  expectRecord,
  fail,
  type IsoDate,
  isDomainError,
  parseIsoDate,
  received,
} from '@ntm/domain/core';
import type { NonWorkingDayPolicy, WorkingCalendar } from '../index.js';
import { type DeadlineOccurrence, occurrences } from '../phrases/occurrences.js';
import { checkDirective, checkOptions } from './check-directive.js';
import { issuesAtTask, ruleOf } from './directive-schedule.js';
import { directiveStart } from './directive-start.js';
import { occurrenceOptionsOf } from './occurrence-options.js';

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
  checkDirective(directive);
  checkOptions(options, false);
  const day = parseIsoDate(asOf, ['asOf']);
  const byTask = groupReports(directive, reports, day);
  const start = directiveStart(directive, options.startsOn);
  const occurrenceOptions = occurrenceOptionsOf(directive, options);
  // Four months past asOf, or past the start when it is later, always hold the next monthly or quarterly
  // occurrence (ending at asOf + 4 months, a start a few months ahead left no next occurrence at all).
  // biome-ignore lint/complexity/useMathMinMax: ISO date strings, which Math.max cannot compare
  const horizon = addMonths(start.on > day ? start.on : day, 4);
  const tasks = directive.tasks.map((task, index): TaskStatus => {
    const own = byTask.get(task.id) ?? [];
    if (!task.deadline) {
      const doneOn = own[0]?.on;
      return doneOn
        ? status(
            task.id,
            'done',
            false,
            `Đã báo cáo ${doneOn}; không có hạn.`,
            `Reported ${doneOn}; no deadline.`,
            { doneOn },
          )
        : status(
            task.id,
            'due',
            false,
            'Chưa báo cáo; không có hạn.',
            'Not reported; no deadline.',
          );
    }
    const path = ['tasks', index, 'deadline', 'text'];
    let all: DeadlineOccurrence[];
    let recurring: boolean;
    try {
      const rule = ruleOf(task.deadline, directive, options.inclusive, path);
      recurring = rule.kind === 'monthly' || rule.kind === 'quarterly';
      all = recurring
        ? occurrences(rule, start.on, horizon, occurrenceOptions)
        : occurrences(rule, '0001-01-01', '9999-12-31', occurrenceOptions);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return status(
        task.id,
        'cannot-evaluate',
        false,
        'Không đọc được hạn.',
        'The deadline cannot be read.',
        {
          issues: issuesAtTask(error.issues, path),
        },
      );
    }
    return recurring
      ? recurringStatus(task.id, index, all, own, day)
      : oneOffStatus(task.id, all[0], own, day);
  });
  return { directiveId: directive.id, asOf: day, tasks };
}

interface CheckedReport {
  readonly on: IsoDate;
  readonly period?: IsoDate;
  readonly index: number;
}

function groupReports(
  directive: Directive,
  reports: readonly TaskReport[],
  asOf: IsoDate,
): Map<string, CheckedReport[]> {
  const ids = new Set(directive.tasks.map((t) => t.id));
  const grouped = new Map<string, CheckedReport[]>();
  expectArray(reports, ['reports']).forEach((item, index) => {
    const report = expectRecord(item, ['reports', index]) as Partial<TaskReport>;
    const taskId = expectAnyString(report.taskId, ['reports', index, 'taskId']);
    if (!ids.has(taskId)) {
      fail(DEADLINES_ERRORS['deadlines/unknown-task'], ['reports', index, 'taskId'], {
        directive: directive.id,
        taskId: received(taskId),
      });
    }
    const on = parseIsoDate(report.on, ['reports', index, 'on']);
    if (on > asOf) {
      fail(DEADLINES_ERRORS['deadlines/report-after-as-of'], ['reports', index, 'on'], {
        on,
        asOf,
      });
    }
    const list = grouped.get(taskId) ?? [];
    list.push(
      report.period === undefined
        ? { on, index }
        : { on, index, period: parseIsoDate(report.period, ['reports', index, 'period']) },
    );
    grouped.set(taskId, list);
  });
  for (const list of grouped.values())
    list.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  return grouped;
}

function status(
  taskId: string,
  state: TaskState,
  recurring: boolean,
  vi: string,
  en: string,
  extra: Partial<TaskStatus> = {},
): TaskStatus {
  return { taskId, state, recurring, missed: [], ...extra, reason: { vi, en } };
}

function oneOffStatus(
  taskId: string,
  occurrence: DeadlineOccurrence | undefined,
  reports: readonly CheckedReport[],
  asOf: IsoDate,
): TaskStatus {
  if (!occurrence) throw new Error('a one-off rule always has one occurrence');
  const dueOn = occurrence.due;
  const first = reports[0];
  if (first) {
    const late = occurrence.kind === 'due' && first.on > dueOn;
    return status(
      taskId,
      'done',
      false,
      `Xong ngày ${first.on}${late ? ', muộn' : ''} (hạn ${dueOn}).`,
      `Done on ${first.on}${late ? ', after the deadline' : ''} (due ${dueOn}).`,
      { dueOn, doneOn: first.on, late },
    );
  }
  if (occurrence.kind === 'start') {
    return status(
      taskId,
      'due',
      false,
      `Áp dụng từ ${dueOn}, không có hạn kết thúc.`,
      `Applies from ${dueOn}; no end date.`,
      { dueOn },
    );
  }
  return asOf > dueOn
    ? status(taskId, 'overdue', false, `Quá hạn ${dueOn}.`, `Overdue since ${dueOn}.`, {
        dueOn,
        missed: [occurrence],
      })
    : status(taskId, 'due', false, `Hạn ${dueOn}.`, `Due ${dueOn}.`, { dueOn });
}

function recurringStatus(
  taskId: string,
  taskIndex: number,
  all: readonly DeadlineOccurrence[],
  reports: readonly CheckedReport[],
  asOf: IsoDate,
): TaskStatus {
  const answered = new Set<number>();
  for (const report of reports) {
    if (report.period !== undefined) {
      const index = all.findIndex((o) => o.nominal === report.period);
      if (index < 0) {
        fail(DEADLINES_ERRORS['deadlines/unknown-period'], ['reports', report.index, 'period'], {
          taskId,
          taskIndex,
          period: report.period,
        });
      }
      answered.add(index);
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
  const extra = { missed, ...(next ? { next, dueOn: next.due } : {}) };
  const days = missed.map((o) => o.due).join(', ');
  return missed.length > 0
    ? status(taskId, 'overdue', true, `Quá hạn các kỳ: ${days}.`, `Missed: ${days}.`, extra)
    : status(
        taskId,
        'due',
        true,
        `Đủ các kỳ; kỳ tới ${next?.due}.`,
        `Up to date; next ${next?.due}.`,
        extra,
      );
}
