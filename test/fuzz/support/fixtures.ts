/*
 * The valid inputs the fuzz targets start from: the seed documents of the repository (directives, province
 * configurations, national supplements, the OCOP assessment, the commune facts) and valid inputs generated from the
 * shipped reference data (an answer sheet for any rubric, facts for any criteria set). Spoilt (./spoil.ts), they
 * reach the code behind the first shape check.
 */
import { readFileSync } from 'node:fs';
import { localizeCriteriaSet, supplementCriteriaSet } from '@ntm/criteria';
import { NTM_CRITERIA_SETS, XA_2021_2025, XA_2026_2030 } from '@ntm/criteria/sets';
import {
  type NtmCriteriaSet,
  type OcopRubric,
  parseNationalSupplement,
  parseProvinceCriteriaConfig,
} from '@ntm/domain';
import { QD26_RUBRICS } from '@ntm/ocop-scoring/rubrics';
import fc from 'fast-check';
import { leaves } from '../../../packages/ocop-scoring/test/answers.js';

const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));

export const LAI_CHAU = readJson('examples/directives/lai-chau-2020.json');
export const TUAN_GIAO = readJson('examples/directives/tuan-giao-2022.json');
export const DIEN_BIEN = readJson('examples/province-config/dien-bien.json');
export const PLACEHOLDERS = readJson(
  'packages/criteria/test/fixtures/placeholder-thresholds-illustrative.json',
);
export const SUPPLEMENT_2021 = readJson('examples/national-supplement/xa-2021-2025-tdmnpb.json');
export const SUPPLEMENT_2026 = readJson('examples/national-supplement/xa-2026-2030-nhom-1.json');
export const ASSESSMENT = readJson('packages/cli/test/fixtures/assessment-b04.json');
/** The 27 (illustrative) commune records of Tuần Giáo, for XA_2021_2025. */
export const COMMUNE_RECORDS = (
  readJson('packages/criteria/test/fixtures/tuan-giao-illustrative.json') as { records: unknown[] }
).records;
export const FACTS = COMMUNE_RECORDS[0];

// ---------------------------------------------------------------------------------------------------------------
// Criteria sets that can be evaluated, and facts for them
// ---------------------------------------------------------------------------------------------------------------

/** Every shipped set, and the sets a province or a supplement makes of them. */
export const CRITERIA_SETS: readonly NtmCriteriaSet[] = [
  ...NTM_CRITERIA_SETS,
  localizeCriteriaSet(XA_2021_2025, parseProvinceCriteriaConfig(DIEN_BIEN)),
  localizeCriteriaSet(XA_2021_2025, parseProvinceCriteriaConfig(PLACEHOLDERS)),
  supplementCriteriaSet(XA_2021_2025, parseNationalSupplement(SUPPLEMENT_2021)),
  supplementCriteriaSet(XA_2026_2030, parseNationalSupplement(SUPPLEMENT_2026)),
];

const REGIONS = ['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL'] as const;
const FLAGS = [
  'dbkk',
  'atk',
  'poorDistrict2018_2020',
  'khuVucII',
  'khuVucIII',
  'coastalOrIslandDbkk',
];

const yearOf = (date: string | undefined, fallback: number) =>
  date === undefined ? fallback : Number(date.slice(0, 4));

/** A year the set is in force (and a year either side), with a region or a commune group as the set asks. */
export function contextFor(set: NtmCriteriaSet): fc.Arbitrary<Record<string, unknown>> {
  const first = yearOf(set.validity.validFrom, 2016);
  const last = yearOf(set.validity.validTo, first + 5);
  const column: Record<string, fc.Arbitrary<unknown>> = set.thresholdKey === 'region'
    ? { region: fc.constantFrom(...REGIONS) }
    : { communeGroup: fc.constantFrom(1, 2, 3) };
  return fc.record(
    {
      year: fc.integer({ min: first - 1, max: last + 1 }),
      ...column,
      flags: fc.dictionary(fc.constantFrom(...FLAGS), fc.boolean(), { maxKeys: 3 }),
    },
    { requiredKeys: ['year'] },
  );
}

