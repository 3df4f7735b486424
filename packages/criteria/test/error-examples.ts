// One call per code that @ntm/criteria raises (see test/support/error-examples.ts): its own `criteria/*` codes, and
// the shared shape codes as its engines raise them.

import type { NationalSupplement } from '@ntm/domain';
import type { ErrorExample } from '../../../test/support/error-examples.js';
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

const TDMNPB = { year: 2022, region: 'TDMNPB' } as const;
const TEXT = { vi: 'Chỉ tiêu thêm', en: 'Added' };
const NFD = (text: string) => text.normalize('NFD');
const quaiCang2020 = evaluate(FILLED, { id: 'quai-cang' }, 2020);
const levelled2020 = evaluate(WITH_LEVELS, { id: 'quai-cang' }, 2020);

export const CRITERIA_ERROR_EXAMPLES: readonly ErrorExample[] = [
  {
    code: 'criteria/unknown-set',
    call: "evaluateCommune(undefined, { values: {} }, { year: 2022, region: 'TDMNPB' })",
    run: () => evaluateCommune(undefined as never, { values: {} }, TDMNPB),
    path: ['set'],
  },
  {
    code: 'criteria/invalid-set',
    call: "listMissingThresholds({ ...XA_2021_2025, thresholdKey: 'province' })",
    run: () => listMissingThresholds({ ...XA_2021_2025, thresholdKey: 'province' as never }),
    path: ['set', 'thresholdKey'],
  },
  {
    code: 'criteria/no-set-in-force',
    call: "resolveCriteriaSet({ level: 'xa', date: '2016-11-30' }, NTM_CRITERIA_SETS)",
    run: () => resolveCriteriaSet({ level: 'xa', date: '2016-11-30' }, NTM_CRITERIA_SETS),
    path: ['date'],
  },
  {
    code: 'criteria/ambiguous-set',
    call: "resolveCriteriaSet({ level: 'xa', date: '2023-01-01' }, [XA_2021_2025, XA_2021_2025])",
    run: () =>
      resolveCriteriaSet({ level: 'xa', date: '2023-01-01' }, [XA_2021_2025, XA_2021_2025]),
    path: ['sets'],
  },
  {
    code: 'criteria/set-mismatch',
    call: "evaluateCommune(XA_2021_2025, { setId: 'XA_2016_2020', values: {} }, { year: 2022, region: 'TDMNPB' })",
    run: () => evaluateCommune(XA_2021_2025, { setId: 'XA_2016_2020', values: {} }, TDMNPB),
    path: ['facts', 'setId'],
  },
  {
    code: 'criteria/year-outside-set',
    call: "evaluateCommune(XA_2021_2025, { values: {} }, { year: 2019, region: 'TDMNPB' })",
    run: () => evaluateCommune(XA_2021_2025, { values: {} }, { year: 2019, region: 'TDMNPB' }),
    path: ['context', 'year'],
  },
  {
    code: 'criteria/missing-region',
    call: 'evaluateCommune(XA_2021_2025, { values: {} }, { year: 2022 })',
    run: () => evaluateCommune(XA_2021_2025, { values: {} }, { year: 2022 }),
    path: ['context', 'region'],
  },
  {
    code: 'criteria/missing-commune-group',
    call: 'evaluateCommune(XA_2026_2030, { values: {} }, { year: 2026 })',
    run: () => evaluateCommune(XA_2026_2030, { values: {} }, { year: 2026 }),
    path: ['context', 'communeGroup'],
  },
  {
    code: 'criteria/unknown-indicator',
    call: "evaluateCommune(XA_2021_2025, { values: { '20.1': true } }, { year: 2022, region: 'TDMNPB' })",
    run: () => evaluateCommune(XA_2021_2025, { values: { '20.1': true } }, TDMNPB),
    path: ['values', '20.1'],
  },
  {
    code: 'criteria/not-optional',
    call: "evaluateCommune(XA_2021_2025, { values: {}, notApplicable: ['13.1'] }, { year: 2022, region: 'TDMNPB' })",
    run: () => evaluateCommune(XA_2021_2025, { values: {}, notApplicable: ['13.1'] }, TDMNPB),
    path: ['facts', 'notApplicable', 0],
  },
  {
    code: 'criteria/wrong-unit',
    call: "evaluateCommune(XA_2016_2020, { values: { '10': { value: 37, unit: 'nghìn đồng' } } }, { year: 2020, region: 'BTB' })",
    run: () =>
      evaluateCommune(
        XA_2016_2020,
        { values: { '10': { value: 37, unit: 'nghìn đồng' } } },
        { year: 2020, region: 'BTB' },
      ),
    path: ['values', '10', 'unit'],
  },
  {
    code: 'criteria/cannot-drop-national',
    call: "localizeCriteriaSet(XA_2021_2025, { removeIndicators: ['17.3'] })",
    run: () => localizeCriteriaSet(XA_2021_2025, { removeIndicators: ['17.3'] }),
    path: ['config', 'removeIndicators', 0],
  },
  {
    code: 'criteria/duplicate-indicator',
    call: "localizeCriteriaSet(XA_2021_2025, { addIndicators: [{ code: '17.3', criterion: '17', type: 'boolean', text }] })",
    run: () =>
      localizeCriteriaSet(XA_2021_2025, {
        addIndicators: [{ code: '17.3', criterion: '17', type: 'boolean', text: TEXT }],
      }),
    path: ['config', 'addIndicators', 0, 'code'],
  },
  {
    code: 'criteria/unknown-criterion',
    call: "localizeCriteriaSet(XA_2021_2025, { addIndicators: [{ code: '20.1', criterion: '20', type: 'boolean', text }] })",
    run: () =>
      localizeCriteriaSet(XA_2021_2025, {
        addIndicators: [{ code: '20.1', criterion: '20', type: 'boolean', text: TEXT }],
      }),
    path: ['config', 'addIndicators', 0, 'criterion'],
  },
  {
    code: 'criteria/missing-direction',
    call: "localizeCriteriaSet(XA_2021_2025, { addIndicators: [{ code: '17.DB1', criterion: '17', type: 'percent', text }] })",
    run: () =>
      localizeCriteriaSet(XA_2021_2025, {
        addIndicators: [{ code: '17.DB1', criterion: '17', type: 'percent', text: TEXT }],
      }),
    path: ['config', 'addIndicators', 0, 'direction'],
  },
  {
    code: 'criteria/threshold-on-judgement',
    call: "localizeCriteriaSet(XA_2021_2025, { thresholds: [{ indicator: '1.1', value: 1 }] })",
    run: () => localizeCriteriaSet(XA_2021_2025, { thresholds: [{ indicator: '1.1', value: 1 }] }),
    path: ['config', 'thresholds', 0, 'value'],
  },
  {
    code: 'criteria/unknown-key',
    call: "localizeCriteriaSet(XA_2021_2025, { thresholds: [{ indicator: '15.1', key: 'HN', value: 90 }] })",
    run: () =>
      localizeCriteriaSet(XA_2021_2025, {
        thresholds: [{ indicator: '15.1', key: 'HN', value: 90 }],
      }),
    path: ['config', 'thresholds', 0, 'key'],
  },
  {
    code: 'criteria/year-not-applicable',
    call: "localizeCriteriaSet(XA_2021_2025, { thresholds: [{ indicator: '15.1', year: 2022, value: 90 }] })",
    run: () =>
      localizeCriteriaSet(XA_2021_2025, {
        thresholds: [{ indicator: '15.1', year: 2022, value: 90 }],
      }),
    path: ['config', 'thresholds', 0, 'year'],
  },
  {
    code: 'criteria/duplicate-threshold',
    call: "localizeCriteriaSet(XA_2021_2025, { thresholds: [{ indicator: '15.1', value: 90 }, { indicator: '15.1', key: 'TDMNPB', value: 95 }] })",
    run: () =>
      localizeCriteriaSet(XA_2021_2025, {
        thresholds: [
          { indicator: '15.1', value: 90 },
          { indicator: '15.1', key: 'TDMNPB', value: 95 },
        ],
      }),
    path: ['config', 'thresholds', 1],
  },
  {
    code: 'criteria/loosens-national',
    call: "localizeCriteriaSet(XA_2021_2025, { thresholds: [{ indicator: '15.3', key: 'TDMNPB', value: 30 }] })",
    run: () =>
      localizeCriteriaSet(XA_2021_2025, {
        thresholds: [{ indicator: '15.3', key: 'TDMNPB', value: 30 }],
      }),
    path: ['config', 'thresholds', 0, 'value'],
  },
  {
    code: 'criteria/unknown-level',
    call: "roadmap({ 2020: [evaluation] }, [{ commune: 'quai-cang', year: 2022, provincialLevel: 'xuat-sac' }])",
    run: () =>
      roadmap({ 2020: [levelled2020] }, [
        { commune: 'quai-cang', year: 2022, provincialLevel: 'xuat-sac' },
      ]),
    path: ['targets', 0, 'provincialLevel'],
  },
  {
    code: 'criteria/no-provincial-levels',
    call: "roadmap({ 2020: [evaluation] }, [{ commune: 'quai-cang', year: 2022, provincialLevel: 'dat-chuan' }])",
    run: () =>
      roadmap({ 2020: [quaiCang2020] }, [
        { commune: 'quai-cang', year: 2022, provincialLevel: 'dat-chuan' },
      ]),
    path: ['targets', 0, 'provincialLevel'],
  },
  {
    code: 'criteria/year-mismatch',
    call: 'roadmap({ 2021: [evaluationOf2020] }, [])',
    run: () => roadmap({ 2021: [quaiCang2020] }, []),
    path: ['evaluationsByYear', '2021', 0],
  },
  {
    code: 'criteria/duplicate-evaluation',
    call: 'roadmap({ 2020: [evaluation, evaluation] }, [])',
    run: () => roadmap({ 2020: [quaiCang2020, quaiCang2020] }, []),
    path: ['evaluationsByYear', '2020', 1],
  },
  {
    code: 'criteria/no-evaluation',
    call: "roadmap({ 2020: [evaluation] }, [{ commune: 'quai-to', year: 2022 }])",
    run: () => roadmap({ 2020: [quaiCang2020] }, [{ commune: 'quai-to', year: 2022 }]),
    path: ['targets', 0, 'commune'],
  },
  // The shared shape codes, as the engines of @ntm/criteria raise them.
  {
    code: 'input/wrong-type',
    call: "evaluateCommune(XA_2021_2025, { values: { '1.1': 1 } }, { year: 2022, region: 'TDMNPB' })",
    run: () => evaluateCommune(XA_2021_2025, { values: { '1.1': 1 } }, TDMNPB),
    path: ['values', '1.1'],
  },
  {
    code: 'input/missing',
    call: "evaluateCommune(XA_2021_2025, { setId: 'XA_2021_2025' }, { year: 2022, region: 'TDMNPB' })",
    run: () => evaluateCommune(XA_2021_2025, { setId: 'XA_2021_2025' } as never, TDMNPB),
    path: ['facts', 'values'],
  },
  {
    code: 'input/unknown-field',
    call: 'localizeCriteriaSet(XA_2021_2025, { loosen: true })',
    run: () => localizeCriteriaSet(XA_2021_2025, { loosen: true } as never),
    path: ['config', 'loosen'],
  },
  {
    code: 'input/empty',
    call: "localizeCriteriaSet(XA_2021_2025, { baseSetId: ' ' })",
    run: () => localizeCriteriaSet(XA_2021_2025, { baseSetId: ' ' }),
    path: ['config', 'baseSetId'],
  },
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
  {
    code: 'input/too-small',
    call: "evaluateCommune(XA_2021_2025, { values: { '15.1': -1 } }, { year: 2022, region: 'TDMNPB' })",
    run: () => evaluateCommune(XA_2021_2025, { values: { '15.1': -1 } }, TDMNPB),
    path: ['values', '15.1'],
  },
  {
    code: 'input/too-big',
    call: "evaluateCommune(XA_2021_2025, { values: { '15.1': 100.5 } }, { year: 2022, region: 'TDMNPB' })",
    run: () => evaluateCommune(XA_2021_2025, { values: { '15.1': 100.5 } }, TDMNPB),
    path: ['values', '15.1'],
  },
  {
    code: 'input/not-integer',
    call: "evaluateCommune(XA_2021_2025, { values: { '9.1': 1.5 } }, { year: 2022, region: 'TDMNPB' })",
    run: () => evaluateCommune(XA_2021_2025, { values: { '9.1': 1.5 } }, TDMNPB),
    path: ['values', '9.1'],
  },
  {
    code: 'input/not-allowed',
    call: "summarize(evaluations, { by: 'commune' })",
    run: () => summarize([quaiCang2020], { by: 'commune' as never }),
    path: ['options', 'by'],
  },
  {
    code: 'number/not-finite',
    call: "evaluateCommune(XA_2021_2025, { values: { '15.1': NaN } }, { year: 2022, region: 'TDMNPB' })",
    run: () => evaluateCommune(XA_2021_2025, { values: { '15.1': Number.NaN } }, TDMNPB),
    path: ['values', '15.1'],
  },
  {
    code: 'key/forbidden',
    call: "evaluateCommune(XA_2021_2025, { values: { constructor: true } }, { year: 2022, region: 'TDMNPB' })",
    run: () => evaluateCommune(XA_2021_2025, { values: { constructor: true } }, TDMNPB),
    path: ['values', 'constructor'],
  },
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
  {
    code: 'date/invalid',
    call: "resolveCriteriaSet({ level: 'xa', date: '2022-02-30' }, NTM_CRITERIA_SETS)",
    run: () => resolveCriteriaSet({ level: 'xa', date: '2022-02-30' }, NTM_CRITERIA_SETS),
    path: ['date'],
  },
];

