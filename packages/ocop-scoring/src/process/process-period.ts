import type { DateInput } from '@ntm/domain/core';
import {
  expectPath,
  fail,
  type IssuePath,
  OCOP_PROCESS_ERRORS,
  parseIsoDate,
} from '@ntm/domain/core';
import { OCOP_PROCESS_PERIODS } from '../data/process/authority.js';
import type { OcopProcessPeriod } from './types.js';

/**
 * The row of the authority table in force on `date`: who evaluates and who recognises. Throws `ocop/before-ocop`
 * before 21/08/2019 (QĐ 1048, the first national rules).
 *
 * @remarks Thời kỳ áp dụng quy trình đánh giá, công nhận sản phẩm OCOP.
 * @example
 * ```ts
 * processPeriodFor('2020-06-15').id; // 'QD1048_2019'
 * processPeriodFor('2025-07-03').flag !== undefined; // true: districts had ceased, QĐ 1489 not yet in force
 * ```
 */
export function processPeriodFor(date: DateInput, path: IssuePath = ['date']): OcopProcessPeriod {
  const day = parseIsoDate(date, path);
  for (const period of OCOP_PROCESS_PERIODS) {
    const { validFrom, validTo } = period.validity;
    if (day >= validFrom && (validTo === undefined || day <= validTo)) return period;
  }
  return fail(OCOP_PROCESS_ERRORS['ocop/before-ocop'], expectPath(path, ['path']), { date: day });
}
