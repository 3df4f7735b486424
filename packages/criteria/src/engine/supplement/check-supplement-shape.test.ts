import { safeParseNationalSupplement } from '@ntm/domain';
import { expectedKind, toResult } from '@ntm/domain/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../../test/support/issues-of.js';
import { checkSupplementShape } from './check-supplement-shape.js';

// Valid supplements, with every optional field sometimes present.
const text = fc.constantFrom('Phụ lục I', 'QĐ 51/2025/QĐ-TTg', 'Tỷ lệ hộ', 'a');
const code = fc.constantFrom('1', '1.1', '10', '17.4', 'TDMNPB', 'XA_2026_2030');
const value = fc.double({ min: 0, max: 1e6, noNaN: true });
const year = fc.integer({ min: 1900, max: 2100 });
const source = fc.record(
  {
    document: text,
    annex: text,
    page: fc.oneof(fc.integer({ min: 1, max: 999 }), text),
    url: fc.constant('https://chinhphu.vn'),
  },
  { requiredKeys: ['document'] },
);
const supplementText = fc.record({ vi: text, en: text }, { requiredKeys: ['vi'] });
const cell = fc.record({ key: code, year, value }, { requiredKeys: ['value'] });
const indicator = fc.record(
  {
    code,
    criterion: code,
    text: supplementText,
    type: fc.constantFrom('boolean', 'percent', 'number', 'absence'),
    unit: text,
    direction: fc.constantFrom('>=', '<='),
    optional: fc.boolean(),
    perYear: fc.boolean(),
    thresholds: fc.array(cell, { maxLength: 2 }),
  },
  { requiredKeys: ['code', 'criterion', 'text', 'type'] },
);
const entry = fc.record(
  {
    indicator: code,
    key: code,
    year,
    value,
    replaces: value,
    source: fc.record(
      { document: text, annex: text, page: fc.integer({ min: 1, max: 9 }) },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['indicator', 'value'] },
);
const supplement = fc.record(
  {
    $schema: fc.constant('./national-supplement.json'),
    baseSetId: code,
    source,
    transcribedBy: text,
    transcribedOn: fc.constantFrom('2026-03-02', '2024-02-29'),
    note: supplementText,
    illustrative: fc.boolean(),
    indicators: fc.array(indicator, { maxLength: 2 }),
    thresholds: fc.array(entry, { maxLength: 2 }),
  },
  { requiredKeys: ['baseSetId', 'source'] },
);

const BAD: readonly unknown[] = [
  undefined,
  null,
  42,
  -1,
  0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2.5,
  'x',
  'e\u0301',
  '',
  '  ',
  true,
  [],
  {},
  '2026-02-30',
  '__proto__',
  'constructor',
  'a'.repeat(40),
];

type Json = Record<string, unknown> | unknown[];

/** Every place in a value where a spoilt value can go: the holder and the key. */
function places(value: unknown, out: [Json, string | number][] = []): [Json, string | number][] {
  if (Array.isArray(value))
    value.forEach((item, index) => {
      out.push([value, index]);
      places(item, out);
    });
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      out.push([value as Json, key]);
      places(item, out);
    }
  return out;
}

// One spoilt place: a bad value, a field deleted, or an unknown field added.
const spoilt = fc.tuple(supplement, fc.nat(), fc.nat(BAD.length + 1)).map(([valid, pick, how]) => {
  const copy = structuredClone(valid) as Record<string, unknown>;
  const all = places(copy);
  const [holder, key] = all[pick % all.length] ?? [copy, 'baseSetId'];
  // An array loses an item rather than getting a hole: zod cannot tell a hole from `undefined`.
  if (how === BAD.length && Array.isArray(holder)) holder.splice(key as number, 1);
  else if (how === BAD.length) delete (holder as Record<string, unknown>)[key as string];
  else if (how === BAD.length + 1 && !Array.isArray(holder)) holder.extra = 1;
  else (holder as Record<string | number, unknown>)[key] = BAD[how % BAD.length];
  return copy;
});

function codesOf(result: { success: boolean; issues?: readonly { code: string }[] }): string[] {
  return result.success ? [] : (result.issues ?? []).map((issue) => issue.code);
}

describe('checkSupplementShape and NationalSupplementSchema', () => {
  it('property: accept the same supplements, and refuse the same ones with the same first code', () => {
    fc.assert(
      fc.property(fc.oneof(supplement, spoilt), (input) => {
        const zod = codesOf(safeParseNationalSupplement(input));
        const guard = codesOf(toResult(() => checkSupplementShape(input)));
        expect(guard.length === 0).toBe(zod.length === 0);
        expect(guard[0]).toBe(zod[0]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('checkSupplementShape: a page that is neither a whole number nor a text', () => {
  it('names both kinds it may be', () => {
    const [number, string] = [expectedKind('number'), expectedKind('string')];
    for (const page of [1.5, true])
      expect(
        issuesOf(() =>
          checkSupplementShape({
            baseSetId: 'XA_2026_2030',
            source: { document: 'QĐ 51/2025/QĐ-TTg', page },
          } as never),
        ),
      ).toMatchObject([
        {
          code: 'input/wrong-type',
          path: ['supplement', 'source', 'page'],
          params: {
            expected: { vi: `${number.vi} hoặc ${string.vi}`, en: `${number.en} or ${string.en}` },
          },
        },
      ]);
  });
});
