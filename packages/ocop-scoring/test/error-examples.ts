// One call per code that @ntm/ocop-scoring raises (see test/support/error-examples.ts).
import type { OcopAnswer, OcopPart, OcopRubric } from '@ntm/domain';
import { DomainError, type DomainIssue } from '@ntm/domain/core';
import type { ErrorExample } from '../../../test/support/error-examples.js';
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

const best = extremeAnswers(QD26_2026_B04, true);
const B04 = QD26_2026_B04;
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

export const OCOP_SCORING_ERROR_EXAMPLES: readonly ErrorExample[] = [
  // Scoring a product on a sheet.
  {
    code: 'ocop/rubric-mismatch',
    call: "scoreAssessment(QD26_2026_B04, { rubric: 'QD26_2026-B05', criteria })",
    run: () => scoreAssessment(B04, { rubric: 'QD26_2026-B05', criteria: best }),
    path: ['rubric'],
  },
  {
    code: 'ocop/unknown-criterion',
    call: "scoreAssessment(QD26_2026_B04, { criteria: { ...criteria, '13': 1 } })",
    run: () => scoreAssessment(B04, { criteria: { ...best, '13': 1 } }),
    path: ['criteria', '13'],
  },
  {
    code: 'ocop/missing-answer',
    call: "scoreAssessment(QD26_2026_B04, { criteria: { '1.1': 2 } })",
    run: () => scoreAssessment(B04, { criteria: { '1.1': 2 } }),
    path: ['criteria', '1.2'],
  },
  {
    code: 'ocop/invalid-option',
    call: "scoreAssessment(QD26_2026_B04, { criteria: { ...criteria, '1.1': 3 } })",
    run: () => scoreAssessment(B04, { criteria: { ...best, '1.1': 3 } }),
    path: ['criteria', '1.1'],
  },
  {
    code: 'ocop/invalid-case',
    call: "scoreAssessment(QD26_2026_B26, { criteria: { ...criteria, '8': { case: 'c', option: 0 } } })",
    run: () =>
      scoreAssessment(QD26_2026_B26, {
        criteria: { ...extremeAnswers(QD26_2026_B26, true), '8': { case: 'c', option: 0 } },
      }),
    path: ['criteria', '8', 'case'],
  },
  {
    code: 'ocop/unknown-disqualifier',
    call: "scoreAssessment(QD26_2026_B04, { criteria, disqualifiers: ['9.9'] })",
    run: () => scoreAssessment(B04, { criteria: best, disqualifiers: ['9.9'] }),
    path: ['disqualifiers', 0],
  },
  {
    code: 'input/wrong-type',
    call: "scoreAssessment(QD26_2026_B04, { criteria: { ...criteria, '1.1': true } })",
    run: () => scoreAssessment(B04, { criteria: { ...best, '1.1': true } }),
    path: ['criteria', '1.1'],
  },
  {
    code: 'input/missing',
    call: 'scoreAssessment(QD26_2026_B04, {})',
    run: () => scoreAssessment(B04, {} as never),
    path: ['criteria'],
  },
  {
    code: 'input/not-integer',
    call: "scoreAssessment(QD26_2026_B04, { criteria: { ...criteria, '1.1': 1.5 } })",
    run: () => scoreAssessment(B04, { criteria: { ...best, '1.1': 1.5 } }),
    path: ['criteria', '1.1'],
  },
  {
    code: 'key/forbidden',
    call: 'scoreAssessment(QD26_2026_B04, { criteria: JSON.parse(\'{ "__proto__": 1, … }\') })',
    run: () => scoreAssessment(B04, { criteria: { ...best, ...JSON.parse('{"__proto__": 1}') } }),
    path: ['criteria', '__proto__'],
  },
  {
    code: 'key/not-nfc',
    call: "scoreAssessment(QD26_2026_B04, { criteria: { ...criteria, ['Tiêu chí'.normalize('NFD')]: 1 } })",
    run: () =>
      scoreAssessment(B04, {
        criteria: { ...best, ['Tiêu chí'.normalize('NFD')]: 1 as OcopAnswer },
      }),
  },
  {
    code: 'input/not-allowed',
    call: "scoreAssessment(QD26_2026_B04, { criteria }, { markerPolicy: 'soft' })",
    run: () => scoreAssessment(B04, { criteria: best }, { markerPolicy: 'soft' as never }),
    path: ['options', 'markerPolicy'],
  },

  // Sheets: their shape, with the codes of `parseOcopRubric`, then their sums.
  {
    code: 'number/not-finite',
    call: 'scoreAssessment(B04 with a NaN option in criterion 1.1, { criteria })',
    run: () =>
      scoreAssessment(
        b04((sheet) => {
          (firstCriterion(sheet).options[2] as { points: number }).points = Number.NaN;
        }),
        { criteria: best },
      ),
    path: ['rubric', 'parts', 0, 'sections', 0, 'items', 0, 'options', 2, 'points'],
  },
  {
    code: 'ocop/invalid-criterion-code',
    call: "scoreAssessment({ ...QD26_2026_B04, minimums: [{ stars: 4, criterion: '1.x', option: 0, points: 1 }] }, { criteria })",
    run: () =>
      scoreAssessment(
        { ...B04, minimums: [{ stars: 4, criterion: '1.x', option: 0, points: 1 }] },
        { criteria: best },
      ),
    path: ['rubric', 'minimums', 0, 'criterion'],
  },
  {
    code: 'input/unknown-field',
    call: "checkRubric({ ...QD26_2026_B04, titel: 'Mật ong' })",
    run: () => raise(checkRubric({ ...B04, titel: 'Mật ong' } as never)),
    path: ['titel'],
  },
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
  {
    code: 'ocop/rubric-parts',
    call: 'checkRubric({ ...QD26_2026_B04, parts: [B, A, C] })',
    run: () => raise(checkRubric({ ...B04, parts: [B, A, C] } as OcopRubric)),
    path: ['parts'],
  },
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
        { criteria: best },
      ),
    path: ['rubric', 'parts', 0, 'sections', 0, 'items', 0, 'maxPoints'],
  },
  {
    code: 'ocop/rubric-section-sum',
    call: 'checkRubric(B04 with criterion 1.1 capped at 4)',
    run: () =>
      raise(
        checkRubric(
          b04((sheet) => {
            const first = firstCriterion(sheet);
            first.maxPoints = 4;
            (first.options[2] as { points: number }).points = 4;
          }),
        ),
      ),
    path: ['parts', 0, 'sections', 0, 'maxPoints'],
  },
  {
    code: 'ocop/rubric-duplicate',
    call: 'checkRubric(B04 with criterion 1.2 renamed 1.1)',
    run: () =>
      raise(
        checkRubric(
          b04((sheet) => {
            const items = (sheet.parts as { sections: { items: Criterion[] }[] }[])[0]?.sections[0]
              ?.items;
            (items?.[1] as Criterion).code = '1.1';
          }),
        ),
      ),
    path: ['parts', 0, 'sections', 0, 'items', 1, 'code'],
  },
  {
    code: 'ocop/rubric-minimum',
    call: "scoreAssessment({ ...QD26_2026_B04, minimums: [{ stars: 4, criterion: '9.9', option: 0, points: 1 }] }, { criteria })",
    run: () =>
      scoreAssessment(
        { ...B04, minimums: [{ stars: 4, criterion: '9.9', option: 0, points: 1 }] },
        { criteria: best },
      ),
    path: ['rubric', 'minimums', 0],
  },
  {
    code: 'ocop/rubric-disqualifier',
    call: "checkRubric({ ...QD26_2026_B04, disqualifiers: [{ id: 'x', scope: 'criterion', criterion: '9.9', effect: 'excluded', text: 'x' }] })",
    run: () =>
      raise(
        checkRubric({
          ...B04,
          disqualifiers: [
            { id: 'x', scope: 'criterion', criterion: '9.9', effect: 'excluded', text: 'x' },
          ],
        }),
      ),
    path: ['disqualifiers', 0],
  },
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
  {
    code: 'ocop/part-out-of-range',
    call: "scoreParts({ A: 30, B: 20, C: 38 }, '2024-01-15')",
    run: () => scoreParts({ A: 30, B: 20, C: 38 }, '2024-01-15'),
    path: ['parts', 'C'],
  },
  {
    code: 'input/too-small',
    call: "starsForTotal(-1, 'QD26_2026')",
    run: () => starsForTotal(-1, 'QD26_2026'),
    path: ['total'],
  },
  {
    code: 'input/too-big',
    call: 'aggregateCouncil([50, 101])',
    run: () => aggregateCouncil([50, 101]),
    path: ['memberTotals', 1],
  },
  {
    code: 'input/empty',
    call: 'aggregateCouncil([])',
    run: () => aggregateCouncil([]),
    path: ['memberTotals'],
  },
  {
    code: 'input/hole',
    call: 'aggregateCouncil([50, , 60])',
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    run: () => aggregateCouncil([50, , 60] as number[]),
    path: ['memberTotals', 1],
  },

  // Versions and process by date.
  {
    code: 'ocop/before-ocop',
    call: "versionForDate('2019-08-20')",
    run: () => versionForDate('2019-08-20'),
    path: ['date'],
  },
  {
    code: 'date/invalid',
    call: "recognitionPath(3, '2023-02-29')",
    run: () => recognitionPath(3, '2023-02-29'),
    path: ['date'],
  },
  {
    code: 'ocop/unknown-product-set',
    call: "resolveRubric('B27', { submittedOn: '2026-06-01', kind: 'first' })",
    run: () => resolveRubric('B27', { submittedOn: '2026-06-01', kind: 'first' }),
    path: ['productSet'],
  },
  {
    code: 'ocop/rubric-not-found',
    call: "resolveRubric('B04', { submittedOn: '2026-06-01', kind: 'first', rubrics: {} })",
    run: () => resolveRubric('B04', { submittedOn: '2026-06-01', kind: 'first', rubrics: {} }),
    path: ['rubrics', 'B04'],
  },
  {
    code: 'ocop/rule-not-in-force',
    call: "processingDeadline('commune-check', '2026-05-21')",
    run: () => processingDeadline('commune-check', '2026-05-21'),
    path: ['receivedOn'],
  },
  {
    code: 'ocop/not-transitional',
    call: "transitionDeadline('2026-05-22', 'first')",
    run: () => transitionDeadline('2026-05-22', 'first'),
    path: ['submittedOn'],
  },
  {
    code: 'ocop/submitted-after-date',
    call: "recognitionPath(4, '2026-06-10', { submittedOn: '2026-06-11' })",
    run: () => recognitionPath(4, '2026-06-10', { submittedOn: '2026-06-11' }),
    path: ['options', 'submittedOn'],
  },
  {
    code: 'ocop/issuer-level-not-existing',
    call: "validateRecognition({ stars: 3, issuerLevel: 'district', decidedOn: '2025-07-07' })",
    run: () => validateRecognition({ stars: 3, issuerLevel: 'district', decidedOn: '2025-07-07' }),
    path: ['issuerLevel'],
  },

  // Dossier progress tables.
  {
    code: 'ocop/duplicate-step',
    call: "dossierProgress({ steps: [{ id: 'a' }, { id: 'a' }] }, '2022-01-01')",
    run: () => dossierProgress(plan([{ id: 'a' }, { id: 'a' }]), '2022-01-01'),
    path: ['product', 'steps', 1, 'id'],
  },
  {
    code: 'ocop/done-after-as-of',
    call: "dossierProgress({ steps: [{ id: 'a', doneOn: '2022-02-01' }] }, '2022-01-01')",
    run: () => dossierProgress(plan([{ id: 'a', doneOn: '2022-02-01' }]), '2022-01-01'),
    path: ['product', 'steps', 0, 'doneOn'],
  },
  {
    code: 'ocop/opens-after-due',
    call: "dossierProgress({ steps: [{ id: 'a', opens: '2022-11-01', due: { withinMonth: '2022-10' } }] }, '2022-01-01')",
    run: () =>
      dossierProgress(
        plan([{ id: 'a', opens: '2022-11-01', due: { withinMonth: '2022-10' } }]),
        '2022-01-01',
      ),
    path: ['product', 'steps', 0, 'opens'],
  },
  {
    code: 'input/invalid-format',
    call: "dossierProgress({ steps: [{ id: 'a', due: { withinMonth: '2022-13' } }] }, '2022-01-01')",
    run: () => dossierProgress(plan([{ id: 'a', due: { withinMonth: '2022-13' } }]), '2022-01-01'),
    path: ['product', 'steps', 0, 'due', 'withinMonth'],
  },
  {
    code: 'ocop/unknown-step-ref',
    call: "dossierProgress({ steps: [{ id: 'a', due: { after: 'b', days: 3 } }] }, '2022-01-01')",
    run: () => dossierProgress(plan([{ id: 'a', due: { after: 'b', days: 3 } }]), '2022-01-01'),
    path: ['product', 'steps', 0, 'due', 'after'],
  },
  {
    code: 'ocop/invalid-due',
    call: "dossierProgress({ steps: [{ id: 'a', due: {} }] }, '2022-01-01')",
    run: () => dossierProgress(plan([{ id: 'a', due: {} }]), '2022-01-01'),
    path: ['product', 'steps', 0, 'due'],
  },
];
