// Fuzzing @ntm/criteria: evaluateCommune on facts generated for every shipped, localised and supplemented set (and on
// the seed communes), against hand-made (spoilt) sets too; province configurations and national supplements,
// generated and spoilt; and summaries and roadmaps over real evaluations.
import {
  citationOf,
  evaluateCommune,
  listMissingThresholds,
  localizeCriteriaSet,
  type NtmCommuneEvaluation,
  resolveCriteriaSet,
  roadmap,
  summarize,
  supplementCriteriaSet,
  supplyLabel,
} from '@ntm/criteria';
import { NTM_CRITERIA_SETS, XA_2021_2025, XA_2026_2030 } from '@ntm/criteria/sets';
import { type NtmCriteriaSet, parseNationalSupplement } from '@ntm/domain';
import fc from 'fast-check';
import { describe } from 'vitest';
import {
  COMMUNE_RECORDS,
  CRITERIA_SETS,
  contextFor,
  DIEN_BIEN,
  factsFor,
  PLACEHOLDERS,
  SUPPLEMENT_2021,
  SUPPLEMENT_2026,
} from './support/fixtures.js';
import { fuzz } from './support/harness.js';
import { date, hostile, mixedVietnamese, num, or, recentDate } from './support/hostile-values.js';
import { Ref, ref } from './support/ref.js';
import { spoilt, validOrSpoilt } from './support/spoil.js';

const setRef = (set: NtmCriteriaSet) =>
  new Ref(set.id + (set.provenance ? ' (localised)' : ''), set);

/** A set, facts written for it and a context it can be evaluated in. */
const evaluationArgs = fc
  .constantFrom(...CRITERIA_SETS)
  .chain((set) => fc.tuple(fc.constant(setRef(set)), factsFor(set), contextFor(set)));

/** The seed communes (illustrative Tuần Giáo data) against XA_2021_2025 and its Điện Biên localisation. */
const seedArgs = fc.tuple(
  fc.constantFrom(setRef(XA_2021_2025), setRef(CRITERIA_SETS.at(-4) as NtmCriteriaSet)),
  fc.constantFrom(...COMMUNE_RECORDS),
  fc.constantFrom(
    { year: 2022, region: 'TDMNPB' },
    { year: 2024, region: 'TDMNPB', flags: { dbkk: true } },
  ),
);

