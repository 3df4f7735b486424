import type { OcopAnswer, OcopCriterion, OcopRubric } from '@ntm/domain';
import { type IssuePath, isDomainError, type NtmErrorCode } from '@ntm/domain/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { extremeAnswers, leaves } from '../../test/answers.js';
import { QD26_2026_B04 } from '../data/rubrics/generated/qd26-b04.js';
import { QD26_2026_B16 } from '../data/rubrics/generated/qd26-b16.js';
import { QD26_2026_B26 } from '../data/rubrics/generated/qd26-b26.js';
import { QD26_RUBRICS } from '../data/rubrics/generated/qd26-rubrics.js';
import { scoreAssessment } from './score-assessment.js';
import { starsForTotal } from './stars.js';

/*
 * Worst attainable parts per sheet, counted by a hand-checked script from the transcription of the sheets
 * (data-src/qd26-2026): the lowest
 * option of every criterion, 0 for yes/no criteria, the lowest option of either case.
 */
const WORST: Record<string, [number, number, number]> = {
  B01: [9, 1, 5],
  B02: [9, 1, 6],
  B03: [9, 1, 6],
  B04: [9, 1, 5],
  B05: [9, 1, 5],
  B06: [9, 1, 5],
  B07: [9, 1, 6],
  B08: [10, 1, 5],
  B09: [9, 1, 5],
  B10: [9, 1, 5],
  B11: [8, 1, 5],
  B12: [8, 1, 5],
  B13: [8, 1, 5],
  B14: [9, 1, 4],
  B15: [9, 1, 4],
  B16: [9, 1, 4],
  B17: [9, 1, 4],
  B18: [8, 1, 6],
  B19: [8, 1, 3],
  B20: [8, 1, 4],
  B21: [9, 1, 4],
  B22: [9, 1, 4],
  B23: [9, 1, 7],
  B24: [9, 1, 7],
  B25: [9, 1, 5],
  B26: [11, 8, 12],
};

const sheets = Object.entries(QD26_RUBRICS);

/** What a rated result says: its total, part scores and stars (and anything else asked, such as `certifiable`). */
const rated = (
  total: number,
  parts: { A: number; B: number; C: number },
  stars: number,
  more: object = {},
) => ({ total, parts, stars, status: 'rated', ...more });

describe('scoreAssessment: golden best and worst answers per sheet', () => {
  it.each(sheets)('%s: best answers score 40 + 25 + 35 = 100 → 5★, certifiable', (_, rubric) => {
    const r = scoreAssessment(rubric, { criteria: extremeAnswers(rubric, true) });
    expect(r).toMatchObject(rated(100, { A: 40, B: 25, C: 35 }, 5, { certifiable: true }));
    expect(r.decision.failedMinimums).toEqual([]);
    expect(r.rubric.id).toBe(rubric.id);
    expect(r.trace).toHaveLength(leaves(rubric).length);
  });

  it.each(sheets)(
    '%s: worst answers score the hand-counted minimum and are never certifiable',
    (code, rubric) => {
      const r = scoreAssessment(rubric, { criteria: extremeAnswers(rubric, false) });
      const [A, B, C] = WORST[code] ?? [0, 0, 0];
      expect(r.parts).toEqual({ A, B, C });
      expect(r.total).toBe(A + B + C);
      expect(r.certifiable).toBe(false);
      expect(r.stars === null || r.stars <= 2).toBe(true);
    },
  );
});

/*
 * A realistic product worked by hand from the B04 sheet text (Appendix A, QĐ26-B04): a cooperative's mint honey.
 * Option indexes are 0-based in sheet order.
 */
