import type { IsoDate } from '@ntm/domain/core';
import { DATA_AS_OF } from './data-info.js';

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
// The constant itself, not `HOLIDAYS_DATA_INFO.dataAsOf`: reading a property would keep the DataInfo in every bundle.
export const dataAsOf: IsoDate = DATA_AS_OF;
