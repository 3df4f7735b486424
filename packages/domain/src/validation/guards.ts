import { type IsoDate, parseIsoDate } from '../dates/iso-date.js';
import { INPUT_ERRORS } from '../errors/catalogue/input.js';
import type { MessageParam } from '../errors/define-errors.js';
import { received } from '../errors/describe-value.js';
import { fail } from '../errors/domain-error.js';
import type { Bilingual, IssuePath } from '../errors/issue.js';
import { expectedKind, LENGTH_UNITS } from './kind-words.js';

/*
 * Structural checks for input that did not go through the zod parsers of @ntm/domain: engines accept plain objects
 * from callers who may pass anything. Every failure is a DomainError with the same code zod's mapping gives the same
 * bad value at the edge (a test feeds both), so apps branch on one vocabulary.
 */

/**
 * Keys that would reach an object's prototype if copied: never accepted as data keys.
 *
 * @example
 * ```ts
 * FORBIDDEN_KEYS.includes('__proto__'); // true
 * ```
 */
export const FORBIDDEN_KEYS: readonly string[] = Object.freeze([
  '__proto__',
  'constructor',
  'prototype',
]);

/**
 * `input/missing` for an absent field and `input/hole` for an absent list element (as the zod mapping reports them),
 * else `input/wrong-type`.
 */
function wrongType(value: unknown, expected: Bilingual, path: IssuePath): never {
  if (value === undefined) {
    const field = path[path.length - 1];
    if (typeof field === 'number') fail(INPUT_ERRORS['input/hole'], path, { index: field });
    fail(INPUT_ERRORS['input/missing'], path, { field: field === undefined ? '' : String(field) });
  }
  fail(INPUT_ERRORS['input/wrong-type'], path, { expected, received: received(value) });
}

/**
 * True for a non-null, non-array object.
 *
 * @example
 * ```ts
 * isRecord({ a: 1 }); // true
 * isRecord([1]);      // false
 * ```
 */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * An object (not null, not an array), else `input/wrong-type`.
 *
 * @example
 * ```ts
 * expectRecord({ year: 2022 }, ['facts']); // { year: 2022 }
 * ```
 */
export function expectRecord(value: unknown, path: IssuePath): Readonly<Record<string, unknown>> {
  if (!isRecord(value)) wrongType(value, expectedKind('object'), path);
  return value;
}

/**
 * An object whose own keys are all among `known`, else `input/unknown-field` on the first other key (and
 * `key/forbidden` for a prototype key). zod reports a strict object's fields before its unknown keys: call this after
 * checking the fields to report problems in the same order.
 *
 * @example
 * ```ts
 * expectKnownFields({ id: 'x' }, ['id', 'name'], ['level']); // { id: 'x' }
 * ```
 */
export function expectKnownFields(
  value: unknown,
  known: readonly string[],
  path: IssuePath,
): Readonly<Record<string, unknown>> {
  const record = expectRecord(value, path);
  for (const key of Object.keys(record)) {
    if (known.includes(key)) continue;
    if (FORBIDDEN_KEYS.includes(key)) fail(INPUT_ERRORS['key/forbidden'], [...path, key], { key });
    fail(INPUT_ERRORS['input/unknown-field'], [...path, key], { field: key });
  }
  return record;
}

/**
 * An array without holes, else `input/wrong-type` or `input/hole` (a sparse `[a, , c]` would be skipped silently
 * by `forEach`).
 *
 * @example
 * ```ts
 * expectArray([1, 2], ['values']); // [1, 2]
 * ```
 */
export function expectArray(value: unknown, path: IssuePath): readonly unknown[] {
  if (!Array.isArray(value)) wrongType(value, expectedKind('array'), path);
  for (let index = 0; index < value.length; index++) {
    if (!Object.hasOwn(value, index)) fail(INPUT_ERRORS['input/hole'], [...path, index], { index });
  }
  return value;
}

const PATH_PART: Bilingual = {
  vi: 'một khoá (chuỗi) hoặc một chỉ số (số nguyên từ 0)',
  en: 'a key (a string) or an index (a whole number from 0)',
};