const honey: Record<string, OcopAnswer> = {
  // A — 1. Tổ chức sản xuất: 3 + 1 + 2 + 2 + 2 + 1 + 0 = 11
  '1.1': 2, // từ 75% đến 100% → 3
  '1.2': 1, // VietGAP → 1
  '1.3': 1, // máy móc → 2
  '1.4': 1, // quy mô trung bình → 2
  '1.5': 2, // hợp đồng trên 75% → 2 (4★ minimum)
  '1.6': 0, // hồ sơ môi trường → 1 (4★ minimum)
  '1.7': 0, // không → 0
  // 2. Phát triển sản phẩm: 3 + 2 + 2 + 0 = 7
  '2.1': 2, // đặc trưng của tỉnh, chỉ dẫn địa lý → 3
  '2.2': 2, // bao bì đẹp → 2 (3★ minimum)
  '2.3': 1, // nhãn + câu chuyện, no electronic traceability → 2 (4★ needs 3)
  '2.4': false, // no bilingual label → 0
  // 3. Sức mạnh cộng đồng: 3 + 1 + 3 + 2 + 2 = 11  → A = 29
  '3.1': 2, // HTX → 3
  '3.2': 1, // H'Mông woman as legal representative → 1
  '3.3': 2, // ≥ 75% local labour → 3
  '3.4': 1, // HTX xếp loại khá → 2
  '3.5': 1, // trademark + geographical indication → 2
  // B — 4. Tiếp thị: 3 + 1 + 3 = 7
  '4.1': 2, // ≥ 5 agents outside the commune → 3
  '4.2': 1, // one person in charge → 1
  '4.3': 3, // > 3 activities, website, out-of-province fairs → 3
  // 5. Câu chuyện: 3 + 1 + 3 = 7  → B = 14
  '5.1': 3, // story on leaflet and website → 3 (4★ needs 5)
  '5.2': 1, // ngắn gọn, xúc tích → 1
  '5.3': 2, // traditional, local culture → 3
  // C — 6. Cảm quan: 2 + 2 + 2 + 3 = 9
  '6.1': 2,
  '6.2': 2,
  '6.3': 2,
  '6.4': 3,
  '7': 2, // > 2 nutrition indicators → 3 (the transcript's "13" corrected)
  '8': 2, // độc đáo → 3
  '9': 1, // công bố + TCVN → 4
  '10': 0, // food-safety certificate only → 1 (4★ needs 3)
  '11': 1, // detailed instructions → 2
  '12': 0, // ASEAN → 1  → C = 9 + 3 + 3 + 4 + 1 + 2 + 1 = 23
};

describe('scoreAssessment: B04 honey worked by hand', () => {
  it('scores 29 + 14 + 23 = 66 → 3★, all 3★ minima met', () => {
    const r = scoreAssessment(QD26_2026_B04, {
      rubric: 'QD26_2026-B04',
      criteria: honey,
      disqualifiers: [],
    });
    expect(r).toMatchObject(rated(66, { A: 29, B: 14, C: 23 }, 3, { certifiable: true }));
    expect(r.display.vi).toBe('66,00');
    const t51 = r.trace.find((t) => t.criterion === '5.1');
    expect(t51).toMatchObject({ option: 3, points: 3, maxPoints: 5 });
    expect(t51?.markers).toEqual([{ stars: 4, minPoints: 5, points: 3, met: false }]);
    expect(t51?.reason).toEqual({
      vi: 'Phương án đã chọn → 3/5 điểm',
      en: 'Chosen option → 3/5 points',
    });
    expect(t51?.optionText).toMatch(
      /^Có câu chuyện sản phẩm được tư liệu hóa, thể hiện trên tờ rơi và website/,
    );
  });

  it('at 71 points (4★ band) with the 4★ minima 2.3, 5.1 and 10 unmet: cap → 3★, reject → not rated', () => {
    const better = { ...honey, '1.7': 1, '2.4': true, '4.2': 3, '12': 1 }; // +1 +1 +2 +1
    const capped = scoreAssessment(QD26_2026_B04, { criteria: better });
    expect(capped.total).toBe(71);
    expect(capped.decision.bandStars).toBe(4);
    expect(capped.decision.failedMinimums.map((f) => f.criterion)).toEqual(['2.3', '5.1', '10']);
    expect(capped).toMatchObject({ stars: 3, status: 'rated', certifiable: true });
    expect(capped.decision.reason.en).toContain("policy 'cap'");
    const rejected = scoreAssessment(
      QD26_2026_B04,
      { criteria: better },
      { markerPolicy: 'reject' },
    );
    expect(rejected).toMatchObject({
      total: 71,
      stars: null,
      status: 'below-threshold',
      certifiable: false,
    });
  });

  it('a failed 3★ minimum caps a 3★-band product at 2★ (not certifiable)', () => {
    const r = scoreAssessment(QD26_2026_B04, { criteria: { ...honey, '2.2': 1 } }); // 2.2 needs ≥ 2 for 3★
    expect(r).toMatchObject({ total: 65, stars: 2, status: 'below-threshold', certifiable: false });
  });

  it('a reported disqualifier gives no stars; unanswered criteria are then allowed', () => {
    const { '6.2': _a, '6.3': _b, ...stopped } = honey;
    const r = scoreAssessment(QD26_2026_B04, { criteria: stopped, disqualifiers: ['6.1'] });
    expect(r).toMatchObject({ status: 'disqualified', stars: null, certifiable: false });
    expect(r.disqualifiedBy).toEqual([
      expect.objectContaining({ id: '6.1', effect: 'not-evaluated', detected: 'reported' }),
    ]);
    expect(r.trace.find((t) => t.criterion === '6.2')).toMatchObject({ answer: null, points: 0 });
  });
});

