import { isInForce } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { listMissingThresholds } from '../../engine/missing-thresholds.js';
import { NTM_CRITERIA_SETS } from './all-sets.js';
import { NTM_SOURCES } from './sources.js';
import { XA_2016_2020 } from './xa-2016-2020.js';
import { XA_2021_2025 } from './xa-2021-2025.js';
import { XA_2026_2030 } from './xa-2026-2030.js';

const cell = (set: typeof XA_2021_2025, code: string, key: string) =>
  set.criteria.flatMap((c) => c.indicators).find((i) => i.code === code)?.thresholds[key];

describe('criteria sets data', () => {
  it('is deeply frozen', () => {
    for (const set of NTM_CRITERIA_SETS) {
      expect(Object.isFrozen(set)).toBe(true);
      expect(Object.isFrozen(set.criteria[0])).toBe(true);
      for (const indicator of set.criteria.flatMap((c) => c.indicators)) {
        expect(Object.isFrozen(indicator.thresholds)).toBe(true);
      }
    }
  });

  it('has the published structure (19 / 19 / 10 criteria; 57 and 49 indicator codes)', () => {
    const count = (set: typeof XA_2021_2025) =>
      set.criteria.reduce((n, c) => n + c.indicators.length, 0);
    expect(XA_2021_2025.criteria.map((c) => c.code)).toEqual(
      Array.from({ length: 19 }, (_, i) => String(i + 1)),
    );
    expect(count(XA_2021_2025)).toBe(57);
    expect(count(XA_2016_2020)).toBe(49);
    expect(XA_2026_2030.criteria).toHaveLength(10);
    expect(XA_2026_2030.indicatorCount).toBe(47);
    expect(XA_2026_2030.thresholdKey).toBe('communeGroup');
  });

  it('uses each indicator code once per set, under its criterion', () => {
    for (const set of NTM_CRITERIA_SETS) {
      const codes = set.criteria.flatMap((c) => c.indicators.map((i) => i.code));
      expect(new Set(codes).size).toBe(codes.length);
      for (const c of set.criteria) for (const i of c.indicators) expect(i.criterion).toBe(c.code);
    }
  });

  it('golden: QĐ 318 15.3 stunting maxima by region and 15.4 (sources S3, S4, S5)', () => {
    const stunting = { TDMNPB: 24, DBSH: 16.5, BTB: 25, DHNTB: 22, TN: 26.5, DNB: 14.5, DBSCL: 19 };
    for (const [key, value] of Object.entries(stunting)) {
      expect(cell(XA_2021_2025, '15.3', key)).toMatchObject({
        status: 'reported',
        value,
        sources: ['S5'],
      });
    }
    expect(cell(XA_2021_2025, '15.4', 'TDMNPB')).toMatchObject({ status: 'reported', value: 50 });
    expect(cell(XA_2021_2025, '15.4', 'DBSH')).toMatchObject({ status: 'reported', value: 70 });
    expect(cell(XA_2021_2025, '15.4', 'BTB')).toEqual({ status: 'missing' });
    expect(cell(XA_2021_2025, '3.1', 'chung')).toMatchObject({ status: 'verified', value: 80 });
    expect(cell(XA_2021_2025, '3.1', 'TDMNPB')).toEqual({ status: 'missing' });
  });

  it('golden: QĐ 1980 income 2020 and health insurance (sources S6–S18, S25)', () => {
    const income = {
      chung: 45,
      TDMNPB: 36,
      DBSH: 50,
      BTB: 36,
      DHNTB: 41,
      TN: 41,
      DNB: 59,
      DBSCL: 50,
    };
    for (const [key, value] of Object.entries(income)) {
      expect(cell(XA_2016_2020, '10', `2020:${key}`)?.value).toBe(value);
    }
    expect(cell(XA_2016_2020, '10', '2019:TDMNPB')).toEqual({ status: 'missing' });
    for (const key of ['chung', 'TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL']) {
      expect(cell(XA_2016_2020, '15.1', key)?.value).toBe(85);
    }
    expect(cell(XA_2016_2020, '14.3', 'DNB')?.value).toBe(45);
    expect(cell(XA_2016_2020, '17.1a', 'DHNTB')?.status).toBe('unverified');
    // The 6 % poverty value is national only: regional cells stay missing (source S18).
    expect(cell(XA_2016_2020, '11', 'chung')?.value).toBe(6);
    expect(cell(XA_2016_2020, '11', 'TDMNPB')).toEqual({ status: 'missing' });
  });

  it('never stores a value without a status and a source, and cites only known sources', () => {
    for (const set of NTM_CRITERIA_SETS) {
      for (const indicator of set.criteria.flatMap((c) => c.indicators)) {
        for (const c of Object.values(indicator.thresholds)) {
          if (c.value !== undefined) expect(c.sources?.length).toBeGreaterThan(0);
          if (c.status === 'missing') expect(c.value).toBeUndefined();
          for (const source of c.sources ?? [])
            expect(Object.hasOwn(NTM_SOURCES, source)).toBe(true);
        }
        if (indicator.type === 'percent' || indicator.type === 'number') {
          expect(indicator.direction).toBeDefined();
        }
      }
    }
  });

  it('chains the commune sets by date: QĐ 1980 until 07/03/2022, QĐ 318 from 08/03/2022, QĐ 51 from 15/02/2026', () => {
    const inForce = (date: string) =>
      NTM_CRITERIA_SETS.filter((s) => s.level === 'xa' && isInForce(s.validity, date)).map(
        (s) => s.id,
      );
    expect(inForce('2016-11-30')).toEqual([]);
    expect(inForce('2016-12-01')).toEqual(['XA_2016_2020']);
    expect(inForce('2022-03-07')).toEqual(['XA_2016_2020']);
    expect(inForce('2022-03-08')).toEqual(['XA_2021_2025']);
    expect(inForce('2026-02-14')).toEqual(['XA_2021_2025']);
    expect(inForce('2026-02-15')).toEqual(['XA_2026_2030']);
  });

  it('prints the thresholds still missing (they are data, never guesses)', () => {
    const rows = NTM_CRITERIA_SETS.flatMap(listMissingThresholds);
    const lines = rows.map(
      (r) =>
        `${r.setId} ${r.indicator ?? `criterion ${r.criterion}`}: ${r.status === 'indicators' ? 'indicators not obtained' : r.cells.join(', ')} → ${r.annex}`,
    );
    console.log(`Missing NTM values (${rows.length} rows):\n${lines.join('\n')}`);
    expect(rows.some((r) => r.setId === 'XA_2021_2025' && r.indicator === '10')).toBe(true);
    expect(
      rows.filter((r) => r.setId === 'XA_2026_2030' && r.status === 'indicators'),
    ).toHaveLength(10);
  });
});
