import type { IssuePath } from '@ntm/domain/core';
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
 * Checks for hand-authored files that may not have gone through their zod schema in @ntm/domain, written the way zod
 * checks so both report the same first problem: fields in the schema's order, an optional field whenever its key is
 * present (even as `undefined`, zod's `exactOptional`), unknown keys after the fields. Each file's guard is a
 * declaration built from these (check-config.ts, supplement/check-supplement-shape.ts), tested against its schema.
 */

/** Checks one value at a path; throws the `DomainError` of the first problem. */
export type Check = (value: unknown, path: IssuePath) => unknown;

/** A field checked only when its key is present (zod's `exactOptional`). */
export interface Optional {
  readonly optional: Check;
}

/** Marks a field as optional. */
export const optional = (check: Check): Optional => ({ optional: check });

/** An object with exactly these fields, checked in this order. */
export function strictObject(fields: Readonly<Record<string, Check | Optional>>): Check {
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

/** An array (without holes) whose every item passes `item`. */
export const arrayOf =
  (item: Check): Check =>
  (value, path) =>
    expectArray(value, path).forEach((element, index) => {
      item(element, [...path, index]);
    });

const CHARACTERS = { vi: 'ký tự', en: 'characters' };

/** `input/too-long` for a text longer than `maximum`. */
export function maxLength(text: string, maximum: number, path: IssuePath): string {
  if (text.length > maximum)
    fail(INPUT_ERRORS['input/too-long'], path, {
      maximum,
      unit: CHARACTERS,
      received: received(text),
    });
  return text;
}

/** Any string, even empty (`$schema`). */
export const anyString: Check = (value, path) =>
  typeof value === 'string' ? value : expectString(value, path);
/** Non-blank text. */
export const text: Check = expectString;
/** Non-blank text in NFC (Vietnamese). */
export const nfcText: Check = expectText;
/** An indicator, criterion, level or region code: at most 32 characters, a safe NFC key. */
export const code: Check = (value, path) =>
  expectKey(maxLength(expectString(value, path), 32, path), path);
/** `true` or `false`. */
export const boolean: Check = expectBoolean;
/** A finite number ≥ 0. */
export const nonNegative: Check = (value, path) => expectNumber(value, path, { min: 0 });
/** A whole number within bounds. */
export const integer =
  (min: number, max: number): Check =>
  (value, path) =>
    expectInteger(value, path, { min, max });
/** One of the allowed values. */
export const oneOf =
  (allowed: readonly string[]): Check =>
  (value, path) =>
    expectOneOf(value, allowed, path);

/** `{ vi, en }`, the Vietnamese in NFC. */
export const bilingual = strictObject({ vi: nfcText, en: text });

/** A date written `YYYY-MM-DD` that exists. */
export const isoDate: Check = (value, path) => {
  if (!isIsoDate(anyString(value, path)))
    fail(DATE_ERRORS['date/invalid'], path, { value: received(value) });
};
