import * as z from 'zod';
import { OCOP_ERRORS } from '../errors/catalogue/ocop.js';
import { received } from '../errors/describe-value.js';
import { isoDateSchema, legalBasisSchema } from '../schemas/common.js';
import { createParser, raiseUnless } from '../schemas/zod-issues.js';
import type { OcopAnswer, OcopAssessment } from './assessment.js';
import type {
  OcopCase,
  OcopCriterion,
  OcopDisqualifier,
  OcopMinimum,
  OcopOption,
  OcopRubric,
} from './rubric.js';

/*
 * Objects are strict: a misspelt field in a hand-written file is an error naming it, never silently dropped.
 * Criterion codes are digits and dots, which also keeps keys such as "__proto__" out of the answer map.
 */

const isoDate = isoDateSchema;
const text = z.string().trim().min(1).max(2000);
const points = z.number().min(0).max(100);
const index = z.number().int().min(0).max(999);
const criterionCode = z.string().superRefine(
  raiseUnless(
    (v: string) => /^\d{1,2}(\.\d{1,2}){0,3}$/u.test(v),
    OCOP_ERRORS['ocop/invalid-criterion-code'],
    (v) => ({ received: received(v) }),
  ),
);
const productSet = z.string().superRefine(
  raiseUnless(
    (v: string) => /^B(0[1-9]|1\d|2[0-6])$/u.test(v),
    OCOP_ERRORS['ocop/unknown-product-set'],
    (v) => ({ productSet: received(v) }),
  ),
);
const caseId = z.string().regex(/^[a-z]$/u);

const answer = z.union([
  index,
  z.boolean(),
  z.strictObject({ case: caseId, option: index }),
]) satisfies z.ZodType<OcopAnswer>;

/**
 * Schema of the hand-authored OCOP assessment file (one product, one evaluator's answers), published as
 * `@ntm/domain/schemas/ocop-assessment.json`.
 *
 * @remarks Phiếu đánh giá sản phẩm OCOP (bản điện tử).
 * @example
 * ```ts
 * OcopAssessmentSchema.safeParse({ product: { name: 'Mật ong' }, productSet: 'B04' }).success; // false: fields missing
 * ```
 */
export const OcopAssessmentSchema: z.ZodType<OcopAssessment> = z.strictObject({
  product: z.strictObject({
    name: text,
    code: text.exactOptional(),
    producer: text.exactOptional(),
  }),
  productSet,
  submittedOn: isoDate,
  kind: z.enum(['first', 'upgrade', 're-evaluation']),
  evaluator: text.exactOptional(),
  rubric: text.exactOptional(),
  criteria: z.record(criterionCode, answer),
  disqualifiers: z.array(z.string().min(1).max(40)).max(100).exactOptional(),
}) satisfies z.ZodType<OcopAssessment>;

const parser = createParser(OcopAssessmentSchema);

/**
 * Validates an OCOP assessment file and returns it, or throws a `DomainError` listing every problem with its path.
 *
 * @example
 * ```ts
 * const assessment = parseOcopAssessment(JSON.parse(fileText));
 * ```
 */
export const parseOcopAssessment: (input: unknown) => OcopAssessment = parser.parse;

/**
 * Validates an OCOP assessment file and returns `{ success: true, data }` or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * const result = safeParseOcopAssessment(JSON.parse(fileText));
 * if (!result.success) console.log(formatIssues(result.issues, { locale: 'vi' }));
 * ```
 */
export const safeParseOcopAssessment = parser.safeParse;

const legalBasis = legalBasisSchema;

const option = z.strictObject({
  text,
  points,
  minStars: z.union([z.literal(3), z.literal(4), z.literal(5)]).exactOptional(),
  correction: text.exactOptional(),
}) satisfies z.ZodType<OcopOption>;

const ocopCase = z.strictObject({
  id: caseId,
  title: text,
  options: z.array(option).min(1),
}) satisfies z.ZodType<OcopCase>;

const criterionBase = { code: criterionCode, title: text, maxPoints: points, notes: z.array(text) };

const criterion: z.ZodType<OcopCriterion> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('choice'),
      ...criterionBase,
      options: z.array(option).min(1),
    }),
    z.strictObject({ kind: z.literal('yes-no'), ...criterionBase }),
    z.strictObject({ kind: z.literal('cases'), ...criterionBase, cases: z.array(ocopCase).min(2) }),
    z.strictObject({
      kind: z.literal('group'),
      ...criterionBase,
      items: z.array(criterion).min(1),
    }),
  ]),
);

const minimum = z.strictObject({
  stars: z.union([z.literal(3), z.literal(4), z.literal(5)]),
  criterion: criterionCode,
  case: caseId.exactOptional(),
  option: index,
  points,
}) satisfies z.ZodType<OcopMinimum>;

const disqualifier = z.strictObject({
  id: z.string().min(1).max(40),
  scope: z.enum(['sheet', 'criterion']),
  criterion: criterionCode.exactOptional(),
  effect: z.enum(['excluded', 'not-evaluated']),
  whenZeroIn: z.array(criterionCode).exactOptional(),
  text,
}) satisfies z.ZodType<OcopDisqualifier>;

/**
 * Schema of an OCOP scoring sheet, for sheets authored outside the SDK (a province's trial sheet, a future version).
 * It checks the shape only; the engine checks the points when scoring.
 *
 * @remarks Bộ tiêu chí / phiếu chấm OCOP.
 * @example
 * ```ts
 * OcopRubricSchema.safeParse(QD26_2026_B04).success; // true
 * ```
 */
export const OcopRubricSchema: z.ZodType<OcopRubric> = z.strictObject({
  id: text,
  version: z.enum(['QD1048_2019', 'QD148_2023', 'QD148_1489_2025', 'QD26_2026']),
  productSet,
  title: text,
  classification: z.string(),
  basis: legalBasis,
  validity: z.strictObject({ validFrom: isoDate, validTo: isoDate.exactOptional() }),
  dataAsOf: isoDate,
  parts: z.array(
    z.strictObject({
      key: z.enum(['A', 'B', 'C']),
      title: text,
      maxPoints: points,
      sections: z.array(
        z.strictObject({
          code: criterionCode,
          title: text,
          maxPoints: points,
          notes: z.array(text),
          items: z.array(criterion).min(1),
        }),
      ),
    }),
  ),
  minimums: z.array(minimum),
  disqualifiers: z.array(disqualifier),
  notes: z.array(text),
}) satisfies z.ZodType<OcopRubric>;

const rubricParser = createParser(OcopRubricSchema);

/**
 * Validates an OCOP scoring sheet and returns it, or throws a `DomainError` listing every problem with its path.
 *
 * @example
 * ```ts
 * const rubric = parseOcopRubric(JSON.parse(provinceSheetText));
 * ```
 */
export const parseOcopRubric: (input: unknown) => OcopRubric = rubricParser.parse;

/**
 * Validates an OCOP scoring sheet and returns `{ success: true, data }` or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * safeParseOcopRubric({}).success; // false
 * ```
 */
export const safeParseOcopRubric = rubricParser.safeParse;
