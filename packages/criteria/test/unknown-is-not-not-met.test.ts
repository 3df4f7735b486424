// Issue 17, as a new user found it: a commune whose every indicator with a threshold is met, on QĐ 318 whose TDMNPB
// column lacks most thresholds. Unknown must never be counted as "not met" — and the illustrative supplement settles it.
import { readFileSync } from 'node:fs';
import { parseNationalSupplement } from '@ntm/domain';
import { describe, expect, it } from 'vitest';
import { evaluateCommune, roadmap, summarize, supplementCriteriaSet } from '../src/index.js';
import { XA_2021_2025 } from '../src/sets.js';
import { meeting } from './evaluations.js';

// Every value meets whatever threshold there may be: true, none left, 100 % or 0 % (by direction), a large number.
const values = Object.fromEntries(
  XA_2021_2025.criteria.flatMap((c) => c.indicators).map((i) => [i.code, meeting(i)]),
);
const context = {
  year: 2022,
  region: 'TDMNPB',
  commune: { id: '03289', name: 'Xã Quài Cang', district: 'Tuần Giáo', targetYear: 2023 },
} as const;

describe('unknown is not "not met"', () => {
  const e = evaluateCommune(XA_2021_2025, { values }, context);

  it('the evaluation has no gap and cannot be decided', () => {
    expect(e.gaps).toEqual([]);
    expect(e.criteriaNotMet).toBe(0);
    expect(e.outcome).toBe('cannot-evaluate');
    expect(e.missingThresholds.length).toBeGreaterThan(20);
    expect(e.criteriaMet + e.criteriaCannotEvaluate).toBe(19);
  });

  it('summarize does not count it under "dưới 15 tiêu chí"', () => {
    const total = summarize([e]).total;
    expect(total).toMatchObject({
      below: 0,
      belowUndetermined: 1,
      cannotEvaluate: 1,
      criteriaNotMet: 0,
      criteriaCannotEvaluate: e.criteriaCannotEvaluate,
    });
    expect(total.label.vi).toContain('1 xã chưa đủ dữ liệu');
  });

  it('roadmap lists nothing as still to reach, and says what data each unknown criterion lacks', () => {
    const [plan] = roadmap({ 2022: [e] }, [{ commune: '03289', year: 2023 }]);
    expect(plan?.status).toBe('cannot-evaluate');
    expect(plan?.remaining).toEqual([]);
    expect(plan?.undetermined).toHaveLength(e.criteriaCannotEvaluate);
    const income = plan?.undetermined.find((u) => u.criterion === '10');
    expect(income?.label.vi).toBe('chưa đủ dữ liệu: thiếu ngưỡng 10 (2022:TDMNPB)');
  });

  it('with the illustrative TDMNPB supplement every criterion is decided, and the result says it is illustrative', () => {
    const file = new URL(
      '../../../examples/national-supplement/xa-2021-2025-tdmnpb.json',
      import.meta.url,
    );
    const set = supplementCriteriaSet(
      XA_2021_2025,
      parseNationalSupplement(JSON.parse(readFileSync(file, 'utf8'))),
    );
    const supplied = evaluateCommune(set, { values }, context);
    expect(supplied.missingThresholds).toEqual([]);
    expect(supplied.outcome).toBe('met');
    expect(supplied.illustrative).toBe(true);
    expect(supplied.supplement).toMatchObject({
      illustrative: true,
      source: { document: 'QĐ 318/QĐ-TTg' },
    });
    // Another region uses none of the supplied values: its result does not rest on them.
    const dbsh = evaluateCommune(set, { values }, { ...context, region: 'DBSH' });
    expect(dbsh.illustrative).toBe(false);
    expect(dbsh.outcome).toBe('cannot-evaluate');
  });
});