/*
 * Two more products worked by hand from the sheet text (Appendix A): a Shan tuyết tea on B11 (sub-criteria 6.1.x and
 * 6.2.x) and a community homestay village on B26 (alternative cases a/b in items 8, 9 and 15).
 */
describe('scoreAssessment: B11 tea and B26 community tourism worked by hand', () => {
  it('B11: 33 + 18 + 23 = 74 → 4★ with every 3★ and 4★ minimum met', () => {
    const tea: Record<string, OcopAnswer> = {
      '1.1': 2,
      '1.2': 1,
      '1.3': 2,
      '1.4': 1,
      '1.5': 2,
      '1.6': 1,
      '1.7': 1, // 3 + 1 + 2 + 2 + 2 + 2 + 1 = 13
      '2.1': 3,
      '2.2': 3,
      '2.3': 2,
      '2.4': true, // 3 + 3 + 3 + 1 = 10
      '3.1': 2,
      '3.2': 0,
      '3.3': 2,
      '3.4': 1,
      '3.5': 1, // 3 + 0 + 3 + 2 + 2 = 10 → A = 33
      '4.1': 2,
      '4.2': 2,
      '4.3': 3, // 3 + 2 + 3 = 8
      '5.1': 4,
      '5.2': 2,
      '5.3': 2, // 5 + 2 + 3 = 10 → B = 18
      '6.1.1': 2,
      '6.1.2': 2,
      '6.2.1': 1,
      '6.2.2': 2,
      '6.2.3': 2, // 2 + 2 + 1 + 2 + 3 = 10
      '7': 2,
      '8': 1,
      '9': 1,
      '10': 1,
      '11': 0, // 3 + 4 + 3 + 2 + 1 → C = 23
    };
    const r = scoreAssessment(QD26_RUBRICS.B11 as OcopRubric, { criteria: tea });
    expect(r).toMatchObject(rated(74, { A: 33, B: 18, C: 23 }, 4));
    expect(r.decision.failedMinimums).toEqual([]);
    // 5★ minima are shown on the trace even though the band is 4★: 1.5 needs 3 for 5★.
    expect(r.trace.find((t) => t.criterion === '1.5')?.markers).toEqual([
      { stars: 4, minPoints: 2, points: 2, met: true },
      { stars: 5, minPoints: 3, points: 2, met: false },
    ]);
  });

  it('B26: 29 + 15 + 23 = 67 → 3★, cases scored within case a', () => {
    const homestay: Record<string, OcopAnswer> = {
      '1.1': 1,
      '1.2': 1,
      '1.3': 1,
      '1.4': 0, // 3 + 3 + 2 + 1 = 9
      '2.1': 2,
      '2.2': 0,
      '2.3': 1, // 5 + 1 + 3 = 9
      '3.1': 2,
      '3.2': 1,
      '3.3': 2,
      '3.4': 0,
      '3.5': 1, // 3 + 1 + 4 + 1 + 2 = 11 → A = 29
      '4.1': 1,
      '4.2': 1,
      '4.3': 0,
      '4.4': 1,
      '4.5': 1, // 3 + 2 + 1 + 2 + 2 = 10
      '5.1': 1,
      '5.2': 0,
      '5.3': 1, // 2 + 1 + 2 = 5 → B = 15
      '6': 1,
      '7': 2,
      '8': { case: 'a', option: 1 },
      '9': { case: 'a', option: 0 },
      '10': 1,
      '11': 0,
      '12': 1,
      '13': 2,
      '14': 1,
      '15': { case: 'a', option: 0 },
      '16': 1,
      '17': 0,
      // 2 + 3 + 3 + 1 + 2 + 1 + 2 + 3 + 2 + 1 + 2 + 1 → C = 23
    };
    const r = scoreAssessment(QD26_2026_B26, { criteria: homestay });
    expect(r).toMatchObject(rated(67, { A: 29, B: 15, C: 23 }, 3, { certifiable: true }));
    expect(r.trace.find((t) => t.criterion === '8')).toMatchObject({
      case: 'a',
      option: 1,
      points: 3,
    });
    expect(r.disqualifiedBy).toEqual([]);
  });
});

