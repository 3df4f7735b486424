// Every field of an evaluation, on a small hand-made set with one indicator of each kind: the counts, the gaps, the
// missing thresholds, the reasons, and the errors of a damaged frozen set. The legal boundaries are in
// evaluate-commune.test.ts; here the values are chosen to sit exactly on each threshold and next to it.
import type { NtmCriteriaSet } from '@ntm/domain/core';
import { isDomainError } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { WITH_LEVELS } from '../../test/evaluations.js';
import { handMade } from '../../test/hand-made-set.js';
import { XA_2021_2025 } from '../data/sets/xa-2021-2025.js';
import { XA_2026_2030 } from '../data/sets/xa-2026-2030.js';
import { evaluateCommune } from './evaluate-commune.js';
import { REASONS } from './reasons.js';

const CONTEXT = { year: 2025, region: 'TDMNPB' } as const;
const run = (values: Record<string, unknown>, more: object = {}) =>
  evaluateCommune(handMade(), { values, ...more } as never, CONTEXT);
const byCode = (e: ReturnType<typeof run>) =>
  Object.fromEntries(e.criteria.flatMap((c) => c.indicators).map((i) => [i.code, i]));

describe('evaluateCommune on a hand-made set', () => {
  it('counts each criterion and the commune, with a not-applicable and an empty criterion', () => {
    const e = run(
      { '1.1': true, '1.2': 0, '2.1': 24, '2.2': 35, '4.1': true, '4.2': 50 },
      { notApplicable: ['3.1'] },
    );
    expect(e.criteria.map((c) => [c.code, c.status, c.met, c.notMet, c.cannotEvaluate])).toEqual([
      ['1', 'met', 2, 0, 0],
      ['2', 'not-met', 1, 1, 0],
      ['3', 'not-applicable', 0, 0, 0],
      ['4', 'cannot-evaluate', 0, 0, 2],
      ['5', 'cannot-evaluate', 0, 0, 1],
    ]);
    expect([e.criteriaMet, e.criteriaNotMet, e.criteriaCannotEvaluate, e.criteriaTotal]).toEqual([
      1, 1, 2, 5,
    ]);
    expect(e.outcome).toBe('not-met');
    expect(e.label).toEqual({ vi: 'đạt 1/5 tiêu chí', en: '1 of 5 criteria met' });
    expect(e.illustrative).toBe(false);
    expect(e.missingThresholds).toEqual([
      { indicator: '4.1', cell: 'TDMNPB', annex: 'Phụ lục thử' },
      { indicator: '4.2', cell: 'TDMNPB', annex: 'Phụ lục thử' },
      { indicator: '5', cell: 'TDMNPB', annex: 'Phụ lục thử' },
    ]);
    expect(e.gaps).toEqual([
      {
        criterion: '2',
        indicator: '2.2',
        value: 35,
        needed: 36,
        direction: '>=',
        difference: 1,
        unit: 'triệu đồng',
      },
    ]);
  });

  it('traces each indicator: status, value, cell, threshold, gap and reason', () => {
    const set = handMade();
    const e = evaluateCommune(
      set,
      {
        values: { '1.1': false, '1.2': 2, '2.1': 24.5, '2.2': 36, '4.2': 1 },
        notApplicable: ['3.1'],
      },
      CONTEXT,
    );
    const thresholdOf = (c: number, i: number) => set.criteria[c]?.indicators[i]?.thresholds.TDMNPB;
    expect(byCode(e)).toEqual({
      '1.1': {
        code: '1.1',
        status: 'not-met',
        value: false,
        cell: 'TDMNPB',
        threshold: thresholdOf(0, 0),
        direction: undefined,
        gap: undefined,
        reason: REASONS.judgedNotMet,
      },
      '1.2': {
        code: '1.2',
        status: 'not-met',
        value: 2,
        cell: 'TDMNPB',
        threshold: thresholdOf(0, 1),
        direction: undefined,
        gap: undefined,
        reason: REASONS.present,
      },
      '2.1': {
        code: '2.1',
        status: 'not-met',
        value: 24.5,
        cell: 'TDMNPB',
        threshold: thresholdOf(1, 0),
        direction: '<=',
        gap: 0.5,
        reason: REASONS.notMet,
      },
      '2.2': {
        code: '2.2',
        status: 'met',
        value: 36,
        cell: 'TDMNPB',
        threshold: thresholdOf(1, 1),
        direction: '>=',
        gap: undefined,
        reason: REASONS.met,
      },
      '3.1': {
        code: '3.1',
        status: 'not-applicable',
        value: undefined,
        cell: '',
        threshold: undefined,
        direction: undefined,
        gap: undefined,
        reason: REASONS.notApplicable,
      },
      '4.1': {
        code: '4.1',
        status: 'cannot-evaluate',
        value: undefined,
        cell: 'TDMNPB',
        threshold: undefined,
        direction: undefined,
        gap: undefined,
        reason: REASONS.noThreshold,
      },
      '4.2': {
        code: '4.2',
        status: 'cannot-evaluate',
        value: 1,
        cell: 'TDMNPB',
        threshold: undefined,
        direction: '>=',
        gap: undefined,
        reason: REASONS.noThreshold,
      },
    });
    expect(e.gaps).toEqual([
      {
        criterion: '1',
        indicator: '1.1',
        value: false,
        needed: true,
        direction: undefined,
        difference: undefined,
        unit: undefined,
      },
      {
        criterion: '1',
        indicator: '1.2',
        value: 2,
        needed: 0,
        direction: undefined,
        difference: undefined,
        unit: undefined,
      },
      {
        criterion: '2',
        indicator: '2.1',
        value: 24.5,
        needed: 24,
        direction: '<=',
        difference: 0.5,
        unit: '%',
      },
    ]);
  });

  it('judges "none left" from false or 0, and "some remain" from true or a count', () => {
    const status = (value: unknown) => byCode(run({ '1.2': value }))['1.2'];
    expect(status(false)).toMatchObject({ status: 'met', reason: REASONS.absent });
    expect(status(0)).toMatchObject({ status: 'met', reason: REASONS.absent });
    expect(status(true)).toMatchObject({ status: 'not-met', reason: REASONS.present });
    expect(run({ '1.2': true }).gaps).toEqual([
      {
        criterion: '1',
        indicator: '1.2',
        value: true,
        needed: false,
        direction: undefined,
        difference: undefined,
        unit: undefined,
      },
    ]);
    expect(byCode(run({ '1.1': true }))['1.1']).toMatchObject({
      status: 'met',
      reason: REASONS.judgedMet,
    });
    expect(byCode(run({}))['1.1']).toMatchObject({
      status: 'cannot-evaluate',
      reason: REASONS.noFact,
      threshold: { status: 'verified' },
    });
  });

  it('without facts, lists only the thresholds that are missing, and the outcome cannot be evaluated', () => {
    const e = run({});
    // 4.2 is a number whose cell has no value: a missing threshold, whether or not the commune's value is given.
    expect(e.missingThresholds.map((m) => m.indicator)).toEqual(['4.1', '4.2', '5']);
    expect(run({ '4.2': 50 }).missingThresholds).toEqual(e.missingThresholds);
    expect(e.criteria[3]?.indicators[1]).toMatchObject({
      status: 'cannot-evaluate',
      value: undefined,
    });
    expect(e.criteria[3]?.indicators[1]?.threshold).toBeUndefined();
    expect(e.gaps).toEqual([]);
    expect(e.outcome).toBe('cannot-evaluate');
    expect(e.criteria.map((c) => c.status)).toEqual([
      'cannot-evaluate',
      'cannot-evaluate',
      'cannot-evaluate',
      'cannot-evaluate',
      'cannot-evaluate',
    ]);
  });

  it('refuses a not-applicable code that is not text, unknown, or not optional, at its position', () => {
    expect(() => run({}, { notApplicable: ['3.1', 7] })).toThrowDomainError('input/wrong-type', [
      'facts',
      'notApplicable',
      1,
    ]);
    expect(issuesOf(() => run({}, { notApplicable: ['9.9'] }))).toMatchObject([
      {
        code: 'criteria/unknown-indicator',
        path: ['facts', 'notApplicable', 0],
        params: { set: 'XA_TEST', indicator: '9.9' },
      },
    ]);
    expect(issuesOf(() => run({}, { notApplicable: ['3.1', '1.1'] }))).toMatchObject([
      {
        code: 'criteria/not-optional',
        path: ['facts', 'notApplicable', 1],
        params: { indicator: '1.1' },
      },
    ]);
  });

  it('names the set of the facts, accepts facts for the national set of a provincial one', () => {
    expect(issuesOf(() => run({}, { setId: 'XA_2016_2020' }))).toMatchObject([
      {
        code: 'criteria/set-mismatch',
        path: ['facts', 'setId'],
        params: { set: 'XA_TEST' },
      },
    ]);
    expect(() => run({}, { setId: 'XA_TEST' })).not.toThrow();
    const provincial = {
      ...handMade(),
      id: 'XA_TEST_DB',
      provenance: { nationalSetId: 'XA_TEST', nationalBasis: '1/QĐ-TEST', illustrative: false },
    };
    expect(evaluateCommune(provincial, { setId: 'XA_TEST', values: {} }, CONTEXT).setId).toBe(
      'XA_TEST',
    );
    expect(evaluateCommune(provincial, { setId: 'XA_TEST_DB', values: {} }, CONTEXT).setId).toBe(
      'XA_TEST',
    );
  });

  it('checks the context and the commune at their paths', () => {
    expect(() => evaluateCommune(handMade(), { values: {} }, 'TDMNPB' as never)).toThrowDomainError(
      'input/wrong-type',
      ['context'],
    );
    expect(() => run({}, { commune: { id: 'x' } })).toThrowDomainError('input/missing', [
      'commune',
      'name',
    ]);
    expect(run({}, { commune: { id: 'x', name: 'Xã X' } }).commune).toEqual({
      id: 'x',
      name: 'Xã X',
    });
    expect(run({}, { illustrative: true }).illustrative).toBe(true);
  });

  it('evaluates the first and last year of the set, and names both ends when outside', () => {
    for (const year of [2022, 2025])
      expect(() => evaluateCommune(handMade(), { values: {} }, { ...CONTEXT, year })).not.toThrow();
    expect(
      issuesOf(() => evaluateCommune(handMade(), { values: {} }, { ...CONTEXT, year: 2026 })),
    ).toMatchObject([
      {
        code: 'criteria/year-outside-set',
        path: ['context', 'year'],
        params: { year: 2026, set: 'XA_TEST', first: 2022, last: 2025 },
      },
    ]);
    expect(
      issuesOf(() => evaluateCommune(handMade(), { values: {} }, { ...CONTEXT, year: 2021 })),
    ).toMatchObject([
      { code: 'criteria/year-outside-set', params: { year: 2021, first: 2022, last: 2025 } },
    ]);
    expect(
      issuesOf(() =>
        evaluateCommune(XA_2026_2030, { values: {} }, { year: 2025, communeGroup: 1 } as never),
      ),
    ).toMatchObject([
      {
        code: 'criteria/year-outside-set',
        params: { year: 2025, set: 'XA_2026_2030', first: 2026, last: { vi: 'nay', en: 'now' } },
      },
    ]);
    expect(() =>
      evaluateCommune(XA_2026_2030, { values: {} }, { year: 2090, communeGroup: 1 } as never),
    ).not.toThrow();
  });
});

