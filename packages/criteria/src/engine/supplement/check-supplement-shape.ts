import type { IssuePath, NationalSupplement } from '@ntm/domain/core';
import {
  arrayOf,
  type Check,
  DomainError,
  expectAnyString,
  expectedKind,
  expectInteger,
  expectIsoDate,
  expectString,
  INPUT_ERRORS,
  issueOf,
  type OptionalField,
  optionalField,
  received,
  strictObject,
} from '@ntm/domain/core';
import {
  boolean,
  code,
  indicatorDefinition,
  nfcText,
  nonNegative,
  text,
  year,
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
const source = (document: Check | OptionalField) =>
  strictObject({
    document,
    annex: optionalField(nfcText),
    page: optionalField(page),
    url: optionalField(text),
  });
const supplementText = strictObject({ vi: nfcText, en: optionalField(text) });

const SUPPLEMENT = strictObject({
  $schema: optionalField(expectAnyString),
  baseSetId: code,
  source: source(nfcText),
  transcribedBy: optionalField(nfcText),
  transcribedOn: optionalField(expectIsoDate),
  note: optionalField(supplementText),
  illustrative: optionalField(boolean),
  indicators: optionalField(
    arrayOf(
      strictObject({
        ...indicatorDefinition(supplementText),
        optional: optionalField(boolean),
        perYear: optionalField(boolean),
        thresholds: optionalField(
          arrayOf(
            strictObject({
              key: optionalField(code),
              year: optionalField(year),
              value: nonNegative,
            }),
          ),
        ),
      }),
    ),
  ),
  thresholds: optionalField(
    arrayOf(
      strictObject({
        indicator: code,
        key: optionalField(code),
        year: optionalField(year),
        value: nonNegative,
        replaces: optionalField(nonNegative),
        source: optionalField(source(optionalField(nfcText))),
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
