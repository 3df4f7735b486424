// What supplementCriteriaSet writes, field by field: the indicators it defines, their cells, the supplement record,
// the notes, and the parameters of each error. QĐ 51/2025/QĐ-TTg (2026–2030) ships its 10 criteria without
// indicators; its cells are keyed by commune group 1–3 and it is in force with no end date.
import type { NationalSupplement } from '@ntm/domain';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { fortySeven, on2026, QD51, QD318, yearlyIncome, yesNo } from '../../test/supplements.js';
import { XA_2021_2025 } from '../data/sets/xa-2021-2025.js';
import { XA_2026_2030 } from '../data/sets/xa-2026-2030.js';
import { localizeCriteriaSet } from './localize-criteria-set.js';
import { supplementCriteriaSet } from './supplement-criteria-set.js';

const LABEL = {
  vi: 'theo Phụ lục I QĐ 51/2025/QĐ-TTg — do người dùng nhập',
  en: 'per Phụ lục I QĐ 51/2025/QĐ-TTg — entered by the user',
};
const MARK = { source: { document: 'QĐ 51/2025/QĐ-TTg', annex: 'Phụ lục I' }, illustrative: false };
const SUPPLIED = {
  status: 'supplied',
  sources: ['Phụ lục I QĐ 51/2025/QĐ-TTg'],
  note: LABEL,
  supplied: MARK,
};

const supplemented = (rest: Partial<NationalSupplement>) =>
  supplementCriteriaSet(XA_2026_2030, on2026(rest));
const indicatorIn = (set: ReturnType<typeof supplemented>, code: string) =>
  set.criteria.flatMap((c) => c.indicators).find((i) => i.code === code);

