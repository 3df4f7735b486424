// Every value the scoring walk reads from a sheet, broken one at a time: the walk must stop at it and the whole-sheet
// check must name it (code and path), never a result or a crash. Then the exact issue of each kind of wrong answer.
import type { OcopRubric } from '@ntm/domain';
import type { IssuePath, NtmErrorCode } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { extremeAnswers } from '../../test/answers.js';
import { QD26_2026_B04 } from '../data/rubrics/generated/qd26-b04.js';
import { QD26_2026_B16 } from '../data/rubrics/generated/qd26-b16.js';
import { QD26_2026_B26 } from '../data/rubrics/generated/qd26-b26.js';
import { scoreAssessment } from './score-assessment.js';

// biome-ignore lint/suspicious/noExplicitAny: a sheet broken on purpose, read without casts at every step
type Loose = Record<string, any>;
const broken = (rubric: OcopRubric, patch: (r: Loose) => void): OcopRubric => {
  const copy = structuredClone(rubric) as unknown as Loose;
  patch(copy);
  return copy as unknown as OcopRubric;
};
const best04 = extremeAnswers(QD26_2026_B04, true);
const firstItem = ['rubric', 'parts', 0, 'sections', 0, 'items', 0];
const option2 = [...firstItem, 'options', 2];

