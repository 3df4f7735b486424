import type { OcopRubric } from '@ntm/domain';
import { describe, expect, it } from 'vitest';
import { QD26_2026_B04 } from '../data/rubrics/generated/qd26-b04.js';
import { QD26_RUBRICS } from '../data/rubrics/generated/qd26-rubrics.js';
import { checkRubric } from './check-rubric.js';

const codes = (rubric: OcopRubric) => checkRubric(rubric).map((i) => i.code);

describe('checkRubric', () => {
  it.each(Object.entries(QD26_RUBRICS))('%s is sound', (_, rubric) => {
    expect(checkRubric(rubric)).toEqual([]);
  });

  it('finds a part worth the QĐ 1048 maximum on a QĐ 26/2026 sheet, and a section that does not add up', () => {
    const [a, b, c] = QD26_2026_B04.parts;
    if (!a || !b || !c) throw new Error('B04 has three parts');
    const broken = { ...QD26_2026_B04, parts: [a, b, { ...c, maxPoints: 40 }] };
    expect(codes(broken)).toEqual(['ocop/rubric-part-max', 'ocop/rubric-part-sum']);
  });

  it('finds a cap that is not the best option, and a repeated code', () => {
    const [a, b, c] = QD26_2026_B04.parts;
    const section = a?.sections[0];
    const first = section?.items[0];
    if (!a || !b || !c || !section || !first) throw new Error('B04 shape');
    const bumped = { ...first, maxPoints: 4 };
    const twice = { ...section, items: [bumped, ...section.items] };
    const broken = {
      ...QD26_2026_B04,
      parts: [{ ...a, sections: [twice, ...a.sections.slice(1)] }, b, c],
    };
    expect(codes(broken)).toContain('ocop/rubric-criterion-max');
    expect(codes(broken)).toContain('ocop/rubric-duplicate');
    expect(codes(broken)).toContain('ocop/rubric-section-sum');
  });

  it('finds a minimum pointing nowhere and a disqualifier naming a missing criterion', () => {
    const broken: OcopRubric = {
      ...QD26_2026_B04,
      minimums: [{ stars: 4, criterion: '9.9', option: 0, points: 1 }],
      disqualifiers: [
        { id: 'x', scope: 'criterion', criterion: '9.9', effect: 'excluded', text: 'x' },
      ],
    };
    expect(checkRubric(broken).map((i) => [i.code, i.path])).toEqual([
      ['ocop/rubric-minimum', ['minimums', 0]],
      ['ocop/rubric-disqualifier', ['disqualifiers', 0]],
    ]);
  });

  it('finds parts out of order and a repeated disqualifier id', () => {
    const [a, b, c] = QD26_2026_B04.parts;
    if (!a || !b || !c) throw new Error('B04 has three parts');
    const [first] = QD26_2026_B04.disqualifiers;
    if (!first) throw new Error('B04 has disqualifiers');
    const broken = {
      ...QD26_2026_B04,
      parts: [b, a, c],
      disqualifiers: [first, first],
    };
    expect(checkRubric(broken).map((i) => [i.code, i.path])).toEqual([
      ['ocop/rubric-parts', ['parts']],
      ['ocop/rubric-duplicate-disqualifier', ['disqualifiers', 1, 'id']],
    ]);
  });

  it('checks the shape first, with the codes of the edge: an unknown version, a NaN, a missing list', () => {
    const first = (rubric: unknown) =>
      checkRubric(rubric as OcopRubric).map((i) => [i.code, i.path]);
    expect(first({ ...QD26_2026_B04, version: 'QD999' })).toEqual([
      ['input/not-allowed', ['version']],
    ]);
    const nan = structuredClone(QD26_2026_B04) as unknown as { minimums: { points: number }[] };
    (nan.minimums[0] as { points: number }).points = Number.NaN;
    expect(first(nan)).toEqual([['number/not-finite', ['minimums', 0, 'points']]]);
    const { disqualifiers: _, ...without } = QD26_2026_B04;
    expect(first(without)).toEqual([['input/missing', ['disqualifiers']]]);
    expect(first(null)).toEqual([['input/wrong-type', []]]);
  });
});
