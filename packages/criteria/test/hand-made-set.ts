// A small criteria set made by hand, not frozen, with one indicator of each kind, for tests that need every branch
// of an evaluation (values chosen to sit on and next to each threshold; not legal values).
import type { NtmCriteriaSet } from '@ntm/domain/core';

const cell = (value?: number) => ({
  TDMNPB: value === undefined ? { status: 'verified' } : { status: 'verified', value },
});
const indicator = (code: string, type: string, thresholds: object, more: object = {}) => ({
  code,
  criterion: code.split('.')[0],
  text: { vi: code, en: code },
  textStatus: 'verified',
  type,
  perYear: false,
  optional: false,
  thresholds,
  ...more,
});

/**
 * Five criteria in the TDMNPB column, 2022–2025: 1 yes/no and absence; 2 a percentage ≤ 24 and a number ≥ 36;
 * 3 an optional yes/no; 4 a yes/no whose cell is missing and a number whose cell has no value; 5 no indicators.
 * Not frozen: `evaluateCommune` checks it in full before reading it.
 */
export function handMade(): NtmCriteriaSet {
  return {
    id: 'XA_TEST',
    level: 'xa',
    title: { vi: 'Bộ thử', en: 'Test set' },
    basis: { number: '1/QĐ-TEST' },
    annex: 'Phụ lục thử',
    validity: { validFrom: '2022-01-01', validTo: '2025-12-31' },
    thresholdKey: 'region',
    regionOverrides: [],
    notes: [],
    criteria: [
      {
        code: '1',
        name: { vi: 'Một', en: 'One' },
        indicators: [indicator('1.1', 'boolean', cell()), indicator('1.2', 'absence', cell())],
      },
      {
        code: '2',
        name: { vi: 'Hai', en: 'Two' },
        indicators: [
          indicator('2.1', 'percent', cell(24), { direction: '<=', unit: '%' }),
          indicator('2.2', 'number', cell(36), { direction: '>=', unit: 'triệu đồng' }),
        ],
      },
      {
        code: '3',
        name: { vi: 'Ba', en: 'Three' },
        indicators: [indicator('3.1', 'boolean', cell(), { optional: true })],
      },
      {
        code: '4',
        name: { vi: 'Bốn', en: 'Four' },
        indicators: [
          indicator('4.1', 'boolean', { TDMNPB: { status: 'missing' } }),
          indicator('4.2', 'number', cell(), { direction: '>=' }),
        ],
      },
      { code: '5', name: { vi: 'Năm', en: 'Five' }, indicators: [] },
    ],
  } as unknown as NtmCriteriaSet;
}
