import type {
  DateInput,
  IssuePath,
  NationalSupplement,
  NtmCriteriaSet,
  NtmSetLevel,
} from '@ntm/domain/core';
import {
  CRITERIA_ERRORS,
  createIssue,
  DomainError,
  expectArray,
  expectKey,
  expectOneOf,
  expectRecord,
  fail,
  isDomainError,
  isInForce,
  optional,
  parseIsoDate,
} from '@ntm/domain/core';
import { checkSet } from './check-set.js';
import { supplementCriteriaSet } from './supplement-criteria-set.js';

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

/**
 * Options of {@link resolveCriteriaSet}.
 *
 * @example
 * ```ts
 * const options: ResolveCriteriaSetOptions = { supplements: [parseNationalSupplement(json)] };
 * ```
 */
export interface ResolveCriteriaSetOptions {
  /**
   * National supplements, at most one per set: the one written for the set in force is applied to it
   * (`supplementCriteriaSet`); the others wait for their own dates.
   */
  readonly supplements?: readonly NationalSupplement[];
}

const LEVELS: readonly NtmSetLevel[] = ['xa', 'xa-nang-cao', 'huyen'];

/**
 * The set in force on a date for a level, picked from `sets` (the national `NTM_CRITERIA_SETS` from
 * `@ntm/criteria/sets`, or a list including a province's localised sets). QĐ 1980 applies from 01/12/2016, QĐ 318 from
 * 08/03/2022, QĐ 51/2025 from 15/02/2026; district sets end on 30/06/2025. Throws `criteria/no-set-in-force` when none
 * is in force (e.g. before 01/12/2016: the QĐ 491 set is not shipped) and `criteria/ambiguous-set` when two are.
 *
 * With `options.supplements`, the set in force comes back completed by the supplement written for it, with the errors
 * of `supplementCriteriaSet` at `options.supplements[i]`; a supplement for a set that is not in `sets` is refused
 * (`criteria/supplement-without-set`), and so are two for the same set (`criteria/already-supplemented`).
 *
 * @remarks Chọn bộ tiêu chí có hiệu lực tại ngày đánh giá.
 * @example
 * ```ts
 * import { NTM_CRITERIA_SETS } from '@ntm/criteria/sets';
 * resolveCriteriaSet({ level: 'xa', date: '2022-03-07' }, NTM_CRITERIA_SETS).id; // 'XA_2016_2020'
 * resolveCriteriaSet({ level: 'xa', date: '2022-03-08' }, NTM_CRITERIA_SETS).id; // 'XA_2021_2025'
 * resolveCriteriaSet({ level: 'xa', date: '2026-03-02' }, NTM_CRITERIA_SETS, { supplements: [qd51] }).supplement;
 * ```
 */
export function resolveCriteriaSet(
  query: CriteriaSetQuery,
  sets: readonly NtmCriteriaSet[],
  options: ResolveCriteriaSetOptions = {},
): NtmCriteriaSet {
  const level = expectOneOf(expectRecord(query, ['query']).level, LEVELS, ['level']);
  const date = parseIsoDate(query.date, ['date']);
  const checked = expectArray(sets, ['sets']).map((set, index) => checkSet(set, ['sets', index]));
  const supplements = supplementsBySet(options, checked);
  const matches = checked.filter((set) => set.level === level && isInForce(set.validity, date));
  const [first, second] = matches;
  if (first === undefined)
    fail(CRITERIA_ERRORS['criteria/no-set-in-force'], ['date'], { level, date });
  if (second !== undefined)
    fail(CRITERIA_ERRORS['criteria/ambiguous-set'], ['sets'], {
      date,
      sets: [first.id, second.id],
    });
  const own = supplements.get(first.id);
  return own === undefined ? first : supplemented(first, own.supplement, own.path);
}

/** The supplements by the id of their set, each with where it is in the options. */
function supplementsBySet(
  options: ResolveCriteriaSetOptions,
  sets: readonly NtmCriteriaSet[],
): Map<string, { supplement: NationalSupplement; path: IssuePath }> {
  const bySet = new Map<string, { supplement: NationalSupplement; path: IssuePath }>();
  const list = optional(expectRecord(options, ['options']).supplements, (v) =>
    expectArray(v, ['options', 'supplements']),
  );
  list?.forEach((item, index) => {
    const path = ['options', 'supplements', index];
    const setId = expectKey(expectRecord(item, path).baseSetId, [...path, 'baseSetId']);
    if (!sets.some((set) => set.id === setId))
      fail(CRITERIA_ERRORS['criteria/supplement-without-set'], [...path, 'baseSetId'], {
        set: setId,
      });
    const earlier = bySet.get(setId);
    if (earlier !== undefined)
      fail(CRITERIA_ERRORS['criteria/already-supplemented'], path, {
        set: setId,
        source: `options.supplements[${earlier.path[2]}]`,
      });
    bySet.set(setId, { supplement: item as NationalSupplement, path });
  });
  return bySet;
}

/** The set completed by its supplement; the supplement's errors are placed where it is in the options. */
function supplemented(
  set: NtmCriteriaSet,
  supplement: NationalSupplement,
  path: IssuePath,
): NtmCriteriaSet {
  try {
    return supplementCriteriaSet(set, supplement);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const issues = error.issues.map((issue) =>
      issue.path[0] === 'supplement'
        ? createIssue(issue.code, [...path, ...issue.path.slice(1)], issue.message, issue.params)
        : issue,
    );
    throw new DomainError(issues, { cause: error });
  }
}
