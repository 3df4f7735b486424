import type { Bilingual } from '@ntm/domain/core';
import { labelTable } from '../data/label-table.js';
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
  /* @__PURE__ */ labelTable({
    holiday: ['nghỉ lễ, Tết', 'public holiday'],
    compensatory: ['nghỉ bù', 'compensatory day'],
    swap: ['nghỉ hoán đổi', 'swapped day'],
    custom: ['nghỉ riêng', 'extra day off'],
  });
