import type { OcopRubric } from '@ntm/domain/core';
import {
  arrayOf,
  type Check,
  expectAnyString,
  expectInteger,
  expectIsoDate,
  expectLegalBasis,
  expectMaxLength,
  expectNumber,
  expectOneOf,
  expectRecord,
  expectString,
  fail,
  INPUT_ERRORS,
  type IssuePath,
  OCOP_SCORING_ERRORS,
  oneOf,
  optionalField,
  received,
  strictObject,
} from '@ntm/domain/core';
import { OCOP_VERSION_IDS } from '../data/versions.js';

/*
 * The shape of a scoring sheet, checked without zod: the rules of `OcopRubricSchema` in @ntm/domain, field by field
 * in the schema's order and then the unknown fields, as zod reports them, so a sheet gets the same first code here
 * as at the edge (expect-rubric.test.ts feeds both the same generated sheets).
 */

const TEXT_MAX = 2000;
const ID_MAX = 40;
const INDEX_MAX = 999;
const CRITERION_CODE = /^\d{1,2}(\.\d{1,2}){0,3}$/u;
const PRODUCT_SET = /^B(0[1-9]|1\d|2[0-6])$/u;
const CASE_ID = /^[a-z]$/u;
const KINDS = ['choice', 'yes-no', 'cases', 'group'] as const;
const STARS = [3, 4, 5] as const;

/**
 * Throws the first shape problem of a sheet as a `DomainError` (`input/*`, `date/invalid`,
 * `ocop/invalid-criterion-code`, `ocop/unknown-product-set`), with paths under `path`.
 */
export function expectRubric(value: unknown, path: IssuePath): OcopRubric {
  RUBRIC(value, path);
  return value as OcopRubric;
}

/** A non-blank text of at most 2,000 characters once trimmed. */
const text: Check = (value, path) =>
  expectMaxLength(expectString(value, path).trim(), TEXT_MAX, path);

const points: Check = (value, path) => expectNumber(value, path, { min: 0, max: 100 });
const index: Check = (value, path) => expectInteger(value, path, { min: 0, max: INDEX_MAX });
const texts = /* @__PURE__ */ arrayOf(text);

const criterionCode: Check = (value, path) => {
  if (!CRITERION_CODE.test(expectAnyString(value, path)))
    fail(OCOP_SCORING_ERRORS['ocop/invalid-criterion-code'], path, { received: received(value) });
};

const productSet: Check = (value, path) => {
  if (!PRODUCT_SET.test(expectAnyString(value, path)))
    fail(OCOP_SCORING_ERRORS['ocop/unknown-product-set'], path, { productSet: received(value) });
};

const caseId: Check = (value, path) => {
  if (!CASE_ID.test(expectAnyString(value, path)))
    fail(INPUT_ERRORS['input/invalid-format'], path, {
      format: 'regex',
      received: received(value),
    });
};

/** A disqualifier id: 1 to 40 characters, spaces allowed. */
const disqualifierId: Check = (value, path) => {
  const id = expectAnyString(value, path);
  if (id.length === 0) fail(INPUT_ERRORS['input/empty'], path);
  expectMaxLength(id, ID_MAX, path);
};

const option = /* @__PURE__ */ strictObject({
  text,
  points,
  minStars: /* @__PURE__ */ optionalField(/* @__PURE__ */ oneOf(STARS)),
  correction: /* @__PURE__ */ optionalField(text),
});

const ocopCase = /* @__PURE__ */ strictObject({
  id: caseId,
  title: text,
  options: /* @__PURE__ */ arrayOf(option, 1),
});

const criterionBase = { code: criterionCode, title: text, maxPoints: points, notes: texts };

/** The fields of each kind of criterion after `kind` and the common ones. */
const BY_KIND: Readonly<Record<(typeof KINDS)[number], Readonly<Record<string, Check>>>> = {
  choice: { options: /* @__PURE__ */ arrayOf(option, 1) },
  'yes-no': {},
  cases: { cases: /* @__PURE__ */ arrayOf(ocopCase, 2) },
  group: { items: /* @__PURE__ */ arrayOf((value, path) => criterion(value, path), 1) },
};

/** A criterion: its `kind` picks the fields it has (zod's discriminated union). */
function criterion(value: unknown, path: IssuePath): void {
  const kind = expectOneOf(expectRecord(value, path).kind, KINDS, [...path, 'kind']);
  strictObject({ kind: () => {}, ...criterionBase, ...BY_KIND[kind] })(value, path);
}

// Built when first called: a spread at module level would keep the sheet checks in bundles that never check a sheet.
const section: Check = (value, path) =>
  strictObject({ ...criterionBase, items: arrayOf(criterion, 1) })(value, path);

const part = /* @__PURE__ */ strictObject({
  key: /* @__PURE__ */ oneOf(['A', 'B', 'C']),
  title: text,
  maxPoints: points,
  sections: /* @__PURE__ */ arrayOf(section),
});

const minimum = /* @__PURE__ */ strictObject({
  stars: /* @__PURE__ */ oneOf(STARS),
  criterion: criterionCode,
  case: /* @__PURE__ */ optionalField(caseId),
  option: index,
  points,
});

const disqualifier = /* @__PURE__ */ strictObject({
  id: disqualifierId,
  scope: /* @__PURE__ */ oneOf(['sheet', 'criterion']),
  criterion: /* @__PURE__ */ optionalField(criterionCode),
  effect: /* @__PURE__ */ oneOf(['excluded', 'not-evaluated']),
  whenZeroIn: /* @__PURE__ */ optionalField(/* @__PURE__ */ arrayOf(criterionCode)),
  text,
});

const RUBRIC = /* @__PURE__ */ strictObject({
  id: text,
  version: /* @__PURE__ */ oneOf(OCOP_VERSION_IDS),
  productSet,
  title: text,
  classification: expectAnyString,
  basis: expectLegalBasis,
  validity: /* @__PURE__ */ strictObject({
    validFrom: expectIsoDate,
    validTo: /* @__PURE__ */ optionalField(expectIsoDate),
  }),
  dataAsOf: expectIsoDate,
  parts: /* @__PURE__ */ arrayOf(part),
  minimums: /* @__PURE__ */ arrayOf(minimum),
  disqualifiers: /* @__PURE__ */ arrayOf(disqualifier),
  notes: texts,
});
