// One call per code that @ntm/criteria raises (see test/support/error-examples.ts): its own `criteria/*` codes, and
// the shared shape codes as its engines raise them.

import type { IssuePath, NationalSupplement, NtmCriteriaSet, NtmErrorCode } from '@ntm/domain';
import { type ErrorExample, raisesNaming, sourceOf } from '../../../test/support/error-examples.js';
import {
  evaluateCommune,
  listMissingThresholds,
  localizeCriteriaSet,
  resolveCriteriaSet,
  roadmap,
  summarize,
  supplementCriteriaSet,
} from '../src/index.js';
import { NTM_CRITERIA_SETS, XA_2016_2020, XA_2021_2025, XA_2026_2030 } from '../src/sets.js';
import { evaluate, FILLED, WITH_LEVELS } from './evaluations.js';
import { fortySeven, on2021, on2026, yesNo } from './supplements.js';

const TDMNPB = { year: 2022, region: 'TDMNPB' } as const;
const text = { vi: 'Chỉ tiêu thêm', en: 'Added' };
/** Calls show the shipped sets, and the text of added indicators, by name. */
const SETS = { XA_2016_2020, XA_2021_2025, XA_2026_2030, NTM_CRITERIA_SETS };
/** Quài Cang's 2020 evaluation, on QĐ 1980 and with the illustrative Điện Biên levels. */
const evaluation2020 = evaluate(FILLED, { id: 'quai-cang' }, 2020);
const levelled2020 = evaluate(WITH_LEVELS, { id: 'quai-cang' }, 2020);
const raises = raisesNaming({ ...SETS, text, evaluation2020, levelled2020 });
/** localizeCriteriaSet on the 2021–2025 set, with the path inside the configuration. */
const localizing = (code: NtmErrorCode, config: unknown, path: IssuePath): ErrorExample =>
  raises(code, localizeCriteriaSet, [XA_2021_2025, config as never], ['config', ...path]);
/** localizing a configuration of one threshold entry, refused at a field of that entry. */
const localizingThreshold = (code: NtmErrorCode, entry: object, field: string): ErrorExample =>
  localizing(code, { thresholds: [entry] }, ['thresholds', 0, field]);
/** localizing a configuration that adds one indicator (with `text`), refused at a field of it. */
const addingIndicator = (code: NtmErrorCode, added: object, field: string): ErrorExample =>
  localizing(code, { addIndicators: [{ ...added, text }] }, ['addIndicators', 0, field]);
/** evaluateCommune on the 2021–2025 set, for a TDMNPB commune in 2022. */
const evaluating = (code: NtmErrorCode, facts: unknown, path: IssuePath): ErrorExample =>
  raises(code, evaluateCommune, [XA_2021_2025, facts as never, TDMNPB], path);
const NFD = (text: string) => text.normalize('NFD');
/** resolveCriteriaSet for a commune on `date`, among the shipped sets. */
const resolving = (code: NtmErrorCode, date: string): ErrorExample =>
  raises(code, resolveCriteriaSet, [{ level: 'xa', date }, NTM_CRITERIA_SETS], ['date']);
/** evaluateCommune with no values, refused for a field of its context. */
const inContext = (
  code: NtmErrorCode,
  set: NtmCriteriaSet,
  context: Record<string, unknown>,
  field: string,
): ErrorExample =>
  raises(code, evaluateCommune, [set, { values: {} }, context as never], ['context', field]);

/**
 * A supplement example on the set the supplement names, with the path inside the supplement; its call shows what the
 * supplement adds to the decision it cites: `{ …, thresholds: […] }`.
 */
function supplementing(
  code: NtmErrorCode,
  supplement: NationalSupplement,
  path: IssuePath,
): ErrorExample {
  const set = NTM_CRITERIA_SETS.find((candidate) => candidate.id === supplement.baseSetId);
  if (set === undefined) throw new Error(`no shipped set ${supplement.baseSetId}`);
  const { baseSetId: _set, source: _decision, ...added } = supplement;
  const shown = Object.entries(added).map(([key, value]) => `${key}: ${sourceOf(value)}`);
  return {
    code,
    call: `supplementCriteriaSet(${sourceOf(set, SETS)}, { …, ${shown.join(', ')} })`,
    run: () => supplementCriteriaSet(set, supplement),
    path: ['supplement', ...path],
  };
}

