import { readFileSync } from 'node:fs';
import {
  evaluateCommune,
  localizeCriteriaSet,
  type NtmCommuneEvaluation,
  supplementCriteriaSet,
} from '@ntm/criteria';
import { XA_2021_2025 } from '@ntm/criteria/sets';
import type { NtmFactValue } from '@ntm/domain';
import { parseNationalSupplement, parseProvinceCriteriaConfig } from '@ntm/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluationJson, evaluationLine } from './evaluation-line.js';

const example = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../../examples/${path}`, import.meta.url), 'utf8'));
const DIEN_BIEN = localizeCriteriaSet(
  XA_2021_2025,
  parseProvinceCriteriaConfig(example('province-config/dien-bien.json')),
);
const SUPPLEMENTED = supplementCriteriaSet(
  XA_2021_2025,
  parseNationalSupplement(example('national-supplement/xa-2021-2025-tdmnpb.json')),
);
const indicators = XA_2021_2025.criteria.flatMap((c) => c.indicators);

/**
 * Evaluations of random facts, national, supplemented (the illustrative TDMNPB supplement) or with the illustrative
 * Điện Biên levels, in any year of the set.
 */
const evaluation: fc.Arbitrary<NtmCommuneEvaluation> = fc
  .record({
    values: fc.record(
      Object.fromEntries(
        indicators.map((i) => {
          const value: fc.Arbitrary<NtmFactValue> =
            i.type === 'boolean'
              ? fc.boolean()
              : i.type === 'absence'
                ? fc.nat(3)
                : i.type === 'percent'
                  ? fc.double({ min: 0, max: 100, noNaN: true })
                  : fc.double({ min: 0, max: 1000, noNaN: true });
          return [i.code, value];
        }),
      ),
      { requiredKeys: [] },
    ),
    layer: fc.constantFrom('national', 'supplemented', 'local'),
    year: fc.constantFrom(2022, 2023, 2024, 2025),
    name: fc.string(),
    illustrative: fc.boolean(),
  })
  .map(({ values, layer, year, name, illustrative }) =>
    evaluateCommune(
      layer === 'local' ? DIEN_BIEN : layer === 'supplemented' ? SUPPLEMENTED : XA_2021_2025,
      { values: values as Record<string, NtmFactValue>, illustrative },
      { year, region: 'TDMNPB', commune: { id: '03274', name: `Xã "${name}"` } },
    ),
  );

describe('NDJSON lines of criteria evaluate', () => {
  it('are written by hand exactly as JSON.stringify writes evaluationLine (property)', () => {
    fc.assert(
      fc.property(evaluation, (e) => {
        expect(evaluationJson(e)).toBe(JSON.stringify(evaluationLine(e)));
      }),
      { numRuns: 200 },
    );
  });

  it('leave out only what is documented, so a field the engine adds is not lost', () => {
    fc.assert(
      fc.property(evaluation, (e) => {
        const line = JSON.parse(evaluationJson(e));
        const defined = (o: object) =>
          Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
        expect(Object.keys(line)).toEqual(defined(e).filter((k) => k !== 'basis'));
        e.criteria.forEach((c, k) => {
          expect(Object.keys(line.criteria[k])).toEqual(defined(c).filter((f) => f !== 'name'));
          c.indicators.forEach((i, j) => {
            expect(Object.keys(line.criteria[k].indicators[j])).toEqual(
              defined(i).filter((f) => f !== 'reason'),
            );
          });
        });
      }),
      { numRuns: 30 },
    );
  });
});
