// The words people read for the SDK's codes: a table never shows `not-met`, `due` or `district`.
// The libraries export the codes but no words for them, so the words are those the `ntm` command prints
// (packages/cli/src/output/labels.ts) and @ntm/ocop-scoring's own reason sentences; once a library exports such a
// table, import it from there instead.
import type { NtmOutcome, NtmRoadmapStatus, NtmStatus } from '@ntm/criteria';
import type { TaskState } from '@ntm/deadlines/phrases';
import type { DeadlineRule } from '@ntm/domain';
import type { Bilingual, NtmDataStatus } from '@ntm/domain/core';
import type { OcopIssuerLevel } from '@ntm/ocop-scoring';

/** "vi / en", the way every label of the report reads. */
export function both(label: Bilingual): string {
  return `${label.vi} / ${label.en}`;
}

/** Vietnamese over English, for a table cell under a two-line "vi / en" header; once when they are the same. */
export function stacked(label: Bilingual): string {
  return label.vi === label.en ? label.vi : `${label.vi}\n${label.en}`;
}

/** National outcome of a commune. */
export const OUTCOME: Readonly<Record<NtmOutcome, Bilingual>> = {
  met: { vi: 'đạt chuẩn', en: 'meets the standard' },
  'not-met': { vi: 'chưa đạt chuẩn', en: 'does not meet the standard' },
  'cannot-evaluate': { vi: 'chưa đủ dữ liệu', en: 'cannot evaluate yet' },
};

/** Outcome of one criterion or indicator. */
export const STATUS: Readonly<Record<NtmStatus, Bilingual>> = {
  met: { vi: 'đạt', en: 'met' },
  'not-met': { vi: 'chưa đạt', en: 'not met' },
  'not-applicable': { vi: 'không áp dụng', en: 'not applicable' },
  'cannot-evaluate': { vi: 'chưa đủ dữ liệu', en: 'cannot evaluate yet' },
};

/** Where a commune stands against its target year. */
export const ROADMAP: Readonly<Record<NtmRoadmapStatus, Bilingual>> = {
  achieved: { vi: 'đã đạt', en: 'achieved' },
  'on-track': { vi: 'đúng tiến độ', en: 'on track' },
  'at-risk': { vi: 'chậm so với tiến độ', en: 'behind the pace needed' },
  missed: { vi: 'quá năm mục tiêu, chưa đạt', en: 'target year passed, not achieved' },
  planned: { vi: 'mới có một năm số liệu', en: 'one year of data so far' },
  'cannot-evaluate': { vi: 'chưa đủ dữ liệu', en: 'cannot evaluate yet' },
};

/** Where a task of a directive stands. */
export const TASK: Readonly<Record<TaskState, Bilingual>> = {
  done: { vi: 'đã xong', en: 'done' },
  due: { vi: 'còn hạn', en: 'not yet due' },
  overdue: { vi: 'QUÁ HẠN', en: 'OVERDUE' },
  'cannot-evaluate': { vi: 'không đọc được hạn', en: 'deadline unreadable' },
};

/** A `due` task that has no deadline at all, or that only starts on a day, is neither late nor "not yet due". */
export const UNDATED_TASK: Bilingual = { vi: 'chưa báo cáo', en: 'not reported yet' };
export const STARTED_TASK: Bilingual = { vi: 'đang áp dụng', en: 'in force' };

/** Kinds of deadline rule, as a directive words them. */
export const RULE: Readonly<Record<DeadlineRule['kind'], Bilingual>> = {
  before: { vi: 'trước ngày', en: 'before a date' },
  by: { vi: 'chậm nhất ngày', en: 'by a date' },
  within: { vi: 'trong khoảng', en: 'within a period' },
  monthly: { vi: 'hằng tháng', en: 'every month' },
  quarterly: { vi: 'hằng quý', en: 'every quarter' },
  from: { vi: 'bắt đầu từ', en: 'starting from' },
  withinDays: { vi: 'trong số ngày', en: 'within days' },
  withinWorkingDays: { vi: 'trong số ngày làm việc', en: 'within working days' },
};

/** The levels of the OCOP procedure (the words of recognitionPath's `reason`). */
export const OCOP_LEVEL: Readonly<Record<OcopIssuerLevel, Bilingual>> = {
  commune: { vi: 'cấp xã', en: 'commune' },
  district: { vi: 'cấp huyện', en: 'district' },
  province: { vi: 'cấp tỉnh', en: 'province' },
  central: { vi: 'trung ương', en: 'central level' },
};

/** How sure the SDK is of a fact it ships (a threshold, a step of the OCOP procedure). */
export const DATA_STATUS: Readonly<Record<NtmDataStatus, Bilingual>> = {
  verified: { vi: 'đã kiểm chứng', en: 'verified' },
  reported: { vi: 'một nguồn thứ cấp', en: 'one secondary source' },
  interpretation: { vi: 'cách hiểu của SDK', en: 'SDK interpretation' },
  unverified: { vi: 'chưa kiểm chứng', en: 'unverified' },
  missing: { vi: 'chưa có ngưỡng', en: 'no threshold' },
  provincial: { vi: 'cấu hình tỉnh', en: 'province configuration' },
  supplied: { vi: 'do người dùng nhập', en: 'entered by the user' },
};
