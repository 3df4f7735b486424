import type { NationalSupplement } from '@ntm/domain';
import { describe, expect, it } from 'vitest';
import { NTM_CRITERIA_SETS } from '../data/sets/all-sets.js';
import { XA_2021_2025 } from '../data/sets/xa-2021-2025.js';
import { resolveCriteriaSet } from './resolve-criteria-set.js';
import { supplementCriteriaSet } from './supplement-criteria-set.js';

const FOR_2021: NationalSupplement = {
  baseSetId: 'XA_2021_2025',
  source: { document: 'QĐ 318/QĐ-TTg', annex: 'Phụ lục I' },
  thresholds: [{ indicator: '11', key: 'TDMNPB', value: 10 }],
};
const FOR_2026: NationalSupplement = {
  baseSetId: 'XA_2026_2030',
  source: { document: 'QĐ 51/2025/QĐ-TTg', annex: 'Phụ lục I' },
  indicators: [
    { code: '1.1', criterion: '1', type: 'boolean', text: { vi: 'Chỉ tiêu minh hoạ 1.1' } },
  ],
};

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

  it('applies the supplement written for the set in force, and only that one', () => {
    const supplements = [FOR_2021, FOR_2026];
    const in2022 = resolveCriteriaSet({ level: 'xa', date: '2022-07-26' }, NTM_CRITERIA_SETS, {
      supplements,
    });
    expect(in2022).toEqual(supplementCriteriaSet(XA_2021_2025, FOR_2021));
    const in2026 = resolveCriteriaSet({ level: 'xa', date: '2026-03-02' }, NTM_CRITERIA_SETS, {
      supplements,
    });
    expect(in2026.supplement?.indicatorsAdded).toEqual(['1.1']);
    const in2020 = resolveCriteriaSet({ level: 'xa', date: '2020-05-15' }, NTM_CRITERIA_SETS, {
      supplements,
    });
    expect(in2020.supplement).toBeUndefined();
  });

  it('refuses a supplement for a set not in the list, two for one set, and places a supplement’s errors', () => {
    const xa2022 = { level: 'xa', date: '2022-07-26' } as const;
    expect(() =>
      resolveCriteriaSet(xa2022, [XA_2021_2025], { supplements: [FOR_2026] }),
    ).toThrowDomainError('criteria/supplement-without-set', [
      'options',
      'supplements',
      0,
      'baseSetId',
    ]);
    expect(() =>
      resolveCriteriaSet(xa2022, NTM_CRITERIA_SETS, { supplements: [FOR_2021, FOR_2021] }),
    ).toThrowDomainError('criteria/already-supplemented', ['options', 'supplements', 1]);
    const wrong = { ...FOR_2021, thresholds: [{ indicator: '11', key: 'TDMNPB', value: 101 }] };
    expect(() =>
      resolveCriteriaSet(xa2022, NTM_CRITERIA_SETS, { supplements: [FOR_2026, wrong] }),
    ).toThrowDomainError('input/too-big', ['options', 'supplements', 1, 'thresholds', 0, 'value']);
    expect(() =>
      resolveCriteriaSet(xa2022, NTM_CRITERIA_SETS, { supplements: FOR_2021 as never }),
    ).toThrowDomainError('input/wrong-type', ['options', 'supplements']);
  });
});