describe('scoreAssessment: a sheet value the walk cannot use is named', () => {
  it.each<[string, (r: Loose) => void, NtmErrorCode, IssuePath]>([
    [
      'negative option points',
      (r) => {
        r.parts[0].sections[0].items[0].options[2].points = -1;
      },
      'input/too-small',
      [...option2, 'points'],
    ],
    [
      'option points written as text',
      (r) => {
        r.parts[0].sections[0].items[0].options[2].points = '5';
      },
      'input/wrong-type',
      [...option2, 'points'],
    ],
    [
      'an option text that is a number',
      (r) => {
        r.parts[0].sections[0].items[0].options[2].text = 5;
      },
      'input/wrong-type',
      [...option2, 'text'],
    ],
    [
      'a section code that is a number',
      (r) => {
        r.parts[0].sections[0].code = 5;
      },
      'input/wrong-type',
      ['rubric', 'parts', 0, 'sections', 0, 'code'],
    ],
    [
      'a criterion code that is a number',
      (r) => {
        r.parts[0].sections[0].items[0].code = 5;
      },
      'input/wrong-type',
      [...firstItem, 'code'],
    ],
    [
      'a criterion title that is a number',
      (r) => {
        r.parts[0].sections[0].items[0].title = 5;
      },
      'input/wrong-type',
      [...firstItem, 'title'],
    ],
    [
      'a criterion maximum written as text',
      (r) => {
        r.parts[0].sections[0].items[0].maxPoints = '3';
      },
      'input/wrong-type',
      [...firstItem, 'maxPoints'],
    ],
    [
      'no legal basis (null)',
      (r) => {
        r.basis = null;
      },
      'input/wrong-type',
      ['rubric', 'basis'],
    ],
    [
      'a legal basis that is a string',
      (r) => {
        r.basis = 'QĐ 26/2026';
      },
      'input/wrong-type',
      ['rubric', 'basis'],
    ],
    [
      'a basis title without English',
      (r) => {
        r.basis.title = { vi: 'Bộ tiêu chí' };
      },
      'input/missing',
      ['rubric', 'basis', 'title', 'en'],
    ],
    [
      'a basis title with a numeric Vietnamese',
      (r) => {
        r.basis.title = { vi: 1, en: 'Criteria' };
      },
      'input/wrong-type',
      ['rubric', 'basis', 'title', 'vi'],
    ],
    [
      'a basis title that is null',
      (r) => {
        r.basis.title = null;
      },
      'input/wrong-type',
      ['rubric', 'basis', 'title'],
    ],
    [
      'a bilingual basis field other than the title',
      (r) => {
        r.basis.number = { vi: 'x', en: 'y' };
      },
      'input/wrong-type',
      ['rubric', 'basis', 'number'],
    ],
    [
      'parts that are not a list',
      (r) => {
        r.parts = {};
      },
      'input/wrong-type',
      ['rubric', 'parts'],
    ],
    [
      'a sheet id that is a number',
      (r) => {
        r.id = 5;
      },
      'input/wrong-type',
      ['rubric', 'id'],
    ],
    [
      'a negative minimum',
      (r) => {
        r.minimums[0].points = -1;
      },
      'input/too-small',
      ['rubric', 'minimums', 0, 'points'],
    ],
    [
      'a hole in the list of minima',
      (r) => {
        r.minimums[26] = null;
      },
      'input/wrong-type',
      ['rubric', 'minimums', 26],
    ],
  ])('%s → %s at its path', (_, patch, code, path) => {
    expect(() =>
      scoreAssessment(broken(QD26_2026_B04, patch), { criteria: best04 }),
    ).toThrowDomainError(code, path);
  });

  it('a bilingual basis title is accepted', () => {
    const rubric = broken(QD26_2026_B04, (r) => {
      r.basis.title = { vi: 'Bộ tiêu chí', en: 'Criteria' };
    });
    expect(scoreAssessment(rubric, { criteria: best04 }).rubric.basis.title).toEqual({
      vi: 'Bộ tiêu chí',
      en: 'Criteria',
    });
  });

  it('a reported disqualifier with a wrong effect, text or id is the sheet’s problem', () => {
    const reported = (patch: (r: Loose) => void, id: unknown) => () =>
      scoreAssessment(broken(QD26_2026_B04, patch), {
        criteria: best04,
        disqualifiers: [id as string],
      });
    expect(
      reported((r) => {
        r.disqualifiers[0].effect = 'bogus';
      }, 'sheet'),
    ).toThrowDomainError('input/not-allowed', ['rubric', 'disqualifiers', 0, 'effect']);
    expect(
      reported((r) => {
        r.disqualifiers[0].text = 5;
      }, 'sheet'),
    ).toThrowDomainError('input/wrong-type', ['rubric', 'disqualifiers', 0, 'text']);
    expect(
      reported((r) => {
        r.disqualifiers[0].id = 5;
      }, 5),
    ).toThrowDomainError('input/wrong-type', ['rubric', 'disqualifiers', 0, 'id']);
  });

  it('an automatic disqualifier (B16 sensory zero) with a wrong effect is the sheet’s problem', () => {
    const rubric = broken(QD26_2026_B16, (r) => {
      r.disqualifiers[1].effect = 'excluded-later';
    });
    expect(() =>
      scoreAssessment(rubric, { criteria: extremeAnswers(QD26_2026_B16, true) }),
    ).toThrowDomainError('input/not-allowed', ['rubric', 'disqualifiers', 1, 'effect']);
  });

  it('a case without its letter is the sheet’s problem, not an answer naming no case (found by fuzzing)', () => {
    const caseA = ['rubric', 'parts', 2, 'sections', 3, 'items', 0, 'cases', 0];
    const rubric = broken(QD26_2026_B26, (r) => {
      r.parts[2].sections[3].items[0].cases[0] = {};
    });
    const answers = { ...extremeAnswers(QD26_2026_B26, true), '9': { case: 'a', option: 0 } };
    expect(() => scoreAssessment(rubric, { criteria: answers })).toThrowDomainError(
      'input/missing',
      [...caseA, 'id'],
    );
  });

  it('a value that is bad only when the walk reads it is reported as a bug of the SDK, not of the sheet', () => {
    const rubric = broken(QD26_2026_B04, () => {});
    let reads = 0;
    Object.defineProperty(
      (rubric as unknown as Loose).parts[0].sections[0].items[0].options[2],
      'points',
      {
        get: () => (++reads === 1 ? -1 : 3),
        enumerable: true,
      },
    );
    let thrown: unknown;
    try {
      scoreAssessment(rubric, { criteria: best04 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).name).toBe('MalformedRubric');
    expect((thrown as Error).message).toBe(
      'The OCOP scoring walk met a sheet value it cannot use, yet checkRubric finds nothing wrong with the sheet: a bug in @ntm/ocop-scoring',
    );
  });
});

describe('scoreAssessment: the issue of each wrong answer, whole', () => {
  const one = (rubric: OcopRubric, patch: Record<string, unknown>) =>
    issuesOf(() =>
      scoreAssessment(rubric, { criteria: { ...extremeAnswers(rubric, true), ...patch } as never }),
    ).map((i) => [i.code, i.path, i.params]);
  const aNumber = { vi: 'một số', en: 'a number' };
  const anObject = { vi: 'một đối tượng', en: 'an object' };

  it('yes/no, choice: the expected kind and the last option', () => {
    expect(one(QD26_2026_B04, { '2.4': 1 })).toEqual([
      [
        'input/wrong-type',
        ['criteria', '2.4'],
        { expected: { vi: 'true hoặc false', en: 'true or false' }, received: '1' },
      ],
    ]);
    expect(one(QD26_2026_B04, { '1.1': '1' })).toEqual([
      ['input/wrong-type', ['criteria', '1.1'], { expected: aNumber, received: '"1"' }],
    ]);
    expect(one(QD26_2026_B04, { '1.1': 9 })).toEqual([
      [
        'ocop/invalid-option',
        ['criteria', '1.1'],
        { criterion: '1.1', count: 3, last: 2, received: '9' },
      ],
    ]);
  });

  it('alternative cases (B26 item 8): object, case id, option', () => {
    expect(one(QD26_2026_B26, { '8': 'a' })).toEqual([
      ['input/wrong-type', ['criteria', '8'], { expected: anObject, received: '"a"' }],
    ]);
    expect(one(QD26_2026_B26, { '8': null })).toEqual([
      ['input/wrong-type', ['criteria', '8'], { expected: anObject, received: 'null' }],
    ]);
    expect(one(QD26_2026_B26, { '8': { case: 'z', option: 0 } })).toEqual([
      [
        'ocop/invalid-case',
        ['criteria', '8', 'case'],
        { criterion: '8', cases: ['a', 'b'], received: '"z"' },
      ],
    ]);
    expect(one(QD26_2026_B26, { '8': { case: 'a', option: '0' } })).toEqual([
      ['input/wrong-type', ['criteria', '8', 'option'], { expected: aNumber, received: '"0"' }],
    ]);
    expect(one(QD26_2026_B26, { '8': { case: 'a', option: 9 } })).toEqual([
      [
        'ocop/invalid-option',
        ['criteria', '8', 'option'],
        { criterion: '8', count: 2, last: 1, received: '9' },
      ],
    ]);
  });

  it('a case answer is copied with its case and option only, and explained with its case', () => {
    const result = scoreAssessment(QD26_2026_B26, {
      criteria: {
        ...extremeAnswers(QD26_2026_B26, true),
        '8': { case: 'b', option: 1, note: 'x' } as never,
      },
    });
    const entry = result.trace.find((t) => t.criterion === '8');
    expect(entry?.answer).toStrictEqual({ case: 'b', option: 1 });
    expect(entry?.case).toBe('b');
    expect(entry?.points).toBe(3);
    expect(entry?.reason).toEqual({
      vi: 'Trường hợp b: Phương án đã chọn → 3/3 điểm',
      en: 'Case b: Chosen option → 3/3 points',
    });
  });
});

describe('scoreAssessment: unknown criteria among the answers', () => {
  it('a typo in place of a code: both the missing answer and the unknown code are listed', () => {
    const { '1.1': _dropped, ...rest } = best04;
    expect(
      issuesOf(() => scoreAssessment(QD26_2026_B04, { criteria: { ...rest, '9.9': 1 } })).map(
        (i) => [i.code, i.path],
      ),
    ).toEqual([
      ['ocop/missing-answer', ['criteria', '1.1']],
      ['ocop/unknown-criterion', ['criteria', '9.9']],
    ]);
  });

  it('after a reported disqualifier, a known criterion answered `undefined` is unanswered, not unknown', () => {
    const r = scoreAssessment(QD26_2026_B04, {
      criteria: { '1.1': undefined, '1.2': 1 } as never,
      disqualifiers: ['sheet'],
    });
    expect(r.status).toBe('disqualified');
    expect(r.trace.find((t) => t.criterion === '1.1')?.answer).toBeNull();
    expect(
      issuesOf(() =>
        scoreAssessment(QD26_2026_B04, {
          criteria: { '1.1': undefined, '9.9': 1 } as never,
          disqualifiers: ['sheet'],
        }),
      ).map((i) => [i.code, i.path]),
    ).toEqual([['ocop/unknown-criterion', ['criteria', '9.9']]]);
  });

  it('the marker policy is "cap" when not given', () => {
    expect(scoreAssessment(QD26_2026_B04, { criteria: best04 }).decision.markerPolicy).toBe('cap');
  });

  it('a problem with the answers is reported as such even on a sheet the walk has not reached yet', () => {
    const sheet = broken(QD26_2026_B04, (r) => {
      r.parts[2].sections[0].items[0].options[0].text = 5;
    });
    expect(() => scoreAssessment(sheet, null as never)).toThrowDomainError('input/wrong-type', [
      'answers',
    ]);
  });
});

describe('scoreAssessment: a province sheet with half points', () => {
  it('explains an option worth 1.5 of 3 like any other, with a decimal comma in Vietnamese (B04 1.1, middle option at 1.5)', () => {
    const sheet = broken(QD26_2026_B04, (r) => {
      r.parts[0].sections[0].items[0].options[1].points = 1.5;
    });
    const r = scoreAssessment(sheet, { criteria: { ...best04, '1.1': 1 } });
    const entry = r.trace.find((t) => t.criterion === '1.1');
    expect(entry?.points).toBe(1.5);
    expect(entry?.reason).toEqual({
      vi: 'Phương án đã chọn → 1,5/3 điểm',
      en: 'Chosen option → 1.5/3 points',
    });
  });
});
