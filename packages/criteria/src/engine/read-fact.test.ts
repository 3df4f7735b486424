// readFact on each indicator type: plain values on both sides of each bound, values with a unit, and the errors.
import type { NtmIndicator } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { readFact } from './read-fact.js';

const of = (type: string, unit?: string) =>
  ({
    code: '9.9',
    criterion: '9',
    type,
    thresholds: {},
    ...(unit === undefined ? {} : { unit }),
  }) as unknown as NtmIndicator;
const PERCENT = of('percent', '%');
const NUMBER = of('number', 'triệu đồng');
const BOOLEAN = of('boolean');
const ABSENCE = of('absence');
const failure = (indicator: NtmIndicator, raw: unknown) =>
  issuesOf(() => readFact(indicator, raw)).map((i) => ({
    code: i.code,
    path: i.path,
    params: i.params,
  }));
const codeOf = (indicator: NtmIndicator, raw: unknown) =>
  failure(indicator, raw).map((i) => [i.code, i.path]);

describe('readFact', () => {
  it('returns plain values within the bounds of their type, as they are', () => {
    for (const v of [0, 0.5, 100]) expect(readFact(PERCENT, v)).toBe(v);
    for (const v of [0, 36.5, Number.MAX_SAFE_INTEGER]) expect(readFact(NUMBER, v)).toBe(v);
    for (const v of [0, 3, true, false]) expect(readFact(ABSENCE, v)).toBe(v);
    for (const v of [true, false]) expect(readFact(BOOLEAN, v)).toBe(v);
  });

  it('refuses a plain value outside its type, at the indicator’s path', () => {
    const at = ['values', '9.9'];
    expect(codeOf(PERCENT, -0.1)).toEqual([['input/too-small', at]]);
    expect(codeOf(PERCENT, 100.1)).toEqual([['input/too-big', at]]);
    expect(codeOf(PERCENT, Number.NaN).map(([, path]) => path)).toEqual([at]);
    expect(codeOf(PERCENT, true)).toEqual([['input/wrong-type', at]]);
    expect(codeOf(NUMBER, -5)).toEqual([['input/too-small', at]]);
    expect(codeOf(NUMBER, Number.MAX_SAFE_INTEGER * 2)).toEqual([['input/too-big', at]]);
    expect(codeOf(NUMBER, false)).toEqual([['input/wrong-type', at]]);
    expect(codeOf(ABSENCE, -1)).toEqual([['input/too-small', at]]);
    expect(codeOf(ABSENCE, 1.5)).toEqual([['input/not-integer', at]]);
    expect(codeOf(BOOLEAN, 1)).toEqual([['input/wrong-type', at]]);
    expect(failure(ABSENCE, 'none')).toMatchObject([
      {
        code: 'input/wrong-type',
        path: at,
        params: {
          expected: { vi: 'true/false hoặc một số đếm ≥ 0', en: 'true/false or a count ≥ 0' },
        },
      },
    ]);
  });

  it('reads a value given with its unit, or with none, and checks it the same way', () => {
    expect(readFact(NUMBER, { value: 40, unit: 'triệu đồng' })).toBe(40);
    expect(readFact(NUMBER, { value: 40, unit: 'triệu  đồng'.normalize('NFD') })).toBe(40);
    expect(readFact(NUMBER, { value: 40 })).toBe(40);
    expect(readFact(ABSENCE, { value: true })).toBe(true);
    expect(readFact(ABSENCE, { value: 2 })).toBe(2);
    expect(readFact(BOOLEAN, { value: false })).toBe(false);
    expect(readFact(PERCENT, { value: 100 })).toBe(100);
    expect(codeOf(NUMBER, { value: -1 })).toEqual([['input/too-small', ['values', '9.9']]]);
    expect(codeOf(ABSENCE, { value: -1 })).toEqual([['input/too-small', ['values', '9.9']]]);
    expect(codeOf(ABSENCE, { value: 'x' })).toEqual([['input/wrong-type', ['values', '9.9']]]);
  });

  it('names a missing value and a wrong unit', () => {
    expect(failure(NUMBER, { value: undefined, unit: 'triệu đồng' })).toEqual([
      expect.objectContaining({
        code: 'input/missing',
        path: ['values', '9.9', 'value'],
        params: { field: 'value' },
      }),
    ]);
    expect(codeOf(NUMBER, { unit: 'triệu đồng' })).toEqual([
      ['input/missing', ['values', '9.9', 'value']],
    ]);
    expect(codeOf(NUMBER, { value: 1, unit: 5 })).toEqual([
      ['input/wrong-type', ['values', '9.9', 'unit']],
    ]);
    expect(failure(NUMBER, { value: 1, unit: 'đồng' })).toMatchObject([
      {
        code: 'criteria/wrong-unit',
        path: ['values', '9.9', 'unit'],
        params: { indicator: '9.9', expected: 'triệu đồng' },
      },
    ]);
    expect(failure(BOOLEAN, { value: true, unit: '%' })).toMatchObject([
      { code: 'criteria/wrong-unit', params: { expected: { vi: '(không có)', en: '(none)' } } },
    ]);
  });

  it('names an indicator of an unknown type as a damaged set', () => {
    expect(failure(of('text'), 'x')).toMatchObject([
      { code: 'criteria/invalid-set', path: ['set'], params: { part: '9.9: type' } },
    ]);
    expect(failure(of('text'), true)).toMatchObject([{ code: 'criteria/invalid-set' }]);
  });
});
