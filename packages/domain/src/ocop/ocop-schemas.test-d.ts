import { expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { OcopAssessment } from './assessment.js';
import type { OcopAssessmentSchema, OcopRubricSchema } from './ocop-schemas.js';
import type { OcopRubric } from './rubric.js';

it('schemas produce the documented interfaces', () => {
  expectTypeOf<z.output<typeof OcopAssessmentSchema>>().toEqualTypeOf<OcopAssessment>();
  expectTypeOf<z.output<typeof OcopRubricSchema>>().toEqualTypeOf<OcopRubric>();
});
