import type { DataInfo, DataSource, IsoDate, LegalBasis } from '@ntm/domain/core';
import { deepFreeze } from '@ntm/domain/core';
import {
  BLLD_2012_115,
  BLLD_2019_112,
  NQ_30_2026_CP,
  NQ_80_2026,
  QD_188_1999,
} from './legal-texts.js';
import { SCHEDULES } from './schedules.js';
import { S1, S3, S4B, S5, S6, S7, S8, S12, S15, S17A, S40, S41, S43, S44 } from './sources.js';

/** The day the holiday and lunar data were last checked against their sources. */
export const DATA_AS_OF = '2026-11-23' as IsoDate;

/** A legal text as a source, with the address of a published copy when there is one. */
const law = (basis: LegalBasis, copy?: DataSource): DataSource => ({
  id: basis.number,
  title: [basis.title?.vi ?? basis.number, basis.article].filter(Boolean).join(', '),
  ...(copy?.url === undefined ? {} : { url: copy.url }),
});

/** A yearly schedule's notice or letter as a source: what it is and the year it fixed. */
const notice = (basis: LegalBasis, year: number): DataSource => {
  const kind = basis.type === 'TB' ? 'Thông báo' : 'Công văn';
  const signed = basis.signed?.split('-').reverse().join('/');
  return {
    id: basis.number,
    title: basis.title
      ? basis.title.vi
      : `${kind} ${basis.number}${signed ? ` ngày ${signed}` : ''}: lịch nghỉ năm ${year}`,
  };
};

/**
 * Currency and provenance of the days off: the Labour Codes (holidays, nghỉ bù), QĐ 188/1999 (Saturday and Sunday off
 * for state bodies), the yearly notices of the Prime Minister's office and the ministries (read from the schedules
 * themselves), the pending Ngày Văn hóa Việt Nam, and the dataset used to cross-check.
 *
 * @remarks Nguồn dữ liệu ngày nghỉ lễ, tết, nghỉ bù, lịch hoán đổi ngày làm việc.
 * @example
 * ```ts
 * HOLIDAYS_DATA_INFO.sources.some((s) => s.id === '9441/TB-BNV'); // true (the 2026 schedule)
 * ```
 */
export const HOLIDAYS_DATA_INFO: DataInfo = /* @__PURE__ */ holidaysInfo();

// Built in a function: the calls inside would otherwise keep every source in bundles that never read the DataInfo.
function holidaysInfo(): DataInfo {
  return deepFreeze({
    id: 'vn-days-off',
    title: {
      vi: 'Ngày nghỉ lễ, tết, nghỉ bù và lịch hoán đổi ngày làm việc của cơ quan nhà nước, 2007–2100',
      en: 'Public holidays, compensatory days and swapped working days of state bodies, 2007–2100',
    },
    dataAsOf: DATA_AS_OF,
    sources: [
      law(BLLD_2019_112, S1),
      law(BLLD_2012_115, S3),
      law(QD_188_1999, S7),
      ...SCHEDULES.flatMap((s) => s.basis.map((b) => notice(b, s.year))),
      law(NQ_80_2026, S5),
      law(NQ_30_2026_CP, S6),
      S4B,
      S8,
      S12,
      S15,
      S17A,
    ],
    status: 'partial',
    note: {
      vi: 'Lịch chính thức 2019–2026 đã kiểm chứng (ngày làm bù 22/08/2026 chỉ có một nguồn); năm chưa có thông báo theo phương án mặc định (provisional); chế độ trước 01/05/2013 chưa kiểm chứng đầy đủ. Ngày Văn hóa Việt Nam 24/11 đang chờ sửa Bộ luật Lao động (PENDING_DAYS_OFF).',
      en: 'Official schedules 2019–2026 verified (the 2026-08-22 make-up Saturday has one source); years without a notice follow the documented defaults (provisional); the regime before 2013-05-01 is partly unverified. Vietnam Culture Day (24/11) awaits a Labour Code amendment (PENDING_DAYS_OFF).',
    },
  });
}

/**
 * Currency and provenance of the lunar month table (1900–2100): computed from astronomy at UTC+7 for every year (some
 * almanacs use UTC+8 before 1968), cross-checked against published tables and independent implementations.
 *
 * @example
 * ```ts
 * LUNAR_DATA_INFO.status; // 'verified'
 * ```
 */
export const LUNAR_DATA_INFO: DataInfo = /* @__PURE__ */ deepFreeze({
  id: 'vn-lunar-calendar',
  title: {
    vi: 'Bảng tháng âm lịch Việt Nam 1900–2100',
    en: 'Vietnamese lunar month table, 1900–2100',
  },
  dataAsOf: DATA_AS_OF,
  sources: [S40, S41, S43, S12, S44],
  status: 'verified',
  note: {
    vi: 'Tính từ thiên văn (Meeus) theo quy tắc của S40; Tết 1990–2050 và Giỗ Tổ 2015–2035 khớp bảng đã công bố. Ngoài 1990–2050, tháng có sóc cách nửa đêm dưới 20 phút được đánh dấu không chắc chắn.',
    en: 'Computed from astronomy (Meeus) with the rules of S40; Tết 1990–2050 and Giỗ Tổ 2015–2035 match the published tables. Outside 1990–2050, months whose new moon is within 20 minutes of midnight are flagged uncertain.',
  },
});
