import type { IssuePath, NationalSupplement } from '@ntm/domain/core';
import {
  DomainError,
  expectedKind,
  expectInteger,
  expectString,
  INPUT_ERRORS,
  issueOf,
  received,
} from '@ntm/domain/core';
import {
  anyString,
  arrayOf,
  boolean,
  type Check,
  code,
  integer,
  isoDate,
  nfcText,
  nonNegative,
  type Optional,
  oneOf,
  optional,
  strictObject,
  text,
} from '../../internal/shape.js';

/*
 * The zod-free twin of `NationalSupplementSchema` (@ntm/domain): apps may pass a supplement they never parsed, so the
 * engine checks its shape field by field in the schema's order and reports the same first problem (a property test
 * feeds both). `parseNationalSupplement` lists every shape problem of a file at once.
 */

/** A page: a whole number from 1, or a text (`4–5`); anything else is the wrong type for both, as the schema says. */
const page: Check = (value, path) => {
  if (typeof value === 'string' || value === undefined) return expectString(value, path);
  if (Number.isInteger(value)) return expectInteger(value, path, { min: 1 });
  const [number, string] = [expectedKind('number'), expectedKind('string')];
  throw new DomainError([
    issueOf(INPUT_ERRORS['input/wrong-type'], path, {
      expected: { vi: `${number.vi} hoặc ${string.vi}`, en: `${number.en} or ${string.en}` },
      received: received(value),
    }),
  ]);
};
const source = (document: Check | Optional) =>
  strictObject({ document, annex: optional(nfcText), page: optional(page), url: optional(text) });
const supplementText = strictObject({ vi: nfcText, en: optional(text) });
const year = integer(1900, 2100);

const SUPPLEMENT = strictObject({
  $schema: optional(anyString),
  baseSetId: code,
  source: source(nfcText),
  transcribedBy: optional(nfcText),
  transcribedOn: optional(isoDate),
  note: optional(supplementText),
  illustrative: optional(boolean),
  indicators: optional(
    arrayOf(
      strictObject({
        code,
        criterion: code,
        text: supplementText,
        type: oneOf(['boolean', 'percent', 'number', 'absence']),
        unit: optional(nfcText),
        direction: optional(oneOf(['>=', '<='])),
        optional: optional(boolean),
        perYear: optional(boolean),
        thresholds: optional(
          arrayOf(strictObject({ key: optional(code), year: optional(year), value: nonNegative })),
        ),
      }),
    ),
  ),
  thresholds: optional(
    arrayOf(
      strictObject({
        indicator: code,
        key: optional(code),
        year: optional(year),
        value: nonNegative,
        replaces: optional(nonNegative),
        source: optional(source(optional(nfcText))),
      }),
    ),
  ),
});

/** Checks the shape of a national supplement and returns it typed; paths start at `supplement`. */
export function checkSupplementShape(
  input: unknown,
  path: IssuePath = ['supplement'],
): NationalSupplement {
  SUPPLEMENT(input, path);
  return input as NationalSupplement;
}
