import type { DeadlineRule } from '@ntm/domain/core';
import {
  type Check,
  expectAnyString,
  expectBoolean,
  expectInteger,
  expectIsoDate,
  expectOneOf,
  expectRecord,
  expectString,
  fail,
  type IssuePath,
  type OptionalField,
  oneOf,
  optionalField,
  PERIOD_ERRORS,
  strictObject,
} from '@ntm/domain/core';

/*
 * A rule built by hand or read from JSON without parseDirective is checked here, because a broken rule would
 * otherwise give a silent empty or wrong list. The checks mirror the rule schema of @ntm/domain field by field and in
 * its order (each field of the kind, then `source`, `reading`, then unknown keys), so the first issue is the one
 * parseDirective reports for the same rule (check-rule.test.ts feeds both).
 */

// zod's `.int()` is a safe integer: 2^53 is too big for it, so it is for the guard too.
const whole =
  (min: number, max = Number.MAX_SAFE_INTEGER): Check =>
  (value, path) =>
    expectInteger(value, path, { min, max });

const inclusive = expectBoolean;
// Same bounds as the directive schema: a day of the month, a count of days up to ten years.
const dayOfMonth = whole(1, 31);
const days = whole(1, 3650);
const after = optionalField(expectIsoDate);

const reading = strictObject({
  id: expectString,
  status: oneOf(['verified', 'derived', 'unverified']),
  explanation: strictObject({ vi: expectString, en: expectString }),
});
const source = strictObject({ text: expectAnyString, start: whole(0), end: whole(0) });

/** The rule of one kind: its discriminant, its own fields, then what every rule carries. */
const ruleOfKind = (fields: Readonly<Record<string, Check | OptionalField>>) =>
  strictObject({ kind: () => undefined, ...fields, source: optionalField(source), reading });

const RULES: Readonly<Record<DeadlineRule['kind'], Check>> = {
  before: ruleOfKind({ date: expectIsoDate, inclusive }),
  by: ruleOfKind({ date: expectIsoDate }),
  within: ruleOfKind({
    period: oneOf(['month', 'quarter', 'year']),
    start: expectIsoDate,
    end: expectIsoDate,
  }),
  monthly: ruleOfKind({ day: dayOfMonth, inclusive }),
  quarterly: ruleOfKind({ day: dayOfMonth, monthOfQuarter: oneOf([1, 2, 3]), inclusive }),
  from: ruleOfKind({ date: expectIsoDate }),
  withinDays: ruleOfKind({ days, after }),
  withinWorkingDays: ruleOfKind({ days, after }),
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