describe('supplementCriteriaSet: the indicators it defines', () => {
  it('writes a yes/no indicator with the "Đạt" requirement supplied in every group', () => {
    const set = supplemented({
      indicators: [{ code: '1.1', criterion: '1', type: 'boolean', text: { vi: 'Có quy hoạch' } }],
    });
    expect(indicatorIn(set, '1.1')).toEqual({
      code: '1.1',
      criterion: '1',
      text: { vi: 'Có quy hoạch', en: 'Có quy hoạch' },
      textStatus: 'supplied',
      type: 'boolean',
      perYear: false,
      optional: false,
      thresholds: { 1: SUPPLIED, 2: SUPPLIED, 3: SUPPLIED },
      note: LABEL,
      supplied: MARK,
    });
    expect(set.criteria.map((c) => c.indicatorsStatus)).toEqual([
      'supplied',
      ...XA_2026_2030.criteria.slice(1).map((c) => c.indicatorsStatus),
    ]);
    expect(set.detail).toBe(XA_2026_2030.detail);
  });

  it('writes a percentage as missing in every group until a threshold fills one, with its unit and direction', () => {
    const set = supplemented({
      indicators: [
        {
          code: '2.1',
          criterion: '2',
          type: 'percent',
          direction: '<=',
          optional: true,
          text: { vi: 'Tỷ lệ', en: 'Rate' },
          thresholds: [{ key: '2', value: 30 }],
        },
      ],
    });
    expect(indicatorIn(set, '2.1')).toMatchObject({
      text: { vi: 'Tỷ lệ', en: 'Rate' },
      type: 'percent',
      unit: '%',
      direction: '<=',
      optional: true,
      thresholds: {
        1: { status: 'missing' },
        2: { ...SUPPLIED, value: 30 },
        3: { status: 'missing' },
      },
    });
    expect(set.supplement?.cellsSupplied).toBe(1);
    const number = supplemented({
      indicators: [
        {
          code: '2.1',
          criterion: '2',
          type: 'number',
          direction: '>=',
          unit: 'km',
          text: { vi: 'Đường' },
        },
      ],
    });
    expect(indicatorIn(number, '2.1')).toMatchObject({ unit: 'km', direction: '>=' });
    expect(indicatorIn(supplemented({ indicators: [yesNo('1.1')] }), '1.1')).not.toHaveProperty(
      'unit',
    );
    expect(indicatorIn(supplemented({ indicators: [yesNo('1.1')] }), '1.1')).not.toHaveProperty(
      'direction',
    );
  });

  it('gives a yearly indicator one cell per group and year, from 2026 to the last year its thresholds name', () => {
    const set = supplemented({
      indicators: [
        yearlyIncome([
          { key: '1', year: 2028, value: 80 },
          { key: '2', year: 2026, value: 70 },
        ]),
      ],
    });
    const cells = indicatorIn(set, '10.1')?.thresholds ?? {};
    expect(Object.keys(cells).sort()).toEqual(
      [2026, 2027, 2028].flatMap((y) => ['1', '2', '3'].map((k) => `${y}:${k}`)).sort(),
    );
    expect(cells['2028:1']?.value).toBe(80);
    expect(cells['2026:2']?.value).toBe(70);
    expect(cells['2027:1']).toEqual({ status: 'missing' });
    const noYear = supplemented({ indicators: [yearlyIncome()] });
    expect(Object.keys(indicatorIn(noYear, '10.1')?.thresholds ?? {})).toEqual([
      '2026:1',
      '2026:2',
      '2026:3',
    ]);
  });

  it('gives a yearly indicator of a set with an end date every year of the set', () => {
    const set = supplementCriteriaSet(XA_2021_2025, {
      baseSetId: 'XA_2021_2025',
      source: QD318,
      indicators: [
        {
          code: '19.9',
          criterion: '19',
          type: 'percent',
          direction: '>=',
          perYear: true,
          text: { vi: 'x' },
        },
      ],
    });
    const keys = Object.keys(
      set.criteria.flatMap((c) => c.indicators).find((i) => i.code === '19.9')?.thresholds ?? {},
    );
    expect(keys).toHaveLength(5 * 7);
    expect(keys[0]).toBe('2022:TDMNPB');
    expect(keys.at(-1)).toBe('2026:DBSCL');
  });

  const refused: readonly [string, Partial<NationalSupplement>, unknown[]][] = [
    [
      'an unknown criterion',
      { indicators: [yesNo('11.1', '11')] },
      [
        {
          code: 'criteria/unknown-criterion',
          path: ['supplement', 'indicators', 0, 'criterion'],
          params: { criterion: '11', set: 'XA_2026_2030' },
        },
      ],
    ],
    [
      'a code outside its criterion',
      { indicators: [yesNo('2.1', '1')] },
      [
        {
          code: 'criteria/indicator-outside-criterion',
          path: ['supplement', 'indicators', 0, 'code'],
          params: { indicator: '2.1', criterion: '1' },
        },
      ],
    ],
    [
      'a code that starts like its criterion',
      { indicators: [yesNo('10', '1')] },
      [{ code: 'criteria/indicator-outside-criterion' }],
    ],
    [
      'a code defined twice',
      { indicators: [yesNo('1.1'), yesNo('1.1')] },
      [
        {
          code: 'criteria/duplicate-indicator',
          path: ['supplement', 'indicators', 1, 'code'],
          params: { indicator: '1.1', set: 'XA_2026_2030' },
        },
      ],
    ],
    [
      'a percentage without direction',
      { indicators: [{ code: '1.1', criterion: '1', type: 'percent', text: { vi: 'x' } }] },
      [
        {
          code: 'criteria/missing-direction',
          path: ['supplement', 'indicators', 0, 'direction'],
          params: { indicator: '1.1' },
        },
      ],
    ],
    [
      'a percentage in another unit',
      {
        indicators: [
          {
            code: '1.1',
            criterion: '1',
            type: 'percent',
            direction: '>=',
            unit: 'ha',
            text: { vi: 'x' },
          },
        ],
      },
      [
        {
          code: 'criteria/wrong-unit',
          path: ['supplement', 'indicators', 0, 'unit'],
          params: { indicator: '1.1', expected: '%' },
        },
      ],
    ],
    [
      'a number without unit',
      {
        indicators: [
          { code: '1.1', criterion: '1', type: 'number', direction: '>=', text: { vi: 'x' } },
        ],
      },
      [
        {
          code: 'criteria/missing-unit',
          path: ['supplement', 'indicators', 0, 'unit'],
          params: { indicator: '1.1' },
        },
      ],
    ],
    [
      'a yes/no with a unit',
      { indicators: [{ ...yesNo('1.1'), unit: '%' }] },
      [
        {
          code: 'criteria/judgement-with-measure',
          path: ['supplement', 'indicators', 0, 'unit'],
          params: { indicator: '1.1', field: 'unit' },
        },
      ],
    ],
    [
      'a threshold of an unknown indicator',
      { thresholds: [{ indicator: '1.9', key: '1', value: 1 }] },
      [
        {
          code: 'criteria/unknown-indicator',
          path: ['supplement', 'thresholds', 0, 'indicator'],
          params: { indicator: '1.9', set: 'XA_2026_2030' },
        },
      ],
    ],
    [
      'more indicators than the decision has',
      { indicators: [...fortySeven(), yesNo('1.9')] },
      [
        {
          code: 'criteria/too-many-indicators',
          path: ['supplement', 'indicators'],
          params: { set: 'XA_2026_2030', expected: 47, count: 48 },
        },
      ],
    ],
  ];
  it.each(refused)('refuses %s', (_, rest, issues) => {
    expect(issuesOf(() => supplemented(rest))).toMatchObject(issues);
  });

  it('accepts a percentage written with its "%" unit, and a code equal to its criterion', () => {
    expect(() =>
      supplemented({
        indicators: [
          {
            code: '1.1',
            criterion: '1',
            type: 'percent',
            direction: '>=',
            unit: '%',
            text: { vi: 'x' },
          },
        ],
      }),
    ).not.toThrow();
    expect(indicatorIn(supplemented({ indicators: [yesNo('1', '1')] }), '1')?.criterion).toBe('1');
  });
});

