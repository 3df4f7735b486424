import type { IssuePath, NationalSupplement } from '@ntm/domain/core';
import {
  DomainError,
  expectArray,
  expectBoolean,
  expectedKind,
  expectInteger,
  expectKey,
  expectNumber,
  expectOneOf,
  expectRecord,
  expectString,
  expectText,
  FORBIDDEN_KEYS,
  INPUT_ERRORS,
  issueOf,
  parseIsoDate,
  received,
} from '@ntm/domain/core';
import { type IssueList, issueList } from './issue-list.js';

/*
 * The zod-free twin of `NationalSupplementSchema` (@ntm/domain): apps may pass a supplement they never parsed, so the
 * engine checks its shape with the shared guards, which raise the codes the schema's mapping gives the same bad value
 * (a property test feeds both). Every field is checked, and every problem reported at once.
 */

const TOP = [
  '$schema',
  'baseSetId',
  'source',
  'transcribedBy',
  'transcribedOn',
  'note',
  'illustrative',
  'indicators',
  'thresholds',
];
const SOURCE = ['document', 'annex', 'page', 'url'];
const TEXT = ['vi', 'en'];
const INDICATOR = [
  'code',
  'criterion',
  'text',
  'type',
  'unit',
  'direction',
  'optional',
  'perYear',
  'thresholds',
];
const CELL = ['key', 'year', 'value'];
const ENTRY = ['indicator', 'key', 'year', 'value', 'replaces', 'source'];
const TYPES = ['boolean', 'percent', 'number', 'absence'] as const;
const DIRECTIONS = ['>=', '<='] as const;

/**
 * Checks the shape of a national supplement and returns it typed, or throws one `DomainError` listing every
 * problem (paths start at `supplement`).
 */
export function checkSupplementShape(input: unknown): NationalSupplement {
  const root: IssuePath = ['supplement'];
  const record = expectRecord(input, root);
  const issues = issueList();
  fields(issues, record, TOP, root);
  const field = (name: string): [unknown, IssuePath] => [record[name], [...root, name]];
  const [schema, schemaPath] = field('$schema');
  if (schema !== undefined && typeof schema !== 'string') {
    issues.add(INPUT_ERRORS['input/wrong-type'], schemaPath, {
      expected: expectedKind('string'),
      received: received(schema),
    });
  }
  issues.check(() => code(...field('baseSetId')));
  source(issues, ...field('source'), true);
  optionalField(issues, ...field('transcribedBy'), expectText);
  optionalField(issues, ...field('transcribedOn'), (value, path) =>
    typeof value === 'string' ? parseIsoDate(value, path) : expectString(value, path),
  );
  optionalField(issues, ...field('note'), (value, path) => text(issues, value, path));
  optionalField(issues, ...field('illustrative'), expectBoolean);
  list(issues, ...field('indicators'), (item, path) => indicator(issues, item, path));
  list(issues, ...field('thresholds'), (item, path) => entry(issues, item, path));
  issues.throwIfAny();
  return input as NationalSupplement;
}

/** Reports every key that is not a field of the format (a prototype key as `key/forbidden`). */
function fields(
  issues: IssueList,
  record: Readonly<Record<string, unknown>>,
  known: readonly string[],
  path: IssuePath,
): void {
  for (const key of Object.keys(record)) {
    if (known.includes(key)) continue;
    if (FORBIDDEN_KEYS.includes(key))
      issues.add(INPUT_ERRORS['key/forbidden'], [...path, key], { key });
    else issues.add(INPUT_ERRORS['input/unknown-field'], [...path, key], { field: key });
  }
}

function optionalField(
  issues: IssueList,
  value: unknown,
  path: IssuePath,
  check: (value: unknown, path: IssuePath) => unknown,
): void {
  if (value !== undefined) issues.check(() => check(value, path));
}

