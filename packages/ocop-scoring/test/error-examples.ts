// One call per code that @ntm/ocop-scoring raises (see test/support/error-examples.ts).
import type { OcopAnswer, OcopPart, OcopRubric } from '@ntm/domain';
import { DomainError, type DomainIssue, type IssuePath, type NtmErrorCode } from '@ntm/domain/core';
import { type ErrorExample, raisesNaming, sourceOf } from '../../../test/support/error-examples.js';
import { QD26_2026_B04 } from '../src/data/rubrics/generated/qd26-b04.js';
import { QD26_2026_B26 } from '../src/data/rubrics/generated/qd26-b26.js';
import {
  aggregateCouncil,
  checkRubric,
  dossierProgress,
  processingDeadline,
  recognitionPath,
  resolveRubric,
  scoreAssessment,
  scoreParts,
  starsForTotal,
  transitionDeadline,
  validateRecognition,
  versionForDate,
} from '../src/index.js';
import { extremeAnswers } from './answers.js';

const criteria = extremeAnswers(QD26_2026_B04, true);
const B04 = QD26_2026_B04;
/** Calls show the sheet and the answers by name. */
const raises = raisesNaming({ QD26_2026_B04, criteria });
const [A, B, C] = B04.parts as unknown as [OcopPart, OcopPart, OcopPart];

/** `checkRubric` returns the problems of a sheet; the examples throw them as scoring would. */
function raise(issues: readonly DomainIssue[]): never {
  throw new DomainError(issues);
}

/** A copy of B04 changed by `patch`. */
function b04(patch: (sheet: Record<string, unknown>) => void): OcopRubric {
  const copy = structuredClone(B04) as unknown as Record<string, unknown>;
  patch(copy);
  return copy as unknown as OcopRubric;
}

type Criterion = { code: string; maxPoints: number; options: { points: number }[] };
const firstCriterion = (sheet: Record<string, unknown>): Criterion =>
  (sheet.parts as { sections: { items: Criterion[] }[] }[])[0]?.sections[0]?.items[0] as Criterion;

/** B26 with one case left in criterion 8 (it needs two). */
function oneCase(): OcopRubric {
  const copy = structuredClone(QD26_2026_B26) as unknown as {
    parts: { sections: { items: { code: string; cases?: unknown[] }[] }[] }[];
  };
  for (const part of copy.parts)
    for (const section of part.sections)
      for (const item of section.items)
        if (item.code === '8' && item.cases) item.cases = item.cases.slice(0, 1);
  return copy as unknown as OcopRubric;
}

const plan = (steps: readonly object[]) => ({ steps }) as never;

/** `{ ...name, …changes }` as a call shows it: the spread value by its name, then the changed fields. */
const spread = (name: string, changes: object): string =>
  `{ ...${name}, ${sourceOf(changes, { A, B, C }).slice(2, -2)} }`;

/** Scoring B04 with the best answers changed. */
const answering = (code: NtmErrorCode, changes: object, path: IssuePath): ErrorExample => ({
  code,
  call: `scoreAssessment(QD26_2026_B04, { criteria: ${spread('criteria', changes)} })`,
  run: () => scoreAssessment(B04, { criteria: { ...criteria, ...changes } as never }),
  path,
});

/** Scoring the best answers on B04 with some of its fields changed. */
const scoringOnB04 = (code: NtmErrorCode, changes: object, path: IssuePath): ErrorExample => ({
  code,
  call: `scoreAssessment(${spread('QD26_2026_B04', changes)}, { criteria })`,
  run: () => scoreAssessment({ ...B04, ...changes } as never, { criteria }),
  path,
});

/** Checking B04 with some of its fields changed. */
const checkingB04 = (code: NtmErrorCode, changes: object, path: IssuePath): ErrorExample => ({
  code,
  call: `checkRubric(${spread('QD26_2026_B04', changes)})`,
  run: () => raise(checkRubric({ ...B04, ...changes } as never)),
  path,
});

/** Checking a copy of B04 edited by `patch`, described in words (`B04 with …`). */
const checkingEditedB04 = (
  code: NtmErrorCode,
  edit: string,
  patch: (sheet: Record<string, unknown>) => void,
  path: IssuePath,
): ErrorExample => ({
  code,
  call: `checkRubric(B04 with ${edit})`,
  run: () => raise(checkRubric(b04(patch))),
  path,
});

