// The column of thresholds a commune is judged on: its region, or the TDMNPB column when a region override of
// QĐ 318/QĐ-TTg applies (Điều 1: ĐBKK or ATK commune of a poor district 2018–2020; from data year 2024, the amendment
// of 01/03: khu vực II/III communes too), or its commune group under QĐ 51/2025.
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { XA_2021_2025 } from '../data/sets/xa-2021-2025.js';
import { XA_2026_2030 } from '../data/sets/xa-2026-2030.js';
import { REASONS } from './reasons.js';
import { thresholdColumn } from './threshold-column.js';

const column = (year: number, flags?: object, region = 'DBSH') =>
  thresholdColumn(XA_2021_2025, { year, region, ...(flags ? { flags } : {}) } as never);

describe('thresholdColumn', () => {
  it('is the commune’s region when no override applies', () => {
    expect(column(2023)).toEqual({ kind: 'region', key: 'DBSH', reason: REASONS.regionOfCommune });
    expect(column(2023, {})).toEqual({
      kind: 'region',
      key: 'DBSH',
      reason: REASONS.regionOfCommune,
    });
  });

  it('applies an override only when every flag of one of its lists is true', () => {
    const dieu1 = column(2022, { dbkk: true, poorDistrict2018_2020: true });
    expect(dieu1).toMatchObject({ kind: 'region', key: 'TDMNPB', rule: 'qd318-dieu-1' });
    expect(dieu1.reason).toEqual(XA_2021_2025.regionOverrides[0]?.text);
    expect(column(2022, { dbkk: true }).key).toBe('DBSH');
    expect(column(2022, { dbkk: false, poorDistrict2018_2020: true }).key).toBe('DBSH');
  });

  it('applies the 2024 amendment from data year 2024 only', () => {
    expect(column(2023, { khuVucII: true }).key).toBe('DBSH');
    expect(column(2024, { khuVucII: true })).toMatchObject({
      key: 'TDMNPB',
      rule: 'sua-doi-01-03-2024',
    });
  });

  it('refuses a region that is not one of the seven, listing them', () => {
    for (const region of ['Hà Nội', 5, null])
      expect(issuesOf(() => column(2023, undefined, region as never))).toMatchObject([
        {
          code: 'criteria/missing-region',
          path: ['context', 'region'],
          params: { set: 'XA_2021_2025', regions: 'TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL' },
        },
      ]);
  });

  it('refuses a flag that is not true or false, at its path', () => {
    expect(() => column(2023, { dbkk: 'yes' })).toThrowDomainError('input/wrong-type', [
      'context',
      'flags',
      'dbkk',
    ]);
  });

  it('is the commune group of the 2026–2030 set', () => {
    expect(thresholdColumn(XA_2026_2030, { year: 2026, communeGroup: 2 } as never)).toEqual({
      kind: 'communeGroup',
      key: '2',
      reason: REASONS.groupOfCommune,
    });
    expect(() =>
      thresholdColumn(XA_2026_2030, { year: 2026, communeGroup: 4 } as never),
    ).toThrowDomainError('criteria/missing-commune-group', ['context', 'communeGroup']);
  });
});