describe('scoreAssessment: minima listed in any order', () => {
  const markerSet = (r: ReturnType<typeof scoreAssessment>) =>
    r.trace
      .flatMap((t) => t.markers.map((m) => `${t.criterion} ${m.stars}★ ${m.points}/${m.minPoints}`))
      .sort();

  it('gives the same points, stars, failed minima and marker checks for any order of the list', () => {
    fc.assert(
      fc.property(
        anySheet.chain(([rubric, criteria]) =>
          fc.tuple(
            fc.constant(rubric),
            fc.constant(criteria),
            fc.shuffledSubarray([...rubric.minimums], { minLength: rubric.minimums.length }),
          ),
        ),
        ([rubric, criteria, shuffled]) => {
          const inOrder = scoreAssessment(rubric, { criteria });
          const anyOrder = scoreAssessment({ ...rubric, minimums: shuffled }, { criteria });
          expect(anyOrder.total).toBe(inOrder.total);
          expect(anyOrder.stars).toBe(inOrder.stars);
          expect(anyOrder.status).toBe(inOrder.status);
          expect(markerSet(anyOrder)).toEqual(markerSet(inOrder));
          const failed = (r: typeof inOrder) =>
            r.decision.failedMinimums.map((f) => `${f.criterion} ${f.stars}★`).sort();
          expect(failed(anyOrder)).toEqual(failed(inOrder));
        },
      ),
    );
  });

  it('gives the same result when a sheet lists its minima in reverse order', () => {
    const reversed = { ...QD26_2026_B04, minimums: [...QD26_2026_B04.minimums].reverse() };
    const better = { ...honey, '1.7': 1, '2.4': true, '4.2': 3, '12': 1 };
    const a = scoreAssessment(QD26_2026_B04, { criteria: better });
    const b = scoreAssessment(reversed, { criteria: better });
    expect(b.stars).toBe(a.stars);
    expect(b.decision.failedMinimums.map((f) => f.criterion).sort()).toEqual(['10', '2.3', '5.1']);
    expect(b.trace.find((t) => t.criterion === '4.1')?.markers).toHaveLength(3);
  });
});

describe('scoreAssessment: special criteria', () => {
  it('B16: a 0 on any sensory criterion 6.1–6.4 stops the evaluation automatically', () => {
    const criteria = { ...extremeAnswers(QD26_2026_B16, true), '6.2': 0 };
    const r = scoreAssessment(QD26_2026_B16, { criteria });
    expect(r.total).toBe(97);
    expect(r).toMatchObject({ status: 'disqualified', stars: null });
    expect(r.disqualifiedBy[0]).toMatchObject({ id: '6.4', detected: 'automatic' });
  });

  it('B26: alternative cases score within the chosen case', () => {
    const best = extremeAnswers(QD26_2026_B26, true);
    const caseB = scoreAssessment(QD26_2026_B26, {
      criteria: { ...best, '8': { case: 'b', option: 0 } },
    });
    expect(caseB.total).toBe(98);
    expect(caseB.trace.find((t) => t.criterion === '8')).toMatchObject({
      case: 'b',
      option: 0,
      points: 1,
    });
    const issues = issuesOf(() =>
      scoreAssessment(QD26_2026_B26, { criteria: { ...best, '8': { case: 'a', option: 2 } } }),
    );
    expect(issues).toMatchObject([
      { code: 'ocop/invalid-option', path: ['criteria', '8', 'option'] },
    ]);
    const answering = (answer: unknown) => () =>
      scoreAssessment(QD26_2026_B26, { criteria: { ...best, '9': answer as OcopAnswer } });
    expect(answering(1)).toThrowDomainError('input/wrong-type', ['criteria', '9']);
    expect(answering({ case: 'c', option: 0 })).toThrowDomainError('ocop/invalid-case', [
      'criteria',
      '9',
      'case',
    ]);
    expect(answering({ case: 'a', option: '0' })).toThrowDomainError('input/wrong-type', [
      'criteria',
      '9',
      'option',
    ]);
  });
});

