import { type Bilingual, deepFreeze } from '@ntm/domain/core';
import type { DayOffKind } from './types.js';

/**
 * Why a day is off ({@link daysOff}' `kind`), in words: a Vietnamese table never shows `swap` or `compensatory`.
 *
 * @example
 * ```ts
 * DAY_OFF_KIND_LABELS.compensatory.vi; // 'nghỉ bù'
 * ```
 */
export const DAY_OFF_KIND_LABELS: Readonly<Record<DayOffKind, Bilingual>> =
  /* @__PURE__ */ deepFreeze({
    holiday: { vi: 'nghỉ lễ, Tết', en: 'public holiday' },
    compensatory: { vi: 'nghỉ bù', en: 'compensatory day' },
    swap: { vi: 'nghỉ hoán đổi', en: 'swapped day' },
    custom: { vi: 'nghỉ riêng', en: 'extra day off' },
  });
