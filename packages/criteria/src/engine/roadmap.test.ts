import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, FILLED, failingCriteria, WITH_LEVELS } from '../../test/evaluations.js';
import { XA_2016_2020 } from '../data/sets/xa-2016-2020.js';
import { roadmap } from './roadmap.js';

// QĐ 1980, TDMNPB: 15.1 ≥ 85 %, income in 2020 ≥ 36 million, criterion 7 a yes/no judgement.
const SHORT_OF_THREE = { '15.1': 80, '10': 30, '7': false };

describe('roadmap', () => {
  it('golden: one year of data, three criteria short, two years left → planned, fewest gaps first', () => {
    const e2020 = evaluate(FILLED, { id: 'quai-cang' }, 2020, SHORT_OF_THREE);
    const [plan] = roadmap({ 2020: [e2020] }, [{ commune: 'quai-cang', year: 2022 }]);
    expect(plan).toMatchObject({
      commune: { id: 'quai-cang' },
      latestYear: 2020,
      status: 'planned',
      needed: 3,
      observedPace: null,
      requiredPace: 1.5,
      history: [{ year: 2020, criteriaMet: 16 }],
      illustrative: true,
    });
    expect(
      plan?.remaining.map((r) => [r.criterion, r.status, r.gaps.map((g) => g.difference)]),
    ).toEqual([
      ['7', 'not-met', [undefined]],
      ['10', 'not-met', [6]],
      ['15', 'not-met', [5]],
    ]);
    // ceil(3 / 2) = 2 a year; equal gap counts are taken in criterion order.
    expect(plan?.plan).toEqual([
      { year: 2021, criteria: ['7', '10'] },
      { year: 2022, criteria: ['15'] },
    ]);
  });

  it('puts the criteria with fewer unmet indicators first', () => {
    // Criterion 15 short of two indicators (15.1 < 85 %, 15.3 > 26.7 %), criterion 19 of one.
    const e = evaluate(FILLED, { id: 'a' }, 2020, { '15.1': 80, '15.3': 30, '19.1': false });
    const [plan] = roadmap({ 2020: [e] }, [{ commune: 'a', year: 2022 }]);
    expect(plan?.plan.map((step) => step.criteria)).toEqual([['19'], ['15']]);
  });

  it('golden: two years of data compare the observed pace with the pace needed', () => {
    const e2020 = evaluate(FILLED, { id: 'a' }, 2020, SHORT_OF_THREE); // 16 met
    const fiveShort = evaluate(
      FILLED,
      { id: 'a' },
      2019,
      failingCriteria(['1', '2', '7', '10', '15']),
    ); // 14
    const fourShort = evaluate(FILLED, { id: 'a' }, 2019, failingCriteria(['1', '7', '10', '15'])); // 15
    const target = [{ commune: 'a', year: 2022 }];
    // Gained 2 a year; 3 still needed in 2 years = 1.5 a year.
    expect(roadmap({ 2019: [fiveShort], 2020: [e2020] }, target)[0]).toMatchObject({
      status: 'on-track',
      observedPace: 2,
      requiredPace: 1.5,
      history: [
        { year: 2019, criteriaMet: 14 },
        { year: 2020, criteriaMet: 16 },
      ],
    });
    expect(roadmap({ 2019: [fourShort], 2020: [e2020] }, target)[0]).toMatchObject({
      status: 'at-risk',
      observedPace: 1,
      requiredPace: 1.5,
    });
  });

  it('achieved when the national outcome is met; missed when the target year has come without it', () => {
    const met = evaluate(FILLED, { id: 'a' }, 2020);
    expect(roadmap({ 2020: [met] }, [{ commune: 'a', year: 2022 }])[0]).toMatchObject({
      status: 'achieved',
      remaining: [],
      needed: 0,
      plan: [],
    });
    const short = evaluate(FILLED, { id: 'a' }, 2020, SHORT_OF_THREE);
    expect(roadmap({ 2020: [short] }, [{ commune: 'a', year: 2020 }])[0]).toMatchObject({
      status: 'missed',
      needed: 3,
      plan: [],
      requiredPace: null,
    });
  });

  it('a provincial target is reached at the province level even with national criteria left', () => {
    // One indicator short in three criteria: 16 "đạt chuẩn" and 3 "cơ bản đạt" → "cơ bản đạt chuẩn" (illustrative levels).
    const e = evaluate(WITH_LEVELS, { id: 'a' }, 2020, failingCriteria(['1', '7', '15']));
    const [basic] = roadmap({ 2020: [e] }, [
      { commune: 'a', year: 2022, provincialLevel: 'co-ban-dat-chuan' },
    ]);
    expect(basic).toMatchObject({
      status: 'achieved',
      needed: 0,
      plan: [],
      history: [{ level: 'co-ban-dat-chuan' }],
    });
    expect(basic?.remaining).toHaveLength(3);
    const [full] = roadmap({ 2020: [e] }, [
      { commune: 'a', year: 2022, provincialLevel: 'dat-chuan' },
    ]);
    expect(full).toMatchObject({ status: 'planned', needed: 3 });
  });

  it('says "cannot-evaluate" when the latest outcome cannot be decided', () => {
    // On the national QĐ 1980 set several TDMNPB thresholds are missing: every known indicator met, no gap.
    const e = evaluate(XA_2016_2020, { id: 'a' }, 2020);
    expect(e.outcome).toBe('cannot-evaluate');
    expect(e.gaps).toEqual([]);
    const [plan] = roadmap({ 2020: [e] }, [{ commune: 'a', year: 2022 }]);
    expect(plan?.status).toBe('cannot-evaluate');
    // Unknown is not "not met" (issue 17): nothing is listed as still to reach, nothing planned; the criteria that
    // cannot be evaluated are "chưa đủ dữ liệu", each with the thresholds it lacks.
    expect(plan).toMatchObject({ remaining: [], needed: 0 });
    expect(plan?.plan.flatMap((step) => step.criteria)).toEqual([]);
    const unknown = e.criteria.filter((c) => c.status === 'cannot-evaluate').map((c) => c.code);
    expect(plan?.undetermined.map((u) => u.criterion)).toEqual(unknown);
    for (const item of plan?.undetermined ?? []) {
      expect(item.missingThresholds.length + item.missingValues.length).toBeGreaterThan(0);
      expect(item.label.vi).toMatch(/^chưa đủ dữ liệu: thiếu (ngưỡng|số liệu) /u);
      expect(item.label.en).toMatch(/^not enough data: /u);
    }
    expect(plan?.undetermined.flatMap((u) => u.missingThresholds)).toEqual(e.missingThresholds);
  });

  it('property: the plan schedules each remaining criterion once, evenly, from the year after the data to the target', () => {
    const codes = XA_2016_2020.criteria.map((c) => c.code);
    fc.assert(
      fc.property(
        fc.subarray(codes),
        fc.integer({ min: 2016, max: 2020 }),
        fc.integer({ min: 2014, max: 2030 }),
        (short, year, targetYear) => {
          const e = evaluate(FILLED, { id: 'a' }, year, failingCriteria(short));
          const [plan] = roadmap({ [year]: [e] }, [{ commune: 'a', year: targetYear }]);
          if (plan === undefined) throw new Error('one target, one plan');
          expect(plan.remaining.map((r) => r.criterion).sort()).toEqual([...short].sort());
          expect(plan.needed).toBe(short.length);
          const yearsLeft = targetYear - year;
          if (short.length === 0 || yearsLeft <= 0) {
            expect(plan.plan).toEqual([]);
            expect(plan.status).toBe(short.length === 0 ? 'achieved' : 'missed');
            return;
          }
          expect(plan.status).toBe('planned');
          expect(plan.plan.map((step) => step.year)).toEqual(
            Array.from({ length: yearsLeft }, (_, i) => year + 1 + i),
          );
          const scheduled = plan.plan.flatMap((step) => step.criteria);
          expect([...scheduled].sort()).toEqual([...short].sort());
          const perYear = Math.ceil(short.length / yearsLeft);
          for (const step of plan.plan) expect(step.criteria.length).toBeLessThanOrEqual(perYear);
          expect(plan.requiredPace).toBeCloseTo(short.length / yearsLeft);
        },
      ),
      { numRuns: 60 },
    );
  });

  describe('refuses input it cannot plan from', () => {
    const e2020 = evaluate(FILLED, { id: 'a' }, 2020);
    it('an evaluation listed under another year', () => {
      expect(() => roadmap({ 2021: [e2020] }, [])).toThrowDomainError('criteria/year-mismatch', [
        'evaluationsByYear',
        '2021',
        0,
      ]);
    });
    it('two evaluations of a commune for one year', () => {
      expect(() => roadmap({ 2020: [e2020, e2020] }, [])).toThrowDomainError(
        'criteria/duplicate-evaluation',
        ['evaluationsByYear', '2020', 1],
      );
    });
    it('a target with no evaluation', () => {
      expect(() => roadmap({ 2020: [e2020] }, [{ commune: 'b', year: 2022 }])).toThrowDomainError(
        'criteria/no-evaluation',
        ['targets', 0, 'commune'],
      );
    });
    it('an evaluation that does not say which commune it is about', () => {
      const { commune: _commune, ...anonymous } = e2020;
      expect(() => roadmap({ 2020: [anonymous] }, [])).toThrowDomainError('input/missing', [
        'evaluationsByYear',
        '2020',
        0,
        'commune',
      ]);
    });
    it('a provincial target without provincial levels, or with a level the province does not define', () => {
      expect(() =>
        roadmap({ 2020: [e2020] }, [{ commune: 'a', year: 2022, provincialLevel: 'dat-chuan' }]),
      ).toThrowDomainError('criteria/no-provincial-levels', ['targets', 0, 'provincialLevel']);
      const levelled = evaluate(WITH_LEVELS, { id: 'a' }, 2020);
      expect(() =>
        roadmap({ 2020: [levelled] }, [{ commune: 'a', year: 2022, provincialLevel: 'xuat-sac' }]),
      ).toThrowDomainError('criteria/unknown-level', ['targets', 0, 'provincialLevel']);
    });
    // Found by fuzzing: the target object was returned as given, an own `__proto__` key and any other field with it.
    it('a target with a field it does not know or a prototype key; the plan shows only its own fields', () => {
      const polluted = JSON.parse('{"commune":"a","year":2022,"__proto__":{"polluted":1}}');
      expect(() => roadmap({ 2020: [e2020] }, [polluted])).toThrowDomainError('key/forbidden', [
        'targets',
        0,
        '__proto__',
      ]);
      expect(() =>
        roadmap({ 2020: [e2020] }, [{ commune: 'a', year: 2022, note: Number.NaN } as never]),
      ).toThrowDomainError('input/unknown-field', ['targets', 0, 'note']);
      const given = { commune: 'a', year: 2022 };
      const [plan] = roadmap({ 2020: [e2020] }, [given]);
      expect(plan?.target).toEqual(given);
      expect(plan?.target).not.toBe(given);
    });
    it('a target year that is not a whole year, and an evaluation edited out of shape', () => {
      expect(() => roadmap({ 2020: [e2020] }, [{ commune: 'a', year: 2022.5 }])).toThrowDomainError(
        'input/not-integer',
        ['targets', 0, 'year'],
      );
      expect(() =>
        roadmap({ 2020: [{ ...e2020, outcome: 'passed' as never }] }, []),
      ).toThrowDomainError('input/not-allowed', ['evaluationsByYear', '2020', 0, 'outcome']);
    });
  });
});
