import { readFileSync } from 'node:fs';
import { type DeadlineRule, safeParseDirective } from '@ntm/domain';
import { type DomainIssue, type IssuePath, toResult } from '@ntm/domain/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spoilAt } from '../../../../test/support/paths-of.js';
import { checkRule } from './check-rule.js';
import { parseDeadline } from './parse-deadline.js';

// The directive schema of @ntm/domain describes the same rule: a rule is checked by both, inside a directive for zod.
const directive = JSON.parse(
  readFileSync(
    new URL('../../../../examples/directives/tuan-giao-2022.json', import.meta.url),
    'utf8',
  ),
);
const AT: IssuePath = ['tasks', 0, 'deadline', 'rule'];

function bySchema(rule: unknown): readonly DomainIssue[] {
  const [task, ...rest] = directive.tasks;
  const result = safeParseDirective({
    ...directive,
    tasks: [{ ...task, deadline: { text: 'hạn', rule } }, ...rest],
  });
  return result.success ? [] : result.issues;
}

function byGuard(rule: unknown): readonly DomainIssue[] {
  const result = toResult(() => checkRule(rule, AT));
  return result.success ? [] : result.issues;
}

const isoDate = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const reading = fc.record({
  id: fc.constantFrom('monthly-day', 'before-exclusive'),
  status: fc.constantFrom('verified', 'derived', 'unverified'),
  explanation: fc.record({ vi: fc.constant('Hạn là ngày X'), en: fc.constant('Due on day X') }),
});
const source = fc.record({ text: fc.string(), start: fc.nat(200), end: fc.nat(200) });
const day = fc.integer({ min: 1, max: 31 });
const days = fc.integer({ min: 1, max: 3650 });
const rule = (
  kind: string,
  fields: Record<string, fc.Arbitrary<unknown>>,
  optional: readonly string[] = [],
) =>
  fc.record(
    { kind: fc.constant(kind), ...fields, source, reading },
    {
      requiredKeys: [
        'kind',
        'reading',
        ...Object.keys(fields).filter((k) => !optional.includes(k)),
      ] as never,
    },
  );

/** Valid rules of every kind. */
const validRule: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  rule('before', { date: isoDate, inclusive: fc.boolean() }),
  rule('by', { date: isoDate }),
  rule('within', {
    period: fc.constantFrom('month', 'quarter', 'year'),
    start: isoDate,
    end: isoDate,
  }),
  rule('monthly', { day, inclusive: fc.boolean() }),
  rule('quarterly', { day, monthOfQuarter: fc.constantFrom(1, 2, 3), inclusive: fc.boolean() }),
  rule('from', { date: isoDate }),
  rule('withinDays', { days, after: isoDate }, ['after']),
  rule('withinWorkingDays', { days, after: isoDate }, ['after']),
);

const HOSTILE = [
  undefined,
  null,
  '',
  ' ',
  'x',
  '2022-02-30',
  '2022-1-5',
  0,
  -1,
  1.5,
  4,
  32,
  3651,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  {},
  'nope',
];
const hostile = fc.oneof(fc.constantFrom(...HOSTILE), fc.anything({ maxDepth: 1 }));

type Spoil = readonly [
  path: readonly string[],
  how: 'set' | 'delete' | 'extra' | 'proto',
  field: number,
  value: unknown,
];

/** The objects of a rule, by path: the rule, its reading and explanation, its source. */
function objectPaths(value: Record<string, unknown>): string[][] {
  const out: string[][] = [[]];
  for (const key of ['reading', 'source']) {
    if (typeof value[key] === 'object' && value[key] !== null) out.push([key]);
  }
  if (typeof value.reading === 'object' && value.reading !== null)
    out.push(['reading', 'explanation']);
  return out;
}

const objectAt = (rule: Record<string, unknown>, path: readonly string[]) =>
  path.reduce((object, key) => object[key] as Record<string, unknown>, rule);

/** A copy of `rule` with one field set to `value`, deleted, or one extra key (`__proto__` included) added. */
function spoilt(rule: Record<string, unknown>, [path, how, field, value]: Spoil): unknown {
  const keys = Object.keys(objectAt(rule, path));
  const key = keys[field % keys.length] as string;
  if (how === 'set') return spoilAt(rule, [...path, key], { how, value });
  if (how === 'delete') return spoilAt(rule, [...path, key], { how });
  return spoilAt(rule, path, { how: 'add', key: how === 'proto' ? '__proto__' : 'extra', value });
}

