import type { Bilingual, DeadlineReadingStatus, DeadlineRule } from '@ntm/domain/core';
import { labelTable } from '../data/label-table.js';
import type { TaskState } from '../directives/directive-status.js';
import type { DeadlineOccurrence } from './occurrences.js';

/*
 * The words people read for the codes of deadline rules and directive tasks. A Vietnamese table never shows `due` or
 * `monthly`; JSON keeps the codes. One table here, so that the `ntm` command and the apps word them the same way.
 */

/**
 * Where a task of a directive stands ({@link directiveStatus}'s `state`), in words.
 *
 * @example
 * ```ts
 * TASK_STATE_LABELS.overdue.vi; // 'QUÁ HẠN'
 * ```
 */
export const TASK_STATE_LABELS: Readonly<Record<TaskState, Bilingual>> = /* @__PURE__ */ labelTable(
  {
    done: ['đã xong', 'done'],
    due: ['còn hạn', 'not yet due'],
    overdue: ['QUÁ HẠN', 'OVERDUE'],
    'cannot-evaluate': ['không đọc được hạn', 'deadline unreadable'],
  },
);

/**
 * The kinds of deadline rule ({@link parseDeadline}'s `kind`), as a directive words them.
 *
 * @example
 * ```ts
 * DEADLINE_RULE_LABELS.monthly.vi; // 'hằng tháng'
 * ```
 */
export const DEADLINE_RULE_LABELS: Readonly<Record<DeadlineRule['kind'], Bilingual>> =
  /* @__PURE__ */ labelTable({
    before: ['trước ngày', 'before a date'],
    by: ['chậm nhất ngày', 'by a date'],
    within: ['trong khoảng', 'within a period'],
    monthly: ['hằng tháng', 'every month'],
    quarterly: ['hằng quý', 'every quarter'],
    from: ['bắt đầu từ', 'starting from'],
    withinDays: ['trong số ngày', 'within days'],
    withinWorkingDays: ['trong số ngày làm việc', 'within working days'],
  });

/**
 * A dated item of a schedule ({@link occurrences}' `kind`): a deadline or the start of an open obligation, in words.
 *
 * @example
 * ```ts
 * OCCURRENCE_KIND_LABELS.start.en; // 'start'
 * ```
 */
export const OCCURRENCE_KIND_LABELS: Readonly<Record<DeadlineOccurrence['kind'], Bilingual>> =
  /* @__PURE__ */ labelTable({
    due: ['hạn', 'deadline'],
    start: ['bắt đầu', 'start'],
  });

/**
 * How sure a reading of a deadline phrase is (`rule.reading.status`), in words.
 *
 * @example
 * ```ts
 * READING_STATUS_LABELS.derived.en; // 'derived from a verified rule'
 * ```
 */
export const READING_STATUS_LABELS: Readonly<Record<DeadlineReadingStatus, Bilingual>> =
  /* @__PURE__ */ labelTable({
    verified: ['đã kiểm chứng', 'verified'],
    derived: ['suy ra từ quy tắc đã kiểm chứng', 'derived from a verified rule'],
    unverified: ['chưa kiểm chứng', 'unverified'],
  });
