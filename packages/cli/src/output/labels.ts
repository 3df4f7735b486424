import type { NtmOutcome, NtmRoadmapStatus, NtmStatus } from '@ntm/criteria';
import type { DayOffKind } from '@ntm/deadlines';
import type { DeadlineOccurrence, TaskState } from '@ntm/deadlines/phrases';
import type { DeadlineRule, OcopEvaluationKind } from '@ntm/domain';
import type { Bilingual } from '@ntm/domain/core';

/*
 * The words people read for the SDK's codes. A Vietnamese table never shows `not-met`, `due` or `monthly`; JSON
 * output keeps the codes, which are the stable interface for programs.
 */

/** National outcome of a commune. */
export const OUTCOME_LABELS: Readonly<Record<NtmOutcome, Bilingual>> = {
  met: { vi: 'đạt chuẩn', en: 'meets the standard' },
  'not-met': { vi: 'chưa đạt chuẩn', en: 'does not meet the standard' },
  'cannot-evaluate': { vi: 'chưa đủ dữ liệu', en: 'cannot evaluate yet' },
};

/** Outcome of one criterion or indicator. */
export const STATUS_LABELS: Readonly<Record<NtmStatus, Bilingual>> = {
  met: { vi: 'đạt', en: 'met' },
  'not-met': { vi: 'chưa đạt', en: 'not met' },
  'not-applicable': { vi: 'không áp dụng', en: 'not applicable' },
  'cannot-evaluate': { vi: 'chưa đủ dữ liệu', en: 'cannot evaluate yet' },
};

/** Where a commune stands against its target year. */
export const ROADMAP_LABELS: Readonly<Record<NtmRoadmapStatus, Bilingual>> = {
  achieved: { vi: 'đã đạt', en: 'achieved' },
  'on-track': { vi: 'đúng tiến độ', en: 'on track' },
  'at-risk': { vi: 'chậm so với tiến độ', en: 'behind the pace needed' },
  missed: { vi: 'quá năm mục tiêu, chưa đạt', en: 'target year passed, not achieved' },
  planned: { vi: 'mới có một năm số liệu', en: 'one year of data so far' },
  'cannot-evaluate': { vi: 'chưa đủ dữ liệu', en: 'cannot evaluate yet' },
};

/** Where a task of a directive stands. */
export const TASK_LABELS: Readonly<Record<TaskState, Bilingual>> = {
  done: { vi: 'đã xong', en: 'done' },
  due: { vi: 'còn hạn', en: 'not yet due' },
  overdue: { vi: 'QUÁ HẠN', en: 'OVERDUE' },
  'cannot-evaluate': { vi: 'không đọc được hạn', en: 'deadline unreadable' },
};

/** Why a day is off. */
export const DAY_OFF_LABELS: Readonly<Record<DayOffKind, Bilingual>> = {
  holiday: { vi: 'nghỉ lễ, Tết', en: 'public holiday' },
  compensatory: { vi: 'nghỉ bù', en: 'compensatory day' },
  swap: { vi: 'nghỉ hoán đổi', en: 'swapped day' },
  custom: { vi: 'nghỉ riêng', en: 'extra day off' },
};

/** Kinds of deadline rule, as a directive words them. */
export const RULE_LABELS: Readonly<Record<DeadlineRule['kind'], Bilingual>> = {
  before: { vi: 'trước ngày', en: 'before a date' },
  by: { vi: 'chậm nhất ngày', en: 'by a date' },
  within: { vi: 'trong khoảng', en: 'within a period' },
  monthly: { vi: 'hằng tháng', en: 'every month' },
  quarterly: { vi: 'hằng quý', en: 'every quarter' },
  from: { vi: 'bắt đầu từ', en: 'starting from' },
  withinDays: { vi: 'trong số ngày', en: 'within days' },
  withinWorkingDays: { vi: 'trong số ngày làm việc', en: 'within working days' },
};

/** A dated item of a schedule: a deadline or the start of an open obligation. */
export const OCCURRENCE_LABELS: Readonly<Record<DeadlineOccurrence['kind'], Bilingual>> = {
  due: { vi: 'hạn', en: 'deadline' },
  start: { vi: 'bắt đầu', en: 'start' },
};

/** How sure a reading of a deadline phrase is. */
export const READING_LABELS: Readonly<Record<'verified' | 'derived' | 'unverified', Bilingual>> = {
  verified: { vi: 'đã kiểm chứng', en: 'verified' },
  derived: { vi: 'suy ra từ quy tắc đã kiểm chứng', en: 'derived from a verified rule' },
  unverified: { vi: 'chưa kiểm chứng', en: 'unverified' },
};

/** Status of a scored OCOP product. */
export const OCOP_STATUS_LABELS: Readonly<
  Record<'rated' | 'disqualified' | 'below-threshold', Bilingual>
> = {
  rated: { vi: 'được xếp hạng', en: 'rated' },
  disqualified: { vi: 'bị loại', en: 'disqualified' },
  'below-threshold': { vi: 'dưới ngưỡng công nhận', en: 'below the certification threshold' },
};

/** Kinds of OCOP evaluation, as the "Loại đánh giá" cell of a sheet reads. */
export const EVALUATION_KIND_LABELS: Readonly<Record<OcopEvaluationKind, Bilingual>> = {
  first: { vi: 'lần đầu', en: 'first' },
  upgrade: { vi: 'nâng hạng', en: 'upgrade' },
  're-evaluation': { vi: 'đánh giá lại', en: 're-evaluation' },
};
