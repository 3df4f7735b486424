// What localizeCriteriaSet writes, field by field: provenance, notes, the cells and indicators it adds, and the
// parameters of each error (QĐ 318/QĐ-TTg Phụ lục I: 15.3 stunting ≤ 24 % in TDMNPB, ≤ 16.5 % in DBSH).
import type { NtmIndicator } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { XA_2021_2025 } from '../data/sets/xa-2021-2025.js';
import { XA_2026_2030 } from '../data/sets/xa-2026-2030.js';
import { localizeCriteriaSet } from './localize-criteria-set.js';

const REGIONS = ['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'];
const ILLUSTRATIVE = {
  vi: 'Giá trị minh hoạ của cấu hình ví dụ, không phải quy định của tỉnh',
  en: 'Illustrative value of an example configuration, not the province’s rule',
};
const NOTE = { vi: 'Ghi chú của tỉnh', en: 'Provincial note' };
const DECISION = { number: '999/QĐ-UBND', type: 'QĐ', issuer: 'UBND tỉnh Điện Biên' };

const indicatorIn = (
  set: { criteria: readonly { indicators: readonly NtmIndicator[] }[] },
  code: string,
) => set.criteria.flatMap((c) => c.indicators).find((i) => i.code === code);
const cellOf = (set: Parameters<typeof indicatorIn>[0], code: string, key: string) =>
  indicatorIn(set, code)?.thresholds[key];

describe('localizeCriteriaSet: provenance and notes', () => {
  it('records the national set, the province, the decision and the example flag, and appends the note', () => {
    const local = localizeCriteriaSet(XA_2021_2025, {
      province: 'Điện Biên',
      decision: DECISION,
      illustrative: true,
      note: NOTE,
    });
    expect(local.provenance).toEqual({
      nationalSetId: 'XA_2021_2025',
      nationalBasis: '318/QĐ-TTg',
      province: 'Điện Biên',
      decision: DECISION,
      illustrative: true,
    });
    expect(local.notes).toEqual([...XA_2021_2025.notes, NOTE]);
    expect(Object.isFrozen(local.notes)).toBe(true);
  });

  it('leaves out what the configuration does not give, and keeps the national notes', () => {
    const local = localizeCriteriaSet(XA_2021_2025, {});
    expect(local.provenance).toEqual({
      nationalSetId: 'XA_2021_2025',
      nationalBasis: '318/QĐ-TTg',
      illustrative: false,
    });
    expect(local.notes).toEqual(XA_2021_2025.notes);
    expect(
      localizeCriteriaSet(XA_2021_2025, { illustrative: false }).provenance?.illustrative,
    ).toBe(false);
  });

  it('keeps naming the national set when a provincial set is localized again', () => {
    const once = localizeCriteriaSet(XA_2021_2025, { province: 'Điện Biên', note: NOTE });
    const twice = localizeCriteriaSet(once, { illustrative: true });
    expect(twice.provenance).toEqual({
      nationalSetId: 'XA_2021_2025',
      nationalBasis: '318/QĐ-TTg',
      illustrative: true,
    });
    expect(twice.notes).toEqual([...XA_2021_2025.notes, NOTE]);
  });

  it('names the national set in the error of a damaged one', () => {
    expect(() =>
      localizeCriteriaSet({ ...XA_2021_2025, thresholdKey: 'x' } as never, {}),
    ).toThrowDomainError('criteria/invalid-set', ['national', 'thresholdKey']);
  });
});

