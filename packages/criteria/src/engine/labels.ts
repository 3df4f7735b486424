import { type Bilingual, deepFreeze } from '@ntm/domain/core';
import type { NtmOutcome, NtmStatus } from './evaluation.js';
import type { NtmRoadmapStatus } from './roadmap.js';

/*
 * The words people read for the engine's codes. A Vietnamese table never shows `not-met` or `at-risk`; JSON keeps the
 * codes, which are the stable interface for programs. One table here, so that the `ntm` command and the apps that
 * embed the engine word a result the same way.
 */

/**
 * The national outcome of a commune, in words.
 *
 * @example
 * ```ts
 * NTM_OUTCOME_LABELS[evaluation.outcome].vi; // 'đạt chuẩn'
 * ```
 */
export const NTM_OUTCOME_LABELS: Readonly<Record<NtmOutcome, Bilingual>> =
  /* @__PURE__ */ deepFreeze({
    met: { vi: 'đạt chuẩn', en: 'meets the standard' },
    'not-met': { vi: 'chưa đạt chuẩn', en: 'does not meet the standard' },
    'cannot-evaluate': { vi: 'chưa đủ dữ liệu', en: 'cannot evaluate yet' },
  });

/**
 * The outcome of one criterion or indicator, in words.
 *
 * @example
 * ```ts
 * NTM_STATUS_LABELS['not-met'].en; // 'not met'
 * ```
 */
export const NTM_STATUS_LABELS: Readonly<Record<NtmStatus, Bilingual>> = /* @__PURE__ */ deepFreeze(
  {
    met: { vi: 'đạt', en: 'met' },
    'not-met': { vi: 'chưa đạt', en: 'not met' },
    'not-applicable': { vi: 'không áp dụng', en: 'not applicable' },
    'cannot-evaluate': { vi: 'chưa đủ dữ liệu', en: 'cannot evaluate yet' },
  },
);

/**
 * Where a commune stands against its target year ({@link roadmap}'s `status`), in words.
 *
 * @example
 * ```ts
 * NTM_ROADMAP_LABELS['at-risk'].vi; // 'chậm so với tiến độ'
 * ```
 */
export const NTM_ROADMAP_LABELS: Readonly<Record<NtmRoadmapStatus, Bilingual>> =
  /* @__PURE__ */ deepFreeze({
    achieved: { vi: 'đã đạt', en: 'achieved' },
    'on-track': { vi: 'đúng tiến độ', en: 'on track' },
    'at-risk': { vi: 'chậm so với tiến độ', en: 'behind the pace needed' },
    missed: { vi: 'quá năm mục tiêu, chưa đạt', en: 'target year passed, not achieved' },
    planned: { vi: 'mới có một năm số liệu', en: 'one year of data so far' },
    'cannot-evaluate': { vi: 'chưa đủ dữ liệu', en: 'cannot evaluate yet' },
  });