/** A QĐ 318 supplement of one threshold entry, refused at that entry (at its field `field`, if given). */
const supplementingThreshold = (code: NtmErrorCode, entry: object, field?: string): ErrorExample =>
  supplementing(code, on2021([entry as never]), ['thresholds', 0, ...(field ? [field] : [])]);

export const CRITERIA_ERROR_EXAMPLES: readonly ErrorExample[] = [
  raises(
    'criteria/unknown-set',
    evaluateCommune,
    [undefined as never, { values: {} }, TDMNPB],
    ['set'],
  ),
  {
    code: 'criteria/invalid-set',
    call: "listMissingThresholds({ ...XA_2021_2025, thresholdKey: 'province' })",
    run: () => listMissingThresholds({ ...XA_2021_2025, thresholdKey: 'province' as never }),
    path: ['set', 'thresholdKey'],
  },
  resolving('criteria/no-set-in-force', '2016-11-30'),
  raises(
    'criteria/ambiguous-set',
    resolveCriteriaSet,
    [{ level: 'xa', date: '2023-01-01' }, [XA_2021_2025, XA_2021_2025]],
    ['sets'],
  ),
  evaluating('criteria/set-mismatch', { setId: 'XA_2016_2020', values: {} }, ['facts', 'setId']),
  inContext('criteria/year-outside-set', XA_2021_2025, { year: 2019, region: 'TDMNPB' }, 'year'),
  inContext('criteria/missing-region', XA_2021_2025, { year: 2022 }, 'region'),
  inContext('criteria/missing-commune-group', XA_2026_2030, { year: 2026 }, 'communeGroup'),
  evaluating('criteria/unknown-indicator', { values: { '20.1': true } }, ['values', '20.1']),
  evaluating('criteria/not-optional', { values: {}, notApplicable: ['13.1'] }, [
    'facts',
    'notApplicable',
    0,
  ]),
  raises(
    'criteria/wrong-unit',
    evaluateCommune,
    [
      XA_2016_2020,
      { values: { '10': { value: 37, unit: 'nghìn đồng' } } },
      { year: 2020, region: 'BTB' },
    ],
    ['values', '10', 'unit'],
  ),
  localizing('criteria/cannot-drop-national', { removeIndicators: ['17.3'] }, [
    'removeIndicators',
    0,
  ]),
  addingIndicator(
    'criteria/duplicate-indicator',
    { code: '17.3', criterion: '17', type: 'boolean' },
    'code',
  ),
  addingIndicator(
    'criteria/unknown-criterion',
    { code: '20.1', criterion: '20', type: 'boolean' },
    'criterion',
  ),
  addingIndicator(
    'criteria/missing-direction',
    { code: '17.DB1', criterion: '17', type: 'percent' },
    'direction',
  ),
  localizingThreshold('criteria/threshold-on-judgement', { indicator: '1.1', value: 1 }, 'value'),
  localizingThreshold('criteria/unknown-key', { indicator: '15.1', key: 'HN', value: 90 }, 'key'),
  localizingThreshold(
    'criteria/year-not-applicable',
    { indicator: '15.1', year: 2022, value: 90 },
    'year',
  ),
  localizing(
    'criteria/duplicate-threshold',
    {
      thresholds: [
        { indicator: '15.1', value: 90 },
        { indicator: '15.1', key: 'TDMNPB', value: 95 },
      ],
    },
    ['thresholds', 1],
  ),
  localizingThreshold(
    'criteria/loosens-national',
    { indicator: '15.3', key: 'TDMNPB', value: 30 },
    'value',
  ),
  raises(
    'criteria/unknown-level',
    roadmap,
    [{ 2020: [levelled2020] }, [{ commune: 'quai-cang', year: 2022, provincialLevel: 'xuat-sac' }]],
    ['targets', 0, 'provincialLevel'],
  ),
  raises(
    'criteria/no-provincial-levels',
    roadmap,
    [
      { 2020: [evaluation2020] },
      [{ commune: 'quai-cang', year: 2022, provincialLevel: 'dat-chuan' }],
    ],
    ['targets', 0, 'provincialLevel'],
  ),
  raises(
    'criteria/year-mismatch',
    roadmap,
    [{ 2021: [evaluation2020] }, []],
    ['evaluationsByYear', '2021', 0],
  ),
  raises(
    'criteria/duplicate-evaluation',
    roadmap,
    [{ 2020: [evaluation2020, evaluation2020] }, []],
    ['evaluationsByYear', '2020', 1],
  ),
  raises(
    'criteria/no-evaluation',
    roadmap,
    [{ 2020: [evaluation2020] }, [{ commune: 'quai-to', year: 2022 }]],
    ['targets', 0, 'commune'],
  ),
  // The shared shape codes, as the engines of @ntm/criteria raise them.
  evaluating('input/wrong-type', { values: { '1.1': 1 } }, ['values', '1.1']),
  evaluating('input/missing', { setId: 'XA_2021_2025' } as never, ['facts', 'values']),
  localizing('input/unknown-field', { loosen: true } as never, ['loosen']),
  localizing('input/empty', { baseSetId: ' ' }, ['baseSetId']),
  {
    code: 'input/hole',
    call: "evaluateCommune(XA_2021_2025, { values: {}, notApplicable: [, '13.4'] }, { year: 2022, region: 'TDMNPB' })",
    run: () =>
      // biome-ignore lint/suspicious/noSparseArray: the hole is the example
      evaluateCommune(XA_2021_2025, { values: {}, notApplicable: [, '13.4'] as never }, TDMNPB),
    path: ['facts', 'notApplicable', 0],
  },
  {
    code: 'input/too-long',
    call: "localizeCriteriaSet(XA_2021_2025, { removeIndicators: ['x'.repeat(33)] })",
    run: () => localizeCriteriaSet(XA_2021_2025, { removeIndicators: ['x'.repeat(33)] }),
    path: ['config', 'removeIndicators', 0],
  },
  evaluating('input/too-small', { values: { '15.1': -1 } }, ['values', '15.1']),
  evaluating('input/too-big', { values: { '15.1': 100.5 } }, ['values', '15.1']),
  evaluating('input/not-integer', { values: { '9.1': 1.5 } }, ['values', '9.1']),
  raises(
    'input/not-allowed',
    summarize,
    [[evaluation2020], { by: 'commune' as never }],
    ['options', 'by'],
  ),
  evaluating('number/not-finite', { values: { '15.1': Number.NaN } }, ['values', '15.1']),
  evaluating('key/forbidden', { values: { constructor: true } }, ['values', 'constructor']),
  {
    code: 'key/not-nfc',
    call: "evaluateCommune(XA_2021_2025, { values: { ['Thu nhập'.normalize('NFD')]: 40 } }, { year: 2022, region: 'TDMNPB' })",
    run: () => evaluateCommune(XA_2021_2025, { values: { [NFD('Thu nhập')]: 40 } }, TDMNPB),
    path: ['values', NFD('Thu nhập')],
  },
  {
    code: 'text/not-nfc',
    call: "localizeCriteriaSet(XA_2021_2025, { province: 'Điện Biên'.normalize('NFD') })",
    run: () => localizeCriteriaSet(XA_2021_2025, { province: NFD('Điện Biên') }),
    path: ['config', 'province'],
  },
  resolving('date/invalid', '2022-02-30'),
];