describe('scoreAssessment: invalid answers throw a DomainError with the path', () => {
  const best = extremeAnswers(QD26_2026_B04, true);
  it.each<[string, () => unknown, NtmErrorCode, (string | number)[]]>([
    [
      'unknown criterion',
      () => scoreAssessment(QD26_2026_B04, { criteria: { ...best, '13': 1 } }),
      'ocop/unknown-criterion',
      ['criteria', '13'],
    ],
    [
      'answer left undefined',
      () => scoreAssessment(QD26_2026_B04, { criteria: { ...best, '3.3': undefined as never } }),
      'ocop/missing-answer',
      ['criteria', '3.3'],
    ],
    [
      'option not in the criterion',
      () => scoreAssessment(QD26_2026_B04, { criteria: { ...best, '1.1': 3 } }),
      'ocop/invalid-option',
      ['criteria', '1.1'],
    ],
    [
      'fractional option',
      () => scoreAssessment(QD26_2026_B04, { criteria: { ...best, '1.1': 1.5 } }),
      'input/not-integer',
      ['criteria', '1.1'],
    ],
    [
      'NaN option',
      () => scoreAssessment(QD26_2026_B04, { criteria: { ...best, '1.1': Number.NaN } }),
      'number/not-finite',
      ['criteria', '1.1'],
    ],
    [
      'negative option',
      () => scoreAssessment(QD26_2026_B04, { criteria: { ...best, '1.1': -1 } }),
      'input/too-small',
      ['criteria', '1.1'],
    ],
    [
      'boolean for a choice',
      () => scoreAssessment(QD26_2026_B04, { criteria: { ...best, '1.1': true } }),
      'input/wrong-type',
      ['criteria', '1.1'],
    ],
    [
      'index for a yes/no',
      () => scoreAssessment(QD26_2026_B04, { criteria: { ...best, '2.4': 1 } }),
      'input/wrong-type',
      ['criteria', '2.4'],
    ],
    [
      'answers for another sheet',
      () => scoreAssessment(QD26_2026_B04, { rubric: 'QD26_2026-B05', criteria: best }),
      'ocop/rubric-mismatch',
      ['rubric'],
    ],
    [
      'unknown disqualifier',
      () => scoreAssessment(QD26_2026_B04, { criteria: best, disqualifiers: ['1.1'] }),
      'ocop/unknown-disqualifier',
      ['disqualifiers', 0],
    ],
    [
      'disqualifiers that are not a list',
      () => scoreAssessment(QD26_2026_B04, { criteria: best, disqualifiers: '6.1' as never }),
      'input/wrong-type',
      ['disqualifiers'],
    ],
    [
      'bad marker policy',
      () => scoreAssessment(QD26_2026_B04, { criteria: best }, { markerPolicy: 'soft' as never }),
      'input/not-allowed',
      ['options', 'markerPolicy'],
    ],
    [
      'a null marker policy (wrong, not absent)',
      () => scoreAssessment(QD26_2026_B04, { criteria: best }, { markerPolicy: null as never }),
      'input/not-allowed',
      ['options', 'markerPolicy'],
    ],
    [
      'options that are not an object',
      () => scoreAssessment(QD26_2026_B04, { criteria: best }, 'cap' as never),
      'input/wrong-type',
      ['options'],
    ],
    [
      'no answers',
      () => scoreAssessment(QD26_2026_B04, null as never),
      'input/wrong-type',
      ['answers'],
    ],
    [
      'no criteria',
      () => scoreAssessment(QD26_2026_B04, {} as never),
      'input/missing',
      ['criteria'],
    ],
    [
      '"__proto__" as a code',
      () =>
        scoreAssessment(QD26_2026_B04, {
          criteria: { ...best, ...JSON.parse('{"__proto__": 1}') },
        }),
      'key/forbidden',
      ['criteria', '__proto__'],
    ],
  ])('%s', (_, run, code, path) => {
    expect(run).toThrowDomainError(code, path);
  });

  it('reports every missing answer at once, and answers from another sheet as unknown or missing', () => {
    const { '1.1': _x, '2.2': _y, ...partial } = best;
    const issues = issuesOf(() => scoreAssessment(QD26_2026_B04, { criteria: partial }));
    expect(issues).toMatchObject([
      { code: 'ocop/missing-answer', path: ['criteria', '1.1'] },
      { code: 'ocop/missing-answer', path: ['criteria', '2.2'] },
    ]);
    const b26 = issuesOf(() =>
      scoreAssessment(QD26_2026_B04, { criteria: extremeAnswers(QD26_2026_B26, true) }),
    );
    expect(b26.length).toBeGreaterThan(5);
  });

  it('rejects a group code (answer sub-criteria 6.1.1, 6.1.2 instead of 6.1)', () => {
    const rubric = QD26_RUBRICS.B11 as OcopRubric;
    expect(
      issuesOf(() =>
        scoreAssessment(rubric, { criteria: { ...extremeAnswers(rubric, true), '6.1': 1 } }),
      ),
    ).toMatchObject([{ code: 'ocop/unknown-criterion', path: ['criteria', '6.1'] }]);
  });
});

