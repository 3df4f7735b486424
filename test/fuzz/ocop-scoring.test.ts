// Fuzzing @ntm/ocop-scoring: the scoring engine on answer sheets generated for all 26 rubrics (valid, spoilt, and
// against spoilt rubrics), part totals and stars, council aggregation, and the process rules (versions, periods,
// recognition, certificates, processing deadlines, dossier progress) on hostile dates and options.
import {
  aggregateCouncil,
  certificateTimeline,
  checkRubric,
  displayScore,
  dossierProgress,
  getOcopVersion,
  processingDeadline,
  processPeriodFor,
  recognitionPath,
  resolveRubric,
  scoreAssessment,
  scoreParts,
  starsForTotal,
  transitionDeadline,
  validateRecognition,
  versionForDate,
} from '@ntm/ocop-scoring';
import { findProductSet, QD26_2026_B04, QD26_RUBRICS } from '@ntm/ocop-scoring/rubrics';
import fc from 'fast-check';
import { describe } from 'vitest';
import { ASSESSMENT, answersFor, RUBRICS } from './support/fixtures.js';
import { fuzz } from './support/harness.js';
import { date, hostile, mixedVietnamese, nfd, num, or } from './support/hostile-values.js';
import { Ref, ref } from './support/ref.js';
import { spoilt, validOrSpoilt } from './support/spoil.js';

const VERSIONS = ['QD1048_2019', 'QD148_2023', 'QD148_1489_2025', 'QD26_2026'] as const;
const versionId = fc.constantFrom(...VERSIONS);
const kind = fc.constantFrom('first', 'upgrade', 're-evaluation');
const policy = fc.constantFrom('next', 'previous', 'keep');
const level = fc.constantFrom('commune', 'district', 'province', 'central');
const stars = fc.integer({ min: 1, max: 5 });
const total = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.double({ min: 0, max: 100, noNaN: true }),
);
/** Dates since the first national OCOP rules (QĐ 1048, 21/08/2019), and the first days of the later ones. */
const ocopDate = fc.oneof(
  fc
    .date({ min: new Date('2019-08-21'), max: new Date('2032-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2019-08-21', '2023-02-02', '2025-07-06', '2026-02-15', '2026-06-10'),
);

describe('@ntm/ocop-scoring scoring', () => {
  /** A rubric with an answer sheet written for it, or the B04 sheet of the seed assessment. */
  const sheets = fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .constantFrom(...RUBRICS)
        .chain((r) => answersFor(r).map((a) => [r, a] as const)),
    },
    {
      weight: 1,
      arbitrary: fc.constant([
        QD26_2026_B04,
        {
          criteria: (ASSESSMENT as { criteria: unknown }).criteria,
          disqualifiers: [],
        },
      ] as const),
    },
  );
  const scoreOptions = fc.record(
    { markerPolicy: fc.constantFrom('cap', 'reject') },
    { requiredKeys: [] },
  );
  fuzz(
    'scoreAssessment',
    scoreAssessment,
    fc.oneof(
      // The rubric is reference data (passed whole); the answers and the options are spoilt.
      {
        weight: 4,
        arbitrary: validOrSpoilt(
          fc
            .tuple(sheets, scoreOptions)
            .map(([[rubric, answers], options]) => [new Ref(rubric.id, rubric), answers, options]),
        ),
      },
      // A hand-made rubric: a shipped one with a field changed, and answers for the original.
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(...RUBRICS)
          .chain((r) => fc.tuple(spoilt(r, r.id), answersFor(r), or(scoreOptions))),
      },
    ),
  );
  const parts = fc.record(
    {
      A: fc.integer({ min: 0, max: 40 }),
      B: fc.integer({ min: 0, max: 25 }),
      C: fc.integer({ min: 0, max: 35 }),
    },
    { requiredKeys: [] },
  );
  fuzz(
    'scoreParts',
    scoreParts,
    validOrSpoilt(fc.tuple(parts, ocopDate), fc.tuple(or(parts), date)),
  );
  fuzz(
    'starsForTotal',
    starsForTotal,
    validOrSpoilt(fc.tuple(total, versionId), fc.tuple(num, or(versionId))),
  );
  fuzz('displayScore', displayScore, validOrSpoilt(fc.tuple(total), fc.tuple(hostile)));
  const member = fc.oneof(total, fc.record({ member: mixedVietnamese, total }));
  fuzz(
    'aggregateCouncil',
    aggregateCouncil,
    validOrSpoilt(
      fc.tuple(
        fc.array(member, { minLength: 1, maxLength: 7 }),
        fc.record({ maxSpread: fc.integer({ min: 0, max: 30 }), versionId }, { requiredKeys: [] }),
      ),
      fc.tuple(or(fc.array(or(member), { maxLength: 5 })), or(fc.record({ maxSpread: num }))),
    ),
  );
  fuzz(
    'resolveRubric',
    resolveRubric,
    validOrSpoilt(
      fc.tuple(
        fc.constantFrom('B01', 'B04', 'B26', 'B27', 'b04', nfd('B04'), ' B04 '),
        fc.record(
          { submittedOn: ocopDate, kind, rubrics: ref('QD26_RUBRICS', QD26_RUBRICS) },
          { requiredKeys: ['submittedOn', 'kind'] },
        ),
      ),
      fc.tuple(
        or(fc.constantFrom('B04')),
        or(fc.record({ submittedOn: date, kind: or(kind), rubrics: hostile })),
      ),
    ),
  );
  // checkRubric returns the sheet's problems as a list of issues (each checked by the harness); it never throws.
  fuzz('checkRubric', checkRubric, fc.tuple(fc.oneof(...RUBRICS.map((r) => spoilt(r, r.id)))), {
    refuses: false,
  });
  fuzz(
    'findProductSet',
    findProductSet,
    validOrSpoilt(
      fc.tuple(fc.constantFrom('mật ong', nfd('mật ong'), 'B04', 'trà', 'MẬT ONG', 'nước mắm')),
      fc.tuple(or(mixedVietnamese)),
    ),
  );
});

