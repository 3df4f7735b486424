import type { NtmIndicatorType, NtmThresholdCell } from '@ntm/domain/core';

/** Indicators judged yes or no (`boolean`, `absence`): they take no numeric threshold. */
export const isJudged = (type: NtmIndicatorType): boolean =>
  type === 'boolean' || type === 'absence';

/**
 * True when a cell gives something to compare with: present, not marked `missing`, and — for a measured indicator —
 * with a value whatever its status. The evaluation and `listMissingThresholds` both ask this, so a threshold an
 * evaluation reports missing is one the list names, whether or not a commune value was given.
 */
export const hasThreshold = (
  type: NtmIndicatorType,
  cell: NtmThresholdCell | undefined,
): cell is NtmThresholdCell =>
  cell !== undefined && cell.status !== 'missing' && (isJudged(type) || cell.value !== undefined);
