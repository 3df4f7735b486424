import type { NtmCriteriaSet } from '@ntm/domain/core';
import { NTM_CRITERIA_DATA_INFO } from './data-info.js';
import { HUYEN_2016_2020, HUYEN_2021_2025 } from './huyen.js';
import { XA_2016_2020 } from './xa-2016-2020.js';
import { XA_2021_2025 } from './xa-2021-2025.js';
import { XA_2026_2030 } from './xa-2026-2030.js';
import { XA_NC_2021_2025 } from './xa-nang-cao-2021-2025.js';

/**
 * Every national set shipped, oldest first. Pass it to `resolveCriteriaSet`.
 *
 * @example
 * ```ts
 * resolveCriteriaSet({ level: 'xa', date: '2022-07-26' }, NTM_CRITERIA_SETS).id; // 'XA_2021_2025'
 * ```
 */
export const NTM_CRITERIA_SETS: readonly NtmCriteriaSet[] = Object.freeze([
  HUYEN_2016_2020,
  XA_2016_2020,
  XA_2021_2025,
  XA_NC_2021_2025,
  HUYEN_2021_2025,
  XA_2026_2030,
]);

/**
 * The date the criteria data was last checked against its sources.
 *
 * @deprecated Use `NTM_CRITERIA_DATA_INFO.dataAsOf`.
 * @example
 * ```ts
 * NTM_CRITERIA_DATA_AS_OF; // '2026-11-23'
 * ```
 */
export const NTM_CRITERIA_DATA_AS_OF = NTM_CRITERIA_DATA_INFO.dataAsOf;
