import type {
  Bilingual,
  IssuePath,
  NtmCriteriaSet,
  NtmDirection,
  NtmIndicator,
  NtmIndicatorType,
  NtmThresholdCell,
} from '@ntm/domain/core';
import {
  CRITERIA_ERRORS,
  DomainError,
  expectArray,
  fail,
  isIsoDate,
  isRecord,
  issueOf,
} from '@ntm/domain/core';
import { DIRECTIONS, INDICATOR_TYPES } from '../internal/keys.js';
import { outcomeLevels } from './levels-shape.js';

/**
 * Throws the error for a damaged set object, naming the part as the data does (`thresholdKey`, `15.3: thresholds`);
 * `cause` is the error that revealed the damage, if any.
 */
export function badSet(path: IssuePath, part: Bilingual | string, cause?: unknown): never {
  const issue = issueOf(CRITERIA_ERRORS['criteria/invalid-set'], path, { part });
  throw new DomainError([issue], cause === undefined ? undefined : { cause });
}

/**
 * Rejects anything that is not a criteria set (wrong object, `undefined` from a failed lookup) and checks the
 * top-level fields every engine reads. Criteria and indicators are checked where they are read.
 */
export function checkSet(set: unknown, path: IssuePath = ['set']): NtmCriteriaSet {
  if (
    !isRecord(set) ||
    typeof set.id !== 'string' ||
    !Array.isArray(set.criteria) ||
    !isRecord(set.validity)
  ) {
    fail(CRITERIA_ERRORS['criteria/unknown-set'], path);
  }
  const { validFrom, validTo } = set.validity;
  if (!isIsoDate(validFrom) || (validTo !== undefined && !isIsoDate(validTo))) {
    badSet([...path, 'validity'], 'validity');
  }
  if (set.thresholdKey !== 'region' && set.thresholdKey !== 'communeGroup') {
    badSet([...path, 'thresholdKey'], 'thresholdKey');
  }
  if (
    typeof set.annex !== 'string' ||
    !isRecord(set.basis) ||
    typeof set.basis.number !== 'string'
  ) {
    badSet(path, 'annex, basis');
  }
  if (!Array.isArray(set.regionOverrides) || !Array.isArray(set.notes)) {
    badSet([...path, 'regionOverrides'], 'regionOverrides, notes');
  }
  set.regionOverrides.forEach((rule: unknown, index: number) => {
    if (
      !isRecord(rule) ||
      typeof rule.id !== 'string' ||
      typeof rule.region !== 'string' ||
      !isRecord(rule.text) ||
      (rule.fromYear !== undefined && typeof rule.fromYear !== 'number') ||
      !Array.isArray(rule.anyOf) ||
      !rule.anyOf.every(
        (all: unknown) => Array.isArray(all) && all.every((f) => typeof f === 'string'),
      )
    ) {
      badSet([...path, 'regionOverrides', index], 'regionOverrides');
    }
  });
  return set as unknown as NtmCriteriaSet;
}

/** Checks one criterion where an engine reads it. */
export function checkCriterion(criterion: unknown, path: IssuePath): void {
  if (
    !isRecord(criterion) ||
    typeof criterion.code !== 'string' ||
    !isBilingual(criterion.name) ||
    !Array.isArray(criterion.indicators)
  ) {
    badSet(path, 'criteria');
  }
}

/** Checks one indicator where an engine reads it. */
export function checkIndicator(
  indicator: unknown,
  path: IssuePath,
): asserts indicator is NtmIndicator {
  if (
    !isRecord(indicator) ||
    typeof indicator.code !== 'string' ||
    typeof indicator.criterion !== 'string' ||
    !INDICATOR_TYPES.includes(indicator.type as NtmIndicatorType) ||
    !isRecord(indicator.thresholds) ||
    (indicator.direction !== undefined &&
      !DIRECTIONS.includes(indicator.direction as NtmDirection)) ||
    (indicator.unit !== undefined && typeof indicator.unit !== 'string')
  ) {
    badSet(path, 'indicators');
  }
}

/** Checks one threshold cell: a record whose value, when present, is a finite number ≥ 0. */
export function checkCell(
  cell: unknown,
  path: IssuePath,
): asserts cell is NtmThresholdCell | undefined {
  if (cell === undefined) return;
  if (
    !hasOnly(cell, CELL_FIELDS) ||
    typeof cell.status !== 'string' ||
    (cell.value !== undefined &&
      (typeof cell.value !== 'number' || !(cell.value >= 0) || !Number.isFinite(cell.value))) ||
    (cell.sources !== undefined &&
      !(Array.isArray(cell.sources) && cell.sources.every((s) => typeof s === 'string'))) ||
    (cell.note !== undefined && !isBilingual(cell.note)) ||
    (cell.supplied !== undefined && !isSupplyMark(cell.supplied))
  ) {
    badSet(path, 'thresholds');
  }
}

