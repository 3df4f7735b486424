import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateCouncil } from './aggregate-council.js';

describe('aggregateCouncil', () => {
  it('averages at full precision and displays 2 decimals', () => {
    const r = aggregateCouncil([90, 89.99, 89.99]);
    expect(r.average).toBeCloseTo(269.98 / 3, 12);
    expect(r.display).toEqual({ vi: '89,99', en: '89.99' });
  });

  it('bands the unrounded average: 89.996 is 4★ although it would round to 90.00', () => {
    const r = aggregateCouncil([89.99, 90, 89.998], { versionId: 'QD26_2026' });
    expect(r.average).toBeLessThan(90);
    expect(r.rating?.stars).toBe(4);
  });

  it('reports spread, min, max and the widest pair by member name', () => {
    const r = aggregateCouncil([
      { member: 'Sở NN&MT', total: 72 },
      { member: 'Sở Công Thương', total: 80.5 },
      { member: 'Sở Y tế', total: 76 },
    ]);
    expect(r).toMatchObject({ members: 3, min: 72, max: 80.5, spread: 8.5 });
    expect(r.widestPair).toEqual(['Sở Công Thương', 'Sở NN&MT']);
  });

  it('divergence rule: a spread of exactly 10 may be finalised, more than 10 may not', () => {
    expect(aggregateCouncil([80, 90], { maxSpread: 10 }).finalisable).toBe(true);
    const r = aggregateCouncil([79.75, 90], { maxSpread: 10 });
    expect(r.finalisable).toBe(false);
    expect(r.reason.en).toContain('more than 10');
  });

  it('without the rule every result may be finalised', () => {
    expect(aggregateCouncil([0, 100]).finalisable).toBe(true);
  });

  it('bad input', () => {
    expect(() => aggregateCouncil([])).toThrowDomainError('input/empty', ['memberTotals']);
    expect(() => aggregateCouncil(null as never)).toThrowDomainError('input/wrong-type', [
      'memberTotals',
    ]);
    // biome-ignore lint/suspicious/noSparseArray: a hole was skipped by forEach, losing a member silently
    expect(() => aggregateCouncil([50, , 60] as number[])).toThrowDomainError('input/hole', [
      'memberTotals',
      1,
    ]);
    expect(() => aggregateCouncil([50, 101])).toThrowDomainError('input/too-big', [
      'memberTotals',
      1,
    ]);
    expect(() => aggregateCouncil([50, Number.NaN])).toThrowDomainError('number/not-finite', [
      'memberTotals',
      1,
    ]);
    expect(() => aggregateCouncil([{ member: 'x', total: -1 }])).toThrowDomainError(
      'input/too-small',
      ['memberTotals', 0, 'total'],
    );
    expect(() => aggregateCouncil([50], { maxSpread: -1 })).toThrowDomainError('input/too-small', [
      'options',
      'maxSpread',
    ]);
    expect(() => aggregateCouncil([50], { versionId: 'QD9_1999' as never })).toThrowDomainError(
      'input/not-allowed',
      ['options', 'versionId'],
    );
    expect(() => aggregateCouncil([50], { versionId: Object.create(null) })).toThrowDomainError(
      'input/not-allowed',
      ['options', 'versionId'],
    );
  });

  const totals = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), {
    minLength: 1,
    maxLength: 15,
  });

  it('property: the average lies between the lowest and highest member', () => {
    fc.assert(
      fc.property(totals, (t) => {
        const r = aggregateCouncil(t);
        expect(r.average).toBeGreaterThanOrEqual(r.min - 1e-9);
        expect(r.average).toBeLessThanOrEqual(r.max + 1e-9);
        expect(r.spread).toBe(r.max - r.min);
      }),
    );
  });

  it('property: the order of members does not matter, and a wider allowance never blocks what a narrower one allows', () => {
    fc.assert(
      fc.property(totals, fc.double({ min: 0, max: 50, noNaN: true }), (t, limit) => {
        const a = aggregateCouncil(t, { maxSpread: limit });
        const b = aggregateCouncil([...t].reverse(), { maxSpread: limit + 5 });
        expect(b.spread).toBe(a.spread);
        if (a.finalisable) expect(b.finalisable).toBe(true);
      }),
    );
  });
});
