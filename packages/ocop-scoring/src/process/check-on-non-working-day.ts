import type { NonWorkingDayPolicy } from '@ntm/deadlines';
import { expectOneOf } from '@ntm/domain/core';

const CHOICES: readonly NonWorkingDayPolicy[] = ['next', 'previous', 'keep'];

/**
 * `'next'` when the option is absent; throws `input/not-allowed` unless `value` is `'next'`, `'previous'` or
 * `'keep'` (`null` is a wrong value, not an absent one).
 */
export function checkOnNonWorkingDay(value: unknown): NonWorkingDayPolicy {
  if (value === undefined) return 'next';
  return expectOneOf(value, CHOICES, ['options', 'onNonWorkingDay']);
}
