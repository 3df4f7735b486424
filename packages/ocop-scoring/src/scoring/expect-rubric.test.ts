import { safeParseOcopRubric } from '@ntm/domain';
import { toResult } from '@ntm/domain/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QD26_RUBRICS } from '../data/rubrics/qd26-rubrics.js';
import { expectRubric } from './expect-rubric.js';

/*
 * The engine's zod-free guard and `OcopRubricSchema` of @ntm/domain describe the same sheet. Both are fed the same
 * generated sheets, sound and spoilt one value at a time, and must accept the same ones and refuse the others with the
 * same first code at the same path, so the shape cannot drift between the edge and the engine.
 */

type Path = readonly (string | number)[];

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (value !== null && typeof value === 'object')
    for (const key of Object.keys(value))
      pathsOf(
        (value as Record<string, unknown>)[key],
        [...prefix, Array.isArray(value) ? Number(key) : key],
        out,
      );
  return out;
}

/** The values a spoilt field takes: the kinds JSON has, the numbers and texts at the edges of each rule. */
const spoilers: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    -1,
    0.5,
    100.5,
    1000,
    1e308,
    '',
    '  ',
    'x'.repeat(41),
    'x'.repeat(2001),
    '1.1',
    '6.1.2.3.4',
    '1a',
    'B04',
    'B27',
    'a',
    'ab',
    '2026-05-22',
    '2026-02-30',
    'QD26_2026',
    'QD999',
    'choice',
    'yes-no',
    'cases',
    'group',
    'A',
    'D',
    'excluded',
    'sheet',
    3,
    6,
    [],
    [[]],
    {},
    null,
    new Date(0),
    Object.create(null),
  ),
  fc
    .constantFrom('{"__proto__": {"polluted": 1}}', '{"constructor": 1}', '{"vi": "a", "en": "b"}')
    .map((json): unknown => JSON.parse(json)),
);

type Spoil =
  | { readonly how: 'set'; readonly value: unknown }
  | { readonly how: 'delete' }
  | { readonly how: 'add'; readonly key: string };

const spoils: fc.Arbitrary<Spoil> = fc.oneof(
  { weight: 6, arbitrary: spoilers.map((value) => ({ how: 'set' as const, value })) },
  { weight: 2, arbitrary: fc.constant({ how: 'delete' as const }) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('extra', 'titel', '__proto__', 'constructor', 'case', 'minStars')
      .map((key) => ({ how: 'add' as const, key })),
  },
);

/** A copy of `sheet` with the value at `path` changed. */
function spoil(sheet: unknown, path: Path, change: Spoil): unknown {
  // The copy sits in a box so that the sheet itself (the empty path) can be replaced too.
  const box: Record<string | number, unknown> = { sheet: structuredClone(sheet) };
  let holder = box;
  let key: string | number = 'sheet';
  for (const next of path) {
    holder = holder[key] as Record<string | number, unknown>;
    key = next;
  }
  if (change.how === 'set') holder[key] = change.value;
  else if (change.how === 'delete') {
    // Deleting from an array would leave a hole (see expect-rubric.ts): remove the element instead.
    if (Array.isArray(holder)) holder.splice(Number(key), 1);
    else delete holder[key];
  } else {
    const target = holder[key];
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
      Object.defineProperty(target, change.key, { value: 1, enumerable: true, writable: true });
  }
  return box.sheet;
}

const sheets = Object.values(QD26_RUBRICS).map((sheet) => ({ sheet, paths: pathsOf(sheet) }));
const spoilt = fc
  .constantFrom(...sheets)
  .chain(({ sheet, paths }) => fc.tuple(fc.constant(sheet), fc.constantFrom(...paths), spoils))
  .map(([sheet, path, change]) => spoil(sheet, path, change));

/** `ok`, or the first issue's code and path. */
function outcome(run: () => unknown): string {
  const result = toResult(run);
  if (result.success) return 'ok';
  const [first] = result.issues;
  return `${first?.code} at ${JSON.stringify(first?.path)}`;
}

function zodOutcome(value: unknown): string {
  const result = safeParseOcopRubric(value);
  if (result.success) return 'ok';
  const [first] = result.issues;
  return `${first?.code} at ${JSON.stringify(first?.path)}`;
}

describe('expectRubric and OcopRubricSchema agree', () => {
  it.each(Object.entries(QD26_RUBRICS))('both accept %s', (_, sheet) => {
    expect(outcome(() => expectRubric(sheet, []))).toBe('ok');
    expect(zodOutcome(sheet)).toBe('ok');
  });

  it('refuse the same spoilt sheets with the same first code at the same path', () => {
    let refused = 0;
    fc.assert(
      fc.property(spoilt, (sheet) => {
        const ours = outcome(() => expectRubric(sheet, []));
        expect(ours).toBe(zodOutcome(sheet));
        if (ours !== 'ok') refused++;
      }),
      { numRuns: 250 },
    );
    // Most spoilt sheets are refused: the comparison is about refusals, not about sheets both accept.
    expect(refused).toBeGreaterThan(125);
  }, 30_000);

  it('report paths under the path they are given', () => {
    expect(outcome(() => expectRubric({ ...QD26_RUBRICS.B04, id: '' }, ['rubric']))).toBe(
      'input/empty at ["rubric","id"]',
    );
  });
});