/** A value of the indicator's type, usually plausible, sometimes at or past its limits. */
function factValue(type: string, unit: string | undefined): fc.Arbitrary<unknown> {
  if (type === 'boolean') return fc.boolean();
  if (type === 'absence') return fc.nat(4);
  const max = type === 'percent' ? 100 : 500;
  const number = fc.oneof(
    fc.double({ min: 0, max, noNaN: true }),
    fc.integer({ min: 0, max }),
    fc.constantFrom(0, max),
  );
  return fc.oneof(
    { weight: 4, arbitrary: number },
    {
      weight: 1,
      arbitrary: number.map((value) => (unit === undefined ? { value } : { value, unit })),
    },
  );
}

/** Facts for `set`: a value for each of some of its indicators, and some optional ones not applicable. */
export function factsFor(set: NtmCriteriaSet): fc.Arbitrary<Record<string, unknown>> {
  const indicators = set.criteria.flatMap((c) => c.indicators);
  const values = fc.record(
    Object.fromEntries(indicators.map((i) => [i.code, factValue(i.type, i.unit)])),
    { requiredKeys: [] },
  );
  const optional = indicators.filter((i) => i.optional).map((i) => i.code);
  return fc.record(
    {
      setId: fc.constant(set.id),
      values,
      notApplicable: fc.subarray(optional),
    },
    { requiredKeys: ['values'] },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// OCOP answer sheets
// ---------------------------------------------------------------------------------------------------------------

/** A valid answer sheet for `rubric`: an answer per criterion (some missing), and some of its disqualifiers. */
export function answersFor(rubric: OcopRubric): fc.Arbitrary<Record<string, unknown>> {
  const answers = Object.fromEntries(
    leaves(rubric).map(({ criterion }) => {
      if (criterion.kind === 'yes-no') return [criterion.code, fc.boolean()];
      if (criterion.kind === 'choice')
        return [criterion.code, fc.nat(Math.max(0, criterion.options.length - 1))];
      return [
        criterion.code,
        fc.constantFrom(...criterion.cases).chain((k) =>
          fc.record({
            case: fc.constant(k.id),
            option: fc.nat(Math.max(0, k.options.length - 1)),
          }),
        ),
      ];
    }),
  );
  const disqualifiers = rubric.disqualifiers.map((d) => d.id);
  return fc.record(
    {
      rubric: fc.constant(rubric.id),
      // Every answer but the first: a sheet with one answer missing is refused, the others are scored.
      criteria: fc.record(answers, { requiredKeys: Object.keys(answers).slice(1) as never[] }),
      disqualifiers: fc.subarray(disqualifiers, { maxLength: Math.min(1, disqualifiers.length) }),
    },
    { requiredKeys: ['criteria'] },
  );
}

/** The 26 shipped scoring sheets. */
export const RUBRICS: readonly OcopRubric[] = Object.values(QD26_RUBRICS);

/** An assessment document (the format `parseOcopAssessment` reads) for a shipped rubric. */
export const assessment = fc
  .constantFrom(...RUBRICS)
  .chain((rubric) =>
    fc.record({
      product: fc.record(
        { name: fc.constantFrom('Mật ong bạc hà', 'Trà shan tuyết'), producer: fc.constant('HTX') },
        { requiredKeys: ['name'] },
      ),
      productSet: fc.constant(rubric.productSet),
      submittedOn: fc.constantFrom('2026-06-10', '2026-03-01', '2025-12-31'),
      kind: fc.constantFrom('first', 'upgrade', 're-evaluation'),
      answers: answersFor(rubric),
    }),
  )
  .map(({ answers, ...document }) => ({ ...document, ...answers }));