describe('@ntm/ocop-scoring versions and process', () => {
  fuzz(
    'versionForDate',
    versionForDate,
    validOrSpoilt(fc.tuple(ocopDate), fc.tuple(date, hostile)),
  );
  fuzz(
    'getOcopVersion',
    getOcopVersion,
    validOrSpoilt(fc.tuple(versionId), fc.tuple(hostile, hostile)),
  );
  fuzz(
    'processPeriodFor',
    processPeriodFor,
    validOrSpoilt(fc.tuple(ocopDate), fc.tuple(date, hostile)),
  );
  fuzz(
    'recognitionPath',
    recognitionPath,
    validOrSpoilt(
      fc.tuple(stars, ocopDate, fc.record({ submittedOn: ocopDate }, { requiredKeys: [] })),
      fc.tuple(or(stars), date, or(fc.record({ submittedOn: date }, { requiredKeys: [] }))),
    ),
  );
  fuzz(
    'certificateTimeline',
    certificateTimeline,
    validOrSpoilt(
      fc.tuple(ocopDate, fc.record({ onNonWorkingDay: policy }, { requiredKeys: [] })),
      fc.tuple(date, or(fc.record({ onNonWorkingDay: or(policy) }))),
    ),
  );
  const step = fc.constantFrom('commune-check', 're-evaluation', 'province-round', 'central-round');
  fuzz(
    'processingDeadline',
    processingDeadline,
    validOrSpoilt(fc.tuple(step, ocopDate), fc.tuple(or(step), date, hostile)),
  );
  fuzz(
    'transitionDeadline',
    transitionDeadline,
    validOrSpoilt(fc.tuple(ocopDate, kind), fc.tuple(date, or(kind), hostile)),
  );
  fuzz(
    'validateRecognition',
    validateRecognition,
    validOrSpoilt(
      fc.tuple(
        fc.record(
          { stars, issuerLevel: level, decidedOn: ocopDate, submittedOn: ocopDate },
          { requiredKeys: ['stars', 'issuerLevel', 'decidedOn'] },
        ),
      ),
      fc.tuple(hostile),
    ),
  );

  const due = fc.oneof(
    fc.record({ by: ocopDate }),
    fc.record({ before: ocopDate }),
    fc.record({ withinMonth: fc.constantFrom('2022-10', '2026-02', '2022-13') }),
    fc.record({
      after: fc.constantFrom('dossier', 'district-evaluation'),
      days: fc.integer({ min: 0, max: 90 }),
    }),
    fc.record({ after: fc.constant('dossier'), workingDays: fc.integer({ min: 0, max: 60 }) }),
    fc.record({ after: fc.constant('dossier'), limit: step }),
  );
  const plan = fc.record(
    {
      name: mixedVietnamese,
      steps: fc.tuple(
        fc.record(
          { id: fc.constant('dossier'), title: mixedVietnamese, level, due, doneOn: ocopDate },
          {
            requiredKeys: ['id', 'due'],
          },
        ),
        fc.record(
          { id: fc.constant('district-evaluation'), level, due, opens: ocopDate },
          {
            requiredKeys: ['id'],
          },
        ),
        fc.record({ id: fc.constant('province'), level, due }, { requiredKeys: ['id', 'due'] }),
      ),
    },
    { requiredKeys: ['steps'] },
  );
  fuzz(
    'dossierProgress',
    dossierProgress,
    validOrSpoilt(
      fc.tuple(plan, ocopDate, fc.record({ onNonWorkingDay: policy }, { requiredKeys: [] })),
      fc.tuple(or(plan), date, or(fc.record({ onNonWorkingDay: or(policy) }))),
    ),
  );
});
