import { INPUT_ERRORS } from '../errors/catalogue/input.js';
import { received } from '../errors/describe-value.js';
import { fail } from '../errors/domain-error.js';
import type { IssuePath } from '../errors/issue.js';
import { expectArray, expectKnownFields, expectOneOf, expectRecord } from './guards.js';
import { LENGTH_UNITS } from './kind-words.js';

/*
 * Declarative checks for the zod-free twins of the @ntm/domain schemas: an engine that accepts a file which may not
 * have gone through its parser describes the file's shape with these, written the way zod checks so both report the
 * same first problem — fields in the schema's order, an optional field whenever its key is present (even as
 * `undefined`, zod's `exactOptional`), unknown keys after the fields, a list's elements before its length. Each twin
 * is tested against its schema on generated inputs.
 */

/**
 * Checks one value at a path; throws the `DomainError` of the first problem. Every `expect…` guard is one.
 *
 * @example
 * ```ts
 * const year: Check = (value, path) => expectInteger(value, path, { min: 1900, max: 2100 });
 * ```
 */
export type Check = (value: unknown, path: IssuePath) => unknown;

/**
 * A field of a {@link strictObject} checked only when its key is present.
 *
 * @example
 * ```ts
 * const note: OptionalField = optionalField(expectBilingual);
 * ```
 */
export interface OptionalField {
  /** The check of a present value. */
  readonly optional: Check;
}

/**
 * Marks a field of a {@link strictObject} as optional: absent is allowed; present, even as `undefined`, it must pass
 * `check` (zod's `exactOptional`).
 *
 * @example
 * ```ts
 * strictObject({ id: expectKey, note: optionalField(expectBilingual) });
 * ```
 */
export function optionalField(check: Check): OptionalField {
  return { optional: check };
}

/**
 * An object with exactly these fields, checked in this order, then `input/unknown-field` (or `key/forbidden`) for any
 * other key (zod's `z.strictObject`).
 *
 * @example
 * ```ts
 * const title = strictObject({ vi: expectText, en: expectString });
 * title({ vi: 'Đường', en: 'Roads' }, ['title']); // passes
 * ```
 */
export function strictObject(fields: Readonly<Record<string, Check | OptionalField>>): Check {
  const names = Object.keys(fields);
  return (value, path) => {
    const record = expectRecord(value, path);
    for (const name of names) {
      const field = fields[name] as Check | OptionalField;
      if (typeof field === 'function') field(record[name], [...path, name]);
      else if (Object.hasOwn(record, name)) field.optional(record[name], [...path, name]);
    }
    return expectKnownFields(record, names, path);
  };
}

/**
 * An array (without holes) whose every element passes `item`, then at least `min` of them: `input/empty` below one,
 * `input/too-short` below more (zod's `z.array(item).min(min)`).
 *
 * @example
 * ```ts
 * arrayOf(expectKey, 1)(['1.1', '1.2'], ['indicators']); // passes
 * ```
 */
export function arrayOf(item: Check, min = 0): Check {
  return (value, path) => {
    const items = expectArray(value, path);
    items.forEach((element, index) => {
      item(element, [...path, index]);
    });
    if (items.length >= min) return items;
    if (min === 1) fail(INPUT_ERRORS['input/empty'], path);
    fail(INPUT_ERRORS['input/too-short'], path, {
      minimum: min,
      unit: LENGTH_UNITS.array,
      received: received(value),
    });
  };
}

/**
 * One of the `allowed` values, else `input/not-allowed` (zod's `z.enum`).
 *
 * @example
 * ```ts
 * oneOf(['>=', '<='])('>=', ['direction']); // passes
 * ```
 */
export function oneOf(allowed: readonly (string | number | boolean)[]): Check {
  return (value, path) => expectOneOf(value, allowed, path);
}
