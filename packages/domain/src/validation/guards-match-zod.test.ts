import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { INPUT_ERRORS } from '../errors/catalogue/input.js';
import { toResult } from '../errors/result.js';
import { isoDateSchema } from '../schemas/common.js';
import { createParser, raiseUnless } from '../schemas/zod-issues.js';
import { arrayOf, oneOf, optionalField, strictObject } from './checks.js';
import {
  expectAnyString,
  expectArray,
  expectBoolean,
  expectInteger,
  expectIsoDate,
  expectKnownFields,
  expectMaxLength,
  expectNumber,
  expectOneOf,
  expectRecord,
  expectString,
  expectText,
} from './guards.js';

const NFD = 'Tuần Giáo'.normalize('NFD');

/*
 * The same shape described twice — a zod schema at the edge, a guard in an engine — must refuse the same bad value
 * with the same code. Each pair below is fed the same generated values.
 */
const PAIRS: readonly [string, z.ZodType, (value: unknown) => unknown][] = [
  ['object', z.record(z.string(), z.unknown()), (v) => expectRecord(v, [])],
  [
    'array of numbers',
    z.array(z.number()),
    (v) => expectArray(v, []).map((n, i) => expectNumber(n, [i])),
  ],
  [
    'NFC text',
    z
      .string()
      .trim()
      .min(1)
      .superRefine(
        raiseUnless((s: string) => s === s.normalize('NFC'), INPUT_ERRORS['text/not-nfc']),
      ),
    (v) => expectText(v, []),
  ],
  ['non-empty string', z.string().trim().min(1), (v) => expectString(v, [])],
  ['boolean', z.boolean(), (v) => expectBoolean(v, [])],
  ['number 0–100', z.number().min(0).max(100), (v) => expectNumber(v, [], { min: 0, max: 100 })],
  [
    'integer 1900–2100',
    z.number().int().min(1900).max(2100),
    (v) => expectInteger(v, [], { min: 1900, max: 2100 }),
  ],
  ['enum', z.enum(['>=', '<=']), (v) => expectOneOf(v, ['>=', '<='], [])],
  ['enum (check)', z.enum(['>=', '<=']), (v) => oneOf(['>=', '<='])(v, [])],
  ['any string', z.string(), (v) => expectAnyString(v, [])],
  ['string of at most 2', z.string().max(2), (v) => expectMaxLength(expectAnyString(v, []), 2, [])],
  ['ISO date', isoDateSchema, (v) => expectIsoDate(v, [])],
  [
    'strict object, one field optional',
    z.strictObject({ id: z.number(), extra: z.boolean().exactOptional() }),
    (v) =>
      strictObject({ id: (n, at) => expectNumber(n, at), extra: optionalField(expectBoolean) })(
        v,
        [],
      ),
  ],
  ['array of one or more', z.array(z.number()).min(1), (v) => arrayOf(expectNumber, 1)(v, [])],
  ['array of two or more', z.array(z.number()).min(2), (v) => arrayOf(expectNumber, 2)(v, [])],
  [
    'strict object',
    z.strictObject({ id: z.unknown().optional() }),
    (v) => expectKnownFields(v, ['id'], []),
  ],
];

const values = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    '',
    '  ',
    NFD,
    '>=',
    '=',
    1.5,
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e308,
    2022,
    1899,
  ),
  fc.constantFrom({ id: 1 }, { id: 1, extra: 2 }, [1], [], null, undefined, true),
  fc.constantFrom({ id: 1, extra: true }, { id: 1, extra: undefined }, { extra: false }, ['a']),
  fc.constantFrom('2024-02-29', '2023-02-29', '2024-2-29', 'ab', 'abc'),
  // biome-ignore lint/suspicious/noSparseArray: a hole must get the same code on both paths
  fc.constantFrom([1, , 3], [, 'a'], ' a\u2000', '\u2000Tuần'.normalize('NFD')),
);

function codes(run: () => unknown): string {
  const result = toResult(run);
  return result.success ? 'ok' : (result.issues[0]?.code ?? 'no issue');
}

describe('guards and zod agree', () => {
  it.each(PAIRS)(
    '%s: the same bad value gets the same code on both paths',
    (_name, schema, guard) => {
      const parser = createParser(schema);
      fc.assert(
        fc.property(values, (value) => {
          expect(codes(() => guard(value))).toBe(codes(() => parser.parse(value)));
        }),
        { numRuns: 500 },
      );
    },
  );
});
