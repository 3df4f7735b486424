import type { IsoDate, LegalBasis } from '@ntm/domain/core';

/*
 * The legal texts the calendar cites (Labour Codes, QĐ 188/1999, the yearly notices, the pending resolutions). Plain
 * data; deep-frozen where it is assembled.
 * Dates are typed as IsoDate literals: they are checked by the golden tests, not at load time, to keep the entry small.
 */
const d = (value: string) => value as IsoDate;

/** A legal text: its number, type and issuer on one line, then its title, dates and article. */
// No side effects: a bundle that uses none of the texts drops them.
const legalText = /* @__NO_SIDE_EFFECTS__ */ (
  number: string,
  type: string,
  issuer: string,
  rest: Omit<LegalBasis, 'number' | 'type' | 'issuer'>,
): LegalBasis => ({ number, type, issuer, ...rest });

/** Bộ luật Lao động 2019, Điều 112 (holidays, from 2021-01-01). */
export const BLLD_2019_112 = legalText('45/2019/QH14', 'BLLĐ', 'QH', {
  title: { vi: 'Bộ luật Lao động 2019', en: 'Labour Code 2019' },
  effective: d('2021-01-01'),
  article: 'Điều 112',
});

/** Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù). */
export const BLLD_2019_111: LegalBasis = { ...BLLD_2019_112, article: 'Điều 111 khoản 3' };

/** Bộ luật Lao động 2012, Điều 115 (holidays and nghỉ bù, 2013-05-01 … 2020-12-31). */
export const BLLD_2012_115 = legalText('10/2012/QH13', 'BLLĐ', 'QH', {
  title: { vi: 'Bộ luật Lao động 2012', en: 'Labour Code 2012' },
  effective: d('2013-05-01'),
  article: 'Điều 115',
});

/**
 * The regime before 1 May 2013 (Tết 4 days; Giỗ Tổ from 2007, source S12 only). Cited by period only: no document
 * number was found for it, so none is invented here.
 */
export const REGIME_2007 = legalText('BLLĐ (trước 01/05/2013)', 'BLLĐ', 'QH', {
  title: {
    vi: 'Chế độ nghỉ lễ trước 01/05/2013 (Tết 4 ngày)',
    en: 'Holiday regime before 2013-05-01 (Tết 4 days)',
  },
});

/** Quyết định 188/1999/QĐ-TTg: 40-hour week, Saturday and Sunday off for state bodies. */
export const QD_188_1999 = legalText('188/1999/QĐ-TTg', 'QĐ', 'TTg', {
  title: { vi: 'Chế độ tuần làm việc 40 giờ', en: '40-hour working week' },
  article: 'Điều 1',
});

/** Nghị quyết 80-NQ/TW of the Politburo: 24/11 is Ngày Văn hóa Việt Nam, a paid day off in principle. */
export const NQ_80_2026 = legalText('80-NQ/TW', 'NQ', 'BCT', {
  title: { vi: 'Về phát triển văn hóa Việt Nam', en: 'On the development of Vietnamese culture' },
  signed: d('2026-01-07'),
});

/**
 * Nghị quyết 30/NQ-CP (02/2026), the Government's action programme for NQ 80-NQ/TW: tasks amending Điều 112 khoản 1
 * of the Labour Code to add the day. The exact signing day is not recorded.
 */
export const NQ_30_2026_CP = legalText('30/NQ-CP', 'NQ', 'CP', {
  title: {
    vi: 'Chương trình hành động thực hiện Nghị quyết 80-NQ/TW',
    en: 'Action programme implementing Resolution 80-NQ/TW',
  },
});

/** A schedule notice or letter: `number` as printed, e.g. `6150/TB-BLĐTBXH`. */
export function notice(number: string, signed?: string): LegalBasis {
  const slash = number.indexOf('/');
  const dash = number.indexOf('-', slash);
  const rest = signed === undefined ? {} : { signed: d(signed) };
  return legalText(number, number.slice(slash + 1, dash), number.slice(dash + 1), rest);
}

/** A yearly schedule whose notice number was not found (2020: source S15; 2021: S17a, news reports only). */
export function unnumbered(year: number): LegalBasis {
  return legalText(`TB-LĐTBXH (${year})`, 'TB', 'LĐTBXH', {
    title: { vi: `Lịch nghỉ lễ, tết năm ${year}`, en: `Holiday schedule ${year}` },
  });
}
