import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { INPUT_ERRORS } from '../errors/catalogue/input.js';
import { toResult } from '../errors/result.js';
import { isoDateSchema } from '../schemas/common.js';
import { createParser, raiseUnless } from '../schemas/zod-issues.js';
import { arrayOf, oneOf, optionalField, strictObject } from './checks.js';
import {
  checkKey,
  expectAnyString,
  expectArray,
  expectBilingual,
  expectBoolean,
  expectInteger,
  expectIsoDate,
  expectKey,
  expectKnownFields,
  expectMaxLength,
  expectNumber,
  expectOneOf,
  expectPath,
  expectRecord,
  expectString,
  expectText,
} from './guards.js';

const NFD = 'Tuần Giáo'.normalize('NFD');

describe('guards', () => {
  it('return the value they accept', () => {
    expect(expectRecord({ a: 1 }, [])).toEqual({ a: 1 });
    expect(expectKnownFields({ id: 'x' }, ['id', 'name'], [])).toEqual({ id: 'x' });
    expect(expectArray([1, 2], [])).toEqual([1, 2]);
    expect(expectString(' a ', [])).toBe(' a ');
    expect(expectAnyString('', [])).toBe('');
    expect(expectMaxLength('Điện Biên', 9, [])).toBe('Điện Biên');
    expect(expectIsoDate('2024-02-29', [])).toBe('2024-02-29');
    expect(expectText('Tuần Giáo', [])).toBe('Tuần Giáo');
    expect(expectKey('17.DB1', [])).toBe('17.DB1');
    expect(expectBoolean(false, [])).toBe(false);
    expect(expectNumber(0, [], { min: 0, max: 100 })).toBe(0);
    expect(expectInteger(2100, [], { min: 1900, max: 2100 })).toBe(2100);
    expect(expectOneOf('<=', ['>=', '<='], [])).toBe('<=');
    expect(expectBilingual({ vi: 'Đường', en: 'Roads' }, [])).toEqual({ vi: 'Đường', en: 'Roads' });
    expect(() => checkKey('15.3', ['values'])).not.toThrow();
  });

  it('expectPath takes a list of keys and whole-number indexes, and names the part that is not one', () => {
    expect(expectPath(['tasks', 0, 'due'], ['path'])).toEqual(['tasks', 0, 'due']);
    expect(() => expectPath(0, ['path'])).toThrowDomainError('input/wrong-type', ['path']);
    expect(() => expectPath(['tasks', -1], ['path'])).toThrowDomainError('input/wrong-type', [
      'path',
      1,
    ]);
    expect(() => expectPath([Number.NaN], ['path'])).toThrowDomainError('input/wrong-type', [
      'path',
      0,
    ]);
    // A boxed value is not a key: it would end up in an issue's path as an object.
    expect(() => expectPath([new Boolean(false)], ['path'])).toThrowDomainError(
      'input/wrong-type',
      ['path', 0],
    );
  });

  it('name the code and the path of what they refuse', () => {
    expect(() => expectRecord([], ['config'])).toThrowDomainError('input/wrong-type', ['config']);
    expect(() =>
      expectKnownFields({ id: 'x', nmae: 'y' }, ['id', 'name'], ['l']),
    ).toThrowDomainError('input/unknown-field', ['l', 'nmae']);
    const proto = JSON.parse('{"__proto__": 1}');
    expect(() => expectKnownFields(proto, ['id'], [])).toThrowDomainError('key/forbidden', [
      '__proto__',
    ]);
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expect(() => expectArray([1, , 3], ['v'])).toThrowDomainError('input/hole', ['v', 1]);
    expect(() => expectString('  ', ['n'])).toThrowDomainError('input/empty', ['n']);
    expect(() => expectText(NFD, ['n'])).toThrowDomainError('text/not-nfc', ['n']);
    expect(() => expectAnyString(1, ['n'])).toThrowDomainError('input/wrong-type', ['n']);
    expect(() => expectMaxLength('abc', 2, ['n'])).toThrowDomainError('input/too-long', ['n']);
    expect(() => expectIsoDate('2023-02-29', ['d'])).toThrowDomainError('date/invalid', ['d']);
    expect(() => expectIsoDate(20230228, ['d'])).toThrowDomainError('input/wrong-type', ['d']);
    expect(() => checkKey('constructor', ['values'])).toThrowDomainError('key/forbidden', [
      'values',
      'constructor',
    ]);
    expect(() => checkKey(NFD, ['values'])).toThrowDomainError('key/not-nfc', ['values', NFD]);
    expect(() => expectKey('prototype', ['code'])).toThrowDomainError('key/forbidden', ['code']);
    expect(() => expectBoolean('true', [])).toThrowDomainError('input/wrong-type');
    expect(() => expectNumber(Number.NaN, [])).toThrowDomainError('number/not-finite');
    expect(() => expectNumber(-1, [], { min: 0 })).toThrowDomainError('input/too-small');
    expect(() => expectNumber(101, [], { max: 100 })).toThrowDomainError('input/too-big');
    expect(() => expectInteger(1.5, [])).toThrowDomainError('input/not-integer');
    expect(() => expectOneOf('=', ['>=', '<='], ['d'])).toThrowDomainError('input/not-allowed', [
      'd',
    ]);
    expect(() => expectBilingual({ vi: 'a' }, ['name'])).toThrowDomainError('input/missing', [
      'name',
      'en',
    ]);
  });
});

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
