// roadmap on evaluations of a small hand-made set (five criteria, see test/hand-made-set.ts): the pace, the status
// at its boundaries, the plan, what is still unknown, and the error of each bad argument at its path.
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { handMade } from '../../test/hand-made-set.js';
import { evaluateCommune } from './evaluate-commune.js';
import { roadmap } from './roadmap.js';

const COMMUNE = { id: 'quai-cang', name: 'Quài Cang' };
/** All five criteria decided; `met` of them met (1 → criterion 1 only, up to 5). */
const ALL_MET = { '1.1': true, '1.2': 0, '2.1': 10, '2.2': 40, '3.1': true, '4.1': true, '4.2': 1 };
const evaluation = (year: number, values: Record<string, unknown>, more: object = {}) =>
  evaluateCommune(
    handMade(),
    { values, ...more } as never,
    { year, region: 'TDMNPB', commune: COMMUNE } as never,
  );

describe('roadmap on a hand-made set', () => {
  it('copies the target field by field and lists what is unknown with its label', () => {
    const [plan] = roadmap({ 2024: [evaluation(2024, { '1.1': false })] }, [
      { commune: 'quai-cang', year: 2026 },
    ]);
    expect(plan?.target).toEqual({ commune: 'quai-cang', year: 2026 });
    expect(plan?.status).toBe('planned');
    expect(plan?.undetermined.find((u) => u.criterion === '4')).toEqual({
      criterion: '4',
      name: { vi: 'Bốn', en: 'Four' },
      // 4.2's cell has no value: its threshold is what is missing, not the commune's figure.
      missingThresholds: [
        { indicator: '4.1', cell: 'TDMNPB', annex: 'Phụ lục thử' },
        { indicator: '4.2', cell: 'TDMNPB', annex: 'Phụ lục thử' },
      ],
      missingValues: [],
      label: {
        vi: 'chưa đủ dữ liệu: thiếu ngưỡng 4.1 (TDMNPB), 4.2 (TDMNPB)',
        en: 'not enough data: threshold missing 4.1 (TDMNPB), 4.2 (TDMNPB)',
      },
    });
    // Given a threshold, 4.2 lacks only the commune's figure: both kinds of gap in one label.
    const valued = handMade() as unknown as {
      criteria: { indicators: { thresholds: { TDMNPB: { value?: number } } }[] }[];
    };
    (valued.criteria[3]?.indicators[1]?.thresholds.TDMNPB as { value?: number }).value = 36;
    const withValue = evaluateCommune(
      valued as never,
      { values: { '1.1': false } } as never,
      { year: 2024, region: 'TDMNPB', commune: COMMUNE } as never,
    );
    const [valuedPlan] = roadmap({ 2024: [withValue] }, [{ commune: 'quai-cang', year: 2026 }]);
    expect(valuedPlan?.undetermined.find((u) => u.criterion === '4')).toMatchObject({
      missingValues: ['4.2'],
      label: {
        vi: 'chưa đủ dữ liệu: thiếu ngưỡng 4.1 (TDMNPB); thiếu số liệu 4.2',
        en: 'not enough data: threshold missing 4.1 (TDMNPB); no value for 4.2',
      },
    });
    expect(plan?.undetermined.find((u) => u.criterion === '2')?.label).toEqual({
      vi: 'chưa đủ dữ liệu: thiếu số liệu 2.1, 2.2',
      en: 'not enough data: no value for 2.1, 2.2',
    });
    expect(plan?.undetermined.find((u) => u.criterion === '5')?.label).toEqual({
      vi: 'chưa đủ dữ liệu: thiếu ngưỡng 5 (TDMNPB)',
      en: 'not enough data: threshold missing 5 (TDMNPB)',
    });
  });

  it('measures the pace in criteria a year and is on track exactly at the required pace', () => {
    // 2022: only criterion 3 met; 2024: criteria 2 and 3 met (4 and 5 stay unknown, 1 unmet).
    const early = evaluation(2022, { ...ALL_MET, '1.1': false, '2.1': 30, '4.1': true });
    const late = evaluation(2024, { ...ALL_MET, '1.1': false });
    expect([early.criteriaMet, late.criteriaMet]).toEqual([1, 2]);
    const [plan] = roadmap({ 2022: [early], 2024: [late] }, [{ commune: 'quai-cang', year: 2025 }]);
    expect(plan).toMatchObject({
      observedPace: 0.5,
      requiredPace: 1,
      needed: 1,
      status: 'at-risk',
    });
    const [later] = roadmap({ 2022: [early], 2024: [late] }, [
      { commune: 'quai-cang', year: 2026 },
    ]);
    expect(later).toMatchObject({ observedPace: 0.5, requiredPace: 0.5, status: 'on-track' });
    expect(plan?.history.map((h) => [h.year, h.criteriaMet])).toEqual([
      [2022, early.criteriaMet],
      [2024, late.criteriaMet],
    ]);
  });

  it('is achieved with an empty plan when every criterion is met, whatever the years left', () => {
    const met = evaluateCommune(
      { ...handMade(), criteria: handMade().criteria.slice(0, 3) },
      { values: { '1.1': true, '1.2': 0, '2.1': 10, '2.2': 40, '3.1': true } },
      { year: 2024, region: 'TDMNPB', commune: COMMUNE },
    );
    expect(met.outcome).toBe('met');
    const [plan] = roadmap({ 2024: [met] }, [{ commune: 'quai-cang', year: 2025 }]);
    expect(plan).toMatchObject({ status: 'achieved', plan: [], needed: 0, requiredPace: 0 });
  });

  it('plans the unmet criteria year by year, those with fewer gaps first, then by number', () => {
    const set = { ...handMade(), criteria: handMade().criteria.slice(0, 3) };
    const e = evaluateCommune(
      set,
      { values: { '1.1': false, '1.2': 1, '2.1': 30, '2.2': 40, '3.1': false } },
      { year: 2023, region: 'TDMNPB', commune: COMMUNE },
    );
    const [plan] = roadmap({ 2023: [e] }, [{ commune: 'quai-cang', year: 2025 }]);
    expect(plan?.remaining.map((r) => [r.criterion, r.gaps.length])).toEqual([
      ['1', 2],
      ['2', 1],
      ['3', 1],
    ]);
    expect(plan?.plan).toEqual([
      { year: 2024, criteria: ['2', '3'] },
      { year: 2025, criteria: ['1'] },
    ]);
    expect(plan).toMatchObject({
      status: 'planned',
      needed: 3,
      requiredPace: 1.5,
      observedPace: null,
    });
  });

  it('is illustrative when any evaluation of the history is', () => {
    const [plan] = roadmap(
      { 2022: [evaluation(2022, {}, { illustrative: true })], 2023: [evaluation(2023, {})] },
      [{ commune: 'quai-cang', year: 2025 }],
    );
    expect(plan?.illustrative).toBe(true);
  });
});

