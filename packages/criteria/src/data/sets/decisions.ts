import type { IsoDate, LegalBasis } from '@ntm/domain/core';
import { addDays, parseIsoDate } from '@ntm/domain/core';

/*
 * The decisions the national sets come from, each date written once: a set's validity follows from its decision and
 * from the decision that replaced it.
 */

/** QĐ 1980/QĐ-TTg: communes 2016–2020. */
export const QD1980: LegalBasis = {
  number: '1980/QĐ-TTg',
  type: 'QĐ',
  issuer: 'TTg',
  signed: parseIsoDate('2016-10-17'),
  effective: parseIsoDate('2016-12-01'),
};

/** QĐ 318/QĐ-TTg: communes and advanced communes 2021–2025 (Phụ lục I, II). */
export const QD318: LegalBasis = {
  number: '318/QĐ-TTg',
  type: 'QĐ',
  issuer: 'TTg',
  signed: parseIsoDate('2022-03-08'),
  effective: parseIsoDate('2022-03-08'),
  title: {
    vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021-2025',
    en: 'National criteria for new-rural and advanced new-rural communes, 2021–2025',
  },
};

/** QĐ 51/2025/QĐ-TTg: communes 2026–2030 (in force 15/02/2026 per one source). */
export const QD51_2025: LegalBasis = {
  number: '51/2025/QĐ-TTg',
  type: 'QĐ',
  issuer: 'TTg',
  signed: parseIsoDate('2025-12-29'),
  effective: parseIsoDate('2026-02-15'),
};

/** QĐ 558/QĐ-TTg: districts 2016–2020 (in force from signing, unverified). */
export const QD558: LegalBasis = {
  number: '558/QĐ-TTg',
  type: 'QĐ',
  issuer: 'TTg',
  signed: parseIsoDate('2016-04-05'),
};

/** QĐ 320/QĐ-TTg: districts 2021–2025. */
export const QD320: LegalBasis = {
  number: '320/QĐ-TTg',
  type: 'QĐ',
  issuer: 'TTg',
  signed: parseIsoDate('2022-03-08'),
};

/** The first day a decision applies: its effective date, or the day it was signed when no other is recorded. */
export const startOf = (basis: LegalBasis): IsoDate => (basis.effective ?? basis.signed) as IsoDate;

/** The last day before a decision applies: the last day of the set it replaced. */
export const dayBefore = (basis: LegalBasis): IsoDate => addDays(startOf(basis), -1);
