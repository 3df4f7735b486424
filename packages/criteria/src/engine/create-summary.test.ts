import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XA_2016_2020 } from '../data/sets/xa-2016-2020.js';
import { XA_2021_2025 } from '../data/sets/xa-2021-2025.js';
import { evaluateCommune } from './evaluate-commune.js';
import type { NtmCommuneEvaluation } from './evaluation.js';
import { createSummary, summarize } from './summarize.js';

/** Evaluations of communes with random yes/no answers, in random districts and years, on a 19- or a 20-criterion set. */
const evaluations = fc
  .array(
    fc.record({
      district: fc.constantFrom('Tuần Giáo', 'Tân Uyên', undefined),
      year: fc.constantFrom(2022, 2023),
      yes: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
      old: fc.boolean(),
    }),
    { maxLength: 25 },
  )
  .map((rows) =>
    rows.map((r, n): NtmCommuneEvaluation => {
      const set = r.old ? XA_2016_2020 : XA_2021_2025;
      const booleans = set.criteria
        .flatMap((c) => c.indicators)
        .filter((i) => i.type === 'boolean');
      const values = Object.fromEntries(booleans.map((i, k) => [i.code, r.yes[k % 30] ?? false]));
      return evaluateCommune(
        set,
        { values },
        {
          year: r.old ? 2019 : r.year,
          region: 'TDMNPB',
          commune: {
            id: `x${n}`,
            name: `Xã ${n}`,
            ...(r.district ? { district: r.district } : {}),
          },
        },
      );
    }),
  );

describe('createSummary', () => {
  it('fed one evaluation at a time gives what summarize gives for the whole list (property)', () => {
    fc.assert(
      fc.property(
        evaluations,
        fc.constantFrom('district', 'year', undefined),
        fc.option(fc.nat(20), { nil: undefined }),
        (list, by, belowCriteria) => {
          const options = {
            ...(by === undefined ? {} : { by }),
            ...(belowCriteria === undefined ? {} : { belowCriteria }),
          } as const;
          const builder = createSummary(options);
          for (const e of list) builder.add(e);
          const summary = builder.result();
          expect(summary).toEqual(summarize(list, options));
          expect(summary.total.communes).toBe(list.length);
          expect(summary.total.met + summary.total.notMet + summary.total.cannotEvaluate).toBe(
            list.length,
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('drops the "dưới 15 tiêu chí" count when a set has another number of criteria, unless a mark is given', () => {
    const e = evaluateCommune(XA_2021_2025, { values: {} }, { year: 2022, region: 'TDMNPB' });
    // A 10-criterion evaluation (the shape of the 2026–2030 set), as summarize reads it.
    const mixed = [e, { ...e, criteriaTotal: 10 }];
    const builder = createSummary();
    for (const x of mixed) builder.add(x);
    expect(builder.result().belowCriteria).toBeNull();
    expect(builder.result().total.below).toBe(0);
    const marked = createSummary({ belowCriteria: 10 });
    for (const x of mixed) marked.add(x);
    const total = marked.result().total;
    expect(total.below + total.belowUndetermined).toBe(2);
  });

  it('refuses a bad option at once and a bad evaluation when it is added', () => {
    expect(() => createSummary({ by: 'commune' as never })).toThrow(/input\/not-allowed/);
    const builder = createSummary();
    expect(() => builder.add({ year: 2022 } as never)).toThrow();
  });
});
