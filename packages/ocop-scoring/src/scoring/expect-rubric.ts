import type { OcopRubric } from '@ntm/domain/core';
import {
  DATE_ERRORS,
  expectArray,
  expectInteger,
  expectKnownFields,
  expectNumber,
  expectOneOf,
  expectRecord,
  expectString,
  fail,
  INPUT_ERRORS,
  type IssuePath,
  isIsoDate,
  OCOP_SCORING_ERRORS,
  received,
} from '@ntm/domain/core';
import { OCOP_VERSION_IDS } from '../data/versions.js';
import { expectAnyString } from '../input/expect-any-string.js';

/*
 * The shape of a scoring sheet, checked without zod: the rules of `OcopRubricSchema` in @ntm/domain, field by field
 * in the schema's order and then the unknown fields, as zod reports them, so a sheet gets the same first code here
 * as at the edge (expect-rubric.test.ts feeds both the same generated sheets).
 */

type Check = (value: unknown, path: IssuePath) => void;

const TEXT_MAX = 2000;
const ID_MAX = 40;
const INDEX_MAX = 999;
const CHARACTERS = { vi: 'ký tự', en: 'characters' };
const ITEMS = { vi: 'phần tử', en: 'items' };
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
  object(value, path, RUBRIC);
  return value as OcopRubric;
}

/** An object with `fields` checked in order, an absent optional one skipped, then no other field (`strictObject`). */
function object(
  value: unknown,
  path: IssuePath,
  fields: Readonly<Record<string, Check>>,
  optional: readonly string[] = [],
): void {
  const record = expectRecord(value, path);
  const names = Object.keys(fields);
  for (const name of names) {
    if (optional.includes(name) && !Object.hasOwn(record, name)) continue;
    (fields[name] as Check)(record[name], [...path, name]);
  }
  expectKnownFields(record, names, path);
}

/** An array of `element`s, at least `min` of them; the elements are checked before the length, as zod does. */
function list(element: Check, min = 0): Check {
  return (value, path) => {
    const items = expectArray(value, path);
    for (let i = 0; i < items.length; i++) element(items[i], [...path, i]);
    if (items.length >= min) return;
    if (min === 1) fail(INPUT_ERRORS['input/empty'], path);
    fail(INPUT_ERRORS['input/too-short'], path, {
      minimum: min,
      unit: ITEMS,
      received: received(value),
    });
  };
}

function oneOf(allowed: readonly (string | number)[]): Check {
  return (value, path) => expectOneOf(value, allowed, path);
}

/** A non-blank text of at most 2,000 characters once trimmed. */
const text: Check = (value, path) => {
  const trimmed = expectString(value, path).trim();
  if (trimmed.length > TEXT_MAX)
    fail(INPUT_ERRORS['input/too-long'], path, {
      maximum: TEXT_MAX,
      unit: CHARACTERS,
      received: received(trimmed),
    });
};

/** The text of a legal basis, which must also be NFC (as `legalBasisSchema` checks, after the length). */
const legalText: Check = (value, path) => {
  text(value, path);
  const trimmed = (value as string).trim();
  if (trimmed !== trimmed.normalize('NFC'))
    fail(INPUT_ERRORS['text/not-nfc'], path, { received: received(value) });
};

const points: Check = (value, path) => expectNumber(value, path, { min: 0, max: 100 });
const index: Check = (value, path) => expectInteger(value, path, { min: 0, max: INDEX_MAX });
const texts = /* @__PURE__ */ list(text);

const isoDate: Check = (value, path) => {
  if (!isIsoDate(expectAnyString(value, path)))
    fail(DATE_ERRORS['date/invalid'], path, { value: received(value) });
};

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
  if (id.length > ID_MAX)
    fail(INPUT_ERRORS['input/too-long'], path, {
      maximum: ID_MAX,
      unit: CHARACTERS,
      received: received(id),
    });
};

const option: Check = (value, path) =>
  object(value, path, { text, points, minStars: oneOf(STARS), correction: text }, [
    'minStars',
    'correction',
  ]);

const ocopCase: Check = (value, path) =>
  object(value, path, { id: caseId, title: text, options: list(option, 1) });

const criterionBase = { code: criterionCode, title: text, maxPoints: points, notes: texts };

/** The fields of each kind of criterion after `kind` and the common ones. */
const BY_KIND: Readonly<Record<(typeof KINDS)[number], Readonly<Record<string, Check>>>> = {
  choice: { options: /* @__PURE__ */ list(option, 1) },
  'yes-no': {},
  cases: { cases: /* @__PURE__ */ list(ocopCase, 2) },
  group: { items: /* @__PURE__ */ list((value, path) => criterion(value, path), 1) },
};

/** A criterion: its `kind` picks the fields it has (zod's discriminated union). */
function criterion(value: unknown, path: IssuePath): void {
  const kind = expectOneOf(expectRecord(value, path).kind, KINDS, [...path, 'kind']);
  object(value, path, { kind: () => {}, ...criterionBase, ...BY_KIND[kind] });
}

const section: Check = (value, path) =>
  object(value, path, { ...criterionBase, items: list(criterion, 1) });

const part: Check = (value, path) =>
  object(value, path, {
    key: oneOf(['A', 'B', 'C']),
    title: text,
    maxPoints: points,
    sections: list(section),
  });

const minimum: Check = (value, path) =>
  object(
    value,
    path,
    { stars: oneOf(STARS), criterion: criterionCode, case: caseId, option: index, points },
    ['case'],
  );

const disqualifier: Check = (value, path) =>
  object(
    value,
    path,
    {
      id: disqualifierId,
      scope: oneOf(['sheet', 'criterion']),
      criterion: criterionCode,
      effect: oneOf(['excluded', 'not-evaluated']),
      whenZeroIn: list(criterionCode),
      text,
    },
    ['criterion', 'whenZeroIn'],
  );

const legalBasis: Check = (value, path) =>
  object(
    value,
    path,
    {
      number: legalText,
      type: legalText,
      issuer: legalText,
      title: (title, at) => object(title, at, { vi: legalText, en: legalText }),
      signed: isoDate,
      effective: isoDate,
      article: legalText,
      annex: legalText,
      sheet: legalText,
    },
    ['title', 'signed', 'effective', 'article', 'annex', 'sheet'],
  );

const RUBRIC: Readonly<Record<string, Check>> = {
  id: text,
  version: /* @__PURE__ */ oneOf(OCOP_VERSION_IDS),
  productSet,
  title: text,
  classification: expectAnyString,
  basis: legalBasis,
  validity: (value, path) =>
    object(value, path, { validFrom: isoDate, validTo: isoDate }, ['validTo']),
  dataAsOf: isoDate,
  parts: /* @__PURE__ */ list(part),
  minimums: /* @__PURE__ */ list(minimum),
  disqualifiers: /* @__PURE__ */ list(disqualifier),
  notes: texts,
};
