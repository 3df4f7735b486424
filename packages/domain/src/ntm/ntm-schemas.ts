import * as z from 'zod';
import type { Result } from '../errors/result.js';
import { legalBasisSchema } from '../schemas/common.js';
import { createParser } from '../schemas/zod-issues.js';
import type { CommuneFacts } from './commune-facts.js';
import type { ProvinceOutcomeLevels } from './criteria-set.js';
import type { ProvinceCriteriaConfig } from './province-config.js';
import {
  bilingual,
  code,
  direction,
  finite,
  indicatorType,
  nfcText,
  safeRecord,
  text,
  year,
} from './schema-parts.js';

/*
 * Both files are written by hand and are untrusted: objects are strict (a misspelt field is an error, not a silent
 * no-op), keys of free-form maps must be NFC and may not be `__proto__`/`constructor`/`prototype`, and numbers must
 * be finite. Cross-checks against a criteria set (unknown indicator, loosening) happen in @ntm/criteria.
 */

const legalBasis = legalBasisSchema;

const levelName = z.strictObject({ id: code, name: bilingual });

const levels = z.strictObject({
  illustrative: z.boolean(),
  note: bilingual.exactOptional(),
  criterion: z.array(
    z.strictObject({
      id: code,
      name: bilingual,
      maxIndicatorsNotMet: z.number().int().min(0).max(100),
    }),
  ),
  criterionFallback: levelName,
  commune: z.array(
    z.strictObject({
      id: code,
      name: bilingual,
      requires: z.array(z.strictObject({ level: code, min: z.number().int().min(0).max(100) })),
    }),
  ),
  communeFallback: levelName,
}) satisfies z.ZodType<ProvinceOutcomeLevels>;

/**
 * The zod schema of a {@link ProvinceCriteriaConfig} file. Strict objects; NFC keys and text; finite numbers.
 *
 * @example
 * ```ts
 * ProvinceCriteriaConfigSchema.safeParse({ province: 'Điện Biên', baseSetId: 'XA_2021_2025' }).success; // true
 * ```
 */
export const ProvinceCriteriaConfigSchema: z.ZodType<ProvinceCriteriaConfig> = z.strictObject({
  $schema: z.string().exactOptional(),
  province: nfcText.exactOptional(),
  baseSetId: code.exactOptional(),
  decision: legalBasis.exactOptional(),
  illustrative: z.boolean().exactOptional(),
  note: bilingual.exactOptional(),
  thresholds: z
    .array(
      z.strictObject({
        indicator: code,
        value: finite.min(0),
        key: code.exactOptional(),
        year: year.exactOptional(),
        source: nfcText.exactOptional(),
        note: bilingual.exactOptional(),
      }),
    )
    .exactOptional(),
  addIndicators: z
    .array(
      z.strictObject({
        code,
        criterion: code,
        text: bilingual,
        type: indicatorType,
        unit: nfcText.exactOptional(),
        direction: direction.exactOptional(),
        value: finite.min(0).exactOptional(),
        optional: z.boolean().exactOptional(),
      }),
    )
    .exactOptional(),
  removeIndicators: z.array(code).exactOptional(),
  levels: levels.exactOptional(),
});

const factValue = z.union([
  z.boolean(),
  finite,
  z.strictObject({
    value: z.union([z.boolean(), finite]),
    unit: text.exactOptional(),
    source: text.exactOptional(),
  }),
]);

/**
 * The zod schema of a {@link CommuneFacts} file. Range checks that need the criteria set (percent ≤ 100, unknown
 * indicators) are made by `evaluateCommune`.
 *
 * @example
 * ```ts
 * CommuneFactsSchema.safeParse({ setId: 'XA_2021_2025', values: { '1.1': true } }).success; // true
 * ```
 */
export const CommuneFactsSchema: z.ZodType<CommuneFacts> = z.strictObject({
  $schema: z.string().exactOptional(),
  setId: code,
  commune: z
    .strictObject({
      id: code,
      name: nfcText,
      district: nfcText.exactOptional(),
      province: nfcText.exactOptional(),
      targetYear: year.exactOptional(),
    })
    .exactOptional(),
  year: year.exactOptional(),
  region: z.enum(['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL']).exactOptional(),
  communeGroup: z.union([z.literal(1), z.literal(2), z.literal(3)]).exactOptional(),
  flags: z
    .strictObject({
      dbkk: z.boolean().exactOptional(),
      atk: z.boolean().exactOptional(),
      poorDistrict2018_2020: z.boolean().exactOptional(),
      khuVucII: z.boolean().exactOptional(),
      khuVucIII: z.boolean().exactOptional(),
      coastalOrIslandDbkk: z.boolean().exactOptional(),
    })
    .exactOptional(),
  illustrative: z.boolean().exactOptional(),
  note: z.string().exactOptional(),
  values: safeRecord(factValue),
  notApplicable: z.array(code).exactOptional(),
});

const provinceParser = createParser(ProvinceCriteriaConfigSchema);
const factsParser = createParser(CommuneFactsSchema);

/**
 * Validates a province criteria configuration and returns it, or throws a `DomainError` listing every problem.
 *
 * @example
 * ```ts
 * const config = parseProvinceCriteriaConfig(JSON.parse(readFileSync('dien-bien.json', 'utf8')));
 * ```
 */
export function parseProvinceCriteriaConfig(input: unknown): ProvinceCriteriaConfig {
  return provinceParser.parse(input);
}

/**
 * Validates a province criteria configuration without throwing.
 *
 * @example
 * ```ts
 * const result = safeParseProvinceCriteriaConfig({ province: 'Điện Biên', extra: 1 });
 * result.success; // false — unknown field "extra"
 * ```
 */
export function safeParseProvinceCriteriaConfig(input: unknown): Result<ProvinceCriteriaConfig> {
  return provinceParser.safeParse(input);
}

/**
 * Validates a commune facts file and returns it, or throws a `DomainError` listing every problem.
 *
 * @example
 * ```ts
 * const facts = parseCommuneFacts({ setId: 'XA_2021_2025', year: 2022, region: 'TDMNPB', values: { '1.1': true } });
 * ```
 */
export function parseCommuneFacts(input: unknown): CommuneFacts {
  return factsParser.parse(input);
}

/**
 * Validates a commune facts file without throwing.
 *
 * @example
 * ```ts
 * safeParseCommuneFacts({ setId: 'XA_2021_2025', values: { '15.1': Number.NaN } }).success; // false
 * ```
 */
export function safeParseCommuneFacts(input: unknown): Result<CommuneFacts> {
  return factsParser.safeParse(input);
}
