import type { Bilingual } from '../errors/issue.js';

/*
 * How messages name the kind of value expected and what a length counts: one wording for the guards, the
 * declarative checks and the zod mapping, so a refusal reads the same on every path.
 */

/**
 * A kind of value a guard or a zod schema expects (`object`, `array`, `string`, `number`, `boolean`).
 *
 * @example
 * ```ts
 * const kind: ExpectedKind = 'array';
 * ```
 */
export type ExpectedKind = 'object' | 'array' | 'string' | 'number' | 'boolean';

const EXPECTED = {
  object: { vi: 'một đối tượng', en: 'an object' },
  array: { vi: 'một danh sách', en: 'an array' },
  string: { vi: 'một chuỗi văn bản', en: 'a text' },
  number: { vi: 'một số', en: 'a number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
} as const satisfies Record<ExpectedKind, Bilingual>;

/** What a length counts, as the `unit` of `input/too-long` and `input/too-short` (guards and the zod mapping). */
export const LENGTH_UNITS = {
  string: { vi: 'ký tự', en: 'characters' },
  array: { vi: 'phần tử', en: 'items' },
} as const satisfies Record<string, Bilingual>;

/**
 * The kinds of value a guard or a zod schema expects, as catalogue parameters.
 *
 * @example
 * ```ts
 * expectedKind('object'); // { vi: 'một đối tượng', en: 'an object' }
 * ```
 */
export function expectedKind(kind: ExpectedKind): Bilingual {
  // A frozen copy: an app given these words must not be able to change every later message.
  const { vi, en } = EXPECTED[kind];
  return Object.freeze({ vi, en });
}
