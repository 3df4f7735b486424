// The refinements of the hand-authored formats, at the edge: each refusal's code, path and parameters, and the
// values just inside each rule.
import { describe, expect, it } from 'vitest';
import { readExample } from '../../../../test/support/examples.js';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { forbiddenKey } from '../../test/expected-issues.js';
import { deepFreeze } from '../data/deep-freeze.js';
import { safeParseDirective } from '../directives/directive-schema.js';
import type { DomainIssue } from '../errors/issue.js';
import type { Result } from '../errors/result.js';
import { expectLegalBasis } from '../legal/expect-legal-basis.js';
import { isInForce } from '../legal/legal-basis.js';
import { safeParseNationalSupplement } from '../ntm/national-supplement-schema.js';
import { safeParseCommuneFacts, safeParseProvinceCriteriaConfig } from '../ntm/ntm-schemas.js';
import { safeParseOcopAssessment } from '../ocop/ocop-schemas.js';
import { legalBasisSchema } from './common.js';
import { createParser } from './zod-issues.js';

const NFD = 'Tuần Giáo'.normalize('NFD');

function refusals(result: Result<unknown>): readonly DomainIssue[] {
  if (result.success) throw new Error('expected the input to be refused');
  return result.issues;
}

const codesAndPaths = (result: Result<unknown>) =>
  refusals(result).map((issue) => [issue.code, issue.path]);

describe('OCOP assessment', () => {
  const valid = {
    product: { name: 'Mật ong bạc hà' },
    productSet: 'B04',
    submittedOn: '2026-06-10',
    kind: 'first',
    criteria: {},
  };
  const withCriterion = (code: string) =>
    safeParseOcopAssessment({ ...valid, criteria: { [code]: 1 } });

  it.each(['1', '12', '1.1', '6.1.2', '10.11.12.13'])('accepts the criterion code %s', (code) => {
    expect(withCriterion(code).success).toBe(true);
  });

  it.each(['', 'a', '123', '1.', '.1', '1.123', '1.1.1.1.1', '1,1', ' 1.1', '1.1 '])(
    'refuses the criterion code %j at its key',
    (code) => {
      expect(refusals(withCriterion(code))).toEqual([
        {
          code: 'ocop/invalid-criterion-code',
          path: ['criteria', code],
          message: {
            vi: `Cần mã tiêu chí dạng 1.1 hoặc 6.1.2, nhận ${JSON.stringify(code)}`,
            en: `Expected a criterion code such as 1.1 or 6.1.2, got ${JSON.stringify(code)}`,
          },
          params: { received: JSON.stringify(code) },
        },
      ]);
    },
  );

  it.each(['B01', 'B09', 'B10', 'B19', 'B20', 'B26'])(
    'accepts the product set %s',
    (productSet) => {
      expect(safeParseOcopAssessment({ ...valid, productSet }).success).toBe(true);
    },
  );

  it.each(['B00', 'B27', 'B30', 'B1', 'b04', 'B040', 'xB04', ''])(
    'refuses the product set %j',
    (productSet) => {
      expect(refusals(safeParseOcopAssessment({ ...valid, productSet }))).toEqual([
        {
          code: 'ocop/unknown-product-set',
          path: ['productSet'],
          message: {
            vi: `Không có bộ sản phẩm ${JSON.stringify(productSet)}: cần mã B01 … B26`,
            en: `No product set ${JSON.stringify(productSet)}: expected a code B01 … B26`,
          },
          params: { productSet: JSON.stringify(productSet) },
        },
      ]);
    },
  );

  it('refuses a case answer whose case is not one letter', () => {
    const answer = (value: unknown) =>
      safeParseOcopAssessment({ ...valid, criteria: { '8': value } });
    expect(answer({ case: 'b', option: 0 }).success).toBe(true);
    expect(codesAndPaths(answer({ case: 'ab', option: 0 }))).toEqual([
      ['input/invalid-format', ['criteria', '8', 'case']],
    ]);
  });
});

