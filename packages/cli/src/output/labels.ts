import type { DayOffKind } from '@ntm/deadlines';
import type { OcopEvaluationKind } from '@ntm/domain';
import type { Bilingual } from '@ntm/domain/core';

/*
 * The words people read for the SDK's codes. A Vietnamese table never shows `swap` or `below-threshold`; JSON output
 * keeps the codes, which are the stable interface for programs. The words of the criteria engine's and the deadline
 * rules' codes are the libraries' own (`NTM_STATUS_LABELS` in @ntm/criteria, `TASK_STATE_LABELS` in
 * @ntm/deadlines/phrases).
 */

/** Why a day is off. */
export const DAY_OFF_LABELS: Readonly<Record<DayOffKind, Bilingual>> = {
  holiday: { vi: 'nghỉ lễ, Tết', en: 'public holiday' },
  compensatory: { vi: 'nghỉ bù', en: 'compensatory day' },
  swap: { vi: 'nghỉ hoán đổi', en: 'swapped day' },
  custom: { vi: 'nghỉ riêng', en: 'extra day off' },
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
