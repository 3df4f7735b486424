import type { NtmCriteriaSet } from '@ntm/domain/core';
import { fail } from '@ntm/domain/core';

/** Rejects anything that is not a criteria set (wrong object, `undefined` from a failed lookup). */
export function checkSet(
  set: unknown,
  path: readonly (string | number)[] = ['set'],
): NtmCriteriaSet {
  if (
    set === null ||
    typeof set !== 'object' ||
    typeof (set as { id?: unknown }).id !== 'string' ||
    !Array.isArray((set as { criteria?: unknown }).criteria) ||
    typeof (set as { validity?: unknown }).validity !== 'object'
  ) {
    fail('criteria/unknown-set', path, {
      vi: 'Không phải một bộ tiêu chí (cần dữ liệu từ @ntm/criteria/sets hoặc localizeCriteriaSet)',
      en: 'Not a criteria set (use one from @ntm/criteria/sets or localizeCriteriaSet)',
    });
  }
  return set as NtmCriteriaSet;
}

/** The calendar year of an ISO date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
