import type { DeadlineRule } from '@ntm/domain/core';
import { expectTypeOf, test } from 'vitest';
import { monthlyOn } from './monthly-on.js';
import { type DeadlineOccurrence, occurrences } from './occurrences.js';
import { parseDeadline } from './parse-deadline.js';

test('parseDeadline returns the DeadlineRule union, narrowed by kind', () => {
  const rule = parseDeadline('trước ngày 05/08/2022');
  expectTypeOf(rule).toEqualTypeOf<DeadlineRule>();
  if (rule.kind === 'before') expectTypeOf(rule.inclusive).toEqualTypeOf<boolean>();
  expectTypeOf(monthlyOn(30).kind).toEqualTypeOf<'monthly'>();
  expectTypeOf(occurrences(rule, '2022-01-01', '2022-12-31')).toEqualTypeOf<DeadlineOccurrence[]>();
  // @ts-expect-error the policy is a closed set
  occurrences(rule, '2022-01-01', '2022-12-31', { onNonWorkingDay: 'later' });
});
