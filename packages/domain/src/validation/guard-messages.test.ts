// What each guard accepts, and what it says when it refuses a value: code, path, the parameters apps read and the
// message in both languages. The zod mapping gives the same codes (guards-match-zod.test.ts); here the exact wording
// and bounds.
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { missingField, unknownField } from '../../test/expected-issues.js';
import type { DomainIssue } from '../errors/issue.js';
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
  isRecord,
  listOf,
  optional,
} from './guards.js';
import { expectedKind } from './kind-words.js';

const NFD = 'Tuần Giáo'.normalize('NFD');

/** The single issue of a call that must fail. */
function only(run: () => unknown): DomainIssue {
  const [issue, ...others] = issuesOf(run);
  expect(others).toEqual([]);
  if (issue === undefined) throw new Error('expected one issue, got none');
  return issue;
}

describe('every guard', () => {
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

describe('a wrong type, a missing field, a hole', () => {
  it('names what was expected and what came, in both languages', () => {
    expect(only(() => expectRecord([], ['config']))).toEqual({
      code: 'input/wrong-type',
      path: ['config'],
      message: {
        vi: 'Cần một đối tượng, nhận một danh sách',
        en: 'Expected an object, got an array',
      },
      params: {
        expected: { vi: 'một đối tượng', en: 'an object' },
        received: { vi: 'một danh sách', en: 'an array' },
      },
    });
    expect(only(() => expectArray('x', ['v'])).message.en).toBe('Expected an array, got "x"');
    expect(only(() => expectString(1, ['n'])).message).toEqual({
      vi: 'Cần một chuỗi văn bản, nhận 1',
      en: 'Expected a text, got 1',
    });
    expect(only(() => expectNumber('1', [])).message.en).toBe('Expected a number, got "1"');
    expect(only(() => expectBoolean(0, [])).message).toEqual({
      vi: 'Cần true hoặc false, nhận 0',
      en: 'Expected true or false, got 0',
    });
    expect(only(() => expectRecord(null, [])).message.en).toBe('Expected an object, got null');
  });

  it('calls an absent field missing, naming it, and an absent element a hole', () => {
    expect(only(() => expectString(undefined, ['commune', 'name']))).toEqual(
      missingField('name', ['commune', 'name']),
    );
    expect(only(() => expectNumber(undefined, ['values', 3]))).toMatchObject({
      code: 'input/hole',
      path: ['values', 3],
      params: { index: 3 },
      message: { en: 'The list has an empty slot at position 3' },
    });
    // At the root there is no field name to give.
    expect(only(() => expectRecord(undefined, []))).toMatchObject({
      code: 'input/missing',
      path: [],
      params: { field: '' },
    });
  });

  it('reports the first hole of a sparse array, at its index', () => {
    // biome-ignore lint/suspicious/noSparseArray: the holes are the point
    expect(only(() => expectArray([1, 2, , , 5], ['v']))).toMatchObject({
      code: 'input/hole',
      path: ['v', 2],
      params: { index: 2 },
    });
    expect(expectArray([], [])).toEqual([]);
    expect(expectArray([undefined], [])).toEqual([undefined]);
  });
});

describe('records and fields', () => {
  it('isRecord is true only for a plain object', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
    expect(isRecord(null)).toBe(false);
    expect(isRecord([])).toBe(false);
    expect(isRecord('x')).toBe(false);
    expect(isRecord(() => 1)).toBe(false);
  });

  it('names the first unknown field, and a prototype key as forbidden', () => {
    expect(only(() => expectKnownFields({ id: 1, b: 2, c: 3 }, ['id'], ['l']))).toEqual(
      unknownField('b', ['l', 'b']),
    );
    for (const key of ['constructor', 'prototype']) {
      expect(only(() => expectKnownFields({ [key]: 1 }, ['id'], ['l']))).toMatchObject({
        code: 'key/forbidden',
        path: ['l', key],
        params: { key },
        message: { en: `The key "${key}" is not allowed` },
      });
    }
    expect(only(() => expectKnownFields('x', ['id'], ['l'])).code).toBe('input/wrong-type');
  });

  it('checkKey and expectKey refuse prototype and decomposed keys, at the key or at the value', () => {
    expect(only(() => checkKey('__proto__', ['values']))).toMatchObject({
      code: 'key/forbidden',
      path: ['values', '__proto__'],
      params: { key: '__proto__' },
    });
    expect(only(() => checkKey(NFD, ['values']))).toMatchObject({
      code: 'key/not-nfc',
      path: ['values', NFD],
      message: { en: `The key "${NFD}" must be in Unicode NFC (composed) form` },
    });
    expect(only(() => expectKey('constructor', ['code']))).toMatchObject({
      code: 'key/forbidden',
      path: ['code'],
      params: { key: 'constructor' },
    });
    expect(only(() => expectKey(NFD, ['code']))).toMatchObject({
      code: 'key/not-nfc',
      path: ['code'],
      params: { key: NFD },
    });
    expect(expectKey('Tuần Giáo', [])).toBe('Tuần Giáo');
    expect(only(() => expectKey(' ', ['code'])).code).toBe('input/empty');
  });
});

describe('paths', () => {
  it('accepts keys and whole indexes from 0, refuses others at their place', () => {
    expect(expectPath([], ['path'])).toEqual([]);
    expect(expectPath(['', 0, Number.MAX_SAFE_INTEGER], ['path'])).toEqual([
      '',
      0,
      Number.MAX_SAFE_INTEGER,
    ]);
    for (const bad of [1.5, -1, 2 ** 53, Number.POSITIVE_INFINITY, null, true]) {
      expect(only(() => expectPath(['a', bad], ['path']))).toMatchObject({
        code: 'input/wrong-type',
        path: ['path', 1],
        params: {
          expected: {
            vi: 'một khoá (chuỗi) hoặc một chỉ số (số nguyên từ 0)',
            en: 'a key (a string) or an index (a whole number from 0)',
          },
        },
      });
    }
  });
});

describe('strings', () => {
  it('expectString refuses white space alone, not text around it', () => {
    expect(only(() => expectString('\t\n ', ['name']))).toEqual({
      code: 'input/empty',
      path: ['name'],
      message: { vi: 'Không được để trống', en: 'Must not be empty' },
    });
    expect(expectString(' a', [])).toBe(' a');
  });

  it('expectMaxLength allows exactly the maximum and names it, with the unit', () => {
    expect(expectMaxLength('abc', 3, [])).toBe('abc');
    expect(only(() => expectMaxLength('abcd', 3, ['name']))).toEqual({
      code: 'input/too-long',
      path: ['name'],
      message: {
        vi: 'Cần nhiều nhất 3 ký tự, nhận "abcd"',
        en: 'Expected at most 3 characters, got "abcd"',
      },
      params: { maximum: 3, unit: { vi: 'ký tự', en: 'characters' }, received: '"abcd"' },
    });
  });

  it('expectText checks NFC on the trimmed text and reports the text as given', () => {
    expect(expectText(' Tuần Giáo ', [])).toBe(' Tuần Giáo ');
    expect(only(() => expectText(` ${NFD}`, ['district']))).toMatchObject({
      code: 'text/not-nfc',
      path: ['district'],
      params: { received: JSON.stringify(` ${NFD}`) },
    });
    expect(only(() => expectText(' ', ['district'])).code).toBe('input/empty');
  });
});

describe('numbers', () => {
  it('accepts both bounds and refuses beyond them, naming the bound', () => {
    expect(expectNumber(100, [], { min: 0, max: 100 })).toBe(100);
    expect(expectNumber(-5, [])).toBe(-5);
    expect(only(() => expectNumber(-0.5, ['v'], { min: 0 }))).toEqual({
      code: 'input/too-small',
      path: ['v'],
      message: { vi: 'Cần giá trị ≥ 0, nhận -0.5', en: 'Expected a value ≥ 0, got -0.5' },
      params: { limit: '≥ 0', received: '-0.5' },
    });
    expect(only(() => expectNumber(100.5, ['v'], { max: 100 }))).toEqual({
      code: 'input/too-big',
      path: ['v'],
      message: { vi: 'Cần giá trị ≤ 100, nhận 100.5', en: 'Expected a value ≤ 100, got 100.5' },
      params: { limit: '≤ 100', received: '100.5' },
    });
  });

  it('calls NaN and infinities not finite, and a fraction not an integer', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(only(() => expectInteger(value, ['year'], { min: 0 }))).toMatchObject({
        code: 'number/not-finite',
        path: ['year'],
        params: { received: String(value) },
      });
    }
    expect(only(() => expectInteger(2022.5, ['year'], { min: 1900, max: 2100 }))).toEqual({
      code: 'input/not-integer',
      path: ['year'],
      message: { vi: 'Cần một số nguyên, nhận 2022.5', en: 'Expected a whole number, got 2022.5' },
      params: { received: '2022.5' },
    });
    expect(only(() => expectInteger(1899, ['year'], { min: 1900 })).code).toBe('input/too-small');
    expect(only(() => expectInteger('2022', ['year'])).code).toBe('input/wrong-type');
    expect(expectInteger(-0, [])).toBe(-0);
  });
});

