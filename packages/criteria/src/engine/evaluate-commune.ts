import type {
  Bilingual,
  NtmCommuneRef,
  NtmCriteriaSet,
  NtmCriterion,
  NtmFactValue,
  NtmIndicator,
  NtmThresholdCell,
} from '@ntm/domain/core';
import {
  CRITERIA_ERRORS,
  checkKey,
  DomainError,
  expectArray,
  expectInteger,
  expectRecord,
  expectString,
  fail,
  type IssuePath,
  isDomainError,
  optional,
  received,
} from '@ntm/domain/core';
import { hasThreshold } from '../internal/threshold-cell.js';
import { checkCommuneRef } from './check-evaluation.js';
import { badSet, checkSet, checkSetDeep, yearOf } from './check-set.js';
import type {
  NtmCommuneEvaluation,
  NtmCriterionResult,
  NtmEvaluationContext,
  NtmGap,
  NtmIndicatorResult,
  NtmMissingThreshold,
  NtmOutcome,
  NtmStatus,
} from './evaluation.js';
import { communeLevel, criterionLevel } from './provincial-levels.js';
import { readFact } from './read-fact.js';
import { REASONS } from './reasons.js';
import { thresholdColumn } from './threshold-column.js';

/**
 * The indicator values `evaluateCommune` reads: a `CommuneFacts` file (from `@ntm/domain`) fits.
 *
 * @example
 * ```ts
 * const facts: NtmFacts = { setId: 'XA_2021_2025', values: { '1.1': true, '15.1': 92 } };
 * ```
 */
export interface NtmFacts {
  /** Set the values were collected for; must match the set evaluated. */
  readonly setId?: string;
  /** Values by indicator code. */
  readonly values: Readonly<Record<string, NtmFactValue>>;
  /** Optional ("nếu có") indicators that do not apply. */
  readonly notApplicable?: readonly string[];
  /** Who the values are about. */
  readonly commune?: NtmCommuneRef;
  /** True for example data ("minh hoạ"). */
  readonly illustrative?: boolean;
}

const EMPTY: readonly string[] = Object.freeze([]);
const FACTS = { vi: 'Số liệu', en: 'The facts file' };
const NOW = { vi: 'nay', en: 'now' };
const NOT_APPLICABLE = (indicator: NtmIndicator): NtmIndicatorResult =>
  result(indicator, 'not-applicable', undefined, '', undefined, undefined, REASONS.notApplicable);

/**
 * Evaluates one commune for one year: each indicator and criterion `met | not-met | not-applicable |
 * cannot-evaluate` with the threshold used and its source, the count of criteria met ("đạt x/19"), the national
 * outcome (met only when every criterion is met), the gap for each unmet indicator, the thresholds still missing, and
 * the provincial outcome when the set was localised with outcome levels.
 *
 * A missing threshold is never guessed: the indicator is `cannot-evaluate` and `missingThresholds` names the annex.
 * Bad input (an unknown indicator, a value of the wrong type or unit, NaN, a percentage outside 0–100, prototype or
 * non-NFC keys, facts written for another set) throws a `DomainError` with the path of the value. A set that is not
 * frozen (made by hand or read from JSON) is checked in full before it is read; a frozen set is read as the SDK
 * built it (the shipped sets, {@link localizeCriteriaSet}, {@link supplementCriteriaSet}), so freeze only those.
 *
 * @remarks Đánh giá mức độ đạt tiêu chí xã nông thôn mới.
 * @example
 * ```ts
 * import { XA_2021_2025 } from '@ntm/criteria/sets';
 * const e = evaluateCommune(XA_2021_2025, { setId: 'XA_2021_2025', values: { '15.3': 21 } }, { year: 2022, region: 'TDMNPB' });
 * e.criteria[14]?.indicators[2]?.status; // 'met' (≤ 24 % in TDMNPB)
 * ```
 */