// The national supplement (supplementCriteriaSet): one call per rule, shared codes included.
const QD51 = { document: 'QĐ 51/2025/QĐ-TTg', annex: 'Phụ lục I' } as const;
const QD318 = { document: 'QĐ 318/QĐ-TTg', annex: 'Phụ lục I' } as const;
const on2026 = (rest: Partial<NationalSupplement>): NationalSupplement => ({
  baseSetId: 'XA_2026_2030',
  source: QD51,
  ...rest,
});
const on2021 = (thresholds: NationalSupplement['thresholds']): NationalSupplement => ({
  baseSetId: 'XA_2021_2025',
  source: QD318,
  ...(thresholds === undefined ? {} : { thresholds }),
});
const yesNo = (code: string, criterion: string) =>
  ({ code, criterion, type: 'boolean', text: { vi: `Chỉ tiêu minh hoạ ${code}` } }) as const;
const fortySeven = Array.from({ length: 47 }, (_, n) =>
  yesNo(`${(n % 10) + 1}.${Math.floor(n / 10) + 1}`, String((n % 10) + 1)),
);

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
  {
    code: 'criteria/unknown-criterion',
    call: "supplementCriteriaSet(XA_2026_2030, { …, indicators: [{ code: '11.1', criterion: '11', type: 'boolean', … }] })",
    run: () => supplementCriteriaSet(XA_2026_2030, on2026({ indicators: [yesNo('11.1', '11')] })),
    path: ['supplement', 'indicators', 0, 'criterion'],
  },
  {
    code: 'criteria/indicator-outside-criterion',
    call: "supplementCriteriaSet(XA_2026_2030, { …, indicators: [{ code: '2.1', criterion: '1', … }] })",
    run: () => supplementCriteriaSet(XA_2026_2030, on2026({ indicators: [yesNo('2.1', '1')] })),
    path: ['supplement', 'indicators', 0, 'code'],
  },
  {
    code: 'criteria/duplicate-indicator',
    call: "supplementCriteriaSet(XA_2021_2025, { …, indicators: [{ code: '15.1', criterion: '15', … }] })",
    run: () =>
      supplementCriteriaSet(XA_2021_2025, {
        ...on2021(undefined),
        indicators: [yesNo('15.1', '15')],
      }),
    path: ['supplement', 'indicators', 0, 'code'],
  },
  {
    code: 'criteria/too-many-indicators',
    call: 'supplementCriteriaSet(XA_2026_2030, { …, indicators: /* 48 indicators */ })',
    run: () =>
      supplementCriteriaSet(
        XA_2026_2030,
        on2026({ indicators: [...fortySeven, yesNo('10.9', '10')] }),
      ),
    path: ['supplement', 'indicators'],
  },
  {
    code: 'criteria/missing-direction',
    call: "supplementCriteriaSet(XA_2026_2030, { …, indicators: [{ code: '1.1', type: 'percent', … /* no direction */ }] })",
    run: () =>
      supplementCriteriaSet(
        XA_2026_2030,
        on2026({ indicators: [{ ...yesNo('1.1', '1'), type: 'percent' }] }),
      ),
    path: ['supplement', 'indicators', 0, 'direction'],
  },
  {
    code: 'criteria/judgement-with-measure',
    call: "supplementCriteriaSet(XA_2026_2030, { …, indicators: [{ code: '1.1', type: 'boolean', unit: '%', … }] })",
    run: () =>
      supplementCriteriaSet(
        XA_2026_2030,
        on2026({ indicators: [{ ...yesNo('1.1', '1'), unit: '%' }] }),
      ),
    path: ['supplement', 'indicators', 0, 'unit'],
  },
  {
    code: 'criteria/wrong-unit',
    call: "supplementCriteriaSet(XA_2026_2030, { …, indicators: [{ code: '1.1', type: 'percent', unit: 'kg', direction: '>=', … }] })",
    run: () =>
      supplementCriteriaSet(
        XA_2026_2030,
        on2026({
          indicators: [{ ...yesNo('1.1', '1'), type: 'percent', unit: 'kg', direction: '>=' }],
        }),
      ),
    path: ['supplement', 'indicators', 0, 'unit'],
  },
  {
    code: 'criteria/missing-unit',
    call: "supplementCriteriaSet(XA_2026_2030, { …, indicators: [{ code: '3.1', type: 'number', direction: '>=', … }] })",
    run: () =>
      supplementCriteriaSet(
        XA_2026_2030,
        on2026({ indicators: [{ ...yesNo('3.1', '3'), type: 'number', direction: '>=' }] }),
      ),
    path: ['supplement', 'indicators', 0, 'unit'],
  },
  {
    code: 'criteria/threshold-on-judgement',
    call: "supplementCriteriaSet(XA_2021_2025, { …, thresholds: [{ indicator: '1.1', value: 1 }] })",
    run: () => supplementCriteriaSet(XA_2021_2025, on2021([{ indicator: '1.1', value: 1 }])),
    path: ['supplement', 'thresholds', 0, 'value'],
  },
  {
    code: 'criteria/unknown-indicator',
    call: "supplementCriteriaSet(XA_2021_2025, { …, thresholds: [{ indicator: '20.1', value: 1 }] })",
    run: () => supplementCriteriaSet(XA_2021_2025, on2021([{ indicator: '20.1', value: 1 }])),
    path: ['supplement', 'thresholds', 0, 'indicator'],
  },
  {
    code: 'criteria/unknown-key',
    call: "supplementCriteriaSet(XA_2021_2025, { …, thresholds: [{ indicator: '11', key: 'HN', value: 5 }] })",
    run: () =>
      supplementCriteriaSet(XA_2021_2025, on2021([{ indicator: '11', key: 'HN', value: 5 }])),
    path: ['supplement', 'thresholds', 0, 'key'],
  },
  {
    code: 'criteria/year-not-applicable',
    call: "supplementCriteriaSet(XA_2021_2025, { …, thresholds: [{ indicator: '11', year: 2023, value: 5 }] })",
    run: () =>
      supplementCriteriaSet(XA_2021_2025, on2021([{ indicator: '11', year: 2023, value: 5 }])),
    path: ['supplement', 'thresholds', 0, 'year'],
  },
  {
    code: 'criteria/year-required',
    call: "supplementCriteriaSet(XA_2021_2025, { …, thresholds: [{ indicator: '10', key: 'TDMNPB', value: 30 }] })",
    run: () =>
      supplementCriteriaSet(XA_2021_2025, on2021([{ indicator: '10', key: 'TDMNPB', value: 30 }])),
    path: ['supplement', 'thresholds', 0],
  },
  {
    code: 'criteria/year-outside-set',
    call: "supplementCriteriaSet(XA_2021_2025, { …, thresholds: [{ indicator: '10', key: 'TDMNPB', year: 2021, value: 30 }] })",
    run: () =>
      supplementCriteriaSet(
        XA_2021_2025,
        on2021([{ indicator: '10', key: 'TDMNPB', year: 2021, value: 30 }]),
      ),
    path: ['supplement', 'thresholds', 0, 'year'],
  },
  {
    code: 'criteria/duplicate-threshold',
    call: "supplementCriteriaSet(XA_2021_2025, { …, thresholds: [{ indicator: '11', value: 5 }, { indicator: '11', key: 'DBSH', value: 4 }] })",
    run: () =>
      supplementCriteriaSet(
        XA_2021_2025,
        on2021([
          { indicator: '11', value: 5 },
          { indicator: '11', key: 'DBSH', value: 4 },
        ]),
      ),
    path: ['supplement', 'thresholds', 1],
  },
  {
    code: 'criteria/contradicts-verified',
    call: "supplementCriteriaSet(XA_2016_2020, { baseSetId: 'XA_2016_2020', source: { document: 'QĐ 1980/QĐ-TTg' }, thresholds: [{ indicator: '15.1', key: 'TDMNPB', value: 80 }] })",
    run: () =>
      supplementCriteriaSet(XA_2016_2020, {
        baseSetId: 'XA_2016_2020',
        source: { document: 'QĐ 1980/QĐ-TTg' },
        thresholds: [{ indicator: '15.1', key: 'TDMNPB', value: 80 }],
      }),
    path: ['supplement', 'thresholds', 0, 'value'],
  },
  {
    code: 'criteria/replaces-required',
    call: "supplementCriteriaSet(XA_2021_2025, { …, thresholds: [{ indicator: '15.3', key: 'TDMNPB', value: 25 }] })",
    run: () =>
      supplementCriteriaSet(
        XA_2021_2025,
        on2021([{ indicator: '15.3', key: 'TDMNPB', value: 25 }]),
      ),
    path: ['supplement', 'thresholds', 0, 'value'],
  },
  {
    code: 'criteria/replaces-mismatch',
    call: "supplementCriteriaSet(XA_2021_2025, { …, thresholds: [{ indicator: '15.3', key: 'TDMNPB', value: 25, replaces: 23 }] })",
    run: () =>
      supplementCriteriaSet(
        XA_2021_2025,
        on2021([{ indicator: '15.3', key: 'TDMNPB', value: 25, replaces: 23 }]),
      ),
    path: ['supplement', 'thresholds', 0, 'replaces'],
  },
  {
    code: 'criteria/nothing-to-replace',
    call: "supplementCriteriaSet(XA_2021_2025, { …, thresholds: [{ indicator: '11', key: 'TDMNPB', value: 5, replaces: 6 }] })",
    run: () =>
      supplementCriteriaSet(
        XA_2021_2025,
        on2021([{ indicator: '11', key: 'TDMNPB', value: 5, replaces: 6 }]),
      ),
    path: ['supplement', 'thresholds', 0, 'replaces'],
  },
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
