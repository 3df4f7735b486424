import { fail } from '@ntm/domain/core';
import type { OnNonWorkingDay } from './calendar.js';

const CHOICES: readonly OnNonWorkingDay[] = ['next', 'previous', 'keep'];

/** Throws `ocop/invalid-on-non-working-day` unless `value` is `'next'`, `'previous'` or `'keep'`. */
export function checkOnNonWorkingDay(value: unknown): OnNonWorkingDay {
  if (!CHOICES.includes(value as OnNonWorkingDay))
    fail('ocop/invalid-on-non-working-day', ['options', 'onNonWorkingDay'], {
      vi: `onNonWorkingDay phải là next, previous hoặc keep, nhận được ${String(value)}`,
      en: `onNonWorkingDay must be next, previous or keep, got ${String(value)}`,
    });
  return value as OnNonWorkingDay;
}
