import type { NtmErrorCode } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { scoreParts } from './score-parts.js';

describe('scoreParts', () => {
  it('accepts C = 38 under QĐ 1048/2019 (C ≤ 40)', () => {
    const r = scoreParts({ A: 30, B: 20, C: 38 }, '2021-05-10');
    expect(r).toMatchObject({ total: 88, stars: 4, status: 'rated', certifiable: true });
    expect(r.version.id).toBe('QD1048_2019');
  });

  it.each([['2024-01-15'], ['2025-08-01'], ['2026-06-01']])(
    'rejects C = 38 for a dossier of %s (C ≤ 35)',
    (date) => {
      expect(() => scoreParts({ A: 30, B: 20, C: 38 }, date)).toThrowDomainError(
        'ocop/part-out-of-range',
        ['parts', 'C'],
      );
    },
  );

  it('rejects A = 38 under QĐ 1048 (A ≤ 35) but accepts it under QĐ 148', () => {
    expect(() => scoreParts({ A: 38, B: 20, C: 30 }, '2020-01-01')).toThrowDomainError(
      'ocop/part-out-of-range',
      ['parts', 'A'],
    );
    expect(scoreParts({ A: 38, B: 20, C: 30 }, '2023-03-01').total).toBe(88);
  });

  it('rates averaged parts at full precision and below-threshold under 50', () => {
    expect(scoreParts({ A: 35.33, B: 20.33, C: 34.333 }, '2024-01-01').stars).toBe(4); // 89.993
    expect(scoreParts({ A: 20, B: 10, C: 19.5 }, '2024-01-01')).toMatchObject({
      stars: 2,
      status: 'below-threshold',
      certifiable: false,
    });
  });

  it.each<[unknown, NtmErrorCode, (string | number)[]]>([
    [{ A: -1, B: 0, C: 0 }, 'input/too-small', ['parts', 'A']],
    [{ A: Number.NaN, B: 0, C: 0 }, 'number/not-finite', ['parts', 'A']],
    [{ B: 1, C: 1 }, 'input/missing', ['parts', 'A']],
    [JSON.parse('{"__proto__": {"A": 1}, "B": 1, "C": 1}'), 'input/missing', ['parts', 'A']],
    [null, 'input/wrong-type', ['parts']],
  ])('rejects %o with %s', (parts, code, path) => {
    expect(() => scoreParts(parts as never, '2024-01-01')).toThrowDomainError(code, path);
  });
});