/** A province configuration for XA_2021_2025: thresholds on its indicators and keys, tighter or looser. */
const indicators = XA_2021_2025.criteria.flatMap((c) => c.indicators);
const thresholdEntry = fc.constantFrom(...indicators).chain((indicator) =>
  fc.record(
    {
      indicator: fc.constant(indicator.code),
      key: fc.constantFrom(...Object.keys(indicator.thresholds), 'TDMNPB', 'chung'),
      value: fc.oneof(
        fc.integer({ min: 0, max: 100 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
      ),
      source: mixedVietnamese,
    },
    { requiredKeys: ['indicator', 'value'] },
  ),
);
const generatedConfig = fc.record(
  {
    province: fc.constantFrom('Điện Biên', 'Lai Châu'),
    baseSetId: fc.constant(XA_2021_2025.id),
    illustrative: fc.boolean(),
    thresholds: fc.array(thresholdEntry, { maxLength: 4 }),
    removeIndicators: fc.subarray(
      indicators.filter((i) => i.optional).map((i) => i.code),
      { maxLength: 1 },
    ),
  },
  { requiredKeys: [] },
);

describe('@ntm/criteria', () => {
  fuzz(
    'evaluateCommune',
    evaluateCommune,
    fc.oneof(
      { weight: 6, arbitrary: validOrSpoilt(fc.oneof(evaluationArgs, seedArgs)) },
      // A hand-made set: a shipped or localised one with a field changed, and facts for the original.
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(...CRITERIA_SETS)
          .chain((set) => fc.tuple(spoilt(set, set.id), factsFor(set), contextFor(set))),
      },
      { weight: 1, arbitrary: fc.tuple(hostile, hostile, hostile) },
    ),
  );

  const configs = fc.oneof(
    spoilt(DIEN_BIEN, 'DIEN_BIEN'),
    spoilt(PLACEHOLDERS, 'PLACEHOLDERS'),
    generatedConfig.chain((config) => spoilt(config, 'generated configuration')),
  );
  const nationalSets = fc.oneof(
    { weight: 6, arbitrary: ref('XA_2021_2025', XA_2021_2025) },
    { weight: 2, arbitrary: fc.constantFrom(...NTM_CRITERIA_SETS).map(setRef) },
    { weight: 1, arbitrary: spoilt(XA_2021_2025, 'XA_2021_2025') },
  );
  fuzz('localizeCriteriaSet', localizeCriteriaSet, fc.tuple(nationalSets, configs), {
    frozen: 'deep',
  });

  const supplements = fc.oneof(
    fc.tuple(ref('XA_2021_2025', XA_2021_2025), spoilt(SUPPLEMENT_2021, 'SUPPLEMENT_2021')),
    fc.tuple(ref('XA_2026_2030', XA_2026_2030), spoilt(SUPPLEMENT_2026, 'SUPPLEMENT_2026')),
  );
  fuzz(
    'supplementCriteriaSet',
    supplementCriteriaSet,
    fc.oneof(
      { weight: 4, arbitrary: supplements },
      {
        weight: 1,
        arbitrary: fc.tuple(
          fc.constantFrom(XA_2021_2025, XA_2026_2030).chain((set) => spoilt(set, set.id)),
          fc.constantFrom(SUPPLEMENT_2021, SUPPLEMENT_2026).map((s) => parseNationalSupplement(s)),
        ),
      },
    ),
    { frozen: 'deep' },
  );
  fuzz(
    'listMissingThresholds',
    listMissingThresholds,
    fc.tuple(
      fc.oneof(
        { weight: 2, arbitrary: fc.constantFrom(...CRITERIA_SETS).map(setRef) },
        { weight: 3, arbitrary: fc.constantFrom(...CRITERIA_SETS).chain((s) => spoilt(s, s.id)) },
      ),
    ),
  );
  fuzz(
    'resolveCriteriaSet',
    resolveCriteriaSet,
    validOrSpoilt(
      fc.tuple(
        fc.record({ level: fc.constantFrom('xa', 'xa-nang-cao', 'huyen'), date: recentDate }),
        ref('NTM_CRITERIA_SETS', NTM_CRITERIA_SETS),
        fc.record(
          {
            supplements: fc.subarray([
              parseNationalSupplement(SUPPLEMENT_2021),
              parseNationalSupplement(SUPPLEMENT_2026),
            ]),
          },
          { requiredKeys: [] },
        ),
      ),
      fc.tuple(or(fc.record({ level: or(fc.constant('xa')), date })), hostile, hostile),
    ),
  );
});

describe('@ntm/criteria reports over evaluations', () => {
  /** The seed communes (one record each) evaluated once per year against the Điện Biên set (it has levels). */
  const DIEN_BIEN_SET = CRITERIA_SETS.at(-4) as NtmCriteriaSet;
  const YEARS = [2022, 2023, 2024] as const;
  const ONE_EACH = [
    ...new Map(
      COMMUNE_RECORDS.map((r) => [(r as { commune: { id: string } }).commune.id, r]),
    ).values(),
  ];
  const EVALUATIONS = new Map<number, readonly NtmCommuneEvaluation[]>(
    YEARS.map((year) => [
      year,
      ONE_EACH.map((record) =>
        evaluateCommune(DIEN_BIEN_SET, record as never, { year, region: 'TDMNPB' }),
      ),
    ]),
  );
  const evaluationsOf = (year: number, min = 0) =>
    fc
      .subarray([...(EVALUATIONS.get(year) ?? [])], { minLength: min, maxLength: 8 })
      .map((list) => new Ref(`${list.length} evaluations of ${year}`, list));
  const spoiltEvaluations = fc.array(
    fc
      .constantFrom(...(EVALUATIONS.get(2022) ?? []).slice(0, 3))
      .chain((e) => spoilt(e, 'an evaluation')),
    { maxLength: 3 },
  );
  fuzz(
    'summarize',
    summarize,
    fc.oneof(
      {
        weight: 3,
        arbitrary: fc.tuple(
          fc.constantFrom(...YEARS).chain((year) => evaluationsOf(year)),
          fc.record(
            {
              by: fc.constantFrom('district', 'province', 'targetYear', 'year'),
              belowCriteria: fc.integer({ min: 0, max: 19 }),
            },
            { requiredKeys: [] },
          ),
        ),
      },
      {
        weight: 2,
        arbitrary: fc.tuple(
          or(spoiltEvaluations),
          or(fc.record({ by: or(fc.constant('district')), belowCriteria: num })),
        ),
      },
    ),
  );

  /** Evaluations by year, and targets for communes evaluated in one of those years. */
  const roadmapArgs = fc
    .subarray([...YEARS], { minLength: 1 })
    .chain((years) => fc.tuple(...years.map((year) => evaluationsOf(year, 1))))
    .chain((lists) => {
      const byYear = Object.fromEntries(
        lists.map((list) => [String((list.value as NtmCommuneEvaluation[])[0]?.year), list.value]),
      );
      const communes = lists.flatMap((list) =>
        (list.value as NtmCommuneEvaluation[]).map((e) => e.commune?.id ?? ''),
      );
      const target = fc.record(
        {
          commune: fc.constantFrom(...communes),
          year: fc.integer({ min: 2022, max: 2026 }),
          provincialLevel: fc.constantFrom('dat-chuan', 'co-ban-dat-chuan'),
        },
        { requiredKeys: ['commune', 'year'] },
      );
      return fc.tuple(
        fc.constant(new Ref(`evaluations of ${Object.keys(byYear)}`, byYear)),
        fc.uniqueArray(target, { maxLength: 4, selector: (t) => t.commune }),
      );
    });
  fuzz(
    'roadmap',
    roadmap,
    fc.oneof(
      { weight: 3, arbitrary: validOrSpoilt(roadmapArgs) },
      {
        weight: 1,
        arbitrary: fc.tuple(
          or(
            fc.dictionary(
              fc.oneof(fc.constant('2022'), fc.constant('__proto__')),
              spoiltEvaluations,
            ),
          ),
          or(fc.array(or(fc.record({ commune: or(fc.string()), year: num })), { maxLength: 3 })),
        ),
      },
    ),
  );
});

describe('@ntm/criteria labels of supplied values', () => {
  const source = fc.record(
    {
      document: fc.constantFrom('QĐ 51/2025/QĐ-TTg', 'QĐ 318/QĐ-TTg'),
      annex: fc.constantFrom('Phụ lục I', 'Phụ lục II'),
      page: fc.integer({ min: 1, max: 300 }),
      url: fc.webUrl(),
    },
    { requiredKeys: ['document'] },
  );
  fuzz('citationOf', citationOf, validOrSpoilt(fc.tuple(source), fc.tuple(hostile)));
  fuzz(
    'supplyLabel',
    supplyLabel,
    validOrSpoilt(fc.tuple(fc.record({ source, illustrative: fc.boolean() })), fc.tuple(hostile)),
  );
});
