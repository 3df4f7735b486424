// One call per code that supplementCriteriaSet raises (see test/support/error-examples.ts). To be merged into
// error-examples.ts once the criteria area of the catalogue is migrated.
import type { NationalSupplement } from '@ntm/domain';
import type { ErrorExample } from '../../../test/support/error-examples.js';
import { localizeCriteriaSet, supplementCriteriaSet } from '../src/index.js';
import { XA_2016_2020, XA_2021_2025, XA_2026_2030 } from '../src/sets.js';

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
    code: 'criteria/unit-mismatch',
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
];
