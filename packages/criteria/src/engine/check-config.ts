import type { ProvinceCriteriaConfig } from '@ntm/domain/core';
import { expectString, fail, INPUT_ERRORS, received } from '@ntm/domain/core';
import {
  anyString,
  arrayOf,
  bilingual,
  boolean,
  type Check,
  code,
  integer,
  isoDate,
  maxLength,
  nfcText,
  nonNegative,
  oneOf,
  optional,
  strictObject,
} from '../internal/shape.js';

/*
 * The shape of a province configuration that may not have gone through `parseProvinceCriteriaConfig`. It accepts
 * exactly what `ProvinceCriteriaConfigSchema` (zod, in @ntm/domain) accepts and reports the same first problem, so
 * it is written the way zod checks: fields in the schema's order, an optional field whenever its key is present
 * (even as `undefined`), unknown keys after the fields. check-config.test.ts feeds both the same generated
 * configurations, so the two cannot drift. Cross-checks with the set are made by `localizeCriteriaSet`.
 */

// The legal basis of @ntm/domain (`legalBasisSchema`): NFC texts of at most 2000 characters once trimmed.
const legalText: Check = (value, path) => {
  const text = expectString(value, path).trim();
  maxLength(text, 2000, path);
  if (text !== text.normalize('NFC'))
    fail(INPUT_ERRORS['text/not-nfc'], path, { received: received(text) });
};
const legalBasis = strictObject({
  number: legalText,
  type: legalText,
  issuer: legalText,
  title: optional(strictObject({ vi: legalText, en: legalText })),
  signed: optional(isoDate),
  effective: optional(isoDate),
  article: optional(legalText),
  annex: optional(legalText),
  sheet: optional(legalText),
});

const levelName = strictObject({ id: code, name: bilingual });
const levels = strictObject({
  illustrative: boolean,
  note: optional(bilingual),
  criterion: arrayOf(
    strictObject({ id: code, name: bilingual, maxIndicatorsNotMet: integer(0, 100) }),
  ),
  criterionFallback: levelName,
  commune: arrayOf(
    strictObject({
      id: code,
      name: bilingual,
      requires: arrayOf(strictObject({ level: code, min: integer(0, 100) })),
    }),
  ),
  communeFallback: levelName,
});

const PROVINCE_CONFIG = strictObject({
  $schema: optional(anyString),
  province: optional(nfcText),
  baseSetId: optional(code),
  decision: optional(legalBasis),
  illustrative: optional(boolean),
  note: optional(bilingual),
  thresholds: optional(
    arrayOf(
      strictObject({
        indicator: code,
        value: nonNegative,
        key: optional(code),
        year: optional(integer(1900, 2100)),
        source: optional(nfcText),
        note: optional(bilingual),
      }),
    ),
  ),
  addIndicators: optional(
    arrayOf(
      strictObject({
        code,
        criterion: code,
        text: bilingual,
        type: oneOf(['boolean', 'percent', 'number', 'absence']),
        unit: optional(nfcText),
        direction: optional(oneOf(['>=', '<='])),
        value: optional(nonNegative),
        optional: optional(boolean),
      }),
    ),
  ),
  removeIndicators: optional(arrayOf(code)),
  levels: optional(levels),
});

/**
 * Checks the shape of a province configuration (wrong types, unknown fields, prototype keys, NFD text, numbers out
 * of range) and returns it typed.
 */
export function checkConfigShape(config: unknown): Partial<ProvinceCriteriaConfig> {
  PROVINCE_CONFIG(config, ['config']);
  return config as Partial<ProvinceCriteriaConfig>;
}
