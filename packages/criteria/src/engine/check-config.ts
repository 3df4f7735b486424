import {
  arrayOf,
  expectAnyString,
  expectBilingual,
  expectLegalBasis,
  optionalField,
  type ProvinceCriteriaConfig,
  strictObject,
} from '@ntm/domain/core';
import {
  boolean,
  code,
  indicatorDefinition,
  nfcText,
  nonNegative,
  year,
} from '../internal/shape.js';
import { outcomeLevels } from './levels-shape.js';

/*
 * The shape of a province configuration that may not have gone through `parseProvinceCriteriaConfig`. It accepts
 * exactly what `ProvinceCriteriaConfigSchema` (zod, in @ntm/domain) accepts and reports the same first problem, so
 * it is written the way zod checks: fields in the schema's order, an optional field whenever its key is present
 * (even as `undefined`), unknown keys after the fields. check-config.test.ts feeds both the same generated
 * configurations, so the two cannot drift. Cross-checks with the set are made by `localizeCriteriaSet`.
 */

const PROVINCE_CONFIG = strictObject({
  $schema: optionalField(expectAnyString),
  province: optionalField(nfcText),
  baseSetId: optionalField(code),
  decision: optionalField(expectLegalBasis),
  illustrative: optionalField(boolean),
  note: optionalField(expectBilingual),
  thresholds: optionalField(
    arrayOf(
      strictObject({
        indicator: code,
        value: nonNegative,
        key: optionalField(code),
        year: optionalField(year),
        source: optionalField(nfcText),
        note: optionalField(expectBilingual),
      }),
    ),
  ),
  addIndicators: optionalField(
    arrayOf(
      strictObject({
        ...indicatorDefinition(expectBilingual),
        value: optionalField(nonNegative),
        optional: optionalField(boolean),
      }),
    ),
  ),
  removeIndicators: optionalField(arrayOf(code)),
  levels: optionalField(outcomeLevels),
});

/**
 * Checks the shape of a province configuration (wrong types, unknown fields, prototype keys, NFD text, numbers out
 * of range) and returns it typed.
 */
export function checkConfigShape(config: unknown): Partial<ProvinceCriteriaConfig> {
  PROVINCE_CONFIG(config, ['config']);
  return config as Partial<ProvinceCriteriaConfig>;
}
