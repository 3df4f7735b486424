import { describe, expect, it } from 'vitest';
import { NTM_CRITERIA_SETS } from '../data/sets/all-sets.js';
import { XA_2021_2025 } from '../data/sets/xa-2021-2025.js';
import { resolveCriteriaSet } from './resolve-criteria-set.js';

describe('resolveCriteriaSet', () => {
  it.each([
    ['xa', '2016-12-01', 'XA_2016_2020'],
    ['xa', '2020-05-15', 'XA_2016_2020'],
    ['xa', '2022-03-07', 'XA_2016_2020'],
    ['xa', '2022-03-08', 'XA_2021_2025'],
    ['xa', '2022-07-26', 'XA_2021_2025'],
    ['xa', '2026-02-15', 'XA_2026_2030'],
    ['xa-nang-cao', '2023-01-01', 'XA_NC_2021_2025'],
    ['huyen', '2020-05-01', 'HUYEN_2016_2020'],
    ['huyen', '2025-06-30', 'HUYEN_2021_2025'],
  ] as const)('%s on %s → %s', (level, date, id) => {
    expect(resolveCriteriaSet({ level, date }, NTM_CRITERIA_SETS).id).toBe(id);
  });

  it('refuses dates with no set in the data, unknown levels, bad dates and ambiguous lists', () => {
    const xa = (date: string) => ({ level: 'xa', date }) as const;
    expect(() => resolveCriteriaSet(xa('2016-11-30'), NTM_CRITERIA_SETS)).toThrowDomainError(
      'criteria/no-set-in-force',
      ['date'],
    );
    expect(() =>
      resolveCriteriaSet({ level: 'huyen', date: '2025-07-01' }, NTM_CRITERIA_SETS),
    ).toThrowDomainError('criteria/no-set-in-force', ['date']);
    expect(() =>
      resolveCriteriaSet({ level: 'tinh' as never, date: '2022-01-01' }, NTM_CRITERIA_SETS),
    ).toThrowDomainError('input/not-allowed', ['level']);
    expect(() => resolveCriteriaSet(null as never, NTM_CRITERIA_SETS)).toThrowDomainError(
      'input/wrong-type',
      ['query'],
    );
    expect(() => resolveCriteriaSet(xa('2022-02-30'), NTM_CRITERIA_SETS)).toThrowDomainError(
      'date/invalid',
      ['date'],
    );
    expect(() =>
      resolveCriteriaSet(xa('2023-01-01'), [XA_2021_2025, XA_2021_2025]),
    ).toThrowDomainError('criteria/ambiguous-set', ['sets']);
    expect(() => resolveCriteriaSet(xa('2023-01-01'), [{} as never])).toThrowDomainError(
      'criteria/unknown-set',
      ['sets', 0],
    );
    expect(() => resolveCriteriaSet(xa('2023-01-01'), XA_2021_2025 as never)).toThrowDomainError(
      'input/wrong-type',
      ['sets'],
    );
  });
});
