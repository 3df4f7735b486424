// listMissingThresholds row by row on a hand-made set and on the shipped sets.
import type { NtmCriteriaSet } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { handMade } from '../../test/hand-made-set.js';
import { XA_2016_2020 } from '../data/sets/xa-2016-2020.js';
import { XA_2026_2030 } from '../data/sets/xa-2026-2030.js';
import { listMissingThresholds } from './missing-thresholds.js';

describe('listMissingThresholds', () => {
  it('lists a criterion without indicators and each missing cell of the set’s own keys', () => {
    expect(listMissingThresholds(handMade())).toEqual([
      {
        setId: 'XA_TEST',
        criterion: '4',
        indicator: '4.1',
        cells: ['TDMNPB'],
        status: 'missing',
        annex: 'Phụ lục thử',
      },
      // A number whose cell has no value lacks its threshold, whatever the cell's status says.
      {
        setId: 'XA_TEST',
        criterion: '4',
        indicator: '4.2',
        cells: ['TDMNPB'],
        status: 'missing',
        annex: 'Phụ lục thử',
      },
      { setId: 'XA_TEST', criterion: '5', cells: [], status: 'indicators', annex: 'Phụ lục thử' },
    ]);
  });

  it('reads the key after the year, and ignores cells of other keys', () => {
    const set = handMade() as unknown as { criteria: { indicators: { thresholds: object }[] }[] };
    (set.criteria[0]?.indicators[0] as { thresholds: object }).thresholds = {
      '2024:DBSH': { status: 'missing' },
      chung: { status: 'missing' },
      '2024:chung': { status: 'missing' },
      TN: { status: 'verified' },
    };
    expect(listMissingThresholds(set as unknown as NtmCriteriaSet)[0]).toMatchObject({
      indicator: '1.1',
      cells: ['2024:DBSH'],
    });
  });

  it('counts the indicators a partly known set still lacks, and not those of a set with none', () => {
    const partial = { ...handMade(), indicatorCount: 10 } as NtmCriteriaSet;
    expect(listMissingThresholds(partial).at(-1)).toEqual({
      setId: 'XA_TEST',
      criterion: '*',
      cells: [],
      status: 'indicator-count',
      count: 3,
      annex: 'Phụ lục thử',
    });
    expect(
      listMissingThresholds({ ...handMade(), indicatorCount: 7 } as NtmCriteriaSet).map(
        (r) => r.status,
      ),
    ).toEqual(['missing', 'missing', 'indicators']);
    expect(listMissingThresholds(XA_2026_2030).map((r) => r.status)).toEqual(
      Array(10).fill('indicators'),
    );
    expect(listMissingThresholds(XA_2016_2020).some((r) => r.status === 'indicator-count')).toBe(
      false,
    );
  });
});