export const OCOP_SCORING_ERROR_EXAMPLES: readonly ErrorExample[] = [
  // Scoring a product on a sheet.
  raises(
    'ocop/rubric-mismatch',
    scoreAssessment,
    [B04, { rubric: 'QD26_2026-B05', criteria }],
    ['rubric'],
  ),
  answering('ocop/unknown-criterion', { '13': 1 }, ['criteria', '13']),
  raises(
    'ocop/missing-answer',
    scoreAssessment,
    [B04, { criteria: { '1.1': 2 } }],
    ['criteria', '1.2'],
  ),
  answering('ocop/invalid-option', { '1.1': 3 }, ['criteria', '1.1']),
  {
    code: 'ocop/invalid-case',
    call: "scoreAssessment(QD26_2026_B26, { criteria: { ...criteria, '8': { case: 'c', option: 0 } } })",
    run: () =>
      scoreAssessment(QD26_2026_B26, {
        criteria: { ...extremeAnswers(QD26_2026_B26, true), '8': { case: 'c', option: 0 } },
      }),
    path: ['criteria', '8', 'case'],
  },
  raises(
    'ocop/unknown-disqualifier',
    scoreAssessment,
    [B04, { criteria, disqualifiers: ['9.9'] }],
    ['disqualifiers', 0],
  ),
  answering('input/wrong-type', { '1.1': true }, ['criteria', '1.1']),
  raises('input/missing', scoreAssessment, [B04, {} as never], ['criteria']),
  answering('input/not-integer', { '1.1': 1.5 }, ['criteria', '1.1']),
  {
    code: 'key/forbidden',
    call: 'scoreAssessment(QD26_2026_B04, { criteria: JSON.parse(\'{ "__proto__": 1, … }\') })',
    run: () =>
      scoreAssessment(B04, { criteria: { ...criteria, ...JSON.parse('{"__proto__": 1}') } }),
    path: ['criteria', '__proto__'],
  },
  {
    code: 'key/not-nfc',
    call: "scoreAssessment(QD26_2026_B04, { criteria: { ...criteria, ['Tiêu chí'.normalize('NFD')]: 1 } })",
    run: () =>
      scoreAssessment(B04, {
        criteria: { ...criteria, ['Tiêu chí'.normalize('NFD')]: 1 as OcopAnswer },
      }),
  },
  raises(
    'input/not-allowed',
    scoreAssessment,
    [B04, { criteria }, { markerPolicy: 'soft' as never }],
    ['options', 'markerPolicy'],
  ),

  // Sheets: their shape, with the codes of `parseOcopRubric`, then their sums.
  {
    code: 'number/not-finite',
    call: 'scoreAssessment(B04 with a NaN option in criterion 1.1, { criteria })',
    run: () =>
      scoreAssessment(
        b04((sheet) => {
          (firstCriterion(sheet).options[2] as { points: number }).points = Number.NaN;
        }),
        { criteria },
      ),
    path: ['rubric', 'parts', 0, 'sections', 0, 'items', 0, 'options', 2, 'points'],
  },
  scoringOnB04(
    'ocop/invalid-criterion-code',
    { minimums: [{ stars: 4, criterion: '1.x', option: 0, points: 1 }] },
    ['rubric', 'minimums', 0, 'criterion'],
  ),
  checkingB04('input/unknown-field', { titel: 'Mật ong' }, ['titel']),
  {
    code: 'text/not-nfc',
    call: "checkRubric({ ...QD26_2026_B04, basis: { ...QD26_2026_B04.basis, issuer: 'Thủ tướng Chính phủ'.normalize('NFD') } })",
    run: () =>
      raise(
        checkRubric({
          ...B04,
          basis: { ...B04.basis, issuer: 'Thủ tướng Chính phủ'.normalize('NFD') },
        }),
      ),
    path: ['basis', 'issuer'],
  },
  {
    code: 'input/too-long',
    call: "checkRubric({ ...QD26_2026_B04, id: 'x'.repeat(2001) })",
    run: () => raise(checkRubric({ ...B04, id: 'x'.repeat(2001) })),
    path: ['id'],
  },
  {
    code: 'input/too-short',
    call: 'checkRubric(B26 with one case in criterion 8)',
    run: () => raise(checkRubric(oneCase())),
  },
  checkingB04('ocop/rubric-parts', { parts: [B, A, C] }, ['parts']),
  {
    code: 'ocop/rubric-part-max',
    call: 'checkRubric({ ...QD26_2026_B04, parts: [A, B, { ...C, maxPoints: 40 }] })',
    run: () => raise(checkRubric({ ...B04, parts: [A, B, { ...C, maxPoints: 40 }] } as never)),
    path: ['parts', 2, 'maxPoints'],
  },
  {
    code: 'ocop/rubric-part-sum',
    call: 'checkRubric({ ...QD26_2026_B04, parts: [A, B, { ...C, maxPoints: 40 }] })',
    run: () => raise(checkRubric({ ...B04, parts: [A, B, { ...C, maxPoints: 40 }] } as never)),
    path: ['parts', 2, 'maxPoints'],
  },
  {
    code: 'ocop/rubric-criterion-max',
    call: 'scoreAssessment(B04 with an option of criterion 1.1 worth 90 points, { criteria })',
    run: () =>
      scoreAssessment(
        b04((sheet) => {
          (firstCriterion(sheet).options[2] as { points: number }).points = 90;
        }),
        { criteria },
      ),
    path: ['rubric', 'parts', 0, 'sections', 0, 'items', 0, 'maxPoints'],
  },
  checkingEditedB04(
    'ocop/rubric-section-sum',
    'criterion 1.1 capped at 4',
    (sheet) => {
      const first = firstCriterion(sheet);
      first.maxPoints = 4;
      (first.options[2] as { points: number }).points = 4;
    },
    ['parts', 0, 'sections', 0, 'maxPoints'],
  ),
  checkingEditedB04(
    'ocop/rubric-duplicate',
    'criterion 1.2 renamed 1.1',
    (sheet) => {
      const items = (sheet.parts as { sections: { items: Criterion[] }[] }[])[0]?.sections[0]
        ?.items;
      (items?.[1] as Criterion).code = '1.1';
    },
    ['parts', 0, 'sections', 0, 'items', 1, 'code'],
  ),
  scoringOnB04(
    'ocop/rubric-minimum',
    { minimums: [{ stars: 4, criterion: '9.9', option: 0, points: 1 }] },
    ['rubric', 'minimums', 0],
  ),
  checkingB04(
    'ocop/rubric-disqualifier',
    {
      disqualifiers: [
        { id: 'x', scope: 'criterion', criterion: '9.9', effect: 'excluded', text: 'x' },
      ],
    },
    ['disqualifiers', 0],
  ),
  {
    code: 'ocop/rubric-duplicate-disqualifier',
    call: 'checkRubric({ ...QD26_2026_B04, disqualifiers: [d, d] })',
    run: () => {
      const [d] = B04.disqualifiers;
      return raise(checkRubric({ ...B04, disqualifiers: d ? [d, d] : [] }));
    },
    path: ['disqualifiers', 1, 'id'],
  },

  // Part totals, star bands, council averages.
  raises(
    'ocop/part-out-of-range',
    scoreParts,
    [{ A: 30, B: 20, C: 38 }, '2024-01-15'],
    ['parts', 'C'],
  ),
  raises('input/too-small', starsForTotal, [-1, 'QD26_2026'], ['total']),
  raises('input/too-big', aggregateCouncil, [[50, 101]], ['memberTotals', 1]),
  raises('input/empty', aggregateCouncil, [[]], ['memberTotals']),
  {
    code: 'input/hole',
    call: 'aggregateCouncil([50, , 60])',
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    run: () => aggregateCouncil([50, , 60] as number[]),
    path: ['memberTotals', 1],
  },

  // Versions and process by date.
  raises('ocop/before-ocop', versionForDate, ['2019-08-20'], ['date']),
  raises('date/invalid', recognitionPath, [3, '2023-02-29'], ['date']),
  raises(
    'ocop/unknown-product-set',
    resolveRubric,
    ['B27', { submittedOn: '2026-06-01', kind: 'first' }],
    ['productSet'],
  ),
  raises(
    'ocop/rubric-not-found',
    resolveRubric,
    ['B04', { submittedOn: '2026-06-01', kind: 'first', rubrics: {} }],
    ['rubrics', 'B04'],
  ),
  raises(
    'ocop/rule-not-in-force',
    processingDeadline,
    ['commune-check', '2026-05-21'],
    ['receivedOn'],
  ),
  raises('ocop/not-transitional', transitionDeadline, ['2026-05-22', 'first'], ['submittedOn']),
  raises(
    'ocop/submitted-after-date',
    recognitionPath,
    [4, '2026-06-10', { submittedOn: '2026-06-11' }],
    ['options', 'submittedOn'],
  ),
  raises(
    'ocop/issuer-level-not-existing',
    validateRecognition,
    [{ stars: 3, issuerLevel: 'district', decidedOn: '2025-07-07' }],
    ['issuerLevel'],
  ),

  // Dossier progress tables.
  raises(
    'ocop/duplicate-step',
    dossierProgress,
    [plan([{ id: 'a' }, { id: 'a' }]), '2022-01-01'],
    ['product', 'steps', 1, 'id'],
  ),
  raises(
    'ocop/done-after-as-of',
    dossierProgress,
    [plan([{ id: 'a', doneOn: '2022-02-01' }]), '2022-01-01'],
    ['product', 'steps', 0, 'doneOn'],
  ),
  raises(
    'ocop/opens-after-due',
    dossierProgress,
    [plan([{ id: 'a', opens: '2022-11-01', due: { withinMonth: '2022-10' } }]), '2022-01-01'],
    ['product', 'steps', 0, 'opens'],
  ),
  raises(
    'input/invalid-format',
    dossierProgress,
    [plan([{ id: 'a', due: { withinMonth: '2022-13' } }]), '2022-01-01'],
    ['product', 'steps', 0, 'due', 'withinMonth'],
  ),
  raises(
    'ocop/unknown-step-ref',
    dossierProgress,
    [plan([{ id: 'a', due: { after: 'b', days: 3 } }]), '2022-01-01'],
    ['product', 'steps', 0, 'due', 'after'],
  ),
  raises(
    'ocop/invalid-due',
    dossierProgress,
    [plan([{ id: 'a', due: {} }]), '2022-01-01'],
    ['product', 'steps', 0, 'due'],
  ),
];
