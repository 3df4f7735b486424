import { readFileSync } from 'node:fs';
import type { DomainIssue, IssuePath, NtmErrorCode } from '@ntm/domain';
import { FORBIDDEN_KEYS, safeParseProvinceCriteriaConfig, toResult } from '@ntm/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathsOf, type Spoil, spoilAt } from '../../../../test/support/paths-of.js';
import { checkConfigShape } from './check-config.js';

const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const DIEN_BIEN = read('../../../../examples/province-config/dien-bien.json');
const PLACEHOLDERS = read('../../test/fixtures/placeholder-thresholds-illustrative.json');
const NFD = (text: string) => text.normalize('NFD');
const TEXT = { vi: 'Chỉ tiêu thêm', en: 'Added' };

/** Spoilt configurations, the first problem of each and where it is (from the argument `config`). */
const REFUSED: readonly [string, unknown, NtmErrorCode, IssuePath][] = [
  ['not an object', [], 'input/wrong-type', ['config']],
  // The fields of an object are checked before its unknown keys, as zod does.
  [
    'an unknown key and a wrong field',
    { extra: 1, province: 2 },
    'input/wrong-type',
    ['config', 'province'],
  ],
  ['a misspelt field', { provnce: 'Điện Biên' }, 'input/unknown-field', ['config', 'provnce']],
  [
    'a prototype key',
    JSON.parse('{"__proto__": {"polluted": 1}}'),
    'key/forbidden',
    ['config', '__proto__'],
  ],
  [
    'a province name in NFD',
    { province: NFD('Điện Biên') },
    'text/not-nfc',
    ['config', 'province'],
  ],
  // An optional field given as undefined is present, as zod's `exactOptional` reads it.
  [
    'an optional field set to undefined',
    { province: undefined },
    'input/missing',
    ['config', 'province'],
  ],
  ['a blank code', { baseSetId: '  ' }, 'input/empty', ['config', 'baseSetId']],
  [
    'a code of 33 characters',
    { removeIndicators: ['x'.repeat(33)] },
    'input/too-long',
    ['config', 'removeIndicators', 0],
  ],
  [
    'a prototype code',
    { removeIndicators: ['constructor'] },
    'key/forbidden',
    ['config', 'removeIndicators', 0],
  ],
  [
    'an NFD code',
    { thresholds: [{ indicator: NFD('ă'), value: 1 }] },
    'key/not-nfc',
    ['config', 'thresholds', 0, 'indicator'],
  ],
  [
    'a NaN threshold',
    { thresholds: [{ indicator: '15.1', value: Number.NaN }] },
    'number/not-finite',
    ['config', 'thresholds', 0, 'value'],
  ],
  [
    'a negative threshold',
    { thresholds: [{ indicator: '15.1', value: -1 }] },
    'input/too-small',
    ['config', 'thresholds', 0, 'value'],
  ],
  [
    'a threshold without its indicator',
    { thresholds: [{ value: 1 }] },
    'input/missing',
    ['config', 'thresholds', 0, 'indicator'],
  ],
  [
    'a year that is not whole',
    { thresholds: [{ indicator: '10', value: 30, year: 2022.5 }] },
    'input/not-integer',
    ['config', 'thresholds', 0, 'year'],
  ],
  [
    'a year out of range',
    { thresholds: [{ indicator: '10', value: 30, year: 1800 }] },
    'input/too-small',
    ['config', 'thresholds', 0, 'year'],
  ],
  [
    'a source in NFD',
    { thresholds: [{ indicator: '10', value: 30, source: NFD('Quyết định') }] },
    'text/not-nfc',
    ['config', 'thresholds', 0, 'source'],
  ],
  [
    'an unknown indicator type',
    { addIndicators: [{ code: '17.DB1', criterion: '17', text: TEXT, type: 'text' }] },
    'input/not-allowed',
    ['config', 'addIndicators', 0, 'type'],
  ],
  [
    'a direction "="',
    {
      addIndicators: [
        { code: '17.DB1', criterion: '17', text: TEXT, type: 'percent', direction: '=' },
      ],
    },
    'input/not-allowed',
    ['config', 'addIndicators', 0, 'direction'],
  ],
  [
    'a wording without English',
    { addIndicators: [{ code: '17.DB1', criterion: '17', text: { vi: 'x' }, type: 'boolean' }] },
    'input/missing',
    ['config', 'addIndicators', 0, 'text', 'en'],
  ],
  [
    'a wording in a third language',
    { note: { vi: 'x', en: 'y', fr: 'z' } },
    'input/unknown-field',
    ['config', 'note', 'fr'],
  ],
  [
    'a decision signed on a day that does not exist',
    {
      decision: {
        number: '1/QĐ-UBND',
        type: 'Quyết định',
        issuer: 'UBND tỉnh',
        signed: '2022-02-30',
      },
    },
    'date/invalid',
    ['config', 'decision', 'signed'],
  ],
  [
    'levels without their fallback',
    {
      levels: {
        illustrative: true,
        criterion: [],
        commune: [],
        communeFallback: { id: 'x', name: TEXT },
      },
    },
    'input/missing',
    ['config', 'levels', 'criterionFallback'],
  ],
  [
    'a level cut-off above 100',
    {
      levels: {
        illustrative: true,
        criterion: [{ id: 'a', name: TEXT, maxIndicatorsNotMet: 101 }],
        criterionFallback: { id: 'x', name: TEXT },
        commune: [],
        communeFallback: { id: 'x', name: TEXT },
      },
    },
    'input/too-big',
    ['config', 'levels', 'criterion', 0, 'maxIndicatorsNotMet'],
  ],
];

