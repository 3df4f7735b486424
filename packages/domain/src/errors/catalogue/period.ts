import { defineErrors } from '../define-errors.js';

/**
 * Errors of periods in @ntm/deadlines: the length of a legal period (Civil Code 2015, arts. 144–148, `endOfPeriod`)
 * and a span of days that ends before it starts (a window, a rule's period, a multi-day event).
 *
 * @example
 * ```ts
 * PERIOD_ERRORS['period/end-before-start'].params; // ['end', 'start']
 * ```
 */
export const PERIOD_ERRORS = /* @__PURE__ */ defineErrors({
  'period/invalid-length': {
    vi: 'Thời hạn cần đúng một trường days, weeks, months hoặc years, là số nguyên dương (tối đa khoảng 100 năm).',
    en: 'A period needs exactly one of days, weeks, months or years, a positive integer (up to about 100 years).',
  },
  'period/end-before-start': {
    vi: 'Ngày kết thúc {end} trước ngày bắt đầu {start}.',
    en: 'The end date {end} is before the start date {start}.',
  },
});
