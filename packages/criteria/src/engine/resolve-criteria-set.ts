import type { DateInput, NtmCriteriaSet, NtmSetLevel } from '@ntm/domain/core';
import {
  CRITERIA_ERRORS,
  expectArray,
  expectOneOf,
  expectRecord,
  fail,
  isInForce,
  parseIsoDate,
} from '@ntm/domain/core';
import { checkSet } from './check-set.js';

/**
 * What {@link resolveCriteriaSet} looks for.
 *
 * @example
 * ```ts
 * const query: CriteriaSetQuery = { level: 'xa', date: '2022-07-26' };
 * ```
 */
export interface CriteriaSetQuery {
  /** Commune, advanced commune or district. */
  readonly level: NtmSetLevel;
  /** Date of the evaluation (YYYY-MM-DD). */
  readonly date: DateInput;
}

const LEVELS: readonly NtmSetLevel[] = ['xa', 'xa-nang-cao', 'huyen'];

/**
 * The set in force on a date for a level, picked from `sets` (the national `NTM_CRITERIA_SETS` from
 * `@ntm/criteria/sets`, or a list including a province's localised sets). QĐ 1980 applies from 01/12/2016, QĐ 318 from
 * 08/03/2022, QĐ 51/2025 from 15/02/2026; district sets end on 30/06/2025. Throws `criteria/no-set-in-force` when none
 * is in force (e.g. before 01/12/2016: the QĐ 491 set is not shipped) and `criteria/ambiguous-set` when two are.
 *
 * @remarks Chọn bộ tiêu chí có hiệu lực tại ngày đánh giá.
 * @example
 * ```ts
 * import { NTM_CRITERIA_SETS } from '@ntm/criteria/sets';
 * resolveCriteriaSet({ level: 'xa', date: '2022-03-07' }, NTM_CRITERIA_SETS).id; // 'XA_2016_2020'
 * resolveCriteriaSet({ level: 'xa', date: '2022-03-08' }, NTM_CRITERIA_SETS).id; // 'XA_2021_2025'
 * ```
 */
export function resolveCriteriaSet(
  query: CriteriaSetQuery,
  sets: readonly NtmCriteriaSet[],
): NtmCriteriaSet {
  const level = expectOneOf(expectRecord(query, ['query']).level, LEVELS, ['level']);
  const date = parseIsoDate(query.date, ['date']);
  const matches = expectArray(sets, ['sets'])
    .map((set, index) => checkSet(set, ['sets', index]))
    .filter((set) => set.level === level && isInForce(set.validity, date));
  const [first, second] = matches;
  if (first === undefined)
    fail(CRITERIA_ERRORS['criteria/no-set-in-force'], ['date'], { level, date });
  if (second !== undefined)
    fail(CRITERIA_ERRORS['criteria/ambiguous-set'], ['sets'], {
      date,
      sets: [first.id, second.id],
    });
  return first;
}
