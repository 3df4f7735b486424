// summarize on evaluations written out by hand (only the fields it reads): each count, the "under 15 criteria" mark
// of NQ 25/2021/QH15 at its boundary, the groups, the labels, and the errors of its arguments at their paths.
import { describe, expect, it } from 'vitest';
import { summarize } from './summarize.js';

const evaluation = (met: number, notMet: number, unknown: number, more: object = {}) => ({
  year: 2024,
  criteriaMet: met,
  criteriaTotal: met + notMet + unknown,
  criteriaNotMet: notMet,
  criteriaCannotEvaluate: unknown,
  outcome: notMet > 0 ? 'not-met' : unknown > 0 ? 'cannot-evaluate' : 'met',
  illustrative: false,
  criteria: [],
  missingThresholds: [],
  gaps: [],
  ...more,
});

describe('summarize: counts', () => {
  it('adds up communes, outcomes and criteria, and counts communes under 15 criteria only when certain', () => {
    const summary = summarize([
      evaluation(19, 0, 0),
      evaluation(14, 4, 1, { illustrative: true }),
      evaluation(14, 5, 0),
      evaluation(13, 0, 6),
    ] as never);
    expect(summary.belowCriteria).toBe(15);
    const { label, ...total } = summary.total;
    expect(total).toEqual({
      key: 'all',
      communes: 4,
      met: 1,
      notMet: 2,
      cannotEvaluate: 1,
      criteriaMet: 60,
      criteriaNotMet: 9,
      criteriaCannotEvaluate: 7,
      illustrative: 1,
      provincial: {},
      below: 1,
      belowUndetermined: 2,
    });
    expect(label).toEqual({
      vi: 'all: 1/4 xã đạt chuẩn, 1 xã chưa đủ dữ liệu',
      en: 'all: 1 of 4 communes meet the standard, 1 cannot be evaluated yet',
    });
  });

  it('drops the mark when a set does not have 19 criteria, unless it is given', () => {
    const short = [evaluation(3, 2, 0), evaluation(2, 2, 1)] as never;
    expect(summarize(short).belowCriteria).toBeNull();
    expect(summarize(short).total).toMatchObject({ below: 0, belowUndetermined: 0 });
    expect(summarize(short, { belowCriteria: 3 }).total).toMatchObject({
      below: 0,
      belowUndetermined: 1,
    });
    expect(summarize(short, { belowCriteria: 1000 }).belowCriteria).toBe(1000);
  });

  it('counts the provincial level of each commune that has one', () => {
    const level = (id: string) => ({
      provincial: { level: { id }, order: ['dat', 'co-ban', 'chua'] },
    });
    const summary = summarize([
      evaluation(19, 0, 0, level('dat')),
      evaluation(18, 1, 0, level('co-ban')),
      evaluation(18, 1, 0, level('co-ban')),
      evaluation(18, 1, 0),
    ] as never);
    expect(summary.total.provincial).toEqual({ dat: 1, 'co-ban': 2 });
  });

  it('groups a commune without the field under "(chưa rõ)"', () => {
    const summary = summarize(
      [
        evaluation(19, 0, 0, { commune: { id: 'a', name: 'A', district: 'Tuần Giáo' } }),
        evaluation(19, 0, 0),
      ] as never,
      { by: 'district' },
    );
    expect(summary.groups.map((g) => [g.key, g.communes])).toEqual([
      ['(chưa rõ)', 1],
      ['Tuần Giáo', 1],
    ]);
  });
});

describe('summarize: bad arguments at their paths', () => {
  it('names the options and the evaluation by its position', () => {
    expect(() => summarize([], 'district' as never)).toThrowDomainError('input/wrong-type', [
      'options',
    ]);
    expect(() => summarize([], { belowCriteria: 1001 })).toThrowDomainError('input/too-big', [
      'options',
      'belowCriteria',
    ]);
    expect(() => summarize([], { belowCriteria: -1 })).toThrowDomainError('input/too-small', [
      'options',
      'belowCriteria',
    ]);
    expect(() =>
      summarize([evaluation(19, 0, 0), evaluation(19, 0, 0), { year: 'x' }] as never),
    ).toThrowDomainError('input/wrong-type', ['evaluations', 2, 'year']);
  });
});
