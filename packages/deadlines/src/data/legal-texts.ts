import type { IsoDate, LegalBasis } from '@ntm/domain/core';

/*
 * The legal texts the calendar cites (reference §1, §2, §10). Plain data; deep-frozen where it is assembled.
 * Dates are typed as IsoDate literals: they are checked by the golden tests, not at load time, to keep the entry small.
 */
const d = (value: string) => value as IsoDate;

/** Bộ luật Lao động 2019, Điều 112 (holidays, from 2021-01-01). */
export const BLLD_2019_112: LegalBasis = {
  number: '45/2019/QH14',
  type: 'BLLĐ',
  issuer: 'QH',
  title: { vi: 'Bộ luật Lao động 2019', en: 'Labour Code 2019' },
  effective: d('2021-01-01'),
  article: 'Điều 112',
};

/** Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù). */
export const BLLD_2019_111: LegalBasis = { ...BLLD_2019_112, article: 'Điều 111 khoản 3' };

/** Bộ luật Lao động 2012, Điều 115 (holidays and nghỉ bù, 2013-05-01 … 2020-12-31). */
export const BLLD_2012_115: LegalBasis = {
  number: '10/2012/QH13',
  type: 'BLLĐ',
  issuer: 'QH',
  title: { vi: 'Bộ luật Lao động 2012', en: 'Labour Code 2012' },
  effective: d('2013-05-01'),
  article: 'Điều 115',
};

/**
 * The regime before 1 May 2013 (Tết 4 days; Giỗ Tổ from 2007). Cited by period only: the reference records no document
 * number for it, so none is invented here.
 */
export const REGIME_2007: LegalBasis = {
  number: 'BLLĐ (trước 01/05/2013)',
  type: 'BLLĐ',
  issuer: 'QH',
  title: {
    vi: 'Chế độ nghỉ lễ trước 01/05/2013 (Tết 4 ngày)',
    en: 'Holiday regime before 2013-05-01 (Tết 4 days)',
  },
};

/** Quyết định 188/1999/QĐ-TTg: 40-hour week, Saturday and Sunday off for state bodies. */
export const QD_188_1999: LegalBasis = {
  number: '188/1999/QĐ-TTg',
  type: 'QĐ',
  issuer: 'TTg',
  title: { vi: 'Chế độ tuần làm việc 40 giờ', en: '40-hour working week' },
  article: 'Điều 1',
};

/** Nghị quyết 80-NQ/TW (Ngày Văn hóa Việt Nam, 24/11) — pending a Labour Code amendment. */
export const NQ_80_2026: LegalBasis = {
  number: '80-NQ/TW',
  type: 'NQ',
  issuer: 'BCT',
  title: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' },
  signed: d('2026-01-07'),
};

/** A schedule notice or letter: `number` as printed, e.g. `6150/TB-BLĐTBXH`. */
export function notice(number: string, signed?: string): LegalBasis {
  const slash = number.indexOf('/');
  const dash = number.indexOf('-', slash);
  return {
    number,
    type: number.slice(slash + 1, dash),
    issuer: number.slice(dash + 1),
    ...(signed === undefined ? {} : { signed: d(signed) }),
  };
}

/** A yearly schedule whose notice number the reference does not record (2020, 2021: news reports only). */
export function unnumbered(year: number): LegalBasis {
  return {
    number: `TB-LĐTBXH (${year})`,
    type: 'TB',
    issuer: 'LĐTBXH',
    title: { vi: `Lịch nghỉ lễ, tết năm ${year}`, en: `Holiday schedule ${year}` },
  };
}