/**
 * The `path` argument of a public function (where the value sits in the caller's document, e.g.
 * `parseIsoDate(value, ['tasks', 2, 'due'])`): a list of keys and indexes, else `input/wrong-type` or `input/hole`
 * under `at`. A wrong path is the caller's input too: it must end in a typed error, not a `TypeError` while the
 * issue is built.
 *
 * @example
 * ```ts
 * expectPath(['tasks', 2], ['path']); // ['tasks', 2]
 * ```
 */
export function expectPath(value: unknown, at: IssuePath): IssuePath {
  const parts = expectArray(value, at);
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    const isIndex = Number.isSafeInteger(part) && (part as number) >= 0;
    if (typeof part !== 'string' && !isIndex)
      fail(INPUT_ERRORS['input/wrong-type'], [...at, index], {
        expected: PATH_PART,
        received: received(part),
      });
  }
  return parts as IssuePath;
}

/**
 * A non-empty string (white space alone counts as empty), else `input/wrong-type` or `input/empty`.
 *
 * @example
 * ```ts
 * expectString('Điện Biên', ['province']); // 'Điện Biên'
 * ```
 */
export function expectString(value: unknown, path: IssuePath): string {
  if (typeof value !== 'string') wrongType(value, expectedKind('string'), path);
  if (value.trim().length === 0) fail(INPUT_ERRORS['input/empty'], path);
  return value;
}

/**
 * A string, empty or not (zod's `z.string()`), else the `input/wrong-type` or `input/missing` of {@link expectString}.
 *
 * @example
 * ```ts
 * expectAnyString('', ['description']); // ''
 * ```
 */
export function expectAnyString(value: unknown, path: IssuePath): string {
  return typeof value === 'string' ? value : expectString(value, path);
}

/**
 * `text` when it has at most `maximum` characters, else `input/too-long`.
 *
 * @example
 * ```ts
 * expectMaxLength('Điện Biên', 100, ['name']); // 'Điện Biên'
 * ```
 */
export function expectMaxLength(text: string, maximum: number, path: IssuePath): string {
  if (text.length > maximum)
    fail(INPUT_ERRORS['input/too-long'], path, {
      maximum,
      unit: LENGTH_UNITS.string,
      received: received(text),
    });
  return text;
}

/**
 * A string naming an existing date `YYYY-MM-DD` (the schemas' `isoDateSchema`), else `input/wrong-type` or
 * `date/invalid`.
 *
 * @example
 * ```ts
 * expectIsoDate('2022-07-26', ['signed']); // '2022-07-26'
 * ```
 */
export function expectIsoDate(value: unknown, path: IssuePath): IsoDate {
  return parseIsoDate(expectAnyString(value, path), path);
}

/**
 * A non-empty string in Unicode NFC, else `input/wrong-type`, `input/empty` or `text/not-nfc`.
 *
 * @example
 * ```ts
 * expectText('Tuần Giáo', ['district']); // 'Tuần Giáo'
 * ```
 */
export function expectText(value: unknown, path: IssuePath): string {
  const text = expectString(value, path);
  // zod trims text before its NFC check; so does this guard, so both refuse the same values.
  const trimmed = text.trim();
  if (trimmed !== trimmed.normalize('NFC'))
    fail(INPUT_ERRORS['text/not-nfc'], path, { received: received(text) });
  return text;
}

/**
 * Rejects a key that is a prototype key or not in Unicode NFC: `key/forbidden`, `key/not-nfc`. `path` is where the
 * object holding the key is; the issue's path ends with the key.
 *
 * @example
 * ```ts
 * checkKey('15.3', ['values']); // passes
 * ```
 */
export function checkKey(key: string, path: IssuePath): void {
  if (FORBIDDEN_KEYS.includes(key)) fail(INPUT_ERRORS['key/forbidden'], [...path, key], { key });
  if (key !== key.normalize('NFC')) fail(INPUT_ERRORS['key/not-nfc'], [...path, key], { key });
}

/**
 * A code used as a key (indicator, criterion, level): a non-empty string that passes {@link checkKey}. The issue's
 * path is the value's own path.
 *
 * @example
 * ```ts
 * expectKey('17.DB1', ['addIndicators', 0, 'code']); // '17.DB1'
 * ```
 */
export function expectKey(value: unknown, path: IssuePath): string {
  const key = expectString(value, path);
  if (FORBIDDEN_KEYS.includes(key)) fail(INPUT_ERRORS['key/forbidden'], path, { key });
  if (key !== key.normalize('NFC')) fail(INPUT_ERRORS['key/not-nfc'], path, { key });
  return key;
}

