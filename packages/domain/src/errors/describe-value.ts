import type { MessageParam } from './define-errors.js';
import type { Locale } from './format-issues.js';
import type { Bilingual } from './issue.js';

const MAX_SHOWN = 60;

const KINDS: Readonly<Record<'symbol' | 'function' | 'array' | 'object', Bilingual>> = {
  symbol: { vi: 'một symbol', en: 'a symbol' },
  function: { vi: 'một hàm', en: 'a function' },
  array: { vi: 'một danh sách', en: 'an array' },
  object: { vi: 'một đối tượng', en: 'an object' },
};

/**
 * A short, safe description of any input value for an error message: strings quoted and cut to 60 characters,
 * numbers as written (`NaN`, `-0`, `Infinity`), bigints with `n`, anything else by its kind, in the language
 * asked for (English by default). It never calls the value's own `toString`/`valueOf`/`toJSON`, so objects with a
 * null prototype, a `toString` that is not a function, bigints and cycles cannot turn a validation error into a
 * `TypeError`.
 *
 * @remarks Mô tả ngắn, an toàn một giá trị đầu vào để đưa vào thông báo lỗi.
 * @example
 * ```ts
 * describeValue('2022-02-30');            // '"2022-02-30"'
 * describeValue(Number.NaN);              // 'NaN'
 * describeValue(Object.create(null));     // 'an object'
 * describeValue([1], 'vi');               // 'một danh sách'
 * ```
 */
export function describeValue(value: unknown, locale: Locale = 'en'): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${String(value)}n`;
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return KINDS.symbol[locale];
    case 'function':
      return KINDS.function[locale];
    default:
      if (value === null) return 'null';
      return KINDS[Array.isArray(value) ? 'array' : 'object'][locale];
  }
}

/**
 * {@link describeValue} ready to be the `received` parameter of a catalogue message: one text where both languages
 * write the value alike (strings, numbers), a {@link Bilingual} pair where they do not (kinds of value).
 *
 * @example
 * ```ts
 * received({}); // { vi: 'một đối tượng', en: 'an object' }
 * received(3);  // '3'
 * ```
 */
export function received(value: unknown): MessageParam {
  const en = describeValue(value, 'en');
  const vi = describeValue(value, 'vi');
  return vi === en ? en : { vi, en };
}
