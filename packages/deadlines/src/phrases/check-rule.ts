import type { DeadlineRule } from '@ntm/domain/core';
import {
  expectBoolean,
  expectInteger,
  expectKnownFields,
  expectOneOf,
  expectRecord,
  expectString,
  fail,
  type IssuePath,
  PERIOD_ERRORS,
  parseIsoDate,
} from '@ntm/domain/core';
import { expectStringValue } from '../string-value.js';

/*
 * A rule built by hand or read from JSON without parseDirective is checked here, because a broken rule would
 * otherwise give a silent empty or wrong list. The checks mirror the rule schema of @ntm/domain field by field and in
 * its order (each field of the kind, then `source`, `reading`, then unknown keys), so the first issue is the one
 * parseDirective reports for the same rule (check-rule.test.ts feeds both).
 */

type Check = (value: unknown, path: IssuePath) => unknown;

interface Field {
  readonly key: string;
  readonly check: Check;
  /** Absent is allowed; present, even `undefined`, must pass (zod's `exactOptional`). */
  readonly optional?: boolean;
}

/** A strict object as the zod schema reads it: its fields in order, then the keys it does not know. */
function strictObject(fields: readonly Field[]): Check {
  const keys = fields.map((field) => field.key);
  return (value, path) => {
    const record = expectRecord(value, path);
    for (const { key, check, optional } of fields) {
      if (!optional || Object.hasOwn(record, key)) check(record[key], [...path, key]);
    }
    return expectKnownFields(record, keys, path);
  };
}

// zod's `.int()` is a safe integer: 2^53 is too big for it, so it is for the guard too.
const whole =
  (min: number, max = Number.MAX_SAFE_INTEGER): Check =>
  (value, path) =>
    expectInteger(value, path, { min, max });
const oneOf =
  (allowed: readonly (string | number)[]): Check =>
  (value, path) =>
    expectOneOf(value, allowed, path);
const isoDate: Check = (value, path) => parseIsoDate(expectStringValue(value, path), path);

const field = (key: string, check: Check): Field => ({ key, check });
const date = (key: string) => field(key, isoDate);
const inclusive = field('inclusive', expectBoolean);
// Same bounds as the directive schema: a day of the month, a count of days up to ten years.
const dayOfMonth = field('day', whole(1, 31));
const days = field('days', whole(1, 3650));

const reading = strictObject([
  field('id', expectString),
  field('status', oneOf(['verified', 'derived', 'unverified'])),
  field('explanation', strictObject([field('vi', expectString), field('en', expectString)])),
]);
const source = strictObject([
  field('text', expectStringValue),
  field('start', whole(0)),
  field('end', whole(0)),
]);

/** The rule of one kind: its discriminant, its own fields, then what every rule carries. */
const ruleOfKind = (...fields: Field[]) =>
  strictObject([
    field('kind', () => undefined),
    ...fields,
    { key: 'source', check: source, optional: true },
    field('reading', reading),
  ]);

const RULES: Readonly<Record<DeadlineRule['kind'], Check>> = {
  before: ruleOfKind(date('date'), inclusive),
  by: ruleOfKind(date('date')),
  within: ruleOfKind(
    field('period', oneOf(['month', 'quarter', 'year'])),
    date('start'),
    date('end'),
  ),
  monthly: ruleOfKind(dayOfMonth, inclusive),
  quarterly: ruleOfKind(dayOfMonth, field('monthOfQuarter', oneOf([1, 2, 3])), inclusive),
  from: ruleOfKind(date('date')),
  withinDays: ruleOfKind(days, { key: 'after', check: isoDate, optional: true }),
  withinWorkingDays: ruleOfKind(days, { key: 'after', check: isoDate, optional: true }),
};
const KINDS = Object.keys(RULES) as DeadlineRule['kind'][];

/** Checks a rule as the directive schema does, and that a period does not end before it starts. */
export function checkRule(value: unknown, path: IssuePath): DeadlineRule {
  const record = expectRecord(value, path);
  const kind = expectOneOf(record.kind, KINDS, [...path, 'kind']);
  RULES[kind](record, path);
  const rule = record as unknown as DeadlineRule;
  if (rule.kind === 'within' && rule.end < rule.start)
    fail(PERIOD_ERRORS['period/end-before-start'], [...path, 'end'], {
      start: rule.start,
      end: rule.end,
    });
  return rule;
}
