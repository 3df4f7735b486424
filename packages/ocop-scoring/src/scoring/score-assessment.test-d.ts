import type { OcopAnswers, OcopRubric, OcopStarLevel } from '@ntm/domain';
import { expectTypeOf, it } from 'vitest';
import { resolveRubric } from './resolve.js';
import { scoreAssessment } from './score-assessment.js';
import type { OcopScoreResult } from './score-result.js';
import { starsForTotal } from './stars.js';

it('scoreAssessment takes a rubric and answers and returns a score result', () => {
  expectTypeOf(scoreAssessment).parameter(0).toEqualTypeOf<OcopRubric>();
  expectTypeOf(scoreAssessment).parameter(1).toEqualTypeOf<OcopAnswers>();
  expectTypeOf(scoreAssessment).returns.toEqualTypeOf<OcopScoreResult>();
  expectTypeOf<OcopScoreResult['stars']>().toEqualTypeOf<OcopStarLevel | null>();
  expectTypeOf<OcopScoreResult['status']>().toEqualTypeOf<
    'rated' | 'disqualified' | 'below-threshold'
  >();
});

it('answers accept an index, a boolean or a case, nothing else', () => {
  expectTypeOf<{
    criteria: { '1.1': 2; '2.4': true; '8': { case: 'a'; option: 1 } };
  }>().toExtend<OcopAnswers>();
  expectTypeOf<{ criteria: { '1.1': '2' } }>().not.toExtend<OcopAnswers>();
});

it('resolveRubric returns the sheet only as an optional field, and stars are 1–5', () => {
  expectTypeOf(resolveRubric)
    .returns.toHaveProperty('rubric')
    .toEqualTypeOf<OcopRubric | undefined>();
  expectTypeOf(starsForTotal).returns.toHaveProperty('stars').toEqualTypeOf<OcopStarLevel>();
});