/** The indexes of `options` from fewest to most points. */
const byPoints = (options: readonly { points: number }[]): number[] =>
  options.map((_, i) => i).sort((a, b) => (options[a]?.points ?? 0) - (options[b]?.points ?? 0));

/** The option index at `level` (0 = fewest points, 1 = most) among `options`. */
const atLevel = (options: readonly { points: number }[], level: number): number =>
  byPoints(options)[Math.round(level * (options.length - 1))] ?? 0;

/** The points an answer earns on a criterion. */
function pointsOf(c: OcopCriterion, answer: OcopAnswer | undefined): number {
  if (c.kind === 'choice') return c.options[answer as number]?.points ?? 0;
  if (c.kind !== 'cases' || typeof answer !== 'object') return 0;
  return c.cases.find((k) => k.id === answer.case)?.options[answer.option]?.points ?? 0;
}

/*
 * Random valid answers for a sheet, graded so that totals cover every star band: a product's overall quality (from
 * 0, the worst option of every criterion, to 1, the best) sets the level of each answer, each criterion strays from it
 * a little, and the per-star minima up to a drawn level are then met. Uniform choices per criterion gather around
 * the middle of the sheet: in 2,000 samples they reached 4★ six times and 5★ never.
 */
function answersFor(rubric: OcopRubric): fc.Arbitrary<Record<string, OcopAnswer>> {
  const criteria = leaves(rubric).map((l) => l.criterion);
  const n = criteria.length;
  const quality = fc.integer({ min: 0, max: 20 }).map((q) => q / 20);
  const strays = fc.array(fc.integer({ min: -5, max: 5 }), { minLength: n, maxLength: n });
  const cases = fc.array(fc.nat(), { minLength: n, maxLength: n });
  const meets = fc.constantFrom(0, 3, 4, 5);
  return fc.tuple(quality, strays, cases, meets).map(([q, stray, pick, upTo]) => {
    const answers: Record<string, OcopAnswer> = {};
    criteria.forEach((c, i) => {
      const level = Math.min(1, Math.max(0, q + (stray[i] ?? 0) / 20));
      if (c.kind === 'yes-no') answers[c.code] = level >= 0.5;
      else if (c.kind === 'choice') answers[c.code] = atLevel(c.options, level);
      else if (c.kind === 'cases') {
        const k = c.cases[(pick[i] ?? 0) % c.cases.length] ?? c.cases[0];
        answers[c.code] = { case: k?.id ?? 'a', option: atLevel(k?.options ?? [], level) };
      }
    });
    for (const m of rubric.minimums) {
      const c = criteria.find((x) => x.code === m.criterion);
      if (m.stars > upTo || !c || pointsOf(c, answers[m.criterion]) >= m.points) continue;
      answers[m.criterion] = m.case === undefined ? m.option : { case: m.case, option: m.option };
    }
    return answers;
  });
}

const anySheet = fc
  .constantFrom(...sheets.map(([, r]) => r))
  .chain((rubric) => fc.tuple(fc.constant(rubric), answersFor(rubric)));