describe('localizeCriteriaSet: the cells it writes', () => {
  it('cites the decision, else the province, else "cấu hình tỉnh", and marks example values', () => {
    const entry = { thresholds: [{ indicator: '15.3', key: 'TDMNPB', value: 20 }] };
    expect(
      cellOf(
        localizeCriteriaSet(XA_2021_2025, { ...entry, decision: DECISION, province: 'Điện Biên' }),
        '15.3',
        'TDMNPB',
      ),
    ).toEqual({
      status: 'provincial',
      value: 20,
      sources: ['999/QĐ-UBND'],
    });
    expect(
      cellOf(
        localizeCriteriaSet(XA_2021_2025, { ...entry, province: 'Điện Biên' }),
        '15.3',
        'TDMNPB',
      )?.sources,
    ).toEqual(['cấu hình tỉnh Điện Biên']);
    expect(
      cellOf(localizeCriteriaSet(XA_2021_2025, { ...entry, illustrative: true }), '15.3', 'TDMNPB'),
    ).toEqual({
      status: 'provincial',
      value: 20,
      sources: ['cấu hình tỉnh'],
      note: ILLUSTRATIVE,
    });
  });

  it('uses the entry’s own source and note, and changes no other cell', () => {
    const local = localizeCriteriaSet(XA_2021_2025, {
      province: 'Điện Biên',
      thresholds: [
        { indicator: '15.3', key: 'DBSH', value: 16.5, source: 'CV 12/SYT', note: NOTE },
      ],
    });
    expect(cellOf(local, '15.3', 'DBSH')).toEqual({
      status: 'provincial',
      value: 16.5,
      sources: ['CV 12/SYT'],
      note: NOTE,
    });
    expect(cellOf(local, '15.3', 'TDMNPB')).toEqual(cellOf(XA_2021_2025, '15.3', 'TDMNPB'));
  });

  it('sets every region when no key is given, and every year of a yearly indicator when no year is given', () => {
    const local = localizeCriteriaSet(XA_2021_2025, {
      thresholds: [
        { indicator: '15.3', value: 10 },
        { indicator: '10', key: 'TN', value: 70 },
        { indicator: '10', key: 'DNB', year: 2023, value: 80 },
      ],
    });
    for (const region of REGIONS) expect(cellOf(local, '15.3', region)?.value).toBe(10);
    for (const year of [2022, 2023, 2024, 2025])
      expect(cellOf(local, '10', `${year}:TN`)?.value).toBe(70);
    expect(cellOf(local, '10', '2023:DNB')?.value).toBe(80);
    expect(cellOf(local, '10', '2022:DNB')).toEqual(cellOf(XA_2021_2025, '10', '2022:DNB'));
  });

  it('accepts a threshold equal to the national one, rejects one looser in either direction', () => {
    expect(
      cellOf(
        localizeCriteriaSet(XA_2021_2025, {
          thresholds: [{ indicator: '15.3', key: 'TDMNPB', value: 24 }],
        }),
        '15.3',
        'TDMNPB',
      )?.value,
    ).toBe(24);
    expect(
      issuesOf(() =>
        localizeCriteriaSet(XA_2021_2025, {
          thresholds: [{ indicator: '15.3', key: 'DBSH', value: 16.6 }],
        }),
      ),
    ).toMatchObject([
      {
        code: 'criteria/loosens-national',
        path: ['config', 'thresholds', 0, 'value'],
        params: {
          indicator: '15.3',
          cell: 'DBSH',
          provincial: 16.6,
          national: 16.5,
          direction: '<=',
        },
      },
    ]);
  });

  it('caps a percentage at 100 and lets a number go higher', () => {
    expect(() =>
      localizeCriteriaSet(XA_2021_2025, {
        thresholds: [{ indicator: '15.3', key: 'TDMNPB', value: 100.5 }],
      }),
    ).toThrowDomainError('input/too-big', ['config', 'thresholds', 0, 'value']);
    expect(() =>
      localizeCriteriaSet(XA_2021_2025, {
        thresholds: [{ indicator: '15.3', key: 'TDMNPB', value: 0 }],
      }),
    ).not.toThrow();
  });
});

describe('localizeCriteriaSet: added indicators', () => {
  const text = { vi: 'Chỉ tiêu của tỉnh', en: 'Provincial indicator' };

  it('writes a judgement indicator with a provincial cell for every key', () => {
    const local = localizeCriteriaSet(XA_2021_2025, {
      province: 'Điện Biên',
      addIndicators: [{ code: '19.9', criterion: '19', text, type: 'boolean' }],
    });
    const cells = Object.fromEntries(
      REGIONS.map((r) => [r, { status: 'provincial', sources: ['cấu hình tỉnh Điện Biên'] }]),
    );
    expect(indicatorIn(local, '19.9')).toEqual({
      code: '19.9',
      criterion: '19',
      text,
      textStatus: 'provincial',
      type: 'boolean',
      perYear: false,
      optional: false,
      provincial: true,
      thresholds: cells,
    });
    expect(local.criteria.find((c) => c.code === '19')?.indicators.at(-1)?.code).toBe('19.9');
  });

  it('writes a percentage without a value as missing everywhere, with its unit and direction', () => {
    const local = localizeCriteriaSet(XA_2026_2030, {
      addIndicators: [
        { code: '1.9', criterion: '1', text, type: 'percent', direction: '<=', optional: true },
      ],
    });
    expect(indicatorIn(local, '1.9')).toEqual({
      code: '1.9',
      criterion: '1',
      text,
      textStatus: 'provincial',
      type: 'percent',
      perYear: false,
      optional: true,
      provincial: true,
      unit: '%',
      direction: '<=',
      thresholds: { 1: { status: 'missing' }, 2: { status: 'missing' }, 3: { status: 'missing' } },
    });
  });

  it('writes a number with its value and unit, and a later threshold may loosen a provincial indicator', () => {
    const local = localizeCriteriaSet(XA_2026_2030, {
      illustrative: true,
      addIndicators: [
        {
          code: '1.9',
          criterion: '1',
          text,
          type: 'number',
          direction: '>=',
          value: 150,
          unit: 'ha',
        },
      ],
      thresholds: [{ indicator: '1.9', key: '2', value: 120 }],
    });
    const added = indicatorIn(local, '1.9');
    expect(added?.unit).toBe('ha');
    expect(added?.thresholds['1']).toEqual({
      status: 'provincial',
      value: 150,
      sources: ['cấu hình tỉnh'],
      note: ILLUSTRATIVE,
    });
    expect(added?.thresholds['2']?.value).toBe(120);
    const plain = localizeCriteriaSet(XA_2026_2030, {
      addIndicators: [
        { code: '1.9', criterion: '1', text, type: 'number', value: 1, direction: '>=' },
      ],
    });
    expect(indicatorIn(plain, '1.9')).not.toHaveProperty('unit');
  });

  it('leaves out the direction of a judgement indicator', () => {
    const local = localizeCriteriaSet(XA_2026_2030, {
      addIndicators: [{ code: '1.9', criterion: '1', text, type: 'absence' }],
    });
    expect(indicatorIn(local, '1.9')).not.toHaveProperty('direction');
    expect(indicatorIn(local, '1.9')).not.toHaveProperty('unit');
  });
});