describe('evaluateCommune on a damaged frozen set', () => {
  // A frozen set is read as it is (only its top level is checked): the damage shows while it is read.
  const frozenWith = (thresholds: object) => {
    const set = handMade() as unknown as { criteria: { indicators: { thresholds: object }[] }[] };
    (set.criteria[1]?.indicators[0] as { thresholds: object }).thresholds = thresholds;
    return Object.freeze(set) as unknown as NtmCriteriaSet;
  };

  it('refuses a threshold below zero, NaN or infinite, naming the indicator', () => {
    for (const value of [-1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(
        issuesOf(() =>
          evaluateCommune(
            frozenWith({ TDMNPB: { status: 'verified', value } }),
            { values: { '2.1': 10 } },
            CONTEXT,
          ),
        ),
      ).toMatchObject([
        { code: 'criteria/invalid-set', path: ['set'], params: { part: '2.1: thresholds' } },
      ]);
    expect(() =>
      evaluateCommune(
        frozenWith({ TDMNPB: { status: 'verified', value: 0 } }),
        { values: { '2.1': 0 } },
        CONTEXT,
      ),
    ).not.toThrow();
  });

  it('diagnoses a set that breaks the reading, keeping the original error as the cause', () => {
    const set = handMade() as unknown as { criteria: { indicators: unknown }[] };
    (set.criteria[0] as { indicators: unknown }).indicators = null;
    let thrown: unknown;
    try {
      evaluateCommune(Object.freeze(set) as unknown as NtmCriteriaSet, { values: {} }, CONTEXT);
    } catch (error) {
      thrown = error;
    }
    expect(isDomainError(thrown) && thrown.issues.map((i) => [i.code, i.path])).toEqual([
      ['criteria/invalid-set', ['set', 'criteria', 0]],
    ]);
    expect((thrown as { cause?: unknown }).cause).toBeInstanceOf(TypeError);
  });
});

describe('evaluateCommune: provincial levels', () => {
  it('shows the note of the levels when there is one', () => {
    const e = evaluateCommune(WITH_LEVELS, { values: {} }, { year: 2020, region: 'TDMNPB' });
    expect(e.provincial?.note).toEqual(WITH_LEVELS.levels?.note);
    expect(e.provincial?.order).toEqual(['dat-chuan', 'co-ban-dat-chuan', 'chua-dat']);
    expect(XA_2021_2025.levels).toBeUndefined();
  });
});