describe('choices and pairs', () => {
  it('expectOneOf lists what is allowed', () => {
    expect(only(() => expectOneOf(3, ['>=', 2, true], ['d']))).toEqual({
      code: 'input/not-allowed',
      path: ['d'],
      message: {
        vi: 'Cần một trong các giá trị ">=", 2, true; nhận 3',
        en: 'Expected one of ">=", 2, true; got 3',
      },
      params: { allowed: '">=", 2, true', received: '3' },
    });
    expect(oneOf([1, 2])(2, [])).toBe(2);
    expect(only(() => oneOf([1, 2])('1', ['n'])).path).toEqual(['n']);
    expect(listOf([])).toBe('');
  });

  it('expectBilingual checks vi, then en, then unknown fields', () => {
    expect(only(() => expectBilingual({ vi: NFD, en: '' }, ['t'])).path).toEqual(['t', 'vi']);
    expect(only(() => expectBilingual({ vi: 'a', en: ' ' }, ['t']))).toMatchObject({
      code: 'input/empty',
      path: ['t', 'en'],
    });
    expect(only(() => expectBilingual({ vi: 'a', en: 'b', fr: 'c' }, ['t']))).toMatchObject({
      code: 'input/unknown-field',
      path: ['t', 'fr'],
    });
    expect(only(() => expectBilingual('a', ['t'])).code).toBe('input/wrong-type');
    // English text need not be NFC (it has no diacritics to compose), only non-empty.
    expect(expectBilingual({ vi: 'a', en: NFD }, [])).toEqual({ vi: 'a', en: NFD });
  });

  it('optional passes a present value through its check, undefined alone skips it', () => {
    expect(optional(undefined, () => 'checked')).toBeUndefined();
    expect(optional(null, () => 'checked')).toBe('checked');
    expect(optional(0, (v) => v)).toBe(0);
  });

  it('expectedKind names each kind in both languages', () => {
    expect(expectedKind('string')).toEqual({ vi: 'một chuỗi văn bản', en: 'a text' });
    expect(expectedKind('number')).toEqual({ vi: 'một số', en: 'a number' });
  });

  it('expectedKind hands out frozen words an app cannot change for later messages', () => {
    const words = expectedKind('object');
    expect(Object.isFrozen(words)).toBe(true);
    expect(() => {
      (words as { vi: string }).vi = 'changed';
    }).toThrow(TypeError);
    expect(expectedKind('object').vi).toBe('một đối tượng');
  });
});

