import type { NtmDirection, NtmIndicatorType, NtmThresholdKey } from '@ntm/domain/core';

/** Region columns of the 2016–2025 sets, in the decisions' order. */
export const REGIONS = ['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'] as const;

/** Commune groups of the 2026–2030 set, as cell keys. */
export const GROUPS = ['1', '2', '3'] as const;

/** The cell keys the engine evaluates with (never `chung`, which is informative only). */
export function keysOf(kind: NtmThresholdKey): readonly string[] {
  return kind === 'region' ? REGIONS : GROUPS;
}

/** How an indicator is measured (`NtmIndicatorType`). */
export const INDICATOR_TYPES: readonly NtmIndicatorType[] = [
  'boolean',
  'percent',
  'number',
  'absence',
];

/** Minimum or maximum (`NtmDirection`). */
export const DIRECTIONS: readonly NtmDirection[] = ['>=', '<='];