describe('supplementCriteriaSet: the record and the notes', () => {
  it('records who typed it, when, the note, what it added and supplied', () => {
    const set = supplemented({
      transcribedBy: 'Văn phòng Điều phối',
      transcribedOn: '2026-03-02',
      note: { vi: 'Ghi chú' },
      indicators: [yesNo('2.1'), yesNo('1.1')],
    });
    expect(set.supplement).toEqual({
      source: QD51,
      transcribedBy: 'Văn phòng Điều phối',
      transcribedOn: '2026-03-02',
      note: { vi: 'Ghi chú', en: 'Ghi chú' },
      illustrative: false,
      indicatorsAdded: ['1.1', '2.1'],
      cellsSupplied: 0,
      replacements: [],
    });
    expect(set.notes).toEqual([
      ...XA_2026_2030.notes,
      {
        vi: `Bổ sung số liệu quốc gia ${LABEL.vi}.`,
        en: `National values supplemented ${LABEL.en}.`,
      },
      { vi: 'Ghi chú', en: 'Ghi chú' },
    ]);
  });

  it('leaves out what the file does not give, and marks an example supplement', () => {
    const set = supplemented({ illustrative: true, note: { vi: 'Ví dụ', en: 'Example' } });
    expect(set.supplement).toEqual({
      source: QD51,
      note: { vi: 'Ví dụ', en: 'Example' },
      illustrative: true,
      indicatorsAdded: [],
      cellsSupplied: 0,
      replacements: [],
    });
    expect(supplemented({}).notes).toHaveLength(XA_2026_2030.notes.length + 1);
  });

  it('makes the set full only when every criterion has indicators and the count matches', () => {
    expect(supplemented({ indicators: fortySeven() }).detail).toBe('full');
    expect(supplemented({ indicators: fortySeven().slice(1) }).detail).toBe(XA_2026_2030.detail);
    expect(
      supplemented({ indicators: fortySeven().filter((i) => i.criterion !== '10') }).detail,
    ).toBe(XA_2026_2030.detail);
    expect(XA_2026_2030.detail).not.toBe('full');
  });
});

describe('supplementCriteriaSet: refused sets', () => {
  it('names the supplement’s set and the set given', () => {
    expect(issuesOf(() => supplementCriteriaSet(XA_2021_2025, on2026({})))).toMatchObject([
      {
        code: 'criteria/set-mismatch',
        path: ['supplement', 'baseSetId'],
        params: {
          what: { vi: 'Tệp bổ sung', en: 'The supplement' },
          written: 'XA_2026_2030',
          set: 'XA_2021_2025',
        },
      },
    ]);
  });

  it('refuses a localised set, naming the province, else the decision, else "—"', () => {
    const after = (config: object) =>
      issuesOf(() => supplementCriteriaSet(localizeCriteriaSet(XA_2026_2030, config), on2026({})));
    expect(after({ province: 'Điện Biên' })).toMatchObject([
      {
        code: 'criteria/supplement-after-localisation',
        path: ['set'],
        params: { set: 'XA_2026_2030', province: 'Điện Biên' },
      },
    ]);
    expect(after({ decision: { number: '12/QĐ-UBND', type: 'QĐ', issuer: 'UBND' } })).toMatchObject(
      [{ params: { province: '12/QĐ-UBND' } }],
    );
    expect(after({})).toMatchObject([{ params: { province: '—' } }]);
  });

  it('refuses a set supplemented already, naming its source', () => {
    expect(issuesOf(() => supplementCriteriaSet(supplemented({}), on2026({})))).toMatchObject([
      {
        code: 'criteria/already-supplemented',
        path: ['set'],
        params: { set: 'XA_2026_2030', source: 'Phụ lục I QĐ 51/2025/QĐ-TTg' },
      },
    ]);
  });

  it('names a damaged set at "set"', () => {
    expect(() =>
      supplementCriteriaSet({ ...XA_2026_2030, thresholdKey: 'x' } as never, on2026({})),
    ).toThrowDomainError('criteria/invalid-set', ['set', 'thresholdKey']);
  });
});
