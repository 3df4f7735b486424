import { buildCalendar } from './build-calendar.js';
import { resolveOptions } from './options.js';
import type { CalendarOptions, WorkingCalendar } from './types.js';

/**
 * Builds a new working-day calendar: another weekly rest pattern, a province's or a company's own days off, extra
 * working days, or the private-sector choices of the Tết split and the adjacent Quốc khánh day. Covers 2007–2100.
 * Never changes {@link NATIONAL_CALENDAR}. Options are checked as untrusted input: `input/…` errors for their shape
 * (unknown keys included), `calendar/…` for a repeated rest day or a week without a working day.
 *
 * @remarks
 * Lịch riêng của một tỉnh, một doanh nghiệp (ngày nghỉ hằng tuần khác, ngày nghỉ riêng). Theo Điều 111 khoản 2 BLLĐ 2019,
 * người sử dụng lao động tự quy định ngày nghỉ hằng tuần; lịch hoán đổi ngày làm việc chỉ ràng buộc cơ quan nhà nước.
 *
 * @example
 * ```ts
 * const shop = createCalendar({ name: 'shop', weeklyRest: [0], tetSplit: { before: 1 } });
 * isWorkingDay('2025-03-08', shop); // true (Saturday)
 * const province = createCalendar({ extraDaysOff: ['2025-03-10'] });
 * isDayOff('2025-03-10', province); // true
 * ```
 */
export function createCalendar(options: CalendarOptions = {}): WorkingCalendar {
  return buildCalendar(resolveOptions(options));
}