export function evaluateCommune(
  set: NtmCriteriaSet,
  facts: NtmFacts,
  context: NtmEvaluationContext,
): NtmCommuneEvaluation {
  try {
    return evaluate(set, facts, context);
  } catch (error) {
    // The hot path trusts the shape of the set's criteria and indicators (the shipped sets and localised sets are
    // checked and frozen); a damaged set object is diagnosed here, after the fact, with a DomainError naming it and
    // keeping the original error as its cause. Anything else (a bug) is rethrown as it is.
    if (!isDomainError(error)) diagnoseSet(set, error);
    throw error;
  }
}

function diagnoseSet(set: unknown, error: unknown): void {
  try {
    checkSetDeep(set);
  } catch (damage) {
    if (isDomainError(damage)) throw new DomainError(damage.issues, { cause: error });
    throw damage;
  }
}

function evaluate(
  set: NtmCriteriaSet,
  facts: NtmFacts,
  context: NtmEvaluationContext,
): NtmCommuneEvaluation {
  // The shipped sets and the sets localizeCriteriaSet and supplementCriteriaSet return are checked and frozen: the
  // hot path reads them as they are. A set that is not frozen (made by hand, read from JSON) is checked in full
  // first, so a damaged one is refused instead of read into a wrong answer (a NaN code, a missing annex).
  if (Object.isFrozen(set)) checkSet(set);
  else checkSetDeep(set);
  expectRecord(facts, ['facts']);
  const values = expectRecord(facts.values, ['facts', 'values']);
  const nationalId = set.provenance?.nationalSetId ?? set.id;
  if (facts.setId !== undefined && facts.setId !== set.id && facts.setId !== nationalId) {
    fail(CRITERIA_ERRORS['criteria/set-mismatch'], ['facts', 'setId'], {
      what: FACTS,
      written: received(facts.setId),
      set: set.id,
    });
  }
  checkYear(set, expectRecord(context, ['context']).year);
  const column = thresholdColumn(set, context);
  const notApplicable =
    facts.notApplicable === undefined
      ? EMPTY
      : (expectArray(facts.notApplicable, ['facts', 'notApplicable']) as readonly string[]);
  if (notApplicable.length > 0) checkNotApplicable(set, notApplicable);

  const year = context.year;
  const yearKey = `${year}:${column.key}`;
  // Group keys ('1'…'3') are array-index-like: V8 reads them fastest as numbers.
  const lookupKey: string | number =
    column.kind === 'communeGroup' ? Number(column.key) : column.key;
  const gaps: NtmGap[] = [];
  const missing: NtmMissingThreshold[] = [];
  const criteria: NtmCriterionResult[] = [];
  let seen = 0;
  let criteriaMet = 0;
  let criteriaNotMet = 0;
  let criteriaUnknown = 0;

  const example = set.supplement?.illustrative === true;
  let usesExample = false;
  const setCriteria = set.criteria;
  for (let c = 0; c < setCriteria.length; c++) {
    const criterion = setCriteria[c] as NtmCriterion;
    const results: NtmIndicatorResult[] = [];
    let met = 0;
    let notMet = 0;
    let unknown = 0;
    const list = criterion.indicators;
    for (let k = 0; k < list.length; k++) {
      const indicator = list[k] as NtmIndicator;
      const raw = values[indicator.code];
      const has = raw !== undefined && Object.hasOwn(values, indicator.code);
      if (has) seen++;
      let item: NtmIndicatorResult;
      if (notApplicable.length > 0 && notApplicable.includes(indicator.code)) {
        item = NOT_APPLICABLE(indicator);
      } else {
        const cellKey = indicator.perYear ? yearKey : column.key;
        // The key is built from the validated region/group and year, never from raw input.
        const cell = indicator.thresholds[indicator.perYear ? yearKey : lookupKey];
        const value = has ? readFact(indicator, raw) : undefined;
        item = judge(indicator, cell, cellKey, value);
        if (item.status === 'cannot-evaluate' && item.threshold === undefined) {
          missing.push({ indicator: indicator.code, cell: cellKey, annex: set.annex });
        } else if (item.status === 'not-met') {
          gaps.push(gapOf(indicator, item));
        }
      }
      // Does the result rest on an example supplement: an indicator it defined, or a value it supplied?
      if (example && !usesExample && (indicator.supplied !== undefined || item.threshold?.supplied))
        usesExample = item.status !== 'not-applicable';
      if (item.status === 'met') met++;
      else if (item.status === 'not-met') notMet++;
      else if (item.status === 'cannot-evaluate') unknown++;
      results.push(item);
    }
    let status: NtmStatus;
    if (criterion.indicators.length === 0) {
      status = 'cannot-evaluate';
      unknown = 1;
      missing.push({ indicator: criterion.code, cell: column.key, annex: set.annex });
    } else if (notMet > 0) status = 'not-met';
    else if (unknown > 0) status = 'cannot-evaluate';
    else if (met === 0) status = 'not-applicable';
    else status = 'met';
    if (status === 'met') criteriaMet++;
    else if (status === 'not-met') criteriaNotMet++;
    else if (status === 'cannot-evaluate') criteriaUnknown++;
    const base = {
      code: criterion.code,
      name: criterion.name,
      status,
      met,
      notMet,
      cannotEvaluate: unknown,
      indicators: results,
    };
    criteria.push(
      set.levels === undefined
        ? base
        : {
            ...base,
            provincialLevel: criterionLevel(
              set.levels,
              notMet,
              unknown,
              criterion.indicators.length === 0,
            ),
          },
    );
  }
  if (seen !== Object.keys(values).length) rejectUnknownValues(set, values);

  const total = set.criteria.length;
  const outcome: NtmOutcome =
    criteriaNotMet > 0 ? 'not-met' : criteriaUnknown > 0 ? 'cannot-evaluate' : 'met';
  const commune = optional(context.commune ?? facts.commune, (v) =>
    checkCommuneRef(v, ['commune']),
  );
  const evaluation: NtmCommuneEvaluation = {
    setId: nationalId,
    basis: set.basis,
    annex: set.annex,
    ...(set.provenance ? { provenance: set.provenance } : {}),
    ...(set.supplement
      ? {
          supplement: {
            source: set.supplement.source,
            illustrative: set.supplement.illustrative,
          },
        }
      : {}),
    ...(commune ? { commune } : {}),
    year,
    thresholds: column,
    criteria,
    criteriaMet,
    criteriaTotal: total,
    criteriaNotMet,
    criteriaCannotEvaluate: criteriaUnknown,
    label: {
      vi: `đạt ${criteriaMet}/${total} tiêu chí`,
      en: `${criteriaMet} of ${total} criteria met`,
    },
    outcome,
    gaps,
    missingThresholds: missing,
    illustrative: facts.illustrative === true || usesExample,
  };
  if (set.levels === undefined) return evaluation;
  const levels = set.levels;
  return {
    ...evaluation,
    provincial: {
      level: communeLevel(levels, criteria),
      order: [...levels.commune.map((level) => level.id), levels.communeFallback.id],
      illustrative: levels.illustrative,
      ...(levels.note ? { note: levels.note } : {}),
    },
  };
}