describe('localizeCriteriaSet: every error names what is wrong', () => {
  const text = { vi: 'a', en: 'a' };
  const cases: readonly [string, Record<string, unknown>, unknown][] = [
    [
      'dropping a national indicator',
      { removeIndicators: ['15.3'] },
      {
        code: 'criteria/cannot-drop-national',
        path: ['config', 'removeIndicators', 0],
        params: { indicator: '15.3' },
      },
    ],
    [
      'adding an existing code',
      { addIndicators: [{ code: '15.3', criterion: '15', text, type: 'boolean' }] },
      {
        code: 'criteria/duplicate-indicator',
        path: ['config', 'addIndicators', 0, 'code'],
        params: { indicator: '15.3', set: 'XA_2021_2025' },
      },
    ],
    [
      'adding to an unknown criterion',
      { addIndicators: [{ code: '20.1', criterion: '20', text, type: 'boolean' }] },
      {
        code: 'criteria/unknown-criterion',
        path: ['config', 'addIndicators', 0, 'criterion'],
        params: { criterion: '20', set: 'XA_2021_2025' },
      },
    ],
    [
      'a number without direction',
      { addIndicators: [{ code: '19.9', criterion: '19', text, type: 'number' }] },
      {
        code: 'criteria/missing-direction',
        path: ['config', 'addIndicators', 0, 'direction'],
        params: { indicator: '19.9' },
      },
    ],
    [
      'a percentage without direction',
      { addIndicators: [{ code: '19.9', criterion: '19', text, type: 'percent' }] },
      {
        code: 'criteria/missing-direction',
        path: ['config', 'addIndicators', 0, 'direction'],
        params: { indicator: '19.9' },
      },
    ],
    [
      'an added value over 100 %',
      {
        addIndicators: [
          { code: '19.9', criterion: '19', text, type: 'percent', direction: '>=', value: 101 },
        ],
      },
      { code: 'input/too-big', path: ['config', 'addIndicators', 0, 'value'] },
    ],
    [
      'a threshold on a yes/no indicator',
      { thresholds: [{ indicator: '1.1', value: 1 }] },
      {
        code: 'criteria/threshold-on-judgement',
        path: ['config', 'thresholds', 0, 'value'],
        params: { indicator: '1.1' },
      },
    ],
    [
      'an unknown region',
      { thresholds: [{ indicator: '15.3', key: 'HN', value: 1 }] },
      {
        code: 'criteria/unknown-key',
        path: ['config', 'thresholds', 0, 'key'],
        params: { key: 'HN', keys: REGIONS.join(', ') },
      },
    ],
    [
      'a year on a fixed indicator',
      { thresholds: [{ indicator: '15.3', year: 2023, value: 1 }] },
      {
        code: 'criteria/year-not-applicable',
        path: ['config', 'thresholds', 0, 'year'],
        params: { indicator: '15.3' },
      },
    ],
    [
      'the same cell twice',
      {
        thresholds: [
          { indicator: '15.3', key: 'TN', value: 1 },
          { indicator: '15.3', value: 2 },
        ],
      },
      {
        code: 'criteria/duplicate-threshold',
        path: ['config', 'thresholds', 1],
        params: { indicator: '15.3', cell: 'TN' },
      },
    ],
  ];
  it.each(cases)('%s', (_, config, issue) => {
    expect(issuesOf(() => localizeCriteriaSet(XA_2021_2025, config as never))).toMatchObject([
      issue,
    ]);
  });

  it('names "—" as the defined levels when the province defines none', () => {
    const levels = {
      illustrative: true,
      note: text,
      criterion: [],
      criterionFallback: { id: 'chua-dat', name: text },
      commune: [{ id: 'dat', name: text, requires: [{ level: 'dat-chuan', min: 19 }] }],
      communeFallback: { id: 'chua-dat', name: text },
    };
    expect(issuesOf(() => localizeCriteriaSet(XA_2021_2025, { levels } as never))).toMatchObject([
      {
        code: 'criteria/unknown-level',
        path: ['config', 'levels', 'commune', 0, 'requires', 0, 'level'],
        params: { level: 'dat-chuan', defined: ['—'] },
      },
    ]);
  });
});