describe('NTM codes and records', () => {
  const facts = (values: unknown) => safeParseCommuneFacts({ setId: 'XA_2021_2025', values });
  const setId = (value: unknown) => safeParseCommuneFacts({ setId: value, values: {} });

  it('refuses a code of spaces as empty, and an empty one', () => {
    for (const value of [' ', '\t ', '']) {
      expect(refusals(setId(value))).toEqual([
        {
          code: 'input/empty',
          path: ['setId'],
          message: { vi: 'Không được để trống', en: 'Must not be empty' },
        },
      ]);
    }
    expect(setId(' a ').success).toBe(true);
  });

  it('refuses a prototype key as a code, naming it', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(refusals(setId(key))).toEqual([forbiddenKey(key, ['setId'])]);
    }
  });

  it('refuses a decomposed code, naming it', () => {
    expect(refusals(setId(NFD))).toEqual([
      expect.objectContaining({ code: 'key/not-nfc', path: ['setId'], params: { key: NFD } }),
    ]);
  });

  it('refuses a code over 32 characters', () => {
    expect(setId('x'.repeat(32)).success).toBe(true);
    expect(codesAndPaths(setId('x'.repeat(33)))).toEqual([['input/too-long', ['setId']]]);
  });

  it('reports an own "__proto__" key of the values once, at that key', () => {
    const values = JSON.parse('{"1.1": true, "__proto__": 1}');
    expect(refusals(facts(values))).toEqual([forbiddenKey('__proto__', ['values', '__proto__'])]);
    // An ordinary object's inherited __proto__ is not a key of it.
    expect(facts({ '1.1': true }).success).toBe(true);
    expect(codesAndPaths(facts(null))).toEqual([['input/wrong-type', ['values']]]);
    expect(codesAndPaths(facts(undefined))).toEqual([['input/missing', ['values']]]);
    expect(codesAndPaths(facts('x'))).toEqual([['input/wrong-type', ['values']]]);
    expect(codesAndPaths(facts([]))).toEqual([['input/wrong-type', ['values']]]);
  });

  it('refuses decomposed text in the province configuration and the supplement', () => {
    expect(refusals(safeParseProvinceCriteriaConfig({ province: NFD }))).toEqual([
      expect.objectContaining({
        code: 'text/not-nfc',
        path: ['province'],
        params: { received: JSON.stringify(NFD) },
      }),
    ]);
    expect(safeParseProvinceCriteriaConfig({ province: ' Điện Biên ' }).success).toBe(true);
    expect(
      codesAndPaths(
        safeParseNationalSupplement({ baseSetId: 'XA_2026_2030', source: { document: NFD } }),
      ),
    ).toEqual([['text/not-nfc', ['source', 'document']]]);
  });
});

describe('directives', () => {
  const read = () => readExample('directives/tuan-giao-2022.json') as Record<string, unknown>;
  const signed = (value: unknown) => safeParseDirective({ ...read(), signed: value });

  it('accepts a signed date known to the year, the month or the last day of a month', () => {
    expect(signed({ year: 2022 }).success).toBe(true);
    expect(signed({ year: 2022, month: 2 }).success).toBe(true);
    expect(signed({ year: 2024, month: 2, day: 29 }).success).toBe(true);
    expect(signed({ year: 2022, month: 12, day: 31 }).success).toBe(true);
  });

  it('refuses a day the month lacks, with the month, year and day in the message', () => {
    expect(refusals(signed({ year: 2023, month: 2, day: 29 }))).toEqual([
      {
        code: 'date/no-such-day',
        path: ['signed', 'day'],
        message: { vi: 'Tháng 2/2023 không có ngày 29.', en: 'Month 2/2023 has no day 29.' },
        params: { year: 2023, month: 2, day: 29 },
      },
    ]);
    expect(refusals(signed({ year: 2022, day: 1 }))).toEqual([
      {
        code: 'date/day-without-month',
        path: ['signed', 'month'],
        message: { vi: 'Có ngày thì phải có tháng.', en: 'A day needs its month.' },
      },
    ]);
  });

  it('refuses a document number it cannot read, quoting it', () => {
    expect(refusals(safeParseDirective({ ...read(), number: '542' }))).toEqual([
      expect.objectContaining({
        code: 'document-number/invalid',
        path: ['number'],
        params: { value: '"542"' },
      }),
    ]);
  });

  it('names every repeated task id, at the later task', () => {
    const input = read();
    const tasks = input.tasks as Record<string, unknown>[];
    const first = tasks[0] as Record<string, unknown>;
    const again = [first, { ...first }, { ...first }];
    expect(refusals(safeParseDirective({ ...input, tasks: again }))).toEqual([
      {
        code: 'directive/duplicate-task',
        path: ['tasks', 1, 'id'],
        message: {
          vi: `Mã nhiệm vụ "${first.id}" bị trùng`,
          en: `Task id "${first.id}" is used twice`,
        },
        params: { id: first.id },
      },
      expect.objectContaining({ code: 'directive/duplicate-task', path: ['tasks', 2, 'id'] }),
    ]);
  });

  it('drops the editor hint $schema and keeps the rest', () => {
    const result = safeParseDirective({ ...read(), $schema: './directive.json' });
    expect(result.success).toBe(true);
    if (result.success) {
      expect('$schema' in result.data).toBe(false);
      expect(result.data.id).toBe(read().id);
    }
  });
});

