// Each kind of zod issue, mapped to its catalogue entry: the code, the path from the root, the parameters and the
// wording in both languages.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { missingField } from '../../test/expected-issues.js';
import { INPUT_ERRORS } from '../errors/catalogue/input.js';
import { isDomainError } from '../errors/domain-error.js';
import { createParser, raises, raiseUnless, toDomainIssues } from './zod-issues.js';

function issues(schema: z.ZodType, input: unknown) {
  const result = createParser(schema).safeParse(input);
  if (result.success) throw new Error('expected the schema to refuse the input');
  return result.issues;
}

function first(schema: z.ZodType, input: unknown) {
  return issues(schema, input)[0];
}

describe('wrong types', () => {
  it.each([
    [z.tuple([z.string()]), { vi: 'một danh sách', en: 'an array' }],
    [z.set(z.string()), { vi: 'một danh sách', en: 'an array' }],
    [z.array(z.string()), { vi: 'một danh sách', en: 'an array' }],
    [z.map(z.string(), z.string()), { vi: 'một đối tượng', en: 'an object' }],
    [z.record(z.string(), z.string()), { vi: 'một đối tượng', en: 'an object' }],
    [z.object({}), { vi: 'một đối tượng', en: 'an object' }],
    [z.bigint(), { vi: 'một số', en: 'a number' }],
    [z.string(), { vi: 'một chuỗi văn bản', en: 'a text' }],
    [z.boolean(), { vi: 'true hoặc false', en: 'true or false' }],
  ])('%# names the kind expected', (schema, expected) => {
    const value = schema instanceof z.ZodString ? 1 : 'x';
    expect(first(schema, value)).toEqual({
      code: 'input/wrong-type',
      path: [],
      message: {
        vi: `Cần ${expected.vi}, nhận ${JSON.stringify(value)}`,
        en: `Expected ${expected.en}, got ${JSON.stringify(value)}`,
      },
      params: { expected, received: JSON.stringify(value) },
    });
  });

  it('names a kind it has no words for as zod does', () => {
    expect(first(z.date(), 1)?.message).toEqual({
      vi: 'Cần date, nhận 1',
      en: 'Expected date, got 1',
    });
  });

  it('calls NaN and the infinities not finite, as zod names them', () => {
    for (const [value, name] of [
      [Number.NaN, 'NaN'],
      [Number.POSITIVE_INFINITY, 'Infinity'],
      [Number.NEGATIVE_INFINITY, '-Infinity'],
    ] as const) {
      expect(first(z.strictObject({ v: z.number() }), { v: value })).toEqual({
        code: 'number/not-finite',
        path: ['v'],
        message: {
          vi: `Cần một số hữu hạn, nhận ${name}`,
          en: `Expected a finite number, got ${name}`,
        },
        params: { received: name },
      });
    }
  });

  it('calls a fraction not an integer, and a text where an integer goes the wrong type', () => {
    expect(first(z.int(), 1.5)).toMatchObject({
      code: 'input/not-integer',
      params: { received: '1.5' },
    });
    expect(first(z.int(), 'x')).toMatchObject({
      code: 'input/wrong-type',
      params: { expected: { vi: 'một số', en: 'a number' } },
    });
  });

  it('calls an absent field missing, an absent element a hole, an absent root missing with no name', () => {
    expect(first(z.strictObject({ a: z.strictObject({ b: z.string() }) }), { a: {} })).toEqual(
      missingField('b', ['a', 'b']),
    );
    expect(first(z.array(z.number()), [1, undefined])).toEqual({
      code: 'input/hole',
      path: [1],
      message: {
        vi: 'Danh sách có chỗ trống ở vị trí 1',
        en: 'The list has an empty slot at position 1',
      },
      params: { index: 1 },
    });
    expect(first(z.string(), undefined)).toMatchObject({
      code: 'input/missing',
      path: [],
      params: { field: '' },
    });
  });
});

describe('keys', () => {
  it('reports every unknown key, a prototype key as forbidden', () => {
    const found = issues(z.strictObject({ a: z.number() }).strict(), {
      a: 1,
      b: 2,
      constructor: 3,
      prototype: 4,
    });
    expect(found.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ['input/unknown-field', ['b'], { field: 'b' }],
      ['key/forbidden', ['constructor'], { key: 'constructor' }],
      ['key/forbidden', ['prototype'], { key: 'prototype' }],
    ]);
  });

  it('reports a record key it refuses at the key, from the root', () => {
    const schema = z.strictObject({ values: z.record(z.string().regex(/^\d+$/u), z.number()) });
    expect(first(schema, { values: { '1': 1, x: 2 } })).toEqual({
      code: 'input/invalid-format',
      path: ['values', 'x'],
      message: { vi: 'Sai định dạng (regex): "x"', en: 'Wrong format (regex): "x"' },
      params: { format: 'regex', received: '"x"' },
    });
  });

  it('keeps array indexes as numbers and prefixes every path', () => {
    const result = z.array(z.string()).safeParse(['a', 2], { reportInput: true });
    if (result.success) throw new Error('expected a failure');
    const mapped = toDomainIssues(result.error.issues, ['tasks', 0]);
    expect(mapped.map((issue) => issue.path)).toEqual([['tasks', 0, 1]]);
    expect(toDomainIssues([], ['x'])).toEqual([]);
  });
});

