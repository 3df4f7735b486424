// The words people read for the SDK's codes: a table never shows `not-met`, `due` or `district`.
// The words of the engines' result codes come from the libraries (NTM_STATUS_LABELS, TASK_STATE_LABELS,
// OCOP_LEVEL_LABELS …); the table below words a code no library words yet.
import type { Bilingual, NtmDataStatus } from '@ntm/domain/core';

/** "vi / en", the way every label of the report reads. */
export function both(label: Bilingual): string {
  return `${label.vi} / ${label.en}`;
}

/** Vietnamese over English, for a table cell under a two-line "vi / en" header; once when they are the same. */
export function stacked(label: Bilingual): string {
  return label.vi === label.en ? label.vi : `${label.vi}\n${label.en}`;
}

/** A `due` task that has no deadline at all, or that only starts on a day, is neither late nor "not yet due". */
export const UNDATED_TASK: Bilingual = { vi: 'chưa báo cáo', en: 'not reported yet' };
export const STARTED_TASK: Bilingual = { vi: 'đang áp dụng', en: 'in force' };

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
