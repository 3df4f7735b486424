import type { NtmCriteriaSet, NtmDataStatus } from '@ntm/domain/core';
import { keysOf } from '../internal/keys.js';
import { hasThreshold } from '../internal/threshold-cell.js';
import { checkSetDeep } from './check-set.js';

/**
 * One value a set still lacks: a threshold cell, the indicator list of a criterion, or — for a set whose decision
 * gives the number of indicators — the indicators still to be supplied (`criterion: '*'`, `count`).
 *
 * @example
 * ```ts
 * const row: NtmMissingValue = { setId: 'XA_2021_2025', criterion: '11', indicator: '11', cells: ['TDMNPB', 'DBSH'], annex: 'QĐ 318/QĐ-TTg Phụ lục I', status: 'missing' };
 * ```
 */
export interface NtmMissingValue {
  /** Set id. */
  readonly setId: string;
  /** Criterion code; `*` for the set as a whole. */
  readonly criterion: string;
  /** Indicator code; absent when the whole indicator list is missing. */
  readonly indicator?: string;
  /** Missing cells (`TDMNPB`, `2023:DBSH`…); empty when the indicator list is missing. */
  readonly cells: readonly string[];
  /**
   * What is missing: `missing` (value), `indicators` (the criterion's indicator list), or `indicator-count`
   * (`count` indicators of the decision not in the set).
   */
  readonly status: Extract<NtmDataStatus, 'missing'> | 'indicators' | 'indicator-count';
  /** For `indicator-count`: how many indicators are still to be supplied. */
  readonly count?: number;
  /** Where to load it from. */
  readonly annex: string;
}

/**
 * Lists every threshold a set needs and does not have (the informative `chung` column excluded), every criterion
 * whose indicators were not obtained, and — once some criterion has indicators — how many of the decision's
 * `indicatorCount` are still absent. On a set completed by `supplementCriteriaSet` it lists exactly what the
 * supplement left missing. The docs page "NTM missing thresholds" is generated from it.
 *
 * @remarks Danh sách ngưỡng còn thiếu, cần nạp từ phụ lục chính thức.
 * @example
 * ```ts
 * listMissingThresholds(XA_2021_2025).find((row) => row.indicator === '11')?.cells.length; // 7
 * ```
 */
export function listMissingThresholds(set: NtmCriteriaSet): NtmMissingValue[] {
  checkSetDeep(set);
  const keys = keysOf(set.thresholdKey);
  const rows: NtmMissingValue[] = [];
  let indicators = 0;
  for (const criterion of set.criteria) {
    indicators += criterion.indicators.length;
    if (criterion.indicators.length === 0) {
      rows.push({
        setId: set.id,
        criterion: criterion.code,
        cells: [],
        status: 'indicators',
        annex: set.annex,
      });
      continue;
    }
    for (const indicator of criterion.indicators) {
      const cells = Object.keys(indicator.thresholds).filter((cell) => {
        const key = cell.includes(':') ? cell.slice(cell.indexOf(':') + 1) : cell;
        return keys.includes(key) && !hasThreshold(indicator.type, indicator.thresholds[cell]);
      });
      if (cells.length > 0) {
        rows.push({
          setId: set.id,
          criterion: criterion.code,
          indicator: indicator.code,
          cells,
          status: 'missing',
          annex: set.annex,
        });
      }
    }
  }
  // With no indicator at all, the rows of the criteria already say everything is missing.
  if (set.indicatorCount !== undefined && indicators > 0 && indicators < set.indicatorCount) {
    rows.push({
      setId: set.id,
      criterion: '*',
      cells: [],
      status: 'indicator-count',
      count: set.indicatorCount - indicators,
      annex: set.annex,
    });
  }
  return rows;
}
