import { defineErrors } from '../define-errors.js';

/**
 * Errors raised by the calendar core of @ntm/deadlines (`@ntm/deadlines`: working-day calendars, lunar calendar)
 * for the rules of its domain; periods have {@link PERIOD_ERRORS}. Shape problems (wrong type, missing or unknown field, out-of-range
 * number) are the shared `input/*` codes; impossible dates are `date/*`.
 *
 * @example
 * ```ts
 * CALENDAR_ERRORS['lunar/no-leap-month'].params; // ['year', 'month', 'leapMonth']
 * ```
 */
export const CALENDAR_ERRORS = /* @__PURE__ */ defineErrors({
  // Working-day calendars.
  'calendar/invalid': {
    vi: 'Lịch không hợp lệ: hãy dùng NATIONAL_CALENDAR hoặc createCalendar(...).',
    en: 'Invalid calendar: use NATIONAL_CALENDAR or createCalendar(...).',
  },
  'calendar/out-of-range': {
    vi: 'Ngoài khoảng có dữ liệu ngày nghỉ ({first}–{last}).',
    en: 'Outside the years with holiday data ({first}–{last}).',
  },
  'calendar/duplicate-rest-day': {
    vi: 'Ngày nghỉ hằng tuần {weekday} được ghi hai lần (0 = Chủ nhật … 6 = thứ Bảy).',
    en: 'The weekly rest day {weekday} is listed twice (0 = Sunday … 6 = Saturday).',
  },
  'calendar/no-working-day': {
    vi: 'Lịch phải còn ít nhất một ngày làm việc trong tuần: weeklyRest có tối đa 6 thứ.',
    en: 'A calendar needs at least one working weekday: weeklyRest holds at most 6 weekdays.',
  },

  // Lunar calendar.
  'lunar/out-of-range': {
    vi: 'Ngoài khoảng âm lịch hỗ trợ (1900-01-31 … 2100-12-31).',
    en: 'Outside the supported lunar range (1900-01-31 … 2100-12-31).',
  },
  'lunar/no-leap-month': {
    vi: 'Năm âm lịch {year} không có tháng {month} nhuận.',
    en: 'Lunar year {year} has no leap month {month}.',
    data: ['leapMonth'],
  },
  'lunar/no-such-day': {
    vi: 'Tháng {month} năm {year} âm lịch chỉ có {length} ngày.',
    en: 'Lunar month {month} of {year} has {length} days.',
    data: ['day'],
  },
});