describe('declarative checks', () => {
  const item = strictObject({
    id: (v, at) => expectNumber(v, at),
    note: optionalField((v, at) => expectString(v, at)),
  });

  it('checks fields in order at their paths, optional ones only when present', () => {
    expect(item({ id: 1 }, [])).toEqual({ id: 1 });
    expect(only(() => item({ note: 1 }, ['x'])).path).toEqual(['x', 'id']);
    expect(only(() => item({ id: 1, note: undefined }, ['x']))).toMatchObject({
      code: 'input/missing',
      path: ['x', 'note'],
    });
    expect(only(() => item({ id: 1, other: 1 }, ['x'])).path).toEqual(['x', 'other']);
    // An inherited key is not present: an optional field read from the prototype is not checked.
    expect(item(Object.assign(Object.create({ note: 1 }), { id: 1 }), [])).toEqual({ id: 1 });
  });

  it('arrayOf checks every element at its index, then the length', () => {
    const two = arrayOf((v, at) => expectNumber(v, at), 2);
    expect(two([1, 2], [])).toEqual([1, 2]);
    expect(only(() => two([1, 'x'], ['l'])).path).toEqual(['l', 1]);
    expect(only(() => two([1], ['l']))).toEqual({
      code: 'input/too-short',
      path: ['l'],
      message: {
        vi: 'Cần ít nhất 2 phần tử, nhận một danh sách',
        en: 'Expected at least 2 items, got an array',
      },
      params: {
        minimum: 2,
        unit: { vi: 'phần tử', en: 'items' },
        received: { vi: 'một danh sách', en: 'an array' },
      },
    });
    expect(only(() => arrayOf(expectBoolean, 1)([], ['l']))).toEqual({
      code: 'input/empty',
      path: ['l'],
      message: { vi: 'Không được để trống', en: 'Must not be empty' },
    });
    expect(arrayOf(expectBoolean)([], [])).toEqual([]);
  });
});
