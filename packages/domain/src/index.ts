/**
 * `@ntm/domain`: the vocabulary of the SDK — validated models, types, errors, dates, Vietnamese text and
 * legal references. This entry adds the zod schemas and `parseX` / `safeParseX` to everything in
 * `@ntm/domain/core`.
 *
 * @packageDocumentation
 */
export * from './core.js';
export {
  DirectiveSchema,
  parseDirective,
  safeParseDirective,
} from './directives/directive-schema.js';
export {
  NationalSupplementSchema,
  parseNationalSupplement,
  safeParseNationalSupplement,
} from './ntm/national-supplement-schema.js';
export {
  CommuneFactsSchema,
  ProvinceCriteriaConfigSchema,
  parseCommuneFacts,
  parseProvinceCriteriaConfig,
  safeParseCommuneFacts,
  safeParseProvinceCriteriaConfig,
} from './ntm/ntm-schemas.js';
export {
  OcopAssessmentSchema,
  OcopRubricSchema,
  parseOcopAssessment,
  parseOcopRubric,
  safeParseOcopAssessment,
  safeParseOcopRubric,
} from './ocop/ocop-schemas.js';
export { jsonSchemaSources, toJsonSchema } from './schemas/json-schemas.js';
export type { CatalogueParams, Parser } from './schemas/zod-issues.js';
export { createParser, raises, raiseUnless, toDomainIssues } from './schemas/zod-issues.js';
