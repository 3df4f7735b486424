import type { ProvinceOutcomeLevels } from '@ntm/domain/core';
import type { NtmCriterionResult, NtmProvincialLevel } from './evaluation.js';
import { REASONS } from './reasons.js';

/*
 * Provincial levels are decided only when the unknown indicators cannot change them: a level is given when it holds
 * counting every unknown as failed; if it would hold only counting unknowns as met, the level is `cannot-evaluate`.
 */

const UNDECIDED_ID = 'cannot-evaluate';

/** The provincial level of one criterion from its counts of unmet and unknown indicators. */
export function criterionLevel(
  levels: ProvinceOutcomeLevels,
  notMet: number,
  unknown: number,
  noIndicators: boolean,
): NtmProvincialLevel {
  if (noIndicators) return { id: UNDECIDED_ID, name: REASONS.undecided };
  for (const level of levels.criterion) {
    if (notMet + unknown <= level.maxIndicatorsNotMet) return { id: level.id, name: level.name };
    if (notMet <= level.maxIndicatorsNotMet) return { id: UNDECIDED_ID, name: REASONS.undecided };
  }
  return levels.criterionFallback;
}

/** The provincial level of a commune from the levels of its criteria. */
export function communeLevel(
  levels: ProvinceOutcomeLevels,
  criteria: readonly NtmCriterionResult[],
): NtmProvincialLevel {
  const rank = new Map<string, number>();
  levels.criterion.forEach((level, index) => {
    rank.set(level.id, index);
  });
  const ranks = criteria.map((c) => {
    const id = c.provincialLevel?.id ?? UNDECIDED_ID;
    return id === UNDECIDED_ID ? -1 : (rank.get(id) ?? levels.criterion.length);
  });
  const undecided = ranks.filter((r) => r === -1).length;
  for (const level of levels.commune) {
    let certain = true;
    let possible = true;
    for (const requirement of level.requires) {
      const wanted = rank.get(requirement.level) ?? -1;
      const reached = ranks.filter((r) => r >= 0 && r <= wanted).length;
      if (reached < requirement.min) certain = false;
      if (reached + undecided < requirement.min) possible = false;
    }
    if (certain) return { id: level.id, name: level.name };
    if (possible) return { id: UNDECIDED_ID, name: REASONS.undecided };
  }
  return levels.communeFallback;
}
