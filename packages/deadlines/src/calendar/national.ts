import { createCalendar } from './create-calendar.js';
import type { WorkingCalendar } from './types.js';

/**
 * The default calendar: state administrative bodies and public-service units (Saturday and Sunday off, QĐ 188/1999),
 * statutory holidays by regime, nghỉ bù, and the official yearly schedules with swapped Saturdays (2019–2026). Years
 * without a published schedule use the default Tết split (2 days before mùng 1 + 3 from it) and 1/9 as the adjacent
 * Quốc khánh day, and mark those days `provisional`.
 *
 * @remarks
 * Lịch làm việc của cán bộ, công chức, viên chức: nghỉ thứ Bảy, Chủ nhật; nghỉ lễ, tết, nghỉ bù và hoán đổi ngày làm việc
 * theo thông báo hằng năm.
 *
 * @example
 * ```ts
 * isDayOff('2025-01-27', NATIONAL_CALENDAR); // true (Tết Ất Tỵ)
 * ```
 */
export const NATIONAL_CALENDAR: WorkingCalendar = createCalendar({ name: 'vn-civil-service' });
