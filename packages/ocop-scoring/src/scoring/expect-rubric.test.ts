import { safeParseOcopRubric } from '@ntm/domain';
import { type IssuePath, toResult } from '@ntm/domain/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathsOf, type Spoil, spoilAt } from '../../../../test/support/paths-of.js';
import { QD26_RUBRICS } from '../data/rubrics/generated/qd26-rubrics.js';
import { expectRubric } from './expect-rubric.js';

/*
 * The engine's zod-free guard and `OcopRubricSchema` of @ntm/domain describe the same sheet. Both are fed the same
 * generated sheets, sound and spoilt one value at a time, and must accept the same ones and refuse the others with the
 * same first code at the same path, so the shape cannot drift between the edge and the engine.
 */

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
    'Quyết định'.normalize('NFD'),
    ' Bộ Nông nghiệp '.normalize('NFD'),
    'ế'.normalize('NFD').repeat(700),
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

const spoils: fc.Arbitrary<Spoil> = fc.oneof(
  { weight: 6, arbitrary: spoilers.map((value) => ({ how: 'set' as const, value })) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom<(value: string) => string>(
        (value) => value.normalize('NFD'),
        (value) => ` ${value}\t`,
        (value) => value.repeat(2001),
        () => ' ',
      )
      .map((text) => ({ how: 'rewrite' as const, text })),
  },
  { weight: 2, arbitrary: fc.boolean().map((hole) => ({ how: 'delete' as const, hole })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('extra', 'titel', '__proto__', 'constructor', 'case', 'minStars')
      .map((key) => ({ how: 'add' as const, key, value: 1 })),
  },
);

/**
 * The paths of a sheet grouped by kind of field (indexes as `*`), so that a spoilt value lands as often in the legal
 * basis or a case as in the hundreds of option texts.
 */
function pathsByField(sheet: unknown): IssuePath[][] {
  const groups = new Map<string, IssuePath[]>();
  for (const path of pathsOf(sheet)) {
    const field = path.map((key) => (typeof key === 'number' ? '*' : key)).join('.');
    groups.set(field, [...(groups.get(field) ?? []), path]);
  }
  return [...groups.values()];
}

const sheets = Object.values(QD26_RUBRICS).map((sheet) => ({ sheet, fields: pathsByField(sheet) }));
const spoilt = fc
  .constantFrom(...sheets)
  .chain(({ sheet, fields }) =>
    fc.tuple(
      fc.constant(sheet),
      fc.constantFrom(...fields).chain((paths) => fc.constantFrom(...paths)),
      spoils,
    ),
  )
  .map(([sheet, path, change]) => spoilAt(sheet, path, change));

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

  const B04 = QD26_RUBRICS.B04;
  // Numbers such as 26/2026/QĐ-TTg read the same in NFD (Đ does not decompose): add a word that does not.
  const nfd = (value: string) => `${value} Quyết định`.normalize('NFD');
  const criterion = ['parts', 0, 'sections', 0, 'items', 0];
  it.each<[string, IssuePath, Spoil]>([
    ['an NFD legal basis number', ['basis', 'number'], { how: 'rewrite', text: nfd }],
    ['an NFD legal basis title', ['basis', 'title', 'vi'], { how: 'rewrite', text: nfd }],
    ['an NFD sheet title (the schema allows it)', ['title'], { how: 'rewrite', text: nfd }],
    ['a blank id', ['id'], { how: 'set', value: '  ' }],
    ['a text over 2,000 characters', ['title'], { how: 'rewrite', text: (v) => v.repeat(200) }],
    ['a date that does not exist', ['basis', 'signed'], { how: 'set', value: '2026-02-30' }],
    ['a number for a date', ['validity', 'validFrom'], { how: 'set', value: 20260522 }],
    ['an unknown product set', ['productSet'], { how: 'set', value: 'B27' }],
    ['an unknown version', ['version'], { how: 'set', value: 'QD999' }],
    ['an empty classification (allowed)', ['classification'], { how: 'set', value: '' }],
    ['a part D', ['parts', 0, 'key'], { how: 'set', value: 'D' }],
    ['sections that are null', ['parts', 0, 'sections'], { how: 'set', value: null }],
    [
      'a section code that is not a code',
      ['parts', 0, 'sections', 0, 'code'],
      { how: 'set', value: '1a' },
    ],
    ['a section without criteria', ['parts', 0, 'sections', 0, 'items'], { how: 'set', value: [] }],
    ['an unknown kind', [...criterion, 'kind'], { how: 'set', value: 'scale' }],
    ['a criterion without options', [...criterion, 'options'], { how: 'set', value: [] }],
    ['a NaN option', [...criterion, 'options', 0, 'points'], { how: 'set', value: Number.NaN }],
    ['a minimum for 6 stars', ['minimums', 0, 'stars'], { how: 'set', value: 6 }],
    ['a fractional option index', ['minimums', 0, 'option'], { how: 'set', value: 1.5 }],
    ['a case id that is a number', ['minimums', 0], { how: 'add', key: 'case', value: 1 }],
    ['an empty disqualifier id', ['disqualifiers', 0, 'id'], { how: 'set', value: '' }],
    [
      'a disqualifier id of 41 characters',
      ['disqualifiers', 0, 'id'],
      { how: 'set', value: 'x'.repeat(41) },
    ],
    ['an unknown scope', ['disqualifiers', 0, 'scope'], { how: 'set', value: 'all' }],
    ['a blank note', ['notes'], { how: 'set', value: [''] }],
    ['a hole among the minima', ['minimums', 1], { how: 'delete', hole: true }],
    ['an unknown field', [], { how: 'add', key: 'titel', value: 1 }],
    ['a "__proto__" key in a criterion', criterion, { how: 'add', key: '__proto__', value: 1 }],
  ])('%s: the same outcome', (_, path, change) => {
    const sheet = spoilAt(B04, path, change);
    expect(outcome(() => expectRubric(sheet, []))).toBe(zodOutcome(sheet));
  });

  it('report paths under the path they are given', () => {
    expect(outcome(() => expectRubric({ ...QD26_RUBRICS.B04, id: '' }, ['rubric']))).toBe(
      'input/empty at ["rubric","id"]',
    );
  });
});