// One object per indicator with a fixed shape: the hot path of a whole-country evaluation.
function result(
  indicator: NtmIndicator,
  status: NtmStatus,
  value: number | boolean | undefined,
  cell: string,
  threshold: NtmThresholdCell | undefined,
  gap: number | undefined,
  reason: Bilingual,
): NtmIndicatorResult {
  return {
    code: indicator.code,
    status,
    value,
    cell,
    threshold,
    direction: indicator.direction,
    gap,
    reason,
  };
}

/** No threshold to compare with (missing nationally and not supplied): reported, never guessed. */
function noThreshold(
  indicator: NtmIndicator,
  value: number | boolean | undefined,
  cellKey: string,
): NtmIndicatorResult {
  return result(
    indicator,
    'cannot-evaluate',
    value,
    cellKey,
    undefined,
    undefined,
    REASONS.noThreshold,
  );
}

function judge(
  indicator: NtmIndicator,
  cell: NtmThresholdCell | undefined,
  cellKey: string,
  value: number | boolean | undefined,
): NtmIndicatorResult {
  if (!hasThreshold(indicator.type, cell)) {
    return noThreshold(indicator, value, cellKey);
  }
  if (value === undefined) {
    return result(indicator, 'cannot-evaluate', value, cellKey, cell, undefined, REASONS.noFact);
  }
  if (indicator.type === 'boolean') {
    return value === true
      ? result(indicator, 'met', value, cellKey, cell, undefined, REASONS.judgedMet)
      : result(indicator, 'not-met', value, cellKey, cell, undefined, REASONS.judgedNotMet);
  }
  if (indicator.type === 'absence') {
    return value === false || value === 0
      ? result(indicator, 'met', value, cellKey, cell, undefined, REASONS.absent)
      : result(indicator, 'not-met', value, cellKey, cell, undefined, REASONS.present);
  }
  const limit = cell.value as number;
  if (!(limit >= 0) || limit === Number.POSITIVE_INFINITY)
    badSet(['set'], `${indicator.code}: thresholds`);
  const number = value as number;
  if (indicator.direction === '<=' ? number <= limit : number >= limit) {
    return result(indicator, 'met', value, cellKey, cell, undefined, REASONS.met);
  }
  return result(
    indicator,
    'not-met',
    value,
    cellKey,
    cell,
    Math.abs(limit - number),
    REASONS.notMet,
  );
}

