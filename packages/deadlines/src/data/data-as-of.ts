import type { IsoDate } from '@ntm/domain/core';
import { HOLIDAYS_DATA_INFO } from './data-info.js';

/**
 * The date the holiday schedules, statutory rules and lunar table of this package were last checked against their
 * sources.
 *
 * @deprecated Use `HOLIDAYS_DATA_INFO.dataAsOf` (and `LUNAR_DATA_INFO` for the lunar table).
 * @example
 * ```ts
 * console.log(`Holiday data as of ${dataAsOf}`); // 'Holiday data as of 2026-11-23'
 * ```
 */
export const dataAsOf: IsoDate = HOLIDAYS_DATA_INFO.dataAsOf;
