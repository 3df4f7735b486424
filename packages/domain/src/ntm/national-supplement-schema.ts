import * as z from 'zod';
import type { Result } from '../errors/result.js';
import { isoDateSchema } from '../schemas/common.js';
import { createParser } from '../schemas/zod-issues.js';
import type { NationalSupplement } from './national-supplement.js';
import { code, direction, finite, indicatorType, nfcText, text, year } from './schema-parts.js';

/*
 * The shape of a national supplement file. Checks that need the criteria set (a value contradicting a verified one,
 * an unknown criterion or key, a percentage above 100, a year outside the set) are made by
 * `supplementCriteriaSet` in @ntm/criteria, with their own codes.
 */

const supplementText = z.strictObject({ vi: nfcText, en: text.exactOptional() });
const citation = {
  annex: nfcText.exactOptional(),
  page: z.union([z.number().int().min(1), text]).exactOptional(),
  url: text.exactOptional(),
};
const value = finite.min(0);

/**
 * The zod schema of a {@link NationalSupplement} file. Strict objects; NFC codes and text; finite numbers ≥ 0.
 *
 * @example
 * ```ts
 * NationalSupplementSchema.safeParse({ baseSetId: 'XA_2026_2030', source: { document: 'QĐ 51/2025/QĐ-TTg' } }).success; // true
 * ```
 */
export const NationalSupplementSchema: z.ZodType<NationalSupplement> = z.strictObject({
  $schema: z.string().exactOptional(),
  baseSetId: code,
  source: z.strictObject({ document: nfcText, ...citation }),
  transcribedBy: nfcText.exactOptional(),
  transcribedOn: isoDateSchema.exactOptional(),
  note: supplementText.exactOptional(),
  illustrative: z.boolean().exactOptional(),
  indicators: z
    .array(
      z.strictObject({
        code,
        criterion: code,
        text: supplementText,
        type: indicatorType,
        unit: nfcText.exactOptional(),
        direction: direction.exactOptional(),
        optional: z.boolean().exactOptional(),
        perYear: z.boolean().exactOptional(),
        thresholds: z
          .array(z.strictObject({ key: code.exactOptional(), year: year.exactOptional(), value }))
          .exactOptional(),
      }),
    )
    .exactOptional(),
  thresholds: z
    .array(
      z.strictObject({
        indicator: code,
        key: code.exactOptional(),
        year: year.exactOptional(),
        value,
        replaces: value.exactOptional(),
        source: z.strictObject({ document: nfcText.exactOptional(), ...citation }).exactOptional(),
      }),
    )
    .exactOptional(),
});

const parser = createParser(NationalSupplementSchema);

/**
 * Validates a national supplement file and returns it, or throws a `DomainError` listing every problem of its shape.
 * The checks against the set come from `supplementCriteriaSet`.
 *
 * @example
 * ```ts
 * const supplement = parseNationalSupplement(JSON.parse(readFileSync('xa-2026-2030.json', 'utf8')));
 * ```
 */
export function parseNationalSupplement(input: unknown): NationalSupplement {
  return parser.parse(input);
}

/**
 * Validates a national supplement file without throwing.
 *
 * @example
 * ```ts
 * safeParseNationalSupplement({ baseSetId: 'XA_2026_2030' }).success; // false — "source" is missing
 * ```
 */
export function safeParseNationalSupplement(input: unknown): Result<NationalSupplement> {
  return parser.safeParse(input);
}
