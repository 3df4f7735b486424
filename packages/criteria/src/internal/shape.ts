import {
  type Check,
  expectBoolean,
  expectInteger,
  expectKey,
  expectMaxLength,
  expectNumber,
  expectString,
  expectText,
  oneOf,
  optionalField,
} from '@ntm/domain/core';
import { DIRECTIONS, INDICATOR_TYPES } from './keys.js';

/*
 * The NTM vocabulary of the zod-free guards for hand-authored files (check-config.ts,
 * supplement/check-supplement-shape.ts), named as in `schema-parts.ts` of @ntm/domain so each guard reads like the
 * schema it mirrors. The declarative checks (`strictObject`, `arrayOf`, `optionalField`) are the shared ones of
 * @ntm/domain/core.
 */

/** Non-blank text. */
export const text: Check = expectString;
/** Non-blank text in NFC (Vietnamese). */
export const nfcText: Check = expectText;
/** An indicator, criterion, level or region code: at most 32 characters, a safe NFC key. */
export const code: Check = (value, path) =>
  expectKey(expectMaxLength(expectString(value, path), 32, path), path);
/** `true` or `false`. */
export const boolean: Check = expectBoolean;
/** A finite number ≥ 0. */
export const nonNegative: Check = (value, path) => expectNumber(value, path, { min: 0 });
/** A whole number within bounds. */
export const integer =
  (min: number, max: number): Check =>
  (value, path) =>
    expectInteger(value, path, { min, max });
/** How an indicator is measured. */
const indicatorType: Check = oneOf(INDICATOR_TYPES);
/** Minimum or maximum. */
const direction: Check = oneOf(DIRECTIONS);
/** A data year (`year` of `schema-parts.ts`). */
export const year: Check = integer(1900, 2100);

/**
 * The fields that define an indicator a file adds, in the schema's order (code, criterion, text, type, unit,
 * direction); `text` is the bilingual check of that file. Each file appends the fields only it has.
 */
export const indicatorDefinition = (text: Check) => ({
  code,
  criterion: code,
  text,
  type: indicatorType,
  unit: optionalField(nfcText),
  direction: optionalField(direction),
});