function gapOf(indicator: NtmIndicator, r: NtmIndicatorResult): NtmGap {
  const value = r.value as number | boolean;
  const numeric = indicator.type === 'percent' || indicator.type === 'number';
  const needed: number | boolean = numeric
    ? (r.threshold?.value as number)
    : indicator.type === 'boolean'
      ? true
      : typeof value === 'number'
        ? 0
        : false;
  return {
    criterion: indicator.criterion,
    indicator: indicator.code,
    value,
    needed,
    direction: numeric ? indicator.direction : undefined,
    difference: r.gap,
    unit: numeric ? indicator.unit : undefined,
  };
}

function checkYear(set: NtmCriteriaSet, value: unknown): void {
  const year = expectInteger(value, ['context', 'year']);
  const first = yearOf(set.validity.validFrom);
  const last = set.validity.validTo === undefined ? undefined : yearOf(set.validity.validTo);
  if (year < first || (last !== undefined && year > last)) {
    fail(CRITERIA_ERRORS['criteria/year-outside-set'], ['context', 'year'], {
      year,
      set: set.id,
      first,
      last: last ?? NOW,
    });
  }
}

function indicatorIndex(set: NtmCriteriaSet): Map<string, NtmIndicator> {
  const index = new Map<string, NtmIndicator>();
  for (const criterion of set.criteria)
    for (const item of criterion.indicators) index.set(item.code, item);
  return index;
}

function checkNotApplicable(set: NtmCriteriaSet, codes: readonly string[]): void {
  const index = indicatorIndex(set);
  codes.forEach((code, position) => {
    expectString(code, ['facts', 'notApplicable', position]);
    const indicator = index.get(code);
    if (indicator === undefined) unknownIndicator(set, code, ['facts', 'notApplicable', position]);
    if (!indicator.optional) {
      fail(CRITERIA_ERRORS['criteria/not-optional'], ['facts', 'notApplicable', position], {
        indicator: code,
      });
    }
  });
}

// Slow path, reached only when some key of `values` was not consumed by the main loop (an unknown key, or a known
// key whose value is `undefined`, which counts as no value).
function rejectUnknownValues(set: NtmCriteriaSet, values: Readonly<Record<string, unknown>>): void {
  const index = indicatorIndex(set);
  for (const key of Object.keys(values)) {
    checkKey(key, ['values']);
    if (!index.has(key)) unknownIndicator(set, key, ['values', key]);
  }
}

function unknownIndicator(set: NtmCriteriaSet, code: string, path: IssuePath): never {
  fail(CRITERIA_ERRORS['criteria/unknown-indicator'], path, { set: set.id, indicator: code });
}