const spoiltRule = validRule.chain((valid) =>
  fc
    .tuple(
      fc.constantFrom(...objectPaths(valid)),
      fc.constantFrom('set', 'set', 'set', 'delete', 'extra', 'proto') as fc.Arbitrary<Spoil[1]>,
      fc.nat(),
      hostile,
    )
    .map((spoil) => spoilt(valid, spoil)),
);

const first = (issues: readonly DomainIssue[]) =>
  issues[0] === undefined ? undefined : { code: issues[0].code, path: issues[0].path };

// Over a thousand directives parsed by zod and checked by the guard: seconds on a loaded machine.
const EXHAUSTIVE_TIMEOUT = 60_000;

describe('checkRule and the directive schema of @ntm/domain agree', () => {
  it('accept every valid rule, except a period that ends before it starts', () => {
    fc.assert(
      fc.property(validRule, (rule) => {
        expect(bySchema(rule)).toEqual([]);
        const endsFirst = rule.kind === 'within' && (rule.end as string) < (rule.start as string);
        expect(first(byGuard(rule))).toEqual(
          endsFirst ? { code: 'period/end-before-start', path: [...AT, 'end'] } : undefined,
        );
      }),
    );
  });

  it(
    'refuse every field of every kind set to each bad value, or removed, or joined by an unknown key',
    () => {
      const samples = fc.sample(validRule, { numRuns: 200, seed: 19 });
      const kinds = new Map(samples.map((sample) => [sample.kind, sample]));
      expect(kinds.size).toBe(8);
      let compared = 0;
      for (const valid of kinds.values()) {
        for (const path of objectPaths(valid)) {
          const fields = Object.keys(objectAt(valid, path));
          for (let field = 0; field < fields.length; field++) {
            for (const spoil of [
              ...HOSTILE.map((value) => [path, 'set', field, value] as const),
              [path, 'delete', field, undefined] as const,
              [path, 'extra', field, 1] as const,
              [path, 'proto', field, {}] as const,
            ]) {
              const rule = spoilt(valid, spoil);
              const expected = first(bySchema(rule));
              const actual = first(byGuard(rule));
              if (expected === undefined && actual?.code === 'period/end-before-start') continue;
              expect(actual, JSON.stringify(rule)).toEqual(expected);
              compared += 1;
            }
          }
        }
      }
      expect(compared).toBeGreaterThan(1000);
    },
    EXHAUSTIVE_TIMEOUT,
  );

  it('refuse a spoilt rule with the same first code at the same path (property)', () => {
    fc.assert(
      fc.property(fc.oneof(spoiltRule, hostile), (rule) => {
        const expected = first(bySchema(rule));
        const actual = first(byGuard(rule));
        if (expected === undefined && actual?.code === 'period/end-before-start') return;
        expect(actual).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('checkRule on hand-built rules', () => {
  const rule = parseDeadline('chậm nhất ngày 30/9/2022');

  it('accepts what parseDeadline builds', () => {
    expect(checkRule(rule, ['rule'])).toBe(rule);
  });

  // An unknown kind returned undefined from occurrences, a bad date an empty list.
  it.each([
    [{ ...rule, kind: 'nope' }, 'input/not-allowed', ['rule', 'kind']],
    [{ ...rule, date: Number.NaN }, 'input/wrong-type', ['rule', 'date']],
    [{ ...rule, date: '2022-09-31' }, 'date/invalid', ['rule', 'date']],
    [{ ...rule, reading: '' }, 'input/wrong-type', ['rule', 'reading']],
    [{ ...rule, extra: 1 }, 'input/unknown-field', ['rule', 'extra']],
    [null, 'input/wrong-type', ['rule']],
  ] as const)('%j → %s', (value, code, path) => {
    expect(() => checkRule(value, ['rule'])).toThrowDomainError(code, path);
  });

  it('refuses a period that ends before it starts, which the schema lets through', () => {
    const within = parseDeadline('trong tháng 10/2022') as DeadlineRule & { kind: 'within' };
    const reversed = { ...within, start: within.end, end: within.start };
    expect(bySchema(reversed)).toEqual([]);
    expect(() => checkRule(reversed, ['rule'])).toThrowDomainError('period/end-before-start', [
      'rule',
      'end',
    ]);
  });
});

describe('checkRule on the length of a "within" period', () => {
  it('accepts a period of one day (end on its start) and refuses one that ends the day before', () => {
    const month = parseDeadline('trong tháng 10/2022');
    const oneDay = { ...month, start: '2022-10-31', end: '2022-10-31' };
    expect(checkRule(oneDay, ['rule'])).toBe(oneDay);
    expect(() => checkRule({ ...oneDay, end: '2022-10-30' }, ['rule'])).toThrowDomainError(
      'period/end-before-start',
      ['rule', 'end'],
    );
  });
});
