import { expectOneOf, type IssuePath } from '@ntm/domain/core';
import type { NonWorkingDayPolicy } from './end-of-period.js';

const POLICIES: readonly NonWorkingDayPolicy[] = ['next', 'previous', 'keep'];

/**
 * The non-working-day policy an option names, `'next'` when absent (Civil Code art. 148(5)); any other value is
 * `input/not-allowed`, never read as absent.
 */
export function policyOf(value: unknown, path: IssuePath): NonWorkingDayPolicy {
  return value === undefined ? 'next' : expectOneOf(value, POLICIES, path);
}