const verdict = (issues: readonly DomainIssue[] | undefined) =>
  issues === undefined ? 'accepted' : `${issues[0]?.code} at ${JSON.stringify(issues[0]?.path)}`;
const schemaVerdict = (config: unknown) => {
  const result = safeParseProvinceCriteriaConfig(config);
  return verdict(result.success ? undefined : result.issues);
};
const guardVerdict = (config: unknown) => {
  const result = toResult(() => checkConfigShape(config));
  // The guard's paths start at the argument's name.
  return verdict(
    result.success ? undefined : result.issues.map((i) => ({ ...i, path: i.path.slice(1) })),
  );
};

describe('checkConfigShape', () => {
  it('accepts the example configurations and the empty one', () => {
    for (const config of [DIEN_BIEN, PLACEHOLDERS, {}])
      expect(checkConfigShape(config)).toBe(config);
  });

  it.each(REFUSED)('refuses %s', (_name, config, code, path) => {
    expect(() => checkConfigShape(config)).toThrowDomainError(code, path);
  });
});

/*
 * The same shape is described twice: `ProvinceCriteriaConfigSchema` (zod, @ntm/domain) at the edge and
 * `checkConfigShape` here. Both get the same generated configurations — valid ones, and valid ones spoilt in one
 * place — and must accept the same and report the same first problem at the same place. Sparse arrays are left
 * out: a configuration is JSON, which has no holes, and zod reports a hole as a missing element (`input/missing`)
 * where the shared `expectArray` says `input/hole`.
 */
