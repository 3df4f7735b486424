import type { LegalBasis, NtmCriteriaSet, NtmDataStatus, NtmSetLevel } from '@ntm/domain/core';
import { NTM_CRITERIA_DATA_INFO } from './data-info.js';
import { dayBefore, startOf } from './decisions.js';

/** How the national titles name each commune level, and the id prefix of its sets. */
const COMMUNE_LEVELS = {
  xa: { id: 'XA', vi: 'xã nông thôn mới', en: 'new-rural communes' },
  'xa-nang-cao': {
    id: 'XA_NC',
    vi: 'xã nông thôn mới nâng cao',
    en: 'advanced new-rural communes',
  },
} as const satisfies Partial<Record<NtmSetLevel, { id: string; vi: string; en: string }>>;

/** What a commune set's header says of its legal standing. */
interface Standing {
  /** The decision that replaced the set: the set ends the day before it applies. */
  readonly until?: LegalBasis;
  /** How sure the validity dates are. */
  readonly status: NtmDataStatus;
}

/**
 * The header of a national commune set for the five-year period from `firstYear`: its id and title (as the national
 * titles word them), the decision and annex it transcribes, its validity (from that decision to the day before the
 * one that replaced it) and the date the data was checked.
 */
export function communeSetHeader(
  level: keyof typeof COMMUNE_LEVELS,
  firstYear: number,
  [decision, annex]: readonly [LegalBasis, string],
  { until, status }: Standing,
): Pick<
  NtmCriteriaSet,
  'id' | 'level' | 'title' | 'basis' | 'validity' | 'validityStatus' | 'dataAsOf'
> {
  const names = COMMUNE_LEVELS[level];
  const lastYear = firstYear + 4;
  const validFrom = startOf(decision);
  return {
    id: `${names.id}_${firstYear}_${lastYear}`,
    level,
    title: {
      vi: `Bộ tiêu chí quốc gia về ${names.vi} giai đoạn ${firstYear}–${lastYear}`,
      en: `National criteria for ${names.en}, ${firstYear}–${lastYear}`,
    },
    basis: { ...decision, annex },
    validity: until === undefined ? { validFrom } : { validFrom, validTo: dayBefore(until) },
    validityStatus: status,
    dataAsOf: NTM_CRITERIA_DATA_INFO.dataAsOf,
  };
}
