// The parameters of each refusal of a supplied value, the boundaries of its checks, and the source of an entry
// (QĐ 318: 15.3 stunting ≤ 24 % in TDMNPB, one source S5; QĐ 1980: 15.1 ≥ 85 % in TDMNPB, verified, S10 and S13).
import type { NationalSupplement } from '@ntm/domain';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../../test/support/issues-of.js';
import { on2021, on2026, percent, QD318, QD1980, yearlyIncome } from '../../../test/supplements.js';
import { XA_2016_2020 } from '../../data/sets/xa-2016-2020.js';
import { XA_2021_2025 } from '../../data/sets/xa-2021-2025.js';
import { XA_2026_2030 } from '../../data/sets/xa-2026-2030.js';
import { supplementCriteriaSet } from '../supplement-criteria-set.js';

const on1980 = (thresholds: NonNullable<NationalSupplement['thresholds']>): NationalSupplement => ({
  baseSetId: 'XA_2016_2020',
  source: QD1980,
  thresholds,
});
const cellOf = (set: ReturnType<typeof supplementCriteriaSet>, code: string, key: string) =>
  set.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)?.thresholds[key];
const yearly = (thresholds: object[]) =>
  on2026({ indicators: [yearlyIncome(thresholds as never)] });
const refusal = (set: typeof XA_2021_2025, supplement: NationalSupplement) =>
  issuesOf(() => supplementCriteriaSet(set, supplement));
type Entry = NonNullable<NationalSupplement['thresholds']>;
/** The issues of a QĐ 318 supplement with these threshold entries. */
const refusal2021 = (...entries: Entry) => refusal(XA_2021_2025, on2021(entries));
/** The issue expected for threshold entry `index` (at its field `field`, if given). */
const entryIssue = (code: string, [index, field]: [number, string?], params: object) => ({
  code,
  path: ['supplement', 'thresholds', index, ...(field === undefined ? [] : [field])],
  params,
});

