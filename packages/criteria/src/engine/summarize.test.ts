import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, FILLED, failingCriteria, WITH_LEVELS } from '../../test/evaluations.js';
import { XA_2016_2020 } from '../data/sets/xa-2016-2020.js';
import { XA_2026_2030 } from '../data/sets/xa-2026-2030.js';
import { evaluateCommune } from './evaluate-commune.js';
import type { NtmCommuneEvaluation } from './evaluation.js';
import { summarize } from './summarize.js';

const TUAN_GIAO = { district: 'Tuần Giáo', province: 'Điện Biên', targetYear: 2021 };
const MUONG_ANG = { district: 'Mường Ảng', province: 'Điện Biên', targetYear: 2022 };
const DIEN_BIEN_DONG = { district: 'Điện Biên Đông', province: 'Điện Biên', targetYear: 2022 };
const CODES = XA_2016_2020.criteria.map((c) => c.code);

// Built inside each test, not at load time: Stryker's per-test coverage credits a test only with the code it runs.
// QĐ 1980, TDMNPB, 2020 (FILLED: missing thresholds are illustrative placeholders, see test/evaluations.ts).
const MET = () => evaluate(FILLED, { id: 'quai-cang', ...TUAN_GIAO }, 2020);
const SHORT_OF_ONE = () => evaluate(FILLED, { id: 'quai-to', ...TUAN_GIAO }, 2020, { '15.1': 80 });
const SHORT_OF_FIVE = () =>
  evaluate(
    FILLED,
    { id: 'mun-chung', ...MUONG_ANG },
    2020,
    failingCriteria(['1', '2', '7', '10', '15']),
  );
const SHORT_OF_FOUR = () =>
  evaluate(
    FILLED,
    { id: 'na-son', ...DIEN_BIEN_DONG },
    2020,
    failingCriteria(['1', '2', '7', '10']),
  );