describe('sizes and ranges', () => {
  it('writes inclusive and exclusive bounds', () => {
    expect(first(z.number().gt(0), 0)?.params).toEqual({ limit: '> 0', received: '0' });
    expect(first(z.number().min(0), -1)?.params).toEqual({ limit: '≥ 0', received: '-1' });
    expect(first(z.number().lt(10), 10)).toEqual({
      code: 'input/too-big',
      path: [],
      message: { vi: 'Cần giá trị < 10, nhận 10', en: 'Expected a value < 10, got 10' },
      params: { limit: '< 10', received: '10' },
    });
    expect(first(z.number().max(10), 11)?.params).toEqual({ limit: '≤ 10', received: '11' });
    expect(first(z.number().min(0), -1)?.code).toBe('input/too-small');
  });

  it('calls a list or text under one element empty, and counts characters and items otherwise', () => {
    expect(first(z.string().min(1), '')).toEqual({
      code: 'input/empty',
      path: [],
      message: { vi: 'Không được để trống', en: 'Must not be empty' },
    });
    expect(first(z.array(z.number()).min(1), [])?.code).toBe('input/empty');
    expect(first(z.string().min(3), 'ab')).toEqual({
      code: 'input/too-short',
      path: [],
      message: {
        vi: 'Cần ít nhất 3 ký tự, nhận "ab"',
        en: 'Expected at least 3 characters, got "ab"',
      },
      params: { minimum: 3, unit: { vi: 'ký tự', en: 'characters' }, received: '"ab"' },
    });
    expect(first(z.array(z.number()).min(2), [1])?.params).toEqual({
      minimum: 2,
      unit: { vi: 'phần tử', en: 'items' },
      received: { vi: 'một danh sách', en: 'an array' },
    });
    expect(first(z.string().max(2), 'abc')?.params).toEqual({
      maximum: 2,
      unit: { vi: 'ký tự', en: 'characters' },
      received: '"abc"',
    });
    expect(first(z.set(z.number()).max(1), new Set([1, 2]))).toMatchObject({
      code: 'input/too-long',
      params: { maximum: 1, unit: { vi: 'phần tử', en: 'items' } },
    });
    expect(first(z.set(z.number()).min(2), new Set([1]))).toMatchObject({
      code: 'input/too-short',
      params: { minimum: 2, unit: { vi: 'phần tử', en: 'items' } },
    });
  });
});

describe('values, formats and refinements', () => {
  it('lists the allowed values', () => {
    expect(first(z.enum(['first', 'upgrade']), 'x')).toEqual({
      code: 'input/not-allowed',
      path: [],
      message: {
        vi: 'Cần một trong các giá trị "first", "upgrade"; nhận "x"',
        en: 'Expected one of "first", "upgrade"; got "x"',
      },
      params: { allowed: '"first", "upgrade"', received: '"x"' },
    });
    expect(first(z.literal(3), 4)?.params).toEqual({ allowed: '3', received: '4' });
  });

  it('names the format a text missed', () => {
    expect(first(z.email(), 'x')?.params).toEqual({ format: 'email', received: '"x"' });
  });

  it('raises a catalogue entry from a refinement, and input/invalid from any other', () => {
    const nfc = z.string().superRefine(
      raiseUnless(
        (s: string) => s === s.normalize('NFC'),
        INPUT_ERRORS['text/not-nfc'],
        (s) => ({ received: JSON.stringify(s) }),
      ),
    );
    const nfd = 'Tuần'.normalize('NFD');
    expect(first(nfc, nfd)).toMatchObject({
      code: 'text/not-nfc',
      params: { received: JSON.stringify(nfd) },
    });
    expect(createParser(nfc).safeParse('Tuần')).toEqual({ success: true, data: 'Tuần' });
    const empty = z
      .string()
      .superRefine(raiseUnless((s: string) => s !== '', INPUT_ERRORS['input/empty']));
    expect(first(empty, '')).toEqual({
      code: 'input/empty',
      path: [],
      message: { vi: 'Không được để trống', en: 'Must not be empty' },
    });
    expect(
      first(
        z.string().refine(() => false),
        'x',
      ),
    ).toEqual({
      code: 'input/invalid',
      path: [],
      message: { vi: 'Giá trị không hợp lệ: "x"', en: 'Invalid value: "x"' },
      params: { received: '"x"' },
    });
    expect(first(z.number().multipleOf(3), 4)).toMatchObject({
      code: 'input/invalid',
      params: { received: '4' },
    });
  });

  it('raises builds the zod params of a catalogue entry', () => {
    expect(raises(INPUT_ERRORS['input/empty'])).toEqual({
      message: 'Must not be empty',
      params: { ntmSpec: INPUT_ERRORS['input/empty'] },
    });
    expect(raises(INPUT_ERRORS['key/forbidden'], { key: 'x' })).toEqual({
      message: 'The key "{key}" is not allowed',
      params: { ntmSpec: INPUT_ERRORS['key/forbidden'], ntmParams: { key: 'x' } },
    });
  });
});

