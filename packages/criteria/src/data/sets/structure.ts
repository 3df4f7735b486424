import type { Bilingual, NtmCriterion, NtmDataStatus } from '@ntm/domain/core';
import { criterion } from './build.js';

/** Criteria known by name only: indicators not obtained (`indicatorsStatus: 'missing'`). */
export function namesOnly(
  names: readonly (readonly [string, string])[],
  status: NtmDataStatus,
  groups?: readonly string[],
): NtmCriterion[] {
  return names.map(([vi, en], index) =>
    criterion(
      String(index + 1),
      groups?.[index],
      { vi, en } satisfies Bilingual,
      status,
      [],
      'missing',
    ),
  );
}