describe('summarize', () => {
  it('golden: "x/y xã đạt chuẩn" by district, and the communes under 15 criteria (NQ 25/2021/QH15)', () => {
    const summary = summarize([SHORT_OF_ONE(), SHORT_OF_FIVE(), MET(), SHORT_OF_FOUR()], {
      by: 'district',
    });
    expect(summary.by).toBe('district');
    expect(summary.belowCriteria).toBe(15);
    // Vietnamese order: "Điện Biên Đông" (Đ after D) before "Mường Ảng" and "Tuần Giáo".
    expect(
      summary.groups.map((g) => [g.key, g.communes, g.met, g.notMet, g.below, g.label.vi]),
    ).toEqual([
      ['Điện Biên Đông', 1, 0, 1, 0, 'Điện Biên Đông: 0/1 xã đạt chuẩn'],
      ['Mường Ảng', 1, 0, 1, 1, 'Mường Ảng: 0/1 xã đạt chuẩn'],
      ['Tuần Giáo', 2, 1, 1, 0, 'Tuần Giáo: 1/2 xã đạt chuẩn'],
    ]);
    expect(summary.total).toMatchObject({
      key: 'total',
      communes: 4,
      met: 1,
      notMet: 3,
      cannotEvaluate: 0,
      below: 1,
      belowUndetermined: 0,
      illustrative: 4,
      label: { vi: 'total: 1/4 xã đạt chuẩn', en: 'total: 1 of 4 communes meet the standard' },
    });
  });

  it('groups by province, target year and data year; a missing field is "(chưa rõ)"', () => {
    const anonymous = evaluate(FILLED, { id: 'x' }, 2019);
    const list = [MET(), SHORT_OF_FIVE(), anonymous];
    expect(summarize(list, { by: 'province' }).groups.map((g) => [g.key, g.communes])).toEqual([
      ['(chưa rõ)', 1],
      ['Điện Biên', 2],
    ]);
    expect(summarize(list, { by: 'targetYear' }).groups.map((g) => g.key)).toEqual([
      '(chưa rõ)',
      '2021',
      '2022',
    ]);
    expect(summarize(list, { by: 'year' }).groups.map((g) => [g.key, g.communes])).toEqual([
      ['2019', 1],
      ['2020', 2],
    ]);
    const all = summarize(list);
    expect(all.by).toBe('all');
    expect(all.groups.map((g) => g.key)).toEqual(['all']);
    expect(all.total.key).toBe('all');
  });

  it('the "under N criteria" line: 15 for 19-criterion sets, none for other sets unless asked', () => {
    expect(summarize([SHORT_OF_FOUR()], { belowCriteria: 16 }).total.below).toBe(1);
    expect(summarize([SHORT_OF_FOUR()]).total.below).toBe(0);
    const group3 = evaluateCommune(XA_2026_2030, { values: {} }, { year: 2026, communeGroup: 3 });
    const mixed = summarize([MET(), group3]);
    expect(mixed.belowCriteria).toBeNull();
    expect(mixed.total.below).toBe(0);
    // The bare 2026 set cannot evaluate any criterion: undetermined, never "below".
    expect(summarize([MET(), group3], { belowCriteria: 5 }).total).toMatchObject({
      below: 0,
      belowUndetermined: 1,
      cannotEvaluate: 1,
      criteriaCannotEvaluate: 10,
    });
  });

  it('counts communes that cannot be evaluated apart, and says when "under 15" is not decided', () => {
    // The national QĐ 1980 set lacks several TDMNPB thresholds: every known indicator met, outcome undecided.
    const unknown = evaluate(XA_2016_2020, { id: 'quai-nua', ...TUAN_GIAO }, 2020);
    expect(unknown.outcome).toBe('cannot-evaluate');
    expect(unknown.criteriaMet + unknown.criteriaCannotEvaluate).toBe(19);
    const total = summarize([unknown]).total;
    expect(total).toMatchObject({ communes: 1, met: 0, notMet: 0, cannotEvaluate: 1 });
    // It could reach 15 once its thresholds are known: undetermined, never "dưới 15 tiêu chí" (issue 17).
    expect(total.belowUndetermined).toBe(1);
    expect(total.below).toBe(0);
    expect(total).toMatchObject({
      criteriaMet: unknown.criteriaMet,
      criteriaNotMet: 0,
      criteriaCannotEvaluate: unknown.criteriaCannotEvaluate,
    });
    expect(total.label.vi).toBe('all: 0/1 xã đạt chuẩn, 1 xã chưa đủ dữ liệu');
  });

  it('counts the provincial levels', () => {
    const basic = evaluate(WITH_LEVELS, { id: 'a' }, 2020, failingCriteria(['1', '7', '15']));
    const met = evaluate(WITH_LEVELS, { id: 'b' }, 2020);
    const notMet = evaluate(WITH_LEVELS, { id: 'c' }, 2020, { '15.1': 80, '15.3': 30 });
    expect({ ...summarize([basic, met, notMet, met]).total.provincial }).toEqual({
      'co-ban-dat-chuan': 1,
      'dat-chuan': 2,
      'chua-dat': 1,
    });
  });

  it('property: groups partition the communes and their counts add up to the total', () => {
    const districts = [TUAN_GIAO, MUONG_ANG, DIEN_BIEN_DONG, {}];
    const evaluation = fc
      .tuple(
        fc.constantFrom(...districts),
        fc.subarray(CODES),
        fc.integer({ min: 2016, max: 2020 }),
      )
      .map(([where, short, year]) =>
        evaluate(FILLED, { id: 'x', ...where }, year, failingCriteria(short)),
      );
    fc.assert(
      fc.property(
        fc.array(evaluation, { maxLength: 8 }),
        fc.constantFrom('district', 'province', 'targetYear', 'year', undefined),
        fc.option(fc.integer({ min: 0, max: 19 }), { nil: undefined }),
        (list: NtmCommuneEvaluation[], by, belowCriteria) => {
          const summary = summarize(list, {
            ...(by === undefined ? {} : { by }),
            ...(belowCriteria === undefined ? {} : { belowCriteria }),
          });
          const { total, groups } = summary;
          const sum = (field: 'communes' | 'met' | 'notMet' | 'cannotEvaluate' | 'below') =>
            groups.reduce((acc, g) => acc + g[field], 0);
          expect(total.communes).toBe(list.length);
          for (const field of ['communes', 'met', 'notMet', 'cannotEvaluate', 'below'] as const)
            expect(sum(field)).toBe(total[field]);
          expect(total.met + total.notMet + total.cannotEvaluate).toBe(total.communes);
          expect(total.met).toBe(list.filter((e) => e.outcome === 'met').length);
          const limit = belowCriteria ?? 15;
          expect(total.below + total.belowUndetermined).toBe(
            list.filter((e) => e.criteriaMet < limit).length,
          );
          expect(total.belowUndetermined).toBe(0); // every criterion of FILLED can be decided
          expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses what it cannot count, naming where', () => {
    expect(() => summarize(MET() as never)).toThrowDomainError('input/wrong-type', ['evaluations']);
    expect(() => summarize([MET()], { by: 'commune' } as never)).toThrowDomainError(
      'input/not-allowed',
      ['options', 'by'],
    );
    expect(() => summarize([MET()], { belowCriteria: 14.5 })).toThrowDomainError(
      'input/not-integer',
      ['options', 'belowCriteria'],
    );
    expect(() => summarize([{ ...MET(), criteriaMet: -1 }])).toThrowDomainError('input/too-small', [
      'evaluations',
      0,
      'criteriaMet',
    ]);
    expect(() => summarize([{ ...MET(), illustrative: 'yes' as never }])).toThrowDomainError(
      'input/wrong-type',
      ['evaluations', 0, 'illustrative'],
    );
  });
});
