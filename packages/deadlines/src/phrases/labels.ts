import type { Bilingual, DeadlineReadingStatus, DeadlineRule } from '@ntm/domain/core';
import { deepFreeze } from '@ntm/domain/core';
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
export const TASK_STATE_LABELS: Readonly<Record<TaskState, Bilingual>> = /* @__PURE__ */ deepFreeze(
  {
    done: { vi: 'đã xong', en: 'done' },
    due: { vi: 'còn hạn', en: 'not yet due' },
    overdue: { vi: 'QUÁ HẠN', en: 'OVERDUE' },
    'cannot-evaluate': { vi: 'không đọc được hạn', en: 'deadline unreadable' },
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
  /* @__PURE__ */ deepFreeze({
    before: { vi: 'trước ngày', en: 'before a date' },
    by: { vi: 'chậm nhất ngày', en: 'by a date' },
    within: { vi: 'trong khoảng', en: 'within a period' },
    monthly: { vi: 'hằng tháng', en: 'every month' },
    quarterly: { vi: 'hằng quý', en: 'every quarter' },
    from: { vi: 'bắt đầu từ', en: 'starting from' },
    withinDays: { vi: 'trong số ngày', en: 'within days' },
    withinWorkingDays: { vi: 'trong số ngày làm việc', en: 'within working days' },
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
  /* @__PURE__ */ deepFreeze({
    due: { vi: 'hạn', en: 'deadline' },
    start: { vi: 'bắt đầu', en: 'start' },
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
  /* @__PURE__ */ deepFreeze({
    verified: { vi: 'đã kiểm chứng', en: 'verified' },
    derived: { vi: 'suy ra từ quy tắc đã kiểm chứng', en: 'derived from a verified rule' },
    unverified: { vi: 'chưa kiểm chứng', en: 'unverified' },
  });
