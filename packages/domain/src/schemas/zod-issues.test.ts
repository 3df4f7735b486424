import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { INPUT_ERRORS } from '../errors/catalogue/input.js';
import { createParser, raiseUnless } from './zod-issues.js';

const parser = createParser(
  z.strictObject({
    year: z.number().int().min(1900),
    name: z.string().trim().min(1),
    kind: z.enum(['first', 'upgrade']).optional(),
    value: z.union([z.boolean(), z.number()]).optional(),
    tags: z.array(z.string()).max(2).optional(),
    code: z
      .string()
      .superRefine(
        raiseUnless(
          (s: string) => s !== 'x',
          INPUT_ERRORS['key/forbidden'],
          (key) => ({ key }),
        ),
      )
      .optional(),
  }),
);

/** Each field of the schema (and one it lacks) with a value that breaks its rule, and the code that value gets. */
const BROKEN: readonly (readonly [field: string, value: unknown, code: string])[] = [
  ['year', 1.5, 'input/not-integer'],
  ['name', ' ', 'input/empty'],
  ['kind', 'second', 'input/not-allowed'],
  ['value', 'x', 'input/wrong-type'],
  ['tags', ['a', 'b', 'c'], 'input/too-long'],
  ['code', 'x', 'key/forbidden'],
  ['extra', 1, 'input/unknown-field'],
];

function issues(input: unknown) {
  const result = parser.safeParse(input);
  return result.success ? [] : result.issues;
}

describe('createParser', () => {
  it('returns data for valid input', () => {
    expect(parser.parse({ year: 2022, name: 'Quài Nưa' })).toEqual({
      year: 2022,
      name: 'Quài Nưa',
    });
  });

  it('maps each zod issue to the catalogue entry a guard raises for the same value', () => {
    const found = issues(Object.fromEntries(BROKEN.map(([field, value]) => [field, value])));
    expect(found.map((issue) => [issue.code, issue.path])).toEqual(
      BROKEN.map(([field, , code]) => [code, [field]]),
    );
    expect(found[3]?.message).toEqual({
      vi: 'Cần true hoặc false hoặc một số, nhận "x"',
      en: 'Expected true or false or a number, got "x"',
    });
  });

  it('says a field is missing rather than of the wrong type, and a number out of range', () => {
    expect(issues({ year: 1800 }).map((issue) => [issue.code, issue.path])).toEqual([
      ['input/too-small', ['year']],
      ['input/missing', ['name']],
    ]);
    expect(issues({ year: 1800, name: 'a' })[0]?.message).toEqual({
      vi: 'Cần giá trị ≥ 1900, nhận 1800',
      en: 'Expected a value ≥ 1900, got 1800',
    });
  });

  it('throws a DomainError from parse', () => {
    expect(() => parser.parse(null)).toThrowDomainError('input/wrong-type', []);
  });

  it('safeParse returns its issues frozen, as a DomainError holds them (found by fuzzing)', () => {
    const result = parser.safeParse({});
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.isFrozen(result.issues)).toBe(true);
  });

  it('refuses a prototype-polluting key instead of obeying it', () => {
    const input = JSON.parse('{"year":2022,"name":"a","__proto__":{"polluted":true}}');
    expect(() => parser.parse(input)).toThrowDomainError('key/forbidden', ['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
