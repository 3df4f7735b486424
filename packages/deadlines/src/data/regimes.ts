import type { LegalBasis } from '@ntm/domain/core';
import type { DataStatus } from '../calendar/types.js';
import { BLLD_2012_115, BLLD_2019_111, BLLD_2019_112, REGIME_2007 } from './legal-texts.js';

/** A statutory holiday regime (BLLĐ 2019 Điều 112, BLLĐ 2012 Điều 115, earlier), selected by the date of the holiday. */
export interface HolidayRegime {
  /** First day (YYYY-MM-DD) the regime applies. */
  readonly from: string;
  /** Tết days: 4 before 2013-05-01, 5 after. */
  readonly tetDays: number;
  /** Quốc khánh days: 1 until 2020, 2 from 2021. */
  readonly nationalDays: number;
  /** Legal basis of the holidays. */
  readonly basis: LegalBasis;
  /** Legal basis of nghỉ bù. */
  readonly compensation: LegalBasis;
  /** Confidence: the 2007 regime's Giỗ Tổ start year has a single source. */
  readonly status: DataStatus;
}

/** Regimes, newest last. The calendar covers holidays from 2007 (no verified source for earlier years). */
export const REGIMES: readonly HolidayRegime[] = [
  {
    from: '2007-01-01',
    tetDays: 4,
    nationalDays: 1,
    basis: REGIME_2007,
    compensation: REGIME_2007,
    status: 'unverified',
  },
  {
    from: '2013-05-01',
    tetDays: 5,
    nationalDays: 1,
    basis: BLLD_2012_115,
    compensation: { ...BLLD_2012_115, article: 'Điều 115 khoản 3' },
    status: 'verified',
  },
  {
    from: '2021-01-01',
    tetDays: 5,
    nationalDays: 2,
    basis: BLLD_2019_112,
    compensation: BLLD_2019_111,
    status: 'verified',
  },
];

/** First year with holiday data. */
export const FIRST_CALENDAR_YEAR = 2007;
/** Last year with holiday data (the lunar table ends in 2100). */
export const LAST_CALENDAR_YEAR = 2100;
