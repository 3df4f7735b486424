import { defineErrors } from '../define-errors.js';

/*
 * Errors raised by @ntm/ocop-scoring and the OCOP file formats of @ntm/domain. Shape problems (a wrong type, a
 * missing or unknown field, a number out of range, a value not among the allowed ones) use the shared `input/*`
 * codes; these are the rules of the OCOP programme itself. The area is declared in two halves so that an app
 * scoring sheets does not ship the process messages, nor an app following dossiers the scoring ones.
 */

/**
 * The OCOP errors of sheets and scoring: criterion codes, answers, sheets that do not add up.
 *
 * @example
 * ```ts
 * OCOP_SCORING_ERRORS['ocop/invalid-option'].params; // ['criterion', 'count', 'last', 'received']
 * ```
 */
export const OCOP_SCORING_ERRORS = /* @__PURE__ */ defineErrors({
  'ocop/invalid-criterion-code': {
    vi: 'Cần mã tiêu chí dạng 1.1 hoặc 6.1.2, nhận {received}',
    en: 'Expected a criterion code such as 1.1 or 6.1.2, got {received}',
  },
  'ocop/unknown-product-set': {
    vi: 'Không có bộ sản phẩm {productSet}: cần mã B01 … B26',
    en: 'No product set {productSet}: expected a code B01 … B26',
  },

  // Answers scored on a sheet (scoreAssessment).
  'ocop/rubric-mismatch': {
    vi: 'Bảng trả lời viết cho phiếu {answered}, không phải {rubric}',
    en: 'The answers were written for {answered}, not {rubric}',
  },
  'ocop/unknown-criterion': {
    vi: 'Phiếu {rubric} không có tiêu chí {criterion} (chỉ trả lời tiêu chí con, ví dụ 6.1.1)',
    en: 'Sheet {rubric} has no criterion {criterion} (answer leaf criteria only, e.g. 6.1.1)',
  },
  'ocop/missing-answer': {
    vi: 'Chưa chấm tiêu chí {criterion} ({title})',
    en: 'No answer for criterion {criterion} ({title})',
  },
  'ocop/invalid-option': {
    vi: 'Tiêu chí {criterion} có {count} phương án (0 … {last}); không có phương án {received}',
    en: 'Criterion {criterion} has {count} options (0 … {last}); there is no option {received}',
  },
  'ocop/invalid-case': {
    vi: 'Tiêu chí {criterion} cần một trong các trường hợp {cases}, nhận {received}',
    en: 'Criterion {criterion} needs one of the cases {cases}, got {received}',
  },
  'ocop/unknown-disqualifier': {
    vi: 'Phiếu {rubric} không có điều kiện loại {received}; có: {known}',
    en: 'Sheet {rubric} has no disqualifier {received}; it has: {known}',
  },

  // Sheets that do not add up (checkRubric, and scoreAssessment on a sheet it cannot score).
  'ocop/rubric-parts': {
    vi: 'Cần đúng ba phần A, B, C (có: {keys})',
    en: 'Needs parts A, B, C in order (has: {keys})',
  },
  'ocop/rubric-part-max': {
    vi: 'Phần {part} tối đa {max} điểm theo {basis}, phiếu ghi {points}',
    en: 'Part {part} is worth {max} under {basis}; the sheet says {points}',
  },
  'ocop/rubric-part-sum': {
    vi: 'Phần {part}: tối đa {max} nhưng các mục cộng lại {sum}',
    en: 'Part {part}: cap {max} but its sections add up to {sum}',
  },
  'ocop/rubric-section-sum': {
    vi: 'Mục {section}: tối đa {max} nhưng các tiêu chí cộng lại {sum}',
    en: 'Section {section}: cap {max} but its criteria add up to {sum}',
  },
  'ocop/rubric-criterion-max': {
    vi: 'Tiêu chí {criterion}: tối đa {max} nhưng phương án cao nhất {best}',
    en: 'Criterion {criterion}: cap {max} but the best option is worth {best}',
  },
  'ocop/rubric-duplicate': {
    vi: 'Mã tiêu chí {criterion} bị lặp',
    en: 'Criterion code {criterion} is repeated',
  },
  'ocop/rubric-minimum': {
    vi: 'Yêu cầu tối thiểu {criterion} ≥ {points} không trỏ tới phương án có {points} điểm',
    en: 'Minimum {criterion} ≥ {points} does not point at an option worth {points}',
  },
  'ocop/rubric-disqualifier': {
    vi: 'Điều kiện loại "{id}" nhắc tới tiêu chí {criterion} không có trên phiếu',
    en: 'Disqualifier "{id}" names criterion {criterion}, which is not on the sheet',
  },
  'ocop/rubric-duplicate-disqualifier': {
    vi: 'Mã điều kiện loại "{id}" bị lặp',
    en: 'Disqualifier id "{id}" is repeated',
  },
});