describe('scoreAssessment: properties over all sheets', () => {
  it('total = A + B + C, 0 ≤ total ≤ 100, each part within its cap, trace sums to the total', () => {
    fc.assert(
      fc.property(anySheet, ([rubric, criteria]) => {
        const r = scoreAssessment(rubric, { criteria });
        expect(r.total).toBe(r.parts.A + r.parts.B + r.parts.C);
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(100);
        expect(r.parts.A).toBeLessThanOrEqual(40);
        expect(r.parts.B).toBeLessThanOrEqual(25);
        expect(r.parts.C).toBeLessThanOrEqual(35);
        expect(r.trace.reduce((sum, t) => sum + t.points, 0)).toBe(r.total);
      }),
    );
  });

  it('a better option never lowers the total', () => {
    fc.assert(
      fc.property(anySheet, fc.nat(), ([rubric, criteria], pick) => {
        const all = leaves(rubric).filter((l) => l.criterion.kind === 'choice');
        const target = all[pick % all.length]?.criterion;
        if (target?.kind !== 'choice') return;
        const before = scoreAssessment(rubric, { criteria });
        const current = target.options[criteria[target.code] as number]?.points ?? 0;
        for (const [i, o] of target.options.entries()) {
          if (o.points < current) continue;
          const after = scoreAssessment(rubric, { criteria: { ...criteria, [target.code]: i } });
          expect(after.total).toBeGreaterThanOrEqual(before.total);
        }
      }),
    );
  });

  it('when no minimum fails, the stars are the band of the total (so monotone in the total), in every band', () => {
    const bands = new Set<number>();
    fc.assert(
      fc.property(anySheet, ([rubric, criteria]) => {
        const r = scoreAssessment(rubric, { criteria });
        if (r.status === 'disqualified' || r.decision.failedMinimums.length > 0) return;
        expect(r.stars).toBe(starsForTotal(r.total, 'QD26_2026').stars);
        bands.add(r.decision.bandStars);
      }),
      { numRuns: 300 },
    );
    // The property held in every band, not only in those that uniform answers reach.
    expect([...bands].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('stars never exceed the band, and the cap policy never awards more than the band', () => {
    const capped = new Set<number>();
    fc.assert(
      fc.property(anySheet, ([rubric, criteria]) => {
        const r = scoreAssessment(rubric, { criteria });
        if (r.stars !== null) expect(r.stars).toBeLessThanOrEqual(r.decision.bandStars);
        expect(r.certifiable).toBe(r.status === 'rated');
        if (r.stars !== null && r.stars < r.decision.bandStars) capped.add(r.decision.bandStars);
      }),
      // A capped 3★ product is about 1 sample in 70: enough runs that the coverage below cannot miss it by chance.
      { numRuns: 1000 },
    );
    // Failed minima lowered the stars of products in the 3★, 4★ and 5★ bands.
    expect([...capped].sort()).toEqual([3, 4, 5]);
  });
});

describe('scoreAssessment: malformed sheets', () => {
  const best = extremeAnswers(QD26_2026_B04, true);
  const broken = (patch: (r: Record<string, unknown>) => void): OcopRubric => {
    const copy = structuredClone(QD26_2026_B04) as unknown as Record<string, unknown>;
    patch(copy);
    return copy as unknown as OcopRubric;
  };
  type Sheet = {
    parts: { key: string; sections: { items: { options: { points: number }[] }[] }[] }[];
    minimums: { stars: number; criterion: string }[];
    basis: Record<string, unknown>;
  };
  const sheet = (r: Record<string, unknown>) => r as unknown as Sheet;
  const firstItem = ['parts', 0, 'sections', 0, 'items', 0];
  it.each<[string, (r: Record<string, unknown>) => void, NtmErrorCode, IssuePath]>([
    [
      'a NaN option',
      (r) => {
        sheet(r).parts[0]!.sections[0]!.items[0]!.options[2]!.points = Number.NaN;
      },
      'number/not-finite',
      ['rubric', ...firstItem, 'options', 2, 'points'],
    ],
    [
      // Found by fuzzing: the answer was blamed ("has undefined options (0 … NaN)").
      'options that are not a list',
      (r) => {
        (sheet(r).parts[0]!.sections[0]!.items[0] as { options: unknown }).options = Number.NaN;
      },
      'input/wrong-type',
      ['rubric', ...firstItem, 'options'],
    ],
    [
      'sections that are not a list',
      (r) => {
        (sheet(r).parts[1] as { sections: unknown }).sections = 5;
      },
      'input/wrong-type',
      ['rubric', 'parts', 1, 'sections'],
    ],
    [
      'criteria that are null (the walk meets a TypeError)',
      (r) => {
        (sheet(r).parts[0]!.sections[0] as { items: unknown }).items = null;
      },
      'input/wrong-type',
      ['rubric', 'parts', 0, 'sections', 0, 'items'],
    ],
    [
      'a minimum for 6 stars',
      (r) => {
        sheet(r).minimums[0]!.stars = 6;
      },
      'input/not-allowed',
      ['rubric', 'minimums', 0, 'stars'],
    ],
    [
      'a legal basis with a number in it',
      (r) => {
        sheet(r).basis.signed = Number.NaN;
      },
      'input/wrong-type',
      ['rubric', 'basis', 'signed'],
    ],
    [
      'an unknown version',
      (r) => {
        r.version = 'QD999';
      },
      'input/not-allowed',
      ['rubric', 'version'],
    ],
    [
      'a minimum on a criterion the sheet does not have',
      (r) => {
        sheet(r).minimums[3]!.criterion = '9.9';
      },
      'ocop/rubric-minimum',
      ['rubric', 'minimums', 3],
    ],
    [
      'a part D',
      (r) => {
        sheet(r).parts[2]!.key = 'D';
      },
      'input/not-allowed',
      ['rubric', 'parts', 2, 'key'],
    ],
    [
      'a part worth more than its version allows (total above 100)',
      (r) => {
        const option = sheet(r).parts[0]!.sections[0]!.items[0]!.options[2]!;
        option.points = 90;
      },
      'ocop/rubric-criterion-max',
      ['rubric', ...firstItem, 'maxPoints'],
    ],
  ])('%s → %s with the path of the bad value, never NaN or a crash', (_, patch, code, path) => {
    expect(() => scoreAssessment(broken(patch), { criteria: best })).toThrowDomainError(code, path);
  });

  it('names a missing or wrong sheet as such', () => {
    expect(() => scoreAssessment(null as never, { criteria: best })).toThrowDomainError(
      'input/wrong-type',
      ['rubric'],
    );
    expect(() => scoreAssessment(undefined as never, { criteria: best })).toThrowDomainError(
      'input/missing',
      ['rubric'],
    );
  });

  it('keeps the error the walk met as the cause of the DomainError', () => {
    const rubric = broken((r) => {
      (sheet(r).parts[0]!.sections[0] as { items: unknown }).items = null;
    });
    const thrown = (() => {
      try {
        return scoreAssessment(rubric, { criteria: best });
      } catch (error) {
        return error;
      }
    })();
    expect(isDomainError(thrown) && thrown.cause).toBeInstanceOf(TypeError);
  });

  it('names an odd value safely in its message (no toString crash)', () => {
    const odd = JSON.parse('{"toString":"x","valueOf":1}');
    expect(() =>
      scoreAssessment(QD26_2026_B04, { criteria: best }, { markerPolicy: odd }),
    ).toThrowDomainError('input/not-allowed', ['options', 'markerPolicy']);
  });
});

describe('scoreAssessment: a bug is not disguised as bad input', () => {
  const best = extremeAnswers(QD26_2026_B04, true);
  /** B04 with one criterion title read through `title`. */
  const withTitle = (title: () => string): OcopRubric => {
    const copy = structuredClone(QD26_2026_B04) as unknown as {
      parts: { sections: { items: object[] }[] }[];
    };
    Object.defineProperty(copy.parts[0]?.sections[0]?.items[0], 'title', {
      get: title,
      enumerable: true,
    });
    return copy as unknown as OcopRubric;
  };

  it('a TypeError met while scoring a sound sheet surfaces as that TypeError', () => {
    const bug = new TypeError('Cannot read properties of undefined');
    let reads = 0;
    // Throws on the walk's read only: the sheet is sound when checked afterwards, as a shipped sheet is.
    const rubric = withTitle(() => {
      reads++;
      if (reads === 1) throw bug;
      return 'Nguồn nguyên liệu';
    });
    expect(() => scoreAssessment(rubric, { criteria: best })).toThrow(bug);
    expect(reads).toBeGreaterThan(1);
  });

  it('a getter that always throws surfaces as its own error, not as an ocop or input code', () => {
    const bug = new TypeError('title is not readable');
    expect(() =>
      scoreAssessment(
        withTitle(() => {
          throw bug;
        }),
        { criteria: best },
      ),
    ).toThrow(bug);
  });
});
