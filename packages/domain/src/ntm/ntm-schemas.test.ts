import { describe, expect, it } from 'vitest';
import {
  parseCommuneFacts,
  parseProvinceCriteriaConfig,
  safeParseCommuneFacts,
  safeParseProvinceCriteriaConfig,
} from './ntm-schemas.js';

const codes = (result: { success: boolean; issues?: readonly { code: string }[] }) =>
  result.success ? [] : (result.issues ?? []).map((issue) => issue.code);

describe('commune-facts', () => {
  it('accepts values of every shape and keeps them', () => {
    const facts = parseCommuneFacts({
      setId: 'XA_2021_2025',
      year: 2022,
      region: 'TDMNPB',
      flags: { khuVucIII: true },
      commune: { id: 'quai-cang', name: 'Quài Cang', district: 'Tuần Giáo', targetYear: 2023 },
      values: { '1.1': true, '15.1': 92.5, '10': { value: 36, unit: 'triệu đồng/người/năm' } },
      notApplicable: ['13.4'],
    });
    expect(facts.values['15.1']).toBe(92.5);
  });

  it.each([
    ['NaN', { setId: 'X', values: { a: Number.NaN } }],
    ['Infinity', { setId: 'X', values: { a: Number.POSITIVE_INFINITY } }],
    ['unknown field', { setId: 'X', values: {}, valuez: {} }],
    ['unknown region', { setId: 'X', values: {}, region: 'HN' }],
    ['group 4', { setId: 'X', values: {}, communeGroup: 4 }],
    ['string value', { setId: 'X', values: { a: '12' } }],
  ])('rejects %s', (_name, input) => {
    expect(safeParseCommuneFacts(input).success).toBe(false);
  });

  it('rejects prototype and non-NFC keys instead of dropping them', () => {
    expect(
      codes(safeParseCommuneFacts(JSON.parse('{"setId":"X","values":{"__proto__":1}}'))),
    ).toContain('key/forbidden');
    expect(codes(safeParseCommuneFacts({ setId: 'X', values: { constructor: 1 } }))).toEqual([
      'key/forbidden',
    ]);
    expect(
      codes(safeParseCommuneFacts({ setId: 'X', values: { ['é'.normalize('NFD')]: 1 } })),
    ).toEqual(['key/not-nfc']);
    expect(
      codes(safeParseCommuneFacts(JSON.parse('{"setId":"X","values":{},"__proto__":{}}'))),
    ).not.toEqual([]);
  });

  it('gives messages in Vietnamese and English', () => {
    const result = safeParseCommuneFacts({ setId: 'X', values: { a: Number.NaN } });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues[0]?.path).toEqual(['values', 'a']);
      expect(result.issues[0]?.message.vi.length).toBeGreaterThan(0);
      expect(result.issues[0]?.message.en.length).toBeGreaterThan(0);
    }
  });
});

describe('province-criteria', () => {
  it('accepts an empty configuration and a full one', () => {
    expect(parseProvinceCriteriaConfig({})).toEqual({});
    const config = parseProvinceCriteriaConfig({
      province: 'Điện Biên',
      baseSetId: 'XA_2021_2025',
      decision: { number: '1/QĐ-UBND', type: 'QĐ', issuer: 'UBND', signed: '2022-06-29' },
      illustrative: true,
      thresholds: [{ indicator: '10', key: 'TDMNPB', year: 2022, value: 30 }],
      addIndicators: [
        { code: '17.DB1', criterion: '17', type: 'boolean', text: { vi: 'Thêm', en: 'Added' } },
      ],
      levels: {
        illustrative: true,
        criterion: [
          { id: 'dat-chuan', name: { vi: 'Đạt chuẩn', en: 'Met' }, maxIndicatorsNotMet: 0 },
        ],
        criterionFallback: { id: 'chua-dat', name: { vi: 'Chưa đạt', en: 'Not met' } },
        commune: [
          {
            id: 'dat',
            name: { vi: 'Đạt', en: 'Met' },
            requires: [{ level: 'dat-chuan', min: 19 }],
          },
        ],
        communeFallback: { id: 'chua-dat', name: { vi: 'Chưa đạt', en: 'Not met' } },
      },
    });
    expect(config.decision?.signed).toBe('2022-06-29');
  });

  it.each([
    ['NFD province name', { province: 'Điện Biên'.normalize('NFD') }, 'text/not-nfc'],
    [
      'huge threshold',
      { thresholds: [{ indicator: '10', value: Number.POSITIVE_INFINITY }] },
      'number/not-finite',
    ],
    ['negative threshold', { thresholds: [{ indicator: '10', value: -1 }] }, 'input/too-small'],
    [
      '__proto__ indicator',
      { thresholds: [{ indicator: '__proto__', value: 1 }] },
      'key/forbidden',
    ],
    [
      'impossible date',
      { decision: { number: '1', type: 'QĐ', issuer: 'UBND', signed: '2022-02-30' } },
      'date/invalid',
    ],
    ['typo field', { threshold: [] }, 'input/unknown-field'],
  ])('rejects %s', (_name, input, code) => {
    expect(codes(safeParseProvinceCriteriaConfig(input))).toContain(code);
  });
});
