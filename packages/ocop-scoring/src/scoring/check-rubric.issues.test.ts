// checkRubric on QĐ 26/2026 sheets broken one way at a time: every issue whole (code, path, params), so a province's
// own sheet is told exactly which sum, maximum, minimum or disqualifier is wrong. Part maxima 40 / 25 / 35 (Điều 3.1).
import type { OcopRubric } from '@ntm/domain';
import { describe, expect, it } from 'vitest';
import { QD26_2026_B04 } from '../data/rubrics/generated/qd26-b04.js';
import { QD26_2026_B11 } from '../data/rubrics/generated/qd26-b11.js';
import { QD26_2026_B26 } from '../data/rubrics/generated/qd26-b26.js';
import { checkRubric } from './check-rubric.js';

// biome-ignore lint/suspicious/noExplicitAny: a sheet broken on purpose
type Loose = Record<string, any>;
const issues = (rubric: OcopRubric, patch: (r: Loose) => void) => {
  const copy = structuredClone(rubric) as unknown as Loose;
  patch(copy);
  return checkRubric(copy as unknown as OcopRubric).map((i) => [i.code, i.path, i.params]);
};

describe('checkRubric: each issue, whole', () => {
  it('parts out of order', () => {
    expect(
      issues(QD26_2026_B04, (r) => {
        r.parts = [r.parts[1], r.parts[0], r.parts[2]];
      }),
    ).toEqual([['ocop/rubric-parts', ['parts'], { keys: 'BAC' }]]);
  });

  it('a part A of 41 points: its version allows 40, and its sections add up to 40', () => {
    expect(
      issues(QD26_2026_B04, (r) => {
        r.parts[0].maxPoints = 41;
      }),
    ).toEqual([
      [
        'ocop/rubric-part-max',
        ['parts', 0, 'maxPoints'],
        { part: 'A', max: 40, basis: '26/2026/QĐ-TTg', points: 41 },
      ],
      ['ocop/rubric-part-sum', ['parts', 0, 'maxPoints'], { part: 'A', max: 41, sum: 40 }],
    ]);
  });

  it('a section 4 capped at 14 whose criteria add up to 13 (and part B then to 26)', () => {
    expect(
      issues(QD26_2026_B04, (r) => {
        r.parts[1].sections[0].maxPoints = 14;
      }),
    ).toEqual([
      [
        'ocop/rubric-section-sum',
        ['parts', 1, 'sections', 0, 'maxPoints'],
        { section: '4', max: 14, sum: 13 },
      ],
      ['ocop/rubric-part-sum', ['parts', 1, 'maxPoints'], { part: 'B', max: 25, sum: 26 }],
    ]);
  });

  it('a minimum whose points are not those of its option', () => {
    expect(
      issues(QD26_2026_B04, (r) => {
        r.minimums[0].points = 2;
      }),
    ).toEqual([['ocop/rubric-minimum', ['minimums', 0], { criterion: '1.3', points: 2 }]]);
  });

  it('two disqualifiers with one id, and a disqualifier on a criterion the sheet does not have', () => {
    expect(
      issues(QD26_2026_B04, (r) => {
        r.disqualifiers[1].id = r.disqualifiers[0].id;
      }),
    ).toEqual([
      ['ocop/rubric-duplicate-disqualifier', ['disqualifiers', 1, 'id'], { id: 'sheet' }],
    ]);
    expect(
      issues(QD26_2026_B04, (r) => {
        r.disqualifiers[1].criterion = '9.9';
      }),
    ).toEqual([
      ['ocop/rubric-disqualifier', ['disqualifiers', 1], { id: '2.1', criterion: '9.9' }],
    ]);
  });

  it('B11: a sub-criterion of group 6.1 that repeats its sibling’s code is named at its own path', () => {
    expect(
      issues(QD26_2026_B11, (r) => {
        const group = r.parts[2].sections[0].items[0];
        group.items[1].code = group.items[0].code;
      }),
    ).toEqual([
      [
        'ocop/rubric-duplicate',
        ['parts', 2, 'sections', 0, 'items', 0, 'items', 1, 'code'],
        { criterion: '6.1.1' },
      ],
      // The 4★ minimum 6.1.2 ≥ 2 now points at no criterion.
      ['ocop/rubric-minimum', ['minimums', 17], { criterion: '6.1.2', points: 2 }],
    ]);
  });

  it('B26 item 8 (two cases, best option 3) declared worth 4', () => {
    expect(
      issues(QD26_2026_B26, (r) => {
        const section = r.parts[2].sections.find((s: Loose) => s.code === '8');
        section.items[0].maxPoints = 4;
        section.maxPoints = 4;
      }),
    ).toEqual([
      [
        'ocop/rubric-criterion-max',
        ['parts', 2, 'sections', 2, 'items', 0, 'maxPoints'],
        { criterion: '8', max: 4, best: 3 },
      ],
      ['ocop/rubric-part-sum', ['parts', 2, 'maxPoints'], { part: 'C', max: 35, sum: 36 }],
    ]);
  });

  it('a minimum on a criterion with cases is checked against the option of its case', () => {
    const minimum = { stars: 4, criterion: '8', option: 1, points: 3 };
    expect(
      issues(QD26_2026_B26, (r) => {
        r.minimums.push({ ...minimum, case: 'b' });
      }),
    ).toEqual([]);
    expect(
      issues(QD26_2026_B26, (r) => {
        r.minimums.push({ ...minimum, case: 'z' });
      }),
    ).toEqual([['ocop/rubric-minimum', ['minimums', 3], { criterion: '8', points: 3 }]]);
  });
});

describe('checkRubric: the shape of a sheet’s values', () => {
  it('a text is measured once trimmed: 2,000 characters and trailing spaces pass, 2,001 do not', () => {
    const title = (t: string) => (r: Loose) => {
      r.parts[0].sections[0].items[0].title = t;
    };
    expect(issues(QD26_2026_B04, title(`${'x'.repeat(2000)}   `))).toEqual([]);
    expect(
      issues(QD26_2026_B04, title('x'.repeat(2001))).map(([code, path]) => [code, path]),
    ).toEqual([['input/too-long', ['parts', 0, 'sections', 0, 'items', 0, 'title']]]);
  });

  it('a minimum on option −1', () => {
    expect(
      issues(QD26_2026_B04, (r) => {
        r.minimums[0].option = -1;
      }),
    ).toEqual([['input/too-small', ['minimums', 0, 'option'], { limit: '≥ 0', received: '-1' }]]);
  });

  it('a criterion code, a product set and a case id that are not of their form', () => {
    expect(
      issues(QD26_2026_B04, (r) => {
        r.parts[0].sections[0].items[0].code = 'x';
      }),
    ).toEqual([
      [
        'ocop/invalid-criterion-code',
        ['parts', 0, 'sections', 0, 'items', 0, 'code'],
        { received: '"x"' },
      ],
    ]);
    expect(
      issues(QD26_2026_B04, (r) => {
        r.productSet = 'B99';
      }),
    ).toEqual([['ocop/unknown-product-set', ['productSet'], { productSet: '"B99"' }]]);
    expect(
      issues(QD26_2026_B26, (r) => {
        r.minimums.push({ stars: 4, criterion: '8', case: '!!', option: 1, points: 3 });
      }),
    ).toEqual([
      ['input/invalid-format', ['minimums', 3, 'case'], { format: 'regex', received: '"!!"' }],
    ]);
  });
});
