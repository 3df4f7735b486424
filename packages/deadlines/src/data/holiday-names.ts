import type { Bilingual } from '@ntm/domain/core';
import type { HolidayCode } from '../calendar/types.js';

/** Official names of the occasions (BLLĐ 2019 Điều 112; NQ 80-NQ/TW for Ngày Văn hóa Việt Nam). */
export const HOLIDAY_NAMES: Readonly<Record<HolidayCode, Bilingual>> = {
  'tet-duong-lich': { vi: 'Tết Dương lịch', en: "New Year's Day" },
  'tet-am-lich': { vi: 'Tết Âm lịch (Tết Nguyên Đán)', en: 'Lunar New Year (Tết)' },
  'gio-to-hung-vuong': { vi: 'Giỗ Tổ Hùng Vương', en: "Hung Kings' Commemoration Day" },
  'chien-thang': { vi: 'Ngày Chiến thắng', en: 'Reunification Day' },
  'quoc-te-lao-dong': { vi: 'Ngày Quốc tế lao động', en: 'International Labour Day' },
  'quoc-khanh': { vi: 'Quốc khánh', en: 'National Day' },
  'ngay-van-hoa': { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' },
  custom: { vi: 'Ngày nghỉ riêng', en: 'Own day off' },
};
