import { describe, expect, it } from 'vitest';
import { sheetWith } from '../../test/ocop-sheet.js';
import { isDomainError } from '../errors/domain-error.js';
import {
  parseOcopAssessment,
  parseOcopRubric,
  safeParseOcopAssessment,
  safeParseOcopRubric,
} from './ocop-schemas.js';

const valid = {
  product: { name: 'Mật ong bạc hà', producer: 'HTX Mèo Vạc' },
  productSet: 'B04',
  submittedOn: '2026-06-10',
  kind: 'first',
  criteria: { '1.1': 2, '2.4': true, '8': { case: 'a', option: 1 } },
  disqualifiers: [],
};

describe('parseOcopAssessment', () => {
  it('accepts a complete assessment file and keeps its answers', () => {
    const parsed = parseOcopAssessment(valid);
    expect(parsed.criteria['2.4']).toBe(true);
    expect(parsed.criteria['8']).toEqual({ case: 'a', option: 1 });
    expect(parsed.submittedOn).toBe('2026-06-10');
  });

  it('rejects an impossible date with the date code and path', () => {
    const result = safeParseOcopAssessment({ ...valid, submittedOn: '2026-02-30' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues[0]?.code).toBe('date/invalid');
      expect(result.issues[0]?.path).toEqual(['submittedOn']);
      expect(result.issues[0]?.message.vi).toContain('YYYY-MM-DD');
    }
  });

  it('rejects an unknown product set, a misspelt field and a negative option', () => {
    const result = safeParseOcopAssessment({
      ...valid,
      productSet: 'B27',
      evaluatr: 'x',
      criteria: { '1.1': -1 },
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      const paths = result.issues.map((i) => i.path.join('.'));
      expect(paths).toContain('productSet');
      expect(paths).toContain('criteria.1.1');
      expect(result.issues.some((i) => i.code === 'ocop/unknown-product-set')).toBe(true);
      expect(result.issues.some((i) => i.code === 'input/unknown-field')).toBe(true);
    }
  });

  it('keeps "__proto__" out of the answer map (no prototype change, no such answer)', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "1.1": 2}');
    const parsed = parseOcopAssessment({ ...valid, criteria: input });
    expect(Object.getPrototypeOf(parsed.criteria)).toBe(Object.prototype);
    expect(Object.hasOwn(parsed.criteria, '__proto__')).toBe(false);
    expect(Object.keys(parsed.criteria)).toEqual(['1.1']);
  });

  it('throws a DomainError from parse', () => {
    expect.assertions(2);
    try {
      parseOcopAssessment({});
    } catch (error) {
      expect(isDomainError(error)).toBe(true);
      if (isDomainError(error)) expect(error.issues.length).toBeGreaterThan(3);
    }
  });
});

describe('parseOcopRubric', () => {
  const group = {
    kind: 'group',
    code: '1.1',
    title: 'G',
    maxPoints: 3,
    notes: [],
    items: [
      { kind: 'yes-no', code: '1.1.1', title: 'Y', maxPoints: 1, notes: [] },
      {
        kind: 'choice',
        code: '1.1.2',
        title: 'C',
        maxPoints: 2,
        notes: [],
        options: [{ text: 'x', points: 2, minStars: 4 }],
      },
    ],
  };
  const rubric = {
    ...sheetWith([group]),
    basis: { number: '26/2026/QĐ-TTg', type: 'QĐ', issuer: 'TTg', signed: '2026-05-22' },
    minimums: [{ stars: 4, criterion: '1.1.2', option: 0, points: 2 }],
    disqualifiers: [
      { id: 'sheet', scope: 'sheet', effect: 'excluded', text: 'Hồ sơ bị loại khi …' },
    ],
  };

  it('accepts nested sub-criteria', () => {
    expect(parseOcopRubric(rubric).parts[0]?.sections[0]?.items[0]?.kind).toBe('group');
  });

  it('rejects an unknown criterion kind inside a group', () => {
    const bad = structuredClone(rubric);
    (bad.parts[0]?.sections[0]?.items[0]?.items?.[0] as { kind: string }).kind = 'slider';
    expect(safeParseOcopRubric(bad).success).toBe(false);
  });
});