// The national supplement (supplementCriteriaSet): one call per rule, shared codes included.
export const SUPPLEMENT_ERROR_EXAMPLES: readonly ErrorExample[] = [
  {
    code: 'criteria/set-mismatch',
    call: "supplementCriteriaSet(XA_2021_2025, { baseSetId: 'XA_2026_2030', source: { document: 'QĐ 51/2025/QĐ-TTg' } })",
    run: () => supplementCriteriaSet(XA_2021_2025, on2026({})),
    path: ['supplement', 'baseSetId'],
  },
  {
    code: 'criteria/supplement-after-localisation',
    call: "supplementCriteriaSet(localizeCriteriaSet(XA_2021_2025, { province: 'Điện Biên' }), supplement)",
    run: () =>
      supplementCriteriaSet(
        localizeCriteriaSet(XA_2021_2025, { province: 'Điện Biên' }),
        on2021([]),
      ),
    path: ['set'],
  },
  {
    code: 'criteria/already-supplemented',
    call: 'supplementCriteriaSet(supplementCriteriaSet(XA_2021_2025, supplement), supplement)',
    run: () => supplementCriteriaSet(supplementCriteriaSet(XA_2021_2025, on2021([])), on2021([])),
    path: ['set'],
  },
  supplementing('criteria/unknown-criterion', on2026({ indicators: [yesNo('11.1', '11')] }), [
    'indicators',
    0,
    'criterion',
  ]),
  supplementing(
    'criteria/indicator-outside-criterion',
    on2026({ indicators: [yesNo('2.1', '1')] }),
    ['indicators', 0, 'code'],
  ),
  supplementing(
    'criteria/duplicate-indicator',
    { ...on2021(undefined), indicators: [yesNo('15.1', '15')] },
    ['indicators', 0, 'code'],
  ),
  {
    code: 'criteria/too-many-indicators',
    call: 'supplementCriteriaSet(XA_2026_2030, { …, indicators: /* 48 indicators */ })',
    run: () =>
      supplementCriteriaSet(
        XA_2026_2030,
        on2026({ indicators: [...fortySeven(), yesNo('10.9', '10')] }),
      ),
    path: ['supplement', 'indicators'],
  },
  supplementing(
    'criteria/missing-direction',
    on2026({ indicators: [{ ...yesNo('1.1', '1'), type: 'percent' }] }),
    ['indicators', 0, 'direction'],
  ),
  supplementing(
    'criteria/judgement-with-measure',
    on2026({ indicators: [{ ...yesNo('1.1', '1'), unit: '%' }] }),
    ['indicators', 0, 'unit'],
  ),
  supplementing(
    'criteria/wrong-unit',
    on2026({
      indicators: [{ ...yesNo('1.1', '1'), type: 'percent', unit: 'kg', direction: '>=' }],
    }),
    ['indicators', 0, 'unit'],
  ),
  supplementing(
    'criteria/missing-unit',
    on2026({ indicators: [{ ...yesNo('3.1', '3'), type: 'number', direction: '>=' }] }),
    ['indicators', 0, 'unit'],
  ),
  supplementingThreshold(
    'criteria/threshold-on-judgement',
    { indicator: '1.1', value: 1 },
    'value',
  ),
  supplementingThreshold(
    'criteria/unknown-indicator',
    { indicator: '20.1', value: 1 },
    'indicator',
  ),
  supplementingThreshold('criteria/unknown-key', { indicator: '11', key: 'HN', value: 5 }, 'key'),
  supplementingThreshold(
    'criteria/year-not-applicable',
    { indicator: '11', year: 2023, value: 5 },
    'year',
  ),
  supplementingThreshold('criteria/year-required', { indicator: '10', key: 'TDMNPB', value: 30 }),
  supplementingThreshold(
    'criteria/year-outside-set',
    { indicator: '10', key: 'TDMNPB', year: 2021, value: 30 },
    'year',
  ),
  supplementing(
    'criteria/duplicate-threshold',
    on2021([
      { indicator: '11', value: 5 },
      { indicator: '11', key: 'DBSH', value: 4 },
    ]),
    ['thresholds', 1],
  ),
  raises(
    'criteria/contradicts-verified',
    supplementCriteriaSet,
    [
      XA_2016_2020,
      {
        baseSetId: 'XA_2016_2020',
        source: { document: 'QĐ 1980/QĐ-TTg' },
        thresholds: [{ indicator: '15.1', key: 'TDMNPB', value: 80 }],
      },
    ],
    ['supplement', 'thresholds', 0, 'value'],
  ),
  supplementingThreshold(
    'criteria/replaces-required',
    { indicator: '15.3', key: 'TDMNPB', value: 25 },
    'value',
  ),
  supplementingThreshold(
    'criteria/replaces-mismatch',
    { indicator: '15.3', key: 'TDMNPB', value: 25, replaces: 23 },
    'replaces',
  ),
  supplementingThreshold(
    'criteria/nothing-to-replace',
    { indicator: '11', key: 'TDMNPB', value: 5, replaces: 6 },
    'replaces',
  ),
  {
    code: 'criteria/supplement-without-set',
    call: "resolveCriteriaSet({ level: 'xa', date: '2022-07-26' }, [XA_2021_2025], { supplements: [{ baseSetId: 'XA_2026_2030', … }] })",
    run: () =>
      resolveCriteriaSet({ level: 'xa', date: '2022-07-26' }, [XA_2021_2025], {
        supplements: [on2026({})],
      }),
    path: ['options', 'supplements', 0, 'baseSetId'],
  },
];
