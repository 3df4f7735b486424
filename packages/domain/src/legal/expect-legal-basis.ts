import { INPUT_ERRORS } from '../errors/catalogue/input.js';
import { received } from '../errors/describe-value.js';
import { fail } from '../errors/domain-error.js';
import type { IssuePath } from '../errors/issue.js';
import { type Check, optionalField, strictObject } from '../validation/checks.js';
import { expectIsoDate, expectMaxLength, expectString } from '../validation/guards.js';
import type { LegalBasis } from './legal-basis.js';

// The text of a legal reference as `legalBasisSchema` reads it: trimmed, 1 to 2,000 characters, in NFC.
const legalText: Check = (value, path) => {
  const text = expectMaxLength(expectString(value, path).trim(), 2000, path);
  if (text !== text.normalize('NFC'))
    fail(INPUT_ERRORS['text/not-nfc'], path, { received: received(text) });
};

const LEGAL_BASIS = /* @__PURE__ */ strictObject({
  number: legalText,
  type: legalText,
  issuer: legalText,
  title: /* @__PURE__ */ optionalField(
    /* @__PURE__ */ strictObject({ vi: legalText, en: legalText }),
  ),
  signed: /* @__PURE__ */ optionalField(expectIsoDate),
  effective: /* @__PURE__ */ optionalField(expectIsoDate),
  article: /* @__PURE__ */ optionalField(legalText),
  annex: /* @__PURE__ */ optionalField(legalText),
  sheet: /* @__PURE__ */ optionalField(legalText),
});

/**
 * A {@link LegalBasis} in a file that may not have gone through its schema (a rubric, a province configuration):
 * the zod-free twin of `legalBasisSchema`, raising the same first code at the same path.
 *
 * @example
 * ```ts
 * expectLegalBasis({ number: '26/2026/QĐ-TTg', type: 'QĐ', issuer: 'TTg' }, ['basis']);
 * ```
 */
export function expectLegalBasis(value: unknown, path: IssuePath): LegalBasis {
  LEGAL_BASIS(value, path);
  return value as LegalBasis;
}
