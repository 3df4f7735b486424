import { defineErrors } from '../define-errors.js';

/**
 * Errors raised by @ntm/criteria (criteria sets, province configuration, evaluation, summaries and roadmaps): the
 * rules of the NTM programme and of the sets. Shape problems (wrong type, missing or unknown field, NaN, out of
 * range, prototype or non-NFC keys) are `input/*`, `number/*`, `key/*` and `text/*` codes, as everywhere.
 *
 * @example
 * ```ts
 * CRITERIA_ERRORS['criteria/loosens-national'].params; // ['indicator', 'cell', 'provincial', 'national', 'direction']
 * ```
 */
export const CRITERIA_ERRORS = /* @__PURE__ */ defineErrors({
  'criteria/unknown-set': {
    vi: 'Không phải một bộ tiêu chí (cần dữ liệu từ @ntm/criteria/sets hoặc localizeCriteriaSet)',
    en: 'Not a criteria set (use one from @ntm/criteria/sets or localizeCriteriaSet)',
  },
  'criteria/invalid-set': {
    vi: 'Bộ tiêu chí bị hỏng: {part}',
    en: 'The criteria set is damaged: {part}',
  },
  'criteria/no-set-in-force': {
    vi: 'Không có bộ tiêu chí cấp "{level}" có hiệu lực ngày {date} trong dữ liệu',
    en: 'No "{level}" criteria set in force on {date} in the data',
  },
  'criteria/ambiguous-set': {
    vi: 'Có hai bộ cùng hiệu lực ngày {date}: {sets}',
    en: 'Two sets are in force on {date}: {sets}',
  },
  'criteria/set-mismatch': {
    vi: '{what} được lập cho bộ {written}, không dùng được cho bộ {set}',
    en: '{what} is written for set {written}, not for set {set}',
  },
  'criteria/year-outside-set': {
    vi: 'Năm {year} nằm ngoài thời gian áp dụng của bộ {set} ({first}–{last})',
    en: 'Year {year} is outside the years of set {set} ({first}–{last})',
  },
  'criteria/missing-region': {
    vi: 'Bộ {set} xét theo vùng: cần một trong {regions} (nhận {received})',
    en: 'Set {set} is keyed by region: region must be one of {regions} (got {received})',
  },
  'criteria/missing-commune-group': {
    vi: 'Bộ {set} xét theo nhóm xã: cần communeGroup 1, 2 hoặc 3 (nhận {received})',
    en: 'Set {set} is keyed by commune group: communeGroup must be 1, 2 or 3 (got {received})',
  },
  'criteria/unknown-indicator': {
    vi: 'Bộ {set} không có chỉ tiêu "{indicator}"',
    en: 'Set {set} has no indicator "{indicator}"',
  },
  'criteria/not-optional': {
    vi: 'Chỉ tiêu {indicator} không phải chỉ tiêu "nếu có" nên không thể "không áp dụng"',
    en: 'Indicator {indicator} is not an "if any" indicator, so it cannot be not applicable',
  },
  'criteria/wrong-unit': {
    vi: 'Chỉ tiêu {indicator}: đơn vị {received} khác đơn vị "{expected}"',
    en: 'Indicator {indicator}: unit {received} differs from "{expected}"',
  },
  'criteria/cannot-drop-national': {
    vi: 'Không được bỏ chỉ tiêu quốc gia {indicator}',
    en: 'The national indicator {indicator} cannot be dropped',
  },
  'criteria/duplicate-indicator': {
    vi: 'Chỉ tiêu {indicator} đã có trong bộ {set}',
    en: 'Indicator {indicator} already exists in set {set}',
  },
  'criteria/unknown-criterion': {
    vi: 'Bộ {set} không có tiêu chí "{criterion}"',
    en: 'Set {set} has no criterion "{criterion}"',
  },
  'criteria/missing-direction': {
    vi: 'Chỉ tiêu {indicator}: cần hướng so sánh ">=" hoặc "<="',
    en: 'Indicator {indicator}: a direction ">=" or "<=" is required',
  },
  'criteria/threshold-on-judgement': {
    vi: 'Chỉ tiêu {indicator} là đánh giá Đạt/Không, không có ngưỡng số',
    en: 'Indicator {indicator} is a met/not-met judgement with no numeric threshold',
  },
  'criteria/unknown-key': {
    vi: 'Khóa "{key}" không dùng được; dùng: {keys}',
    en: 'Key "{key}" is not valid; use: {keys}',
  },
  'criteria/year-not-applicable': {
    vi: 'Chỉ tiêu {indicator} không có ngưỡng theo năm',
    en: 'Indicator {indicator} has no per-year thresholds',
  },
  'criteria/duplicate-threshold': {
    vi: 'Ngưỡng của chỉ tiêu {indicator} ô {cell} được đặt hai lần',
    en: 'The threshold of indicator {indicator} cell {cell} is set twice',
  },
  'criteria/loosens-national': {
    vi: 'Chỉ tiêu {indicator} ({cell}): mức của tỉnh {provincial} lỏng hơn (dưới chuẩn) mức quốc gia {national} ({direction})',
    en: 'Indicator {indicator} ({cell}): the provincial value {provincial} is looser than the national {national} ({direction})',
  },
  'criteria/unknown-level': {
    vi: 'Tỉnh không định nghĩa mức "{level}" (có: {defined})',
    en: 'The province defines no level "{level}" (levels: {defined})',
  },
  'criteria/no-provincial-levels': {
    vi: 'Mục tiêu theo mức của tỉnh cần kết quả đánh giá trên bộ tiêu chí đã địa phương hoá có mức kết quả',
    en: 'A provincial-level target needs evaluations on a localised set with outcome levels',
  },
  'criteria/year-mismatch': {
    vi: 'Kết quả năm {year} nằm dưới khóa năm {key}',
    en: 'An evaluation of {year} is listed under year {key}',
  },
  'criteria/duplicate-evaluation': {
    vi: 'Xã "{commune}" có hai kết quả đánh giá năm {year}',
    en: 'Commune "{commune}" has two evaluations for {year}',
  },
  'criteria/no-evaluation': {
    vi: 'Không có kết quả đánh giá nào của xã "{commune}"',
    en: 'There is no evaluation of commune "{commune}"',
  },
});
