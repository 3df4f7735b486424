import { type Bilingual, deepFreeze, type OcopEvaluationKind } from '@ntm/domain/core';
import type { OcopScoreResult } from '../scoring/score-result.js';
import type { OcopIssuerLevel } from './types.js';

/*
 * The words people read for the OCOP codes. A Vietnamese table never shows `below-threshold` or `re-evaluation`; JSON
 * keeps the codes. One table here, so that the `ntm` command, the apps and the engine's own reason sentences word them
 * the same way.
 */

/**
 * The levels of government in the OCOP procedure, as {@link recognitionPath}'s `reason` names them.
 *
 * @example
 * ```ts
 * OCOP_LEVEL_LABELS.district.vi; // 'cấp huyện'
 * ```
 */
export const OCOP_LEVEL_LABELS: Readonly<Record<OcopIssuerLevel, Bilingual>> =
  /* @__PURE__ */ deepFreeze({
    commune: { vi: 'cấp xã', en: 'commune' },
    district: { vi: 'cấp huyện', en: 'district' },
    province: { vi: 'cấp tỉnh', en: 'province' },
    central: { vi: 'trung ương', en: 'central level' },
  });

/**
 * The status of a scored product ({@link scoreAssessment}'s `status`), in words.
 *
 * @example
 * ```ts
 * OCOP_STATUS_LABELS['below-threshold'].vi; // 'dưới ngưỡng công nhận'
 * ```
 */
export const OCOP_STATUS_LABELS: Readonly<Record<OcopScoreResult['status'], Bilingual>> =
  /* @__PURE__ */ deepFreeze({
    rated: { vi: 'được xếp hạng', en: 'rated' },
    disqualified: { vi: 'bị loại', en: 'disqualified' },
    'below-threshold': { vi: 'dưới ngưỡng công nhận', en: 'below the certification threshold' },
  });

/**
 * The kinds of OCOP evaluation, as the "Loại đánh giá" cell of a sheet reads.
 *
 * @example
 * ```ts
 * OCOP_EVALUATION_KIND_LABELS.upgrade.vi; // 'nâng hạng'
 * ```
 */
export const OCOP_EVALUATION_KIND_LABELS: Readonly<Record<OcopEvaluationKind, Bilingual>> =
  /* @__PURE__ */ deepFreeze({
    first: { vi: 'lần đầu', en: 'first' },
    upgrade: { vi: 'nâng hạng', en: 'upgrade' },
    're-evaluation': { vi: 'đánh giá lại', en: 're-evaluation' },
  });