/** A code used as a key, at most 32 characters as in the schema. */
function code(value: unknown, path: IssuePath): string {
  const key = expectKey(value, path);
  if (key.length > 32) {
    throw new DomainError([
      issueOf(INPUT_ERRORS['input/too-long'], path, {
        maximum: 32,
        unit: { vi: 'ký tự', en: 'characters' },
        received: received(key),
      }),
    ]);
  }
  return key;
}

function text(issues: IssueList, value: unknown, path: IssuePath): void {
  const record = expectRecord(value, path);
  fields(issues, record, TEXT, path);
  issues.check(() => expectText(record.vi, [...path, 'vi']));
  optionalField(issues, record.en, [...path, 'en'], expectString);
}

function source(issues: IssueList, value: unknown, path: IssuePath, whole: boolean): void {
  const record = issues.check(() => expectRecord(value, path));
  if (record === undefined) return;
  fields(issues, record, SOURCE, path);
  if (whole || record.document !== undefined)
    issues.check(() => expectText(record.document, [...path, 'document']));
  optionalField(issues, record.annex, [...path, 'annex'], expectText);
  optionalField(issues, record.page, [...path, 'page'], page);
  optionalField(issues, record.url, [...path, 'url'], expectString);
}

/** A page: a whole number from 1, or a text (`4–5`); anything else is the wrong type for both, as the schema says. */
function page(value: unknown, path: IssuePath): unknown {
  if (typeof value === 'string') return expectString(value, path);
  if (Number.isInteger(value)) return expectInteger(value, path, { min: 1 });
  const [number, string] = [expectedKind('number'), expectedKind('string')];
  throw new DomainError([
    issueOf(INPUT_ERRORS['input/wrong-type'], path, {
      expected: { vi: `${number.vi} hoặc ${string.vi}`, en: `${number.en} or ${string.en}` },
      received: received(value),
    }),
  ]);
}

function list(
  issues: IssueList,
  value: unknown,
  path: IssuePath,
  each: (item: unknown, path: IssuePath) => void,
): void {
  if (value === undefined) return;
  const items = issues.check(() => expectArray(value, path));
  items?.forEach((item, index) => {
    issues.check(() => each(item, [...path, index]));
  });
}

function indicator(issues: IssueList, value: unknown, path: IssuePath): void {
  const record = expectRecord(value, path);
  fields(issues, record, INDICATOR, path);
  issues.check(() => code(record.code, [...path, 'code']));
  issues.check(() => code(record.criterion, [...path, 'criterion']));
  issues.check(() => text(issues, record.text, [...path, 'text']));
  issues.check(() => expectOneOf(record.type, TYPES, [...path, 'type']));
  optionalField(issues, record.unit, [...path, 'unit'], expectText);
  optionalField(issues, record.direction, [...path, 'direction'], (v, at) =>
    expectOneOf(v, DIRECTIONS, at),
  );
  optionalField(issues, record.optional, [...path, 'optional'], expectBoolean);
  optionalField(issues, record.perYear, [...path, 'perYear'], expectBoolean);
  list(issues, record.thresholds, [...path, 'thresholds'], (item, at) => {
    const cell = expectRecord(item, at);
    fields(issues, cell, CELL, at);
    cellFields(issues, cell, at);
  });
}

function cellFields(
  issues: IssueList,
  cell: Readonly<Record<string, unknown>>,
  path: IssuePath,
): void {
  optionalField(issues, cell.key, [...path, 'key'], code);
  optionalField(issues, cell.year, [...path, 'year'], (v, at) =>
    expectInteger(v, at, { min: 1900, max: 2100 }),
  );
  issues.check(() => expectNumber(cell.value, [...path, 'value'], { min: 0 }));
}

function entry(issues: IssueList, value: unknown, path: IssuePath): void {
  const record = expectRecord(value, path);
  fields(issues, record, ENTRY, path);
  issues.check(() => code(record.indicator, [...path, 'indicator']));
  cellFields(issues, record, path);
  optionalField(issues, record.replaces, [...path, 'replaces'], (v, at) =>
    expectNumber(v, at, { min: 0 }),
  );
  if (record.source !== undefined) source(issues, record.source, [...path, 'source'], false);
}