describe('legal references', () => {
  const basis = { number: '26/2026/QĐ-TTg', type: 'QĐ', issuer: 'TTg' };
  const schema = createParser(legalBasisSchema);

  it('takes up to 2,000 characters after trimming, in NFC, on both paths', () => {
    const longest = { ...basis, article: ` ${'x'.repeat(2000)} ` };
    expect(schema.safeParse(longest).success).toBe(true);
    expect(expectLegalBasis(longest, ['basis'])).toBe(longest);
    const tooLong = { ...basis, article: 'x'.repeat(2001) };
    expect(codesAndPaths(schema.safeParse(tooLong))).toEqual([['input/too-long', ['article']]]);
    expect(() => expectLegalBasis(tooLong, ['basis'])).toThrowDomainError('input/too-long', [
      'basis',
      'article',
    ]);
    const decomposed = { ...basis, issuer: NFD };
    expect(refusals(schema.safeParse(decomposed))).toEqual([
      expect.objectContaining({
        code: 'text/not-nfc',
        path: ['issuer'],
        params: { received: JSON.stringify(NFD) },
      }),
    ]);
    expect(issuesOf(() => expectLegalBasis(decomposed, ['basis']))).toEqual([
      expect.objectContaining({
        code: 'text/not-nfc',
        path: ['basis', 'issuer'],
        params: { received: JSON.stringify(NFD) },
      }),
    ]);
  });

  it('names the day isInForce was asked about when it is not a date', () => {
    expect(() => isInForce({ validFrom: '2022-01-01' } as never, '2022-02-30')).toThrowDomainError(
      'date/invalid',
      ['date'],
    );
  });

  it('refuses a signing date that does not exist', () => {
    expect(refusals(schema.safeParse({ ...basis, signed: '2026-02-30' }))).toEqual([
      expect.objectContaining({
        code: 'date/invalid',
        path: ['signed'],
        params: { value: '"2026-02-30"' },
      }),
    ]);
  });
});

describe('deepFreeze', () => {
  it('freezes nested objects, arrays and symbol-keyed values, and returns the value', () => {
    const key = Symbol('k');
    const value = { a: { b: [1, { c: 2 }] }, [key]: { d: 3 } };
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.a)).toBe(true);
    expect(Object.isFrozen(value.a.b)).toBe(true);
    expect(Object.isFrozen(value.a.b[1])).toBe(true);
    expect(Object.isFrozen(value[key])).toBe(true);
    expect(deepFreeze(null)).toBeNull();
    expect(deepFreeze(3)).toBe(3);
  });

  it('leaves what is already frozen as it is', () => {
    const inner = { c: 1 };
    const frozen = Object.freeze({ inner });
    deepFreeze(frozen);
    expect(Object.isFrozen(inner)).toBe(false);
  });
});
