import type { DeadlineRule, Directive, TaskDeadline } from '@ntm/domain/core';
import {
  type Bilingual,
  createIssue,
  type DateInput,
  type DomainIssue,
  type IsoDate,
  type IssuePath,
  isDomainError,
} from '@ntm/domain/core';
import type { NonWorkingDayPolicy, WorkingCalendar } from '../index.js';
import { dateRange } from '../phrases/date-range.js';
import { type DeadlineOccurrence, occurrences } from '../phrases/occurrences.js';
import { parseDeadline } from '../phrases/parse-deadline.js';
import { checkDirective, checkOptions } from './check-directive.js';
import { directiveStart, issuedOnOf } from './directive-start.js';
import { occurrenceOptionsOf } from './occurrence-options.js';

/**
 * Options of {@link directiveSchedule}.
 *
 * @example
 * ```ts
 * const options: ScheduleOptions = { from: '2020-01-01', to: '2020-12-31' };
 * ```
 */
export interface ScheduleOptions {
  /** First day of the window (inclusive). */
  readonly from: DateInput;
  /** Last day of the window (inclusive). */
  readonly to: DateInput;
  /** Working-day calendar. Default: the national civil-service calendar. */
  readonly calendar?: WorkingCalendar;
  /** Where a deadline on a day off goes. Default `'next'`. */
  readonly onNonWorkingDay?: NonWorkingDayPolicy;
  /** Read "trước ngày X" as X itself still in time. Default `false` (due X − 1). */
  readonly inclusive?: boolean;
  /**
   * First day recurring deadlines count from. Default: the directive's date; for a directive dated only by
   * month, the first day of the following month (when it certainly exists).
   */
  readonly startsOn?: DateInput;
  /** Receipt date for "kể từ ngày nhận được"; default the directive's `receivedOn`. */
  readonly receivedOn?: DateInput;
}

/**
 * One dated item of a directive's schedule: a task's deadline on one day.
 *
 * @example
 * ```ts
 * const item: ScheduleItem = schedule.items[0]!;
 * `${item.occurrence.due} ${item.taskId} ${item.assignees.join(', ')}`;
 * ```
 */
export interface ScheduleItem {
  /** Id of the task. */
  readonly taskId: string;
  /** Bodies responsible. */
  readonly assignees: readonly string[];
  /** What has to be done. */
  readonly action: string;
  /** The deadline as written. */
  readonly deadlineText: string;
  /** The rule read from it (or authored in the directive). */
  readonly rule: DeadlineRule;
  /** Whether the rule repeats (`monthly`, `quarterly`). */
  readonly recurring: boolean;
  /** The dated occurrence. */
  readonly occurrence: DeadlineOccurrence;
}

/**
 * A task whose deadline could not be read: reported, never dropped and never guessed.
 *
 * @example
 * ```ts
 * for (const problem of schedule.problems) console.log(problem.taskId, formatIssues(problem.issues));
 * ```
 */
export interface ScheduleProblem {
  /** Id of the task. */
  readonly taskId: string;
  /** The deadline as written. */
  readonly deadlineText: string;
  /** Why it could not be dated (path points into the directive). */
  readonly issues: readonly DomainIssue[];
}

/**
 * A directive's deadlines within a window, as dated items.
 *
 * @example
 * ```ts
 * const { items, problems, undated } = directiveSchedule(directive, { from: '2022-07-26', to: '2022-12-31' });
 * ```
 */
export interface DirectiveSchedule {
  /** Id of the directive. */
  readonly directiveId: string;
  /** First day of the window. */
  readonly from: IsoDate;
  /** Last day of the window. */
  readonly to: IsoDate;
  /** First day recurring deadlines count from. */
  readonly startsOn: IsoDate;
  /** Why `startsOn` is that day (directive date, month-only default, or the caller's choice). */
  readonly startsOnReason: Bilingual;
  /** Dated items sorted by due day, then task order. */
  readonly items: readonly ScheduleItem[];
  /** Tasks whose deadline text could not be read. */
  readonly problems: readonly ScheduleProblem[];
  /** Ids of tasks that have no deadline. */
  readonly undated: readonly string[];
}

