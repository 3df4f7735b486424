import { addDays } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { getOcopVersion } from '../../scoring/get-version.js';
import { OCOP_LEVELS, OCOP_PROCESS_PERIODS } from './authority.js';
import { OCOP_TIME_LIMITS } from './limits.js';

describe('OCOP_PROCESS_PERIODS', () => {
  it('starts with QĐ 1048 on 21/08/2019 and covers every later day once (contiguous, no overlap)', () => {
    expect(OCOP_PROCESS_PERIODS[0]?.validity.validFrom).toBe('2019-08-21');
    for (let i = 1; i < OCOP_PROCESS_PERIODS.length; i++) {
      const prev = OCOP_PROCESS_PERIODS[i - 1];
      const cur = OCOP_PROCESS_PERIODS[i];
      expect(prev?.validity.validTo).toBeDefined();
      expect(addDays(prev?.validity.validTo as string, 1)).toBe(cur?.validity.validFrom);
    }
    expect(OCOP_PROCESS_PERIODS.at(-1)?.validity.validTo).toBeUndefined();
  });

  it('each period lies within the version of the rules it names', () => {
    for (const period of OCOP_PROCESS_PERIODS) {
      const v = getOcopVersion(period.versionId).validity;
      expect(period.validity.validFrom >= v.validFrom).toBe(true);
      if (v.validTo !== undefined)
        expect((period.validity.validTo ?? '9999') <= v.validTo).toBe(true);
    }
  });

  it('the district gap is exactly 01–05/07/2025, between the end of districts and QĐ 1489', () => {
    const gap = OCOP_PROCESS_PERIODS.find((p) => p.id === 'DISTRICTS_CEASED_2025');
    const district = OCOP_LEVELS.find((l) => l.level === 'district');
    expect(gap?.validity).toEqual({ validFrom: '2025-07-01', validTo: '2025-07-05' });
    expect(addDays(district?.validity.validTo as string, 1)).toBe('2025-07-01');
    expect(gap?.flag?.vi).toBeTruthy();
    expect(gap?.recognisers[3]).toBeNull();
  });

  it('every recogniser is a council stage of its period, and every stage has a legal basis', () => {
    for (const period of OCOP_PROCESS_PERIODS) {
      const councils = period.stages.filter((s) => s.role === 'council').map((s) => s.level);
      for (const stars of [3, 4, 5] as const) {
        const who = period.recognisers[stars];
        if (who !== null) expect(councils).toContain(who);
      }
      for (const stage of period.stages) expect(stage.basis.length).toBeGreaterThan(0);
      expect(period.basis.length).toBeGreaterThan(0);
    }
  });

  it('no period uses a level that did not exist during it', () => {
    for (const period of OCOP_PROCESS_PERIODS)
      for (const stage of period.stages) {
        const level = OCOP_LEVELS.find((l) => l.level === stage.level);
        const end = level?.validity.validTo;
        if (end !== undefined) expect((period.validity.validTo ?? '9999') <= end).toBe(true);
      }
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(OCOP_PROCESS_PERIODS)).toBe(true);
    expect(Object.isFrozen(OCOP_PROCESS_PERIODS[0]?.stages[0])).toBe(true);
    expect(Object.isFrozen(OCOP_TIME_LIMITS.provinceRounds.rounds[0])).toBe(true);
  });
});

describe('OCOP_TIME_LIMITS (QĐ 26/2026 Điều 4.3, 5, 7.2, 7.6, 12.3)', () => {
  it('holds the numbers fixed by law, each with its article', () => {
    const l = OCOP_TIME_LIMITS;
    expect([l.certificateValidity.amount, l.certificateValidity.unit]).toEqual([36, 'months']);
    expect([l.filingOpens.amount, l.filingCloses.amount]).toEqual([180, 120]);
    expect(l.reEvaluation.amount).toBe(45);
    expect([l.communeCheck.amount, l.communeCheck.unit]).toEqual([15, 'working-days']);
    expect(l.lateFilingExtension.amount).toBe(180);
    expect(l.lateFilingExtension.basis.article).toBe('Điều 12 khoản 3');
  });
});
