import type { NtmFactValue } from '@ntm/domain/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyFacts } from '../../../../test/support/commune-facts.js';
import { XA_2016_2020 } from '../data/sets/xa-2016-2020.js';
import { evaluateCommune } from './evaluate-commune.js';

// QĐ 1980 has the most filled cells for TDMNPB, so improvements can change outcomes there.
const indicators = XA_2016_2020.criteria.flatMap((c) => c.indicators);
const context = { year: 2020, region: 'TDMNPB' } as const;

// Moves a value in the good direction of its indicator.
function improve(code: string, value: NtmFactValue, step: number): NtmFactValue {
  const indicator = indicators.find((i) => i.code === code);
  if (indicator === undefined) return value;
  if (indicator.type === 'boolean') return true;
  if (indicator.type === 'absence') return 0;
  const max = indicator.type === 'percent' ? 100 : 200;
  const v = value as number;
  return indicator.direction === '<=' ? Math.max(0, v - step) : Math.min(max, v + step);
}

describe('monotonicity', () => {
  it('property: improving a fact never lowers the count of criteria met nor worsens the outcome', () => {
    const factsArb = anyFacts(XA_2016_2020, { absences: 3, number: 200 }, { everyIndicator: true });
    const rank = { 'not-met': 0, 'cannot-evaluate': 1, met: 2 } as const;
    fc.assert(
      fc.property(
        factsArb,
        fc.constantFrom(...indicators.map((i) => i.code)),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (values, code, step) => {
          const before = evaluateCommune(XA_2016_2020, { values }, context);
          const better = { ...values, [code]: improve(code, values[code] as NtmFactValue, step) };
          const after = evaluateCommune(XA_2016_2020, { values: better }, context);
          expect(after.criteriaMet).toBeGreaterThanOrEqual(before.criteriaMet);
          expect(rank[after.outcome]).toBeGreaterThanOrEqual(rank[before.outcome]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
