import { arrayOf, expectBilingual, optionalField, strictObject } from '@ntm/domain/core';
import { boolean, code, integer } from '../internal/shape.js';

/*
 * The shape of a province's outcome levels (`ProvinceOutcomeLevels`), as `ProvinceCriteriaConfigSchema` checks it:
 * in a province configuration (check-config.ts) and in a localised set that is not frozen (check-set.ts), whose
 * levels an evaluation copies into its result.
 */

const levelName = strictObject({ id: code, name: expectBilingual });

/** Checks outcome levels field by field, in the schema's order; throws the first problem at its path. */
export const outcomeLevels = strictObject({
  illustrative: boolean,
  note: optionalField(expectBilingual),
  criterion: arrayOf(
    strictObject({ id: code, name: expectBilingual, maxIndicatorsNotMet: integer(0, 100) }),
  ),
  criterionFallback: levelName,
  commune: arrayOf(
    strictObject({
      id: code,
      name: expectBilingual,
      requires: arrayOf(strictObject({ level: code, min: integer(0, 100) })),
    }),
  ),
  communeFallback: levelName,
});
