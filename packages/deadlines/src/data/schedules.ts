import type { LegalBasis } from '@ntm/domain/core';
import type { DataStatus } from '../calendar/types.js';
import { notice, unnumbered } from './legal-texts.js';

/**
 * One official civil-service schedule (the Prime Minister's choice, BLLĐ 2019 Điều 112 khoản 3). Holidays and nghỉ bù follow from the statute; a schedule fixes
 * only what the Prime Minister chooses each year: the Tết split, the adjacent Quốc khánh day, and swaps.
 */
export interface YearSchedule {
  /** The year it governs. */
  readonly year: number;
  /** Tết days before lunar new year's day (1 = "1 + 4", 2 = "2 + 3"). */
  readonly tetBefore: number;
  /** Adjacent Quốc khánh day from 2021: `'before'` = 1/9, `'after'` = 3/9. */
  readonly nationalDay?: 'before' | 'after';
  /** Swaps: [weekday off, working Saturday, occasion, status]. */
  readonly swaps: readonly (readonly [
    string,
    string,
    'tet-duong-lich' | 'chien-thang' | 'quoc-khanh',
    DataStatus,
  ])[];
  /** Letters and notices that fixed the year. */
  readonly basis: readonly LegalBasis[];
}

/** Official schedules 2019–2026 (notices in `basis`; reports S14–S35). Add next year's here (docs/updating-data.md). */
export const SCHEDULES: readonly YearSchedule[] = [
  {
    year: 2019,
    tetBefore: 1,
    swaps: [
      ['2018-12-31', '2019-01-05', 'tet-duong-lich', 'verified'],
      ['2019-04-29', '2019-05-04', 'chien-thang', 'verified'],
    ],
    basis: [notice('3238/TB-LĐTBXH')],
  },
  { year: 2020, tetBefore: 2, swaps: [], basis: [unnumbered(2020)] },
  { year: 2021, tetBefore: 2, nationalDay: 'after', swaps: [], basis: [unnumbered(2021)] },
  {
    year: 2022,
    tetBefore: 1,
    nationalDay: 'before',
    swaps: [],
    basis: [notice('245/VPCP-KGVX', '2022-01-11')],
  },
  {
    year: 2023,
    tetBefore: 2,
    nationalDay: 'before',
    swaps: [],
    basis: [notice('8056/VPCP-KGVX', '2022-12-01')],
  },
  {
    year: 2024,
    tetBefore: 2,
    nationalDay: 'after',
    swaps: [['2024-04-29', '2024-05-04', 'chien-thang', 'verified']],
    basis: [
      notice('8662/VPCP-KGVX', '2023-11-03'),
      notice('5015/TB-LĐTBXH', '2023-11-22'),
      notice('2450/VPCP-KGVX', '2024-04-12'),
    ],
  },
  {
    year: 2025,
    tetBefore: 2,
    nationalDay: 'before',
    swaps: [['2025-05-02', '2025-04-26', 'chien-thang', 'verified']],
    basis: [notice('8726/VPCP-KGVX', '2024-11-26'), notice('6150/TB-BLĐTBXH', '2024-12-03')],
  },
  {
    year: 2026,
    tetBefore: 1,
    nationalDay: 'before',
    swaps: [
      ['2026-01-02', '2026-01-10', 'tet-duong-lich', 'verified'],
      // The 5-day Quốc khánh block is verified; its make-up Saturday has a single source (S35).
      ['2026-08-31', '2026-08-22', 'quoc-khanh', 'unverified'],
    ],
    basis: [notice('9441/TB-BNV', '2025-10-16'), notice('12729/VPCP-KGVX', '2025-12-25')],
  },
];
