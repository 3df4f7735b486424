import * as z from 'zod';
import { DirectiveSchema } from '../directives/directive-schema.js';
import { NationalSupplementSchema } from '../ntm/national-supplement-schema.js';
import { CommuneFactsSchema, ProvinceCriteriaConfigSchema } from '../ntm/ntm-schemas.js';
import { OcopAssessmentSchema } from '../ocop/ocop-schemas.js';

/**
 * The hand-authored file formats published as JSON Schema under `@ntm/domain/schemas/<name>.json`, so editors
 * and non-TypeScript tools can validate files. Each format adds one line here; `npm run schemas -w @ntm/domain`
 * regenerates the files and a test fails when a checked-in file is stale.
 *
 * @example
 * ```ts
 * const names = Object.keys(jsonSchemaSources); // e.g. ['directive', 'province-criteria', …]
 * ```
 */
export const jsonSchemaSources: Readonly<Record<string, z.ZodType>> = Object.freeze({
  directive: DirectiveSchema,
  'ocop-assessment': OcopAssessmentSchema,
  'province-criteria': ProvinceCriteriaConfigSchema,
  'commune-facts': CommuneFactsSchema,
  'national-supplement': NationalSupplementSchema,
});

/**
 * The JSON Schema (draft 2020-12) of one registered format, as checked in.
 *
 * @example
 * ```ts
 * const schema = toJsonSchema(z.object({ year: z.number() }));
 * schema.type; // 'object'
 * ```
 */
export function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
}
