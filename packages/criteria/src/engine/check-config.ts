import type { IssuePath, ProvinceCriteriaConfig } from '@ntm/domain/core';
import {
  DATE_ERRORS,
  expectArray,
  expectBoolean,
  expectInteger,
  expectKey,
  expectKnownFields,
  expectNumber,
  expectOneOf,
  expectRecord,
  expectString,
  expectText,
  fail,
  INPUT_ERRORS,
  isIsoDate,
  received,
} from '@ntm/domain/core';

/*
 * The shape of a province configuration that may not have gone through `parseProvinceCriteriaConfig`. It accepts
 * exactly what `ProvinceCriteriaConfigSchema` (zod, in @ntm/domain) accepts and reports the same first problem, so
 * it is written the way zod checks: fields in the schema's order, an optional field whenever its key is present
 * (even as `undefined`), unknown keys after the fields. check-config.test.ts feeds both the same generated
 * configurations, so the two cannot drift. Cross-checks with the set are made by `localizeCriteriaSet`.
 */

type Check = (value: unknown, path: IssuePath) => unknown;

/** A field checked only when its key is present (zod's `exactOptional`). */
interface Optional {
  readonly optional: Check;
}

const optional = (check: Check): Optional => ({ optional: check });

function strictObject(fields: Readonly<Record<string, Check | Optional>>): Check {
  const names = Object.keys(fields);
  return (value, path) => {
    const record = expectRecord(value, path);
    for (const name of names) {
      const field = fields[name] as Check | Optional;
      if (typeof field === 'function') field(record[name], [...path, name]);
      else if (name in record) field.optional(record[name], [...path, name]);
    }
    return expectKnownFields(record, names, path);
  };
}

const arrayOf =
  (item: Check): Check =>
  (value, path) =>
    expectArray(value, path).forEach((element, index) => {
      item(element, [...path, index]);
    });

const CHARACTERS = { vi: 'ký tự', en: 'characters' };

function maxLength(text: string, maximum: number, path: IssuePath): string {
  if (text.length > maximum)
    fail(INPUT_ERRORS['input/too-long'], path, {
      maximum,
      unit: CHARACTERS,
      received: received(text),
    });
  return text;
}

/** Any string, even empty (`$schema`). */
const anyString: Check = (value, path) =>
  typeof value === 'string' ? value : expectString(value, path);
/** Non-blank text. */
const text: Check = expectString;
/** Non-blank text in NFC (Vietnamese). */
const nfcText: Check = expectText;
/** An indicator, criterion, level or region code: at most 32 characters, a safe NFC key. */
const code: Check = (value, path) =>
  expectKey(maxLength(expectString(value, path), 32, path), path);
const boolean: Check = expectBoolean;
const nonNegative: Check = (value, path) => expectNumber(value, path, { min: 0 });
const integer =
  (min: number, max: number): Check =>
  (value, path) =>
    expectInteger(value, path, { min, max });
const oneOf =
  (allowed: readonly string[]): Check =>
  (value, path) =>
    expectOneOf(value, allowed, path);

const bilingual = strictObject({ vi: nfcText, en: text });

// The legal basis of @ntm/domain (`legalBasisSchema`): NFC texts of at most 2000 characters once trimmed.
const legalText: Check = (value, path) => {
  const text = expectString(value, path).trim();
  maxLength(text, 2000, path);
  if (text !== text.normalize('NFC'))
    fail(INPUT_ERRORS['text/not-nfc'], path, { received: received(text) });
};
const isoDate: Check = (value, path) => {
  if (!isIsoDate(anyString(value, path)))
    fail(DATE_ERRORS['date/invalid'], path, { value: received(value) });
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
