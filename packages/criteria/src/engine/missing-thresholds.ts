import type { NtmCriteriaSet, NtmDataStatus } from '@ntm/domain/core';
import { keysOf } from '../internal/keys.js';
import { checkSetDeep } from './check-set.js';

/**
 * One value a set still lacks: a threshold cell, or the indicator list of a criterion.
 *
 * @example
 * ```ts
 * const row: NtmMissingValue = { setId: 'XA_2021_2025', criterion: '11', indicator: '11', cells: ['TDMNPB', 'DBSH'], annex: 'QĐ 318/QĐ-TTg Phụ lục I', status: 'missing' };
 * ```
 */
export interface NtmMissingValue {
  /** Set id. */
  readonly setId: string;
  /** Criterion code. */
  readonly criterion: string;
  /** Indicator code; absent when the whole indicator list is missing. */
  readonly indicator?: string;
  /** Missing cells (`TDMNPB`, `2023:DBSH`…); empty when the indicator list is missing. */
  readonly cells: readonly string[];
  /** What is missing: `missing` (value), or `indicators` (the criterion's indicator list). */
  readonly status: Extract<NtmDataStatus, 'missing'> | 'indicators';
  /** Where to load it from. */
  readonly annex: string;
}

/**
 * Lists every threshold a set needs and does not have (the informative `chung` column excluded), and every criterion
 * whose indicators were not obtained. The docs page "NTM missing thresholds" is generated from it.
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
  for (const criterion of set.criteria) {
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
        return keys.includes(key) && indicator.thresholds[cell]?.status === 'missing';
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
  return rows;
}
