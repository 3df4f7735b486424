import { defineErrors } from '../define-errors.js';

/**
 * Errors of calendar dates and date arithmetic (`@ntm/domain/core`).
 *
 * @example
 * ```ts
 * DATE_ERRORS['date/invalid'].params; // ['value']
 * ```
 */
export const DATE_ERRORS = /* @__PURE__ */ defineErrors({
  'date/invalid': {
    vi: 'Ngày không hợp lệ: {value}. Cần một ngày có thật, viết dạng YYYY-MM-DD (ví dụ 2022-07-26).',
    en: 'Invalid date: {value}. Expected an existing date written YYYY-MM-DD (for example 2022-07-26).',
  },
  'date/no-such-day': {
    vi: 'Tháng {month}/{year} không có ngày {day}.',
    en: 'Month {month}/{year} has no day {day}.',
  },
  'date/day-without-month': {
    vi: 'Có ngày thì phải có tháng.',
    en: 'A day needs its month.',
  },
  'date/unreadable': {
    vi: 'Không đọc được ngày {value} (ví dụ hợp lệ: 26/7/2022, ngày 26 tháng 7 năm 2022, tháng 5 năm 2020).',
    en: 'Cannot read the date {value} (valid examples: 26/7/2022, ngày 26 tháng 7 năm 2022, tháng 5 năm 2020).',
  },
  'date/invalid-day-number': {
    vi: 'Số ngày không hợp lệ: {value}.',
    en: 'Invalid day number: {value}.',
  },
  'date/out-of-range': {
    vi: 'Ngày nằm ngoài khoảng năm 1–9999 ({value}).',
    en: 'The date is outside years 1–9999 ({value}).',
  },
  'date/invalid-amount': {
    vi: '"{name}" phải là số nguyên (nhận được {received}).',
    en: '"{name}" must be a whole number (got {received}).',
  },
});
