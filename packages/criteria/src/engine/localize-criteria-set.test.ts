import { readFileSync } from 'node:fs';
import type { IssuePath, NtmErrorCode, NtmFactValue } from '@ntm/domain';
import { parseProvinceCriteriaConfig } from '@ntm/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyFacts, loosenedThresholds } from '../../../../test/support/commune-facts.js';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { XA_2016_2020 } from '../data/sets/xa-2016-2020.js';
import { XA_2021_2025 } from '../data/sets/xa-2021-2025.js';
import { evaluateCommune } from './evaluate-commune.js';
import { localizeCriteriaSet } from './localize-criteria-set.js';

const DIEN_BIEN = new URL('../../../../examples/province-config/dien-bien.json', import.meta.url);
const PLACEHOLDERS = new URL(
  '../../test/fixtures/placeholder-thresholds-illustrative.json',
  import.meta.url,
);
const TDMNPB = { year: 2022, region: 'TDMNPB' } as const;

const indicators = XA_2021_2025.criteria.flatMap((c) => c.indicators);

// Arbitrary facts for the 2021–2025 set: each indicator absent or given a value of its type.
const factsArb = anyFacts(XA_2021_2025, { absences: 5, number: 200 });

describe('localizeCriteriaSet', () => {
  it('property: an empty configuration evaluates exactly as the national set', () => {
    const local = localizeCriteriaSet(XA_2021_2025, {});
    expect(local.provenance).toMatchObject({
      nationalSetId: 'XA_2021_2025',
      nationalBasis: '318/QĐ-TTg',
    });
    fc.assert(
      fc.property(factsArb, fc.constantFrom('TDMNPB', 'DBSH', 'DNB' as const), (values, region) => {
        const context = { year: 2023, region };
        const { provenance: _p, ...national } = evaluateCommune(XA_2021_2025, { values }, context);
        const { provenance: _q, ...localised } = evaluateCommune(local, { values }, context);
        expect(localised).toEqual(national);
      }),
      { numRuns: 100 },
    );
  });

  it('fills a missing threshold and records the provincial source', () => {
    const local = localizeCriteriaSet(XA_2021_2025, {
      province: 'Điện Biên',
      decision: { number: '999/QĐ-UBND', type: 'QĐ', issuer: 'UBND tỉnh Điện Biên' },
      thresholds: [{ indicator: '10', key: 'TDMNPB', year: 2022, value: 30 }],
    });
    const e = evaluateCommune(local, { values: { '10': 31 } }, TDMNPB);
    const income = e.criteria[9]?.indicators[0];
    expect(income).toMatchObject({
      status: 'met',
      cell: '2022:TDMNPB',
      threshold: { value: 30, status: 'provincial', sources: ['999/QĐ-UBND'] },
    });
    expect(e.provenance?.decision?.number).toBe('999/QĐ-UBND');
  });

  it('tightens a national threshold, and rejects loosening naming the indicator and both values', () => {
    const tighter = localizeCriteriaSet(XA_2021_2025, {
      thresholds: [{ indicator: '15.3', key: 'TDMNPB', value: 20 }],
    });
    const e = evaluateCommune(tighter, { values: { '15.3': 22 } }, TDMNPB);
    expect(e.criteria[14]?.indicators[2]?.status).toBe('not-met');
    const [issue] = issuesOf(() =>
      localizeCriteriaSet(XA_2021_2025, {
        thresholds: [{ indicator: '15.3', key: 'TDMNPB', value: 30 }],
      }),
    );
    expect(issue).toMatchObject({
      code: 'criteria/loosens-national',
      path: ['config', 'thresholds', 0, 'value'],
      params: { indicator: '15.3', national: 24, provincial: 30 },
    });
    expect(issue?.message.vi).toContain('24');
    expect(issue?.message.vi).toContain('30');
    const [lower] = issuesOf(() =>
      localizeCriteriaSet(XA_2016_2020, { thresholds: [{ indicator: '15.1', value: 80 }] }),
    );
    expect(lower).toMatchObject({
      code: 'criteria/loosens-national',
      params: { national: 85, provincial: 80 },
    });
  });

  it('adds a provincial indicator to a national criterion', () => {
    const local = localizeCriteriaSet(XA_2021_2025, {
      addIndicators: [
        {
          code: '17.DB1',
          criterion: '17',
          type: 'percent',
          direction: '>=',
          value: 40,
          text: { vi: 'Chỉ tiêu thêm', en: 'Added' },
        },
      ],
    });
    const e = evaluateCommune(local, { values: { '17.DB1': 39 } }, TDMNPB);
    expect(e.criteria[16]?.indicators.at(-1)).toMatchObject({
      code: '17.DB1',
      status: 'not-met',
      gap: 1,
    });
  });

  // One call per code is in test/error-examples.ts (run by error-examples.test.ts); these are the further cases, with
  // the path inside the configuration.
  it.each<[string, unknown, NtmErrorCode, IssuePath]>([
    [
      'drop an indicator the set does not have',
      { removeIndicators: ['99.9'] },
      'criteria/unknown-indicator',
      ['removeIndicators', 0],
    ],
    ['another base set', { baseSetId: 'XA_2016_2020' }, 'criteria/set-mismatch', ['baseSetId']],
    ['__proto__ field', JSON.parse('{"__proto__": {}}'), 'key/forbidden', ['__proto__']],
    [
      'unknown indicator',
      { thresholds: [{ indicator: '99', value: 1 }] },
      'criteria/unknown-indicator',
      ['thresholds', 0, 'indicator'],
    ],
    [
      'NFD indicator',
      { thresholds: [{ indicator: 'ă'.normalize('NFD'), value: 1 }] },
      'key/not-nfc',
      ['thresholds', 0, 'indicator'],
    ],
    [
      'percent above 100',
      { thresholds: [{ indicator: '15.1', value: 101 }] },
      'input/too-big',
      ['thresholds', 0, 'value'],
    ],
    [
      'huge number',
      { thresholds: [{ indicator: '10', value: 1e308 }] },
      'input/too-big',
      ['thresholds', 0, 'value'],
    ],
  ])('rejects: %s', (_name, config, code, path) => {
    expect(() => localizeCriteriaSet(XA_2021_2025, config as never)).toThrowDomainError(code, [
      'config',
      ...path,
    ]);
  });

  it('refuses a commune level that requires a criterion level the province did not define', () => {
    const config = parseProvinceCriteriaConfig(JSON.parse(readFileSync(DIEN_BIEN, 'utf8')));
    const levels = config.levels;
    if (levels === undefined) throw new Error('the Điện Biên example defines levels');
    const [first, ...rest] = levels.commune;
    if (first === undefined) throw new Error('the Điện Biên example defines commune levels');
    const broken = {
      ...config,
      levels: {
        ...levels,
        commune: [{ ...first, requires: [{ level: 'xuat-sac', min: 1 }] }, ...rest],
      },
    };
    expect(() => localizeCriteriaSet(XA_2021_2025, broken)).toThrowDomainError(
      'criteria/unknown-level',
      ['config', 'levels', 'commune', 0, 'requires', 0, 'level'],
    );
  });

  it('property: tightening a threshold never turns not-met into met', () => {
    const numeric = indicators.filter(
      (i) => i.type === 'percent' && i.thresholds.TDMNPB?.status !== 'missing',
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...numeric),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        (indicator, value, delta) => {
          const national = indicator.thresholds.TDMNPB?.value ?? 0;
          const tightened =
            indicator.direction === '<='
              ? Math.max(0, national - delta)
              : Math.min(100, national + delta);
          const local = localizeCriteriaSet(XA_2021_2025, {
            thresholds: [{ indicator: indicator.code, key: 'TDMNPB', value: tightened }],
          });
          const before = evaluateCommune(
            XA_2021_2025,
            { values: { [indicator.code]: value } },
            TDMNPB,
          );
          const after = evaluateCommune(local, { values: { [indicator.code]: value } }, TDMNPB);
          const status = (e: typeof before) =>
            e.criteria.flatMap((c) => c.indicators).find((i) => i.code === indicator.code)?.status;
          if (status(before) === 'not-met') expect(status(after)).toBe('not-met');
          expect(after.criteriaMet).toBeLessThanOrEqual(before.criteriaMet);
        },
      ),
    );
  });

  it('the Điện Biên example configuration parses, is marked illustrative and yields a provincial outcome beside the national one', () => {
    const config = parseProvinceCriteriaConfig(JSON.parse(readFileSync(DIEN_BIEN, 'utf8')));
    expect(config.illustrative).toBe(true);
    expect(config.levels?.illustrative).toBe(true);
    const dienBien = localizeCriteriaSet(XA_2021_2025, config);
    const placeholders = parseProvinceCriteriaConfig(
      JSON.parse(readFileSync(PLACEHOLDERS, 'utf8')),
    );
    const filled = localizeCriteriaSet(dienBien, { ...placeholders, baseSetId: 'XA_2021_2025' });
    const values: Record<string, NtmFactValue> = {};
    for (const i of filled.criteria.flatMap((c) => c.indicators)) {
      values[i.code] =
        i.type === 'boolean'
          ? true
          : i.type === 'absence'
            ? 0
            : i.direction === '<='
              ? 0
              : i.code === '10'
                ? 40
                : 100;
    }
    values['7'] = false; // one indicator short in criterion 7
    const e = evaluateCommune(filled, { values }, TDMNPB);
    expect(e.outcome).toBe('not-met');
    expect(e.criteriaMet).toBe(18);
    expect(e.criteria[6]?.provincialLevel?.id).toBe('co-ban-dat');
    expect(e.provincial).toMatchObject({ level: { id: 'co-ban-dat-chuan' }, illustrative: true });
    // An unknown value that could change the provincial level leaves it undecided.
    const { '15.1': _drop, ...fewer } = values;
    const unknown = evaluateCommune(filled, { values: fewer }, TDMNPB);
    expect(unknown.outcome).toBe('not-met');
    expect(unknown.criteria[14]?.provincialLevel?.id).toBe('cannot-evaluate');
    // 17 criteria met + 7 basically met; criterion 15 could be met or "chưa đạt", so the commune level is open.
    expect(unknown.provincial?.level.id).toBe('cannot-evaluate');
  });
});

describe('localizeCriteriaSet reports every problem at once', () => {
  it('gives one issue per loosened value, each at its entry', () => {
    const loosened = loosenedThresholds(XA_2021_2025, 3);
    expect(loosened).toHaveLength(3);
    const issues = issuesOf(() =>
      localizeCriteriaSet(XA_2021_2025, {
        thresholds: [...loosened, { indicator: '99.9', value: 1 }],
      }),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['criteria/loosens-national', ['config', 'thresholds', 0, 'value']],
      ['criteria/loosens-national', ['config', 'thresholds', 1, 'value']],
      ['criteria/loosens-national', ['config', 'thresholds', 2, 'value']],
      ['criteria/unknown-indicator', ['config', 'thresholds', 3, 'indicator']],
    ]);
  });
});
