import { defineErrors } from '../define-errors.js';

/**
 * Errors raised by the deadline phrases and directive dating of @ntm/deadlines (`@ntm/deadlines/phrases`): text
 * that fixes no date, and reports that do not fit a directive. The calendar core has {@link CALENDAR_ERRORS}.
 *
 * @example
 * ```ts
 * DEADLINES_ERRORS['deadlines/unknown-task'].params; // ['directive', 'taskId']
 * ```
 */
export const DEADLINES_ERRORS = /* @__PURE__ */ defineErrors({
  // Deadline phrases and their occurrences.
  'deadlines/unrecognised': {
    vi: 'Không đọc được hạn trong {text}. Ví dụ: "trước ngày 05/08/2022", "chậm nhất ngày …", "trong tháng 10/2022", "trong quý III/2022", "ngày 30 hàng tháng", "từ tháng 6 năm 2020", "trong thời hạn 5 ngày làm việc kể từ …".',
    en: 'No deadline could be read in {text}. Examples: "trước ngày 05/08/2022", "chậm nhất ngày …", "trong tháng 10/2022", "trong quý III/2022", "ngày 30 hàng tháng", "từ tháng 6 năm 2020", "trong thời hạn 5 ngày làm việc kể từ …".',
  },
  'deadlines/missing-due-day': {
    vi: '"{phrase}" nêu kỳ nhưng không nêu ngày hạn (ví dụ cần: "ngày 30 hàng tháng").',
    en: '"{phrase}" gives a period but no due day (needed, e.g.: "ngày 30 hàng tháng").',
    data: ['text'],
  },
  'deadlines/ambiguous': {
    vi: 'Có nhiều hơn một hạn trong {text}: "{first}" và "{second}". Hãy tách thành từng nhiệm vụ.',
    en: 'More than one deadline in {text}: "{first}" and "{second}". Split it into separate tasks.',
    data: ['phrases'],
  },
  'deadlines/invalid-day': {
    vi: 'Không có ngày {day} trong tháng.',
    en: 'No month has a day {day}.',
  },
  'deadlines/missing-year': {
    vi: 'Ngày {written} không ghi năm; cần ngày ban hành văn bản (issuedOn) để xác định năm.',
    en: 'The date {written} has no year; the directive date (issuedOn) is needed to know the year.',
  },
  'deadlines/date-before-issue': {
    vi: 'Ngày {written} không ghi năm; lấy năm của văn bản thì ngày này ({date}) trước ngày ban hành {issuedOn}. Hãy ghi rõ năm.',
    en: "The date {written} has no year; with the directive's year it ({date}) falls before the directive ({issuedOn}). Write the year.",
  },
  'deadlines/missing-receipt-date': {
    vi: 'Hạn tính "kể từ ngày nhận được" nhưng chưa có ngày nhận văn bản (receivedOn).',
    en: 'The deadline counts "from the day of receipt" but no receipt date (receivedOn) was given.',
  },

  // Directive schedules and statuses.
  'deadlines/unknown-task': {
    vi: 'Văn bản {directive} không có nhiệm vụ {taskId}.',
    en: 'Directive {directive} has no task {taskId}.',
  },
  'deadlines/report-after-as-of': {
    vi: 'Báo cáo ngày {on} sau ngày xét {asOf}.',
    en: 'The report of {on} is after the status day {asOf}.',
  },
  'deadlines/unknown-period': {
    vi: 'Nhiệm vụ {taskId} (tasks[{taskIndex}]) không có kỳ ngày {period}.',
    en: 'Task {taskId} (tasks[{taskIndex}]) has no period on {period}.',
  },
});