describe('unions', () => {
  it('calls an unmatched discriminator a value not allowed, at the discriminator', () => {
    const schema = z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('a') }),
      z.strictObject({ kind: z.literal('b') }),
    ]);
    expect(issues(schema, { kind: 'c' })).toEqual([
      {
        code: 'input/not-allowed',
        path: ['kind'],
        message: {
          vi: 'Cần một trong các giá trị "a", "b"; nhận một đối tượng',
          en: 'Expected one of "a", "b"; got an object',
        },
        params: { allowed: '"a", "b"', received: { vi: 'một đối tượng', en: 'an object' } },
      },
    ]);
  });

  it('names each kind once when every variant wants another type', () => {
    expect(first(z.union([z.string(), z.email()]), 1)?.message).toEqual({
      vi: 'Cần một chuỗi văn bản, nhận 1',
      en: 'Expected a text, got 1',
    });
    expect(first(z.union([z.date(), z.string()]), 1)?.message).toEqual({
      vi: 'Cần date hoặc một chuỗi văn bản, nhận 1',
      en: 'Expected date or a text, got 1',
    });
  });

  it('calls an absent union field missing', () => {
    expect(issues(z.strictObject({ v: z.union([z.string(), z.number()]) }), {})).toEqual([
      expect.objectContaining({ code: 'input/missing', path: ['v'], params: { field: 'v' } }),
    ]);
  });

  it('explains with the variant that matched most: a failed check beats a type at the same depth', () => {
    const schema = z.union([z.object({ n: z.string() }), z.object({ n: z.number().min(5) })]);
    expect(issues(schema, { n: 1 })).toEqual([
      expect.objectContaining({ code: 'input/too-small', path: ['n'] }),
    ]);
    // A check at the root beats a type at the root.
    expect(issues(z.union([z.number(), z.string().min(5)]), 'ab')).toEqual([
      expect.objectContaining({ code: 'input/too-short', path: [] }),
    ]);
  });

  it('prefers the deeper variant, then the one with fewer issues', () => {
    const deep = z.union([
      z.object({ a: z.number() }),
      z.object({ a: z.object({ b: z.number() }) }),
    ]);
    expect(issues(deep, { a: { b: 'x' } })).toEqual([
      expect.objectContaining({ code: 'input/wrong-type', path: ['a', 'b'] }),
    ]);
    const fewer = z.union([
      z.object({ n: z.string(), m: z.string() }),
      z.object({ n: z.boolean() }),
    ]);
    expect(issues(fewer, { n: 1, m: 1 })).toEqual([
      expect.objectContaining({
        code: 'input/wrong-type',
        path: ['n'],
        params: { expected: { vi: 'true hoặc false', en: 'true or false' }, received: '1' },
      }),
    ]);
  });
});

describe('createParser', () => {
  it('parse returns the data or throws every issue, frozen', () => {
    const parser = createParser(z.strictObject({ a: z.number(), b: z.string() }));
    expect(parser.parse({ a: 1, b: 'x' })).toEqual({ a: 1, b: 'x' });
    let thrown: unknown;
    try {
      parser.parse({});
    } catch (error) {
      thrown = error;
    }
    expect(isDomainError(thrown)).toBe(true);
    if (!isDomainError(thrown)) return;
    expect(thrown.issues.map((issue) => issue.path)).toEqual([['a'], ['b']]);
    expect(thrown.code).toBe('input/missing');
    expect(Object.isFrozen(thrown.issues)).toBe(true);
  });
});

describe('unions whose every variant failed a type somewhere', () => {
  it('explains with a variant that got inside the value, not with the types at the root', () => {
    const schema = z.union([z.number(), z.object({ a: z.string() }), z.object({ b: z.string() })]);
    expect(issues(schema, { a: 1 })).toEqual([
      expect.objectContaining({ code: 'input/wrong-type', path: ['a'] }),
    ]);
  });

  it('counts a failed check half a level deeper than a type at the same place', () => {
    const schema = z.union([
      z.object({ a: z.string(), n: z.number().min(5) }),
      z.object({ a: z.number(), m: z.string() }),
    ]);
    expect(issues(schema, { a: 1, n: 1, m: 1 }).map((issue) => [issue.code, issue.path])).toEqual([
      ['input/wrong-type', ['a']],
      ['input/too-small', ['n']],
    ]);
  });
});

it('raises leaves out the parameters of an entry that has none', () => {
  expect(raises(INPUT_ERRORS['input/empty'])).toStrictEqual({
    message: 'Must not be empty',
    params: { ntmSpec: INPUT_ERRORS['input/empty'] },
  });
});