/**
 * `true` or `false`, else `input/wrong-type`.
 *
 * @example
 * ```ts
 * expectBoolean(true, ['illustrative']); // true
 * ```
 */
export function expectBoolean(value: unknown, path: IssuePath): boolean {
  if (typeof value !== 'boolean') wrongType(value, expectedKind('boolean'), path);
  return value;
}

/**
 * Inclusive bounds of {@link expectNumber} and {@link expectInteger}; an absent bound is not checked.
 *
 * @example
 * ```ts
 * const percent: NumberBounds = { min: 0, max: 100 };
 * ```
 */
export interface NumberBounds {
  /** The smallest value accepted. */
  readonly min?: number;
  /** The largest value accepted. */
  readonly max?: number;
}

/**
 * A finite number within optional inclusive bounds, else `input/wrong-type`, `number/not-finite`,
 * `input/too-small` or `input/too-big`.
 *
 * @example
 * ```ts
 * expectNumber(95, ['value'], { min: 0, max: 100 }); // 95
 * ```
 */
export function expectNumber(value: unknown, path: IssuePath, bounds: NumberBounds = {}): number {
  if (typeof value !== 'number') wrongType(value, expectedKind('number'), path);
  if (!Number.isFinite(value))
    fail(INPUT_ERRORS['number/not-finite'], path, { received: received(value) });
  if (bounds.min !== undefined && value < bounds.min)
    fail(INPUT_ERRORS['input/too-small'], path, {
      limit: `≥ ${bounds.min}`,
      received: received(value),
    });
  if (bounds.max !== undefined && value > bounds.max)
    fail(INPUT_ERRORS['input/too-big'], path, {
      limit: `≤ ${bounds.max}`,
      received: received(value),
    });
  return value;
}

/**
 * An integer within inclusive bounds, else the errors of {@link expectNumber} or `input/not-integer`.
 *
 * @example
 * ```ts
 * expectInteger(2022, ['year'], { min: 1900, max: 2100 }); // 2022
 * ```
 */
export function expectInteger(value: unknown, path: IssuePath, bounds: NumberBounds = {}): number {
  // `Number.isFinite` is false for anything but a number: a string or NaN gets the errors of expectNumber.
  if (Number.isFinite(value) && !Number.isInteger(value))
    fail(INPUT_ERRORS['input/not-integer'], path, { received: received(value) });
  return expectNumber(value, path, bounds);
}

/**
 * One of the `allowed` values (compared with `===`), else `input/not-allowed`.
 *
 * @example
 * ```ts
 * expectOneOf('>=', ['>=', '<='], ['direction']); // '>='
 * ```
 */
export function expectOneOf<const T extends string | number | boolean>(
  value: unknown,
  allowed: readonly T[],
  path: IssuePath,
): T {
  if (!allowed.includes(value as T))
    fail(INPUT_ERRORS['input/not-allowed'], path, {
      allowed: listOf(allowed),
      received: received(value),
    });
  return value as T;
}

/**
 * A text in both languages `{ vi, en }`: both non-empty, the Vietnamese in NFC.
 *
 * @example
 * ```ts
 * expectBilingual({ vi: 'Đường', en: 'Roads' }, ['name']); // { vi: 'Đường', en: 'Roads' }
 * ```
 */
export function expectBilingual(value: unknown, path: IssuePath): Bilingual {
  const record = expectRecord(value, path);
  const text = {
    vi: expectText(record.vi, [...path, 'vi']),
    en: expectString(record.en, [...path, 'en']),
  };
  expectKnownFields(record, ['vi', 'en'], path);
  return text;
}

/**
 * `undefined`, or what `check` makes of a present value.
 *
 * @example
 * ```ts
 * optional(undefined, (v) => expectString(v, ['note'])); // undefined
 * ```
 */
export function optional<T>(value: unknown, check: (value: unknown) => T): T | undefined {
  return value === undefined ? undefined : check(value);
}

/**
 * Values as a message lists them: `"a", "b", 3`.
 *
 * @example
 * ```ts
 * listOf(['>=', '<=']); // '">=", "<="'
 * ```
 */
export function listOf(values: readonly unknown[]): MessageParam {
  return values
    .map((value) => (typeof value === 'string' ? JSON.stringify(value) : String(value)))
    .join(', ');
}