const RECURRING = new Set<DeadlineRule['kind']>(['monthly', 'quarterly']);

/**
 * Dates every task deadline of a directive within [`from`, `to`]. Each deadline text is read with
 * {@link parseDeadline} (unless the task carries a parsed rule); a text that cannot be read is reported in
 * `problems` for its task, never thrown away. Recurring deadlines start at `startsOn` (see
 * {@link ScheduleOptions.startsOn}); one-off deadlines are listed when their day is in the window.
 *
 * @remarks Lịch hạn chót của một văn bản chỉ đạo: mỗi nhiệm vụ, mỗi lần đến hạn.
 * @example
 * ```ts
 * const schedule = directiveSchedule(parseDirective(json), { from: '2022-01-01', to: '2022-12-31' });
 * schedule.items.map((i) => [i.taskId, i.occurrence.due]);
 * // [['3.2', '2022-08-04'], ['3.1', '2022-09-30'], ['2.2a', '2022-10-31']]
 * ```
 */
export function directiveSchedule(
  directive: Directive,
  options: ScheduleOptions,
): DirectiveSchedule {
  checkDirective(directive);
  checkOptions(options, true);
  const [from, to] = dateRange(options.from, options.to);
  const start = directiveStart(directive, options.startsOn);
  const occurrenceOptions = occurrenceOptionsOf(directive, options);
  const items: (ScheduleItem & { readonly order: number })[] = [];
  const problems: ScheduleProblem[] = [];
  const undated: string[] = [];
  directive.tasks.forEach((task, index) => {
    const deadline = task.deadline;
    if (!deadline) {
      undated.push(task.id);
      return;
    }
    const path = ['tasks', index, 'deadline', 'text'];
    try {
      const rule = ruleOf(deadline, directive, options.inclusive, path);
      const recurring = RECURRING.has(rule.kind);
      const windowStart = recurring && start.on > from ? start.on : from;
      if (windowStart > to) return;
      for (const occurrence of occurrences(rule, windowStart, to, occurrenceOptions)) {
        items.push({
          order: index,
          taskId: task.id,
          assignees: task.assignees,
          action: task.action,
          deadlineText: deadline.text,
          rule,
          recurring,
          occurrence,
        });
      }
    } catch (error) {
      if (!isDomainError(error)) throw error;
      problems.push({
        taskId: task.id,
        deadlineText: deadline.text,
        issues: issuesAtTask(error.issues, path),
      });
    }
  });
  items.sort((a, b) =>
    a.occurrence.due < b.occurrence.due
      ? -1
      : a.occurrence.due > b.occurrence.due
        ? 1
        : a.order - b.order,
  );
  return {
    directiveId: directive.id,
    from,
    to,
    startsOn: start.on,
    startsOnReason: start.reason,
    items: items.map(({ order: _order, ...item }) => item),
    problems,
    undated,
  };
}

/** A deadline's rule: the authored one, or the text read with the directive's date for missing years. */
export function ruleOf(
  deadline: TaskDeadline,
  directive: Directive,
  inclusive: boolean | undefined,
  path: IssuePath,
): DeadlineRule {
  if (deadline.rule) return deadline.rule;
  return parseDeadline(deadline.text, {
    issuedOn: issuedOnOf(directive),
    path,
    ...(inclusive === undefined ? {} : { inclusive }),
  });
}

/**
 * A task's issues, pointing into the directive: issues from helpers carry their own paths (`['to']`) and are rebuilt
 * at the task's `path`, frozen like every issue.
 */
export function issuesAtTask(
  issues: readonly DomainIssue[],
  path: IssuePath,
): readonly DomainIssue[] {
  return Object.freeze(
    issues.map((issue) =>
      issue.path[0] === 'tasks'
        ? issue
        : createIssue(issue.code, path, issue.message, issue.params),
    ),
  );
}
