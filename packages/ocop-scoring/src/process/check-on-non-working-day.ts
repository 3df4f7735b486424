import type { NonWorkingDayPolicy } from '@ntm/deadlines';
import { fail } from '@ntm/domain/core';
import { show } from './check-input.js';

const CHOICES: readonly NonWorkingDayPolicy[] = ['next', 'previous', 'keep'];

/**
 * `'next'` when the option is absent; throws `ocop/invalid-on-non-working-day` unless `value` is `'next'`,
 * `'previous'` or `'keep'` (`null` is a wrong value, not an absent one).
 */
export function checkOnNonWorkingDay(value: unknown): NonWorkingDayPolicy {
  if (value === undefined) return 'next';
  if (!CHOICES.includes(value as NonWorkingDayPolicy))
    fail('ocop/invalid-on-non-working-day', ['options', 'onNonWorkingDay'], {
      vi: `onNonWorkingDay phải là next, previous hoặc keep, nhận được ${show(value)}`,
      en: `onNonWorkingDay must be next, previous or keep, got ${show(value)}`,
    });
  return value as NonWorkingDayPolicy;
}