describe('roadmap: every bad argument at its path', () => {
  const one = { 2024: [evaluation(2024, {})] };
  const cases: readonly [string, () => unknown, string, readonly (string | number)[]][] = [
    [
      'evaluations not a record',
      () => roadmap('x' as never, []),
      'input/wrong-type',
      ['evaluationsByYear'],
    ],
    ['targets not a list', () => roadmap(one, {} as never), 'input/wrong-type', ['targets']],
    [
      'a target commune not text',
      () => roadmap(one, [{ commune: 1, year: 2025 }] as never),
      'input/wrong-type',
      ['targets', 0, 'commune'],
    ],
    [
      'a target year after 2100',
      () => roadmap(one, [{ commune: 'quai-cang', year: 2101 }]),
      'input/too-big',
      ['targets', 0, 'year'],
    ],
    [
      'a target year before 1900',
      () => roadmap(one, [{ commune: 'quai-cang', year: 1899 }]),
      'input/too-small',
      ['targets', 0, 'year'],
    ],
    [
      'a provincial level not text',
      () => roadmap(one, [{ commune: 'quai-cang', year: 2025, provincialLevel: 1 }] as never),
      'input/wrong-type',
      ['targets', 0, 'provincialLevel'],
    ],
    [
      'a year of evaluations not a list',
      () => roadmap({ 2024: 'x' } as never, []),
      'input/wrong-type',
      ['evaluationsByYear', '2024'],
    ],
    [
      'an evaluation of another year',
      () => roadmap({ 2023: [evaluation(2024, {})] }, []),
      'criteria/year-mismatch',
      ['evaluationsByYear', '2023', 0],
    ],
  ];
  it.each(cases)('%s', (_, run, code, path) => {
    expect(run).toThrowDomainError(code as never, path);
  });

  it('needs the commune of each evaluation', () => {
    const anonymous = evaluateCommune(handMade(), { values: {} }, { year: 2024, region: 'TDMNPB' });
    expect(issuesOf(() => roadmap({ 2024: [anonymous] }, []))).toMatchObject([
      {
        code: 'input/missing',
        path: ['evaluationsByYear', '2024', 0, 'commune'],
        params: { field: 'commune' },
      },
    ]);
  });
});
