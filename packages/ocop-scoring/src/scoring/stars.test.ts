import type { NtmErrorCode } from '@ntm/domain/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OCOP_VERSION_IDS, OCOP_VERSIONS } from '../data/versions.js';
import { displayScore, starsForTotal } from './stars.js';

describe('starsForTotal (QĐ 26/2026 Điều 3.3 bands)', () => {
  it.each([
    [100, 5],
    [90, 5],
    [89.999, 4],
    [70, 4],
    [69.99, 3],
    [50, 3],
    [49.5, 2],
    [30, 2],
    [29.99, 1],
    [0, 1],
  ])('%d points → %d★', (total, stars) => {
    expect(starsForTotal(total, 'QD26_2026').stars).toBe(stars);
  });

  it('compares at full precision: an average of 89.996 is 4★, displayed 89,99 / 89.99', () => {
    const r = starsForTotal(89.996, 'QD26_2026');
    expect(r.stars).toBe(4);
    expect(r.display).toEqual({ vi: '89,99', en: '89.99' });
  });

  it('marks 1★ and 2★ as not certifiable, 3★ and up as certifiable', () => {
    expect(starsForTotal(49.99, 'QD26_2026').certifiable).toBe(false);
    expect(starsForTotal(29, 'QD1048_2019').certifiable).toBe(false);
    expect(starsForTotal(50, 'QD148_2023').certifiable).toBe(true);
  });

  it('is monotone in the total under every version', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom(...OCOP_VERSION_IDS),
        (a, b, id) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(starsForTotal(lo, id).stars).toBeLessThanOrEqual(starsForTotal(hi, id).stars);
        },
      ),
    );
  });

  it.each<[unknown, NtmErrorCode]>([
    [-1, 'input/too-small'],
    [100.01, 'input/too-big'],
    [Number.NaN, 'number/not-finite'],
    [Number.POSITIVE_INFINITY, 'number/not-finite'],
    ['90', 'input/wrong-type'],
  ])('rejects %s with %s', (total, code) => {
    expect(() => starsForTotal(total as number, 'QD26_2026')).toThrowDomainError(code, ['total']);
  });

  it('rejects an unknown version id', () => {
    expect(() => starsForTotal(50, 'QD999' as never)).toThrowDomainError('input/not-allowed', [
      'versionId',
    ]);
  });

  it('every version has the five bands, 5★ to 1★, the lowest from 0 (so every total has a band)', () => {
    for (const version of OCOP_VERSIONS) {
      expect(version.bands.map((b) => b.stars)).toEqual([5, 4, 3, 2, 1]);
      expect(version.bands.at(-1)?.from).toBe(0);
    }
  });
});

describe('displayScore', () => {
  it('cuts to 2 decimals without binary noise', () => {
    expect(displayScore(90.75)).toEqual({ vi: '90,75', en: '90.75' });
    expect(displayScore(66)).toEqual({ vi: '66,00', en: '66.00' });
    expect(displayScore(0.1 + 0.2)).toEqual({ vi: '0,30', en: '0.30' });
  });
});

describe('displayScore: whole scores', () => {
  it('shows a whole score as the cut of a score a thousandth further from zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (n) => {
        expect(displayScore(n)).toEqual(displayScore(n >= 0 ? n + 0.001 : n - 0.001));
      }),
    );
  });
});

describe('displayScore input', () => {
  it.each<[unknown, NtmErrorCode]>([
    [Number.NaN, 'number/not-finite'],
    [Number.POSITIVE_INFINITY, 'number/not-finite'],
    ['90', 'input/wrong-type'],
    [1e21, 'input/too-big'],
    [-1e21, 'input/too-small'],
  ])('rejects %s with %s', (value, code) => {
    expect(() => displayScore(value as number)).toThrowDomainError(code, ['score']);
  });
});
