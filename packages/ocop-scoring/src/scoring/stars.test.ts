import { isDomainError } from '@ntm/domain/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OCOP_VERSION_IDS } from '../data/versions.js';
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

  it.each([[-1], [100.01], [Number.NaN], [Number.POSITIVE_INFINITY], ['90' as unknown as number]])(
    'rejects %s with ocop/total-out-of-range',
    (total) => {
      expect.assertions(3);
      try {
        starsForTotal(total, 'QD26_2026');
      } catch (error) {
        expect(isDomainError(error)).toBe(true);
        if (isDomainError(error)) {
          expect(error.issues[0]?.code).toBe('ocop/total-out-of-range');
          expect(error.issues[0]?.path).toEqual(['total']);
        }
      }
    },
  );

  it('rejects an unknown version id', () => {
    expect(() => starsForTotal(50, 'QD999' as never)).toThrow(/unknown-version/);
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
  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], ['90' as unknown as number], [1e21]])(
    'rejects %s',
    (value) => {
      expect(() => displayScore(value)).toThrow(/invalid-score/);
    },
  );
});