/** An object with no fields but `fields`: what a result shows of the set is shown whole, so nothing may ride along. */
const hasOnly = (value: unknown, fields: readonly string[]): value is Record<string, unknown> =>
  isRecord(value) && Object.keys(value).every((key) => fields.includes(key));

const isBilingual = (value: unknown): boolean =>
  hasOnly(value, ['vi', 'en']) && typeof value.vi === 'string' && typeof value.en === 'string';

/** A legal basis as results show it: plain text, and a bilingual title. */
const isPlainBasis = (value: unknown): boolean =>
  isRecord(value) &&
  Object.entries(value).every(
    ([key, field]) => typeof field === 'string' || (key === 'title' && isBilingual(field)),
  );

const isText = (value: unknown): boolean => value === undefined || typeof value === 'string';

/** The document a supplement cites, as results show it. */
const isSource = (value: unknown): boolean =>
  hasOnly(value, ['document', 'annex', 'page', 'url']) &&
  typeof value.document === 'string' &&
  isText(value.annex) &&
  isText(value.url) &&
  (isText(value.page) || Number.isFinite(value.page));

/** Where a supplied value comes from, as results label it (see supplyLabel). */
const isSupplyMark = (value: unknown): boolean =>
  hasOnly(value, ['source', 'illustrative']) &&
  typeof value.illustrative === 'boolean' &&
  isSource(value.source);

/** A set's supplement record: results show its source and whether it is an example. */
const isSupplement = (value: unknown): boolean =>
  isRecord(value) && typeof value.illustrative === 'boolean' && isSource(value.source);

const CELL_FIELDS = ['status', 'value', 'sources', 'note', 'supplied'];
const PROVENANCE_FIELDS = [
  'nationalSetId',
  'nationalBasis',
  'province',
  'decision',
  'illustrative',
];

/**
 * Checks every criterion, indicator and cell, and what evaluations show of the set (its basis, provenance and
 * supplement): for the engines that are not on a hot path, and for a set that is not frozen.
 */
export function checkSetDeep(set: unknown, path: IssuePath = ['set']): NtmCriteriaSet {
  const checked = checkSet(set, path);
  if (!isPlainBasis(checked.basis)) badSet([...path, 'basis'], 'basis');
  const { provenance, supplement } = checked as { provenance?: unknown; supplement?: unknown };
  if (
    provenance !== undefined &&
    !(
      hasOnly(provenance, PROVENANCE_FIELDS) &&
      typeof provenance.nationalSetId === 'string' &&
      typeof provenance.nationalBasis === 'string' &&
      typeof provenance.illustrative === 'boolean' &&
      (provenance.province === undefined || typeof provenance.province === 'string') &&
      (provenance.decision === undefined || isPlainBasis(provenance.decision))
    )
  ) {
    badSet([...path, 'provenance'], 'provenance');
  }
  if (supplement !== undefined && !isSupplement(supplement))
    badSet([...path, 'supplement'], 'supplement');
  // Copied into every evaluation's provincial outcome: the shape a province configuration must have.
  const { levels, indicatorCount } = checked as { levels?: unknown; indicatorCount?: unknown };
  if (levels !== undefined) outcomeLevels(levels, [...path, 'levels']);
  // Compared with the indicators counted (supplement, missing list): a number that means a count, or nothing.
  if (
    indicatorCount !== undefined &&
    !(Number.isSafeInteger(indicatorCount) && (indicatorCount as number) > 0)
  ) {
    badSet([...path, 'indicatorCount'], 'indicatorCount');
  }
  expectArray(checked.criteria, [...path, 'criteria']).forEach((criterion, c) => {
    checkCriterion(criterion, [...path, 'criteria', c]);
    const { indicators } = criterion as { indicators: unknown };
    expectArray(indicators, [...path, 'criteria', c, 'indicators']).forEach((indicator, i) => {
      const at = [...path, 'criteria', c, 'indicators', i];
      checkIndicator(indicator, at);
      for (const key of Object.keys(indicator.thresholds)) {
        checkCell(indicator.thresholds[key], [...at, 'thresholds', key]);
      }
    });
  });
  return checked;
}

/** The calendar year of an ISO date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