/**
 * The OCOP errors of versions and the process by date: part totals of older versions, deadlines, recognition,
 * dossier progress.
 *
 * @example
 * ```ts
 * OCOP_PROCESS_ERRORS['ocop/before-ocop'].params; // ['date']
 * ```
 */
export const OCOP_PROCESS_ERRORS = /* @__PURE__ */ defineErrors({
  // Part totals of versions without sheets (scoreParts).
  'ocop/part-out-of-range': {
    vi: 'Điểm phần {part} phải từ 0 đến {max} theo {basis}, nhận được {received}',
    en: 'Part {part} must be 0 to {max} under {basis}, got {received}',
  },

  // Versions, sheets and process by date.
  'ocop/before-ocop': {
    vi: 'Ngày {date} trước khi có bộ tiêu chí OCOP quốc gia (QĐ 1048/QĐ-TTg ngày 21/08/2019)',
    en: '{date} is before the national OCOP rules existed (QĐ 1048/QĐ-TTg of 2019-08-21)',
  },
  'ocop/rubric-not-found': {
    vi: 'Không có phiếu chấm {rubric} trong danh sách đã truyền',
    en: 'Sheet {rubric} is not in the rubrics passed',
  },
  'ocop/rule-not-in-force': {
    vi: 'Ngày {date} trước khi QĐ 26/2026 có hiệu lực ({from}); hồ sơ nộp trước đó theo thời hạn chuyển tiếp (transitionDeadline)',
    en: '{date} is before QĐ 26/2026 took effect ({from}); earlier dossiers follow the transition limits (transitionDeadline)',
  },
  'ocop/not-transitional': {
    vi: 'Hồ sơ nộp ngày {date}, từ {from} trở đi, theo QĐ 26/2026 (không phải chuyển tiếp)',
    en: 'A dossier submitted on {date}, on or after {from}, follows QĐ 26/2026 (no transition)',
  },
  'ocop/submitted-after-date': {
    vi: 'Ngày nộp hồ sơ {submittedOn} sau ngày {date}',
    en: 'Submission date {submittedOn} is after {date}',
  },
  'ocop/issuer-level-not-existing': {
    vi: 'Ngày {date} không còn {name} (tồn tại đến {until}). {source}',
    en: 'There was no {name} on {date} (it existed until {until}). {source}',
    data: ['level'],
  },

  // Dossier progress tables (dossierProgress).
  'ocop/duplicate-step': {
    vi: 'Mã bước {step} bị trùng',
    en: 'Duplicate step id {step}',
  },
  'ocop/done-after-as-of': {
    vi: 'Bước {step} ghi hoàn thành ngày {doneOn}, sau ngày đánh giá {asOf}',
    en: 'Step {step} is recorded done on {doneOn}, after the as-of day {asOf}',
  },
  'ocop/opens-after-due': {
    vi: 'Bước {step} bắt đầu ngày {opens}, sau hạn {due}',
    en: 'Step {step} opens on {opens}, after its due day {due}',
  },
  'ocop/unknown-step-ref': {
    vi: '"after" phải chỉ đến một bước đứng trước, nhận được {received}',
    en: '"after" must name an earlier step, got {received}',
  },
  'ocop/invalid-due': {
    vi: 'Hạn phải có một trong: by, before, withinMonth, after',
    en: 'A due rule needs one of: by, before, withinMonth, after',
  },
});

/**
 * Every OCOP error: {@link OCOP_SCORING_ERRORS} and {@link OCOP_PROCESS_ERRORS}.
 *
 * @example
 * ```ts
 * Object.keys(OCOP_ERRORS); // the codes of this area
 * ```
 */
export const OCOP_ERRORS = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.assign({}, OCOP_SCORING_ERRORS, OCOP_PROCESS_ERRORS),
);
