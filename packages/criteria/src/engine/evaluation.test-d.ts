import type { NtmCriteriaSet, ProvinceCriteriaConfig } from '@ntm/domain/core';
import { describe, expectTypeOf, it } from 'vitest';
import { evaluateCommune } from './evaluate-commune.js';
import type { NtmCommuneEvaluation, NtmOutcome, NtmStatus } from './evaluation.js';
import { localizeCriteriaSet } from './localize-criteria-set.js';
import { roadmap } from './roadmap.js';
import { summarize } from './summarize.js';

describe('criteria engine types', () => {
  it('evaluateCommune returns an evaluation with the four statuses', () => {
    expectTypeOf(evaluateCommune).returns.toEqualTypeOf<NtmCommuneEvaluation>();
    expectTypeOf<NtmStatus>().toEqualTypeOf<
      'met' | 'not-met' | 'not-applicable' | 'cannot-evaluate'
    >();
    expectTypeOf<NtmCommuneEvaluation['outcome']>().toEqualTypeOf<NtmOutcome>();
  });
  it('localizeCriteriaSet accepts an empty configuration and returns a set', () => {
    expectTypeOf(localizeCriteriaSet).parameter(1).toEqualTypeOf<Partial<ProvinceCriteriaConfig>>();
    expectTypeOf(localizeCriteriaSet).returns.toEqualTypeOf<NtmCriteriaSet>();
  });
  it('summarize and roadmap take evaluations', () => {
    expectTypeOf(summarize).parameter(0).toEqualTypeOf<readonly NtmCommuneEvaluation[]>();
    expectTypeOf(roadmap)
      .parameter(0)
      .toEqualTypeOf<Readonly<Record<string, readonly NtmCommuneEvaluation[]>>>();
  });
});