describe('supplyValue: refusals name what is wrong', () => {
  it('a threshold on a yes/no or absence indicator', () => {
    for (const indicator of ['1.1', '9.1'])
      expect(refusal2021({ indicator, key: 'TDMNPB', value: 1 })).toMatchObject([
        entryIssue('criteria/threshold-on-judgement', [0, 'value'], { indicator }),
      ]);
  });

  it('a percentage over 100, and accepts exactly 100', () => {
    const withValue = (value: number) => on2026({ indicators: [percent('3.1', value)] });
    expect(refusal(XA_2026_2030, withValue(100.5))).toMatchObject([
      {
        code: 'input/too-big',
        path: ['supplement', 'indicators', 0, 'thresholds', 0, 'value'],
        params: { limit: '≤ 100' },
      },
    ]);
    expect(cellOf(supplementCriteriaSet(XA_2026_2030, withValue(100)), '3.1', '1')?.value).toBe(
      100,
    );
  });

  it('an unknown key, listing the keys of the set', () => {
    expect(
      refusal(
        XA_2026_2030,
        on2026({ indicators: [{ ...percent('3.1'), thresholds: [{ key: '4', value: 1 }] }] }),
      ),
    ).toMatchObject([{ code: 'criteria/unknown-key', params: { key: '4', keys: '1, 2, 3' } }]);
  });

  it('a year on a fixed indicator, no year on a yearly one, and a year outside the set', () => {
    expect(
      refusal2021({ indicator: '15.3', key: 'TDMNPB', year: 2023, value: 20, replaces: 24 }),
    ).toMatchObject([
      entryIssue('criteria/year-not-applicable', [0, 'year'], { indicator: '15.3' }),
    ]);
    expect(refusal2021({ indicator: '10', key: 'TDMNPB', value: 40 })).toMatchObject([
      entryIssue('criteria/year-required', [0], { indicator: '10' }),
    ]);
    expect(refusal2021({ indicator: '10', key: 'TDMNPB', year: 2021, value: 40 })).toMatchObject([
      entryIssue('criteria/year-outside-set', [0, 'year'], {
        year: 2021,
        set: 'XA_2021_2025',
        first: 2022,
        last: '2026',
      }),
    ]);
    expect(refusal2021({ indicator: '10', key: 'TDMNPB', year: 2027, value: 40 })).toMatchObject([
      { code: 'criteria/year-outside-set', params: { year: 2027 } },
    ]);
    expect(refusal(XA_2026_2030, yearly([{ key: '1', year: 2025, value: 1 }]))).toMatchObject([
      {
        code: 'criteria/year-outside-set',
        params: { year: 2025, first: 2026, last: { vi: 'nay', en: 'now' } },
      },
    ]);
  });

  it('accepts the first and last year of a set', () => {
    const set = supplementCriteriaSet(
      XA_2021_2025,
      on2021([
        { indicator: '10', key: 'TDMNPB', year: 2022, value: 40 },
        { indicator: '10', key: 'TDMNPB', year: 2026, value: 50 },
      ]),
    );
    expect(cellOf(set, '10', '2022:TDMNPB')?.value).toBe(40);
    expect(set.supplement?.cellsSupplied).toBe(2);
  });

  it('the same cell twice, naming it', () => {
    expect(
      refusal2021(
        { indicator: '10', key: 'DBSH', year: 2023, value: 40 },
        { indicator: '10', key: 'DBSH', year: 2023, value: 41 },
      ),
    ).toMatchObject([
      entryIssue('criteria/duplicate-threshold', [1], { indicator: '10', cell: '2023:DBSH' }),
    ]);
  });

  it('a replacement of a value that is not there', () => {
    expect(
      refusal2021({ indicator: '10', key: 'DBSH', year: 2023, value: 40, replaces: 39 }),
    ).toMatchObject([
      entryIssue('criteria/nothing-to-replace', [0, 'replaces'], {
        indicator: '10',
        cell: '2023:DBSH',
        replaces: 39,
      }),
    ]);
  });

  it('a value against one source without "replaces", naming its status and sources', () => {
    expect(refusal2021({ indicator: '15.3', key: 'TDMNPB', value: 20 })).toMatchObject([
      entryIssue('criteria/replaces-required', [0, 'value'], {
        indicator: '15.3',
        cell: 'TDMNPB',
        current: 24,
        status: { vi: 'theo một nguồn', en: 'single source' },
        sources: 'S5',
        value: 20,
      }),
    ]);
    expect(
      refusal2021({ indicator: '15.3', key: 'TDMNPB', value: 20, replaces: 23 }),
    ).toMatchObject([
      entryIssue('criteria/replaces-mismatch', [0, 'replaces'], {
        indicator: '15.3',
        cell: 'TDMNPB',
        replaces: 23,
        current: 24,
      }),
    ]);
  });

  it('a verified value: the same value keeps it verified, "replaces" must still match', () => {
    const same = supplementCriteriaSet(
      XA_2016_2020,
      on1980([{ indicator: '15.1', key: 'TDMNPB', value: 85 }]),
    );
    expect(cellOf(same, '15.1', 'TDMNPB')).toEqual(cellOf(XA_2016_2020, '15.1', 'TDMNPB'));
    expect(same.supplement).toMatchObject({ cellsSupplied: 0, replacements: [] });
    expect(
      refusal(
        XA_2016_2020,
        on1980([{ indicator: '15.1', key: 'TDMNPB', value: 85, replaces: 80 }]),
      ),
    ).toMatchObject([
      { code: 'criteria/replaces-mismatch', params: { replaces: 80, current: 85 } },
    ]);
    expect(() =>
      supplementCriteriaSet(
        XA_2016_2020,
        on1980([{ indicator: '15.1', key: 'TDMNPB', value: 85, replaces: 85 }]),
      ),
    ).not.toThrow();
  });

  it('records the same value as one source as a replacement', () => {
    const set = supplementCriteriaSet(
      XA_2021_2025,
      on2021([{ indicator: '15.3', key: 'TDMNPB', value: 24 }]),
    );
    expect(set.supplement?.replacements).toEqual([
      {
        indicator: '15.3',
        cell: 'TDMNPB',
        previous: cellOf(XA_2021_2025, '15.3', 'TDMNPB'),
        value: 24,
      },
    ]);
    expect(cellOf(set, '15.3', 'TDMNPB')).toMatchObject({ status: 'supplied', value: 24 });
  });
});

describe('supplyValue: the source of an entry', () => {
  it('is the supplement’s, with the fields the entry gives replacing its own', () => {
    const set = supplementCriteriaSet(XA_2021_2025, {
      baseSetId: 'XA_2021_2025',
      source: { ...QD318, url: 'https://example.vn/318' },
      thresholds: [
        { indicator: '10', key: 'DBSH', year: 2023, value: 40, source: { page: 12 } },
        { indicator: '10', key: 'DNB', year: 2023, value: 50 },
      ],
    });
    expect(cellOf(set, '10', '2023:DBSH')?.supplied?.source).toEqual({
      ...QD318,
      page: 12,
      url: 'https://example.vn/318',
    });
    expect(cellOf(set, '10', '2023:DNB')?.supplied).toEqual({
      source: { ...QD318, url: 'https://example.vn/318' },
      illustrative: false,
    });
    expect(set.supplement?.source).toEqual({ ...QD318, url: 'https://example.vn/318' });
  });

  it('keeps only the fields a source has', () => {
    const set = supplementCriteriaSet(XA_2016_2020, on1980([]));
    expect(set.supplement?.source).toEqual({ document: 'QĐ 1980/QĐ-TTg' });
  });
});