describe('checkConfigShape and ProvinceCriteriaConfigSchema agree', () => {
  const vietnamese = fc.constantFrom(
    'Điện Biên',
    'Tuần Giáo',
    'Quyết định',
    'triệu đồng/người/năm',
    'Đạt chuẩn',
    '%',
  );
  const english = fc.constantFrom('Met', 'Roads', 'x', ' padded ');
  const code = fc.oneof(
    fc.constantFrom(
      '15.1',
      '17.DB1',
      '10',
      'dat-chuan',
      'co-ban-dat',
      'TDMNPB',
      '1',
      'XA_2021_2025',
    ),
    fc.stringMatching(/^[A-Za-z0-9._-]{1,32}$/u).filter((key) => !FORBIDDEN_KEYS.includes(key)),
  );
  const isoDate = fc
    .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const bilingual = fc.record({ vi: vietnamese, en: english });
  const nonNegative = fc.oneof(
    fc.double({ min: 0, max: 1e6, noNaN: true }),
    fc.constantFrom(0, 85, 100),
  );
  const legalBasis = fc.record(
    {
      number: english,
      type: vietnamese,
      issuer: vietnamese,
      title: fc.record({ vi: vietnamese, en: english }),
      signed: isoDate,
      effective: isoDate,
      article: english,
      annex: english,
      sheet: english,
    },
    { requiredKeys: ['number', 'type', 'issuer'] },
  );
  const threshold = fc.record(
    {
      indicator: code,
      value: nonNegative,
      key: code,
      year: fc.integer({ min: 1900, max: 2100 }),
      source: vietnamese,
      note: bilingual,
    },
    { requiredKeys: ['indicator', 'value'] },
  );
  const added = fc.record(
    {
      code,
      criterion: code,
      text: bilingual,
      type: fc.constantFrom('boolean', 'percent', 'number', 'absence'),
      unit: vietnamese,
      direction: fc.constantFrom('>=', '<='),
      value: nonNegative,
      optional: fc.boolean(),
    },
    { requiredKeys: ['code', 'criterion', 'text', 'type'] },
  );
  const levelName = fc.record({ id: code, name: bilingual });
  const levels = fc.record(
    {
      illustrative: fc.boolean(),
      note: bilingual,
      criterion: fc.array(
        fc.record({
          id: code,
          name: bilingual,
          maxIndicatorsNotMet: fc.integer({ min: 0, max: 100 }),
        }),
        { maxLength: 2 },
      ),
      criterionFallback: levelName,
      commune: fc.array(
        fc.record({
          id: code,
          name: bilingual,
          requires: fc.array(fc.record({ level: code, min: fc.integer({ min: 0, max: 100 }) }), {
            maxLength: 2,
          }),
        }),
        { maxLength: 2 },
      ),
      communeFallback: levelName,
    },
    {
      requiredKeys: [
        'illustrative',
        'criterion',
        'criterionFallback',
        'commune',
        'communeFallback',
      ],
    },
  );
  const validConfig: fc.Arbitrary<unknown> = fc.oneof(
    fc.record(
      {
        $schema: fc.string(),
        province: vietnamese,
        baseSetId: code,
        decision: legalBasis,
        illustrative: fc.boolean(),
        note: bilingual,
        thresholds: fc.array(threshold, { maxLength: 3 }),
        addIndicators: fc.array(added, { maxLength: 2 }),
        removeIndicators: fc.array(code, { maxLength: 2 }),
        levels,
      },
      { requiredKeys: [] },
    ),
    fc.constantFrom(DIEN_BIEN, PLACEHOLDERS),
  );

  /** Anything at all, and values near the edge of each kind of field, by the kind of value they replace. */
  const anything = fc.anything({
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withBoxedValues: true,
    maxDepth: 2,
  });
  const nearMiss = {
    number: fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -0,
      -1,
      0.5,
      2022.5,
      101,
      1899,
      2101,
      1e308,
      2 ** 53 + 2,
      '85',
    ),
    string: fc.constantFrom(
      '',
      '   ',
      'x'.repeat(33),
      ` ${'x'.repeat(2001)}`,
      NFD('Điện Biên'),
      '__proto__',
      'constructor',
      '2022-02-30',
      '2022-07-26',
      '=',
      'percent',
      85,
    ),
    other: fc.constantFrom(undefined, null, true, [], {}, { vi: 'x', en: 'y' }, 'x'),
  };
  const spoilerFor = (current: unknown): fc.Arbitrary<unknown> => {
    const kind = typeof current;
    return fc.oneof(
      anything,
      kind === 'number' || kind === 'string' ? nearMiss[kind] : nearMiss.other,
    );
  };

  const valueAt = (config: unknown, path: IssuePath): unknown =>
    path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], config);
  type How = 'set' | 'delete' | 'unknown-key' | 'proto-key' | 'nfd';
  /** `config` with the value at `path` spoilt one way; a way that does not fit the value replaces it instead. */
  function spoil(config: unknown, path: IssuePath, how: How, value: unknown): unknown {
    const current = valueAt(config, path);
    const isObject = current !== null && typeof current === 'object' && !Array.isArray(current);
    const change: Spoil =
      how === 'delete'
        ? { how }
        : (how === 'unknown-key' || how === 'proto-key') && isObject
          ? { how: 'add', key: how === 'unknown-key' ? 'extra' : '__proto__', value }
          : how === 'nfd' && typeof current === 'string'
            ? { how: 'rewrite', text: (text) => NFD(`${text}ăế`) }
            : { how: 'set', value };
    return spoilAt(config, path, change);
  }

  const spoilt = validConfig.chain((config) =>
    fc
      .constantFrom(...pathsOf(config))
      .chain((path) =>
        fc
          .tuple(
            fc.constantFrom<How>('set', 'set', 'set', 'delete', 'unknown-key', 'proto-key', 'nfd'),
            spoilerFor(valueAt(config, path)),
          )
          .map(([how, value]) => spoil(config, path, how, value)),
      ),
  );

  it('property: every valid configuration passes both', () => {
    fc.assert(
      fc.property(validConfig, (config) => {
        expect(schemaVerdict(config)).toBe('accepted');
        expect(guardVerdict(config)).toBe('accepted');
      }),
      { numRuns: 200 },
    );
  });

  it.each(REFUSED)('the same verdict on %s', (_name, config) => {
    expect(guardVerdict(config)).toBe(schemaVerdict(config));
  });

  it('property: a configuration spoilt in one place gets the same verdict from both', {
    timeout: 60_000,
  }, () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(spoilt, (config) => {
        const expected = schemaVerdict(config);
        expect(guardVerdict(config)).toBe(expected);
        seen.add(expected.split(' ')[0] as string);
      }),
      { numRuns: 1000 },
    );
    // The generator reaches the common kinds of problem (the rare ones are in REFUSED), so the agreement above
    // means something.
    expect([...seen]).toEqual(
      expect.arrayContaining([
        'accepted',
        'input/empty',
        'input/missing',
        'input/unknown-field',
        'input/wrong-type',
        'key/forbidden',
        'key/not-nfc',
        'text/not-nfc',
      ]),
    );
  });
});
