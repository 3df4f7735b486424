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
  // National supplement (supplementCriteriaSet, resolveCriteriaSet).
  'criteria/supplement-after-localisation': {
    vi: 'Bộ {set} đã được địa phương hoá ({province}): bổ sung số liệu quốc gia vào bộ quốc gia trước, rồi mới áp cấu hình của tỉnh',
    en: 'Set {set} is already localised ({province}): supplement the national set first, then apply the province configuration',
  },
  'criteria/already-supplemented': {
    vi: 'Bộ {set} đã được bổ sung theo {source}: gộp các giá trị vào một tệp bổ sung',
    en: 'Set {set} is already supplemented from {source}: merge the values into one supplement file',
  },
  'criteria/supplement-without-set': {
    vi: 'Tệp bổ sung viết cho bộ {set}, nhưng danh sách bộ tiêu chí không có bộ này',
    en: 'A supplement is written for set {set}, which is not in the list of sets',
  },
  'criteria/indicator-outside-criterion': {
    vi: 'Mã chỉ tiêu "{indicator}" không thuộc tiêu chí {criterion} (cần "{criterion}" hoặc "{criterion}.…")',
    en: 'Indicator code "{indicator}" does not belong to criterion {criterion} (expected "{criterion}" or "{criterion}.…")',
  },
  'criteria/too-many-indicators': {
    vi: 'Bộ {set} có {expected} chỉ tiêu theo quyết định; sau khi bổ sung sẽ có {count}',
    en: 'Set {set} has {expected} indicators in its decision; supplemented it would have {count}',
  },
  'criteria/judgement-with-measure': {
    vi: 'Chỉ tiêu {indicator} là đánh giá Đạt/Không: không có "{field}"',
    en: 'Indicator {indicator} is a met/not-met judgement: it has no "{field}"',
  },
  'criteria/missing-unit': {
    vi: 'Chỉ tiêu {indicator} là một số đo: cần đơn vị (ví dụ "triệu đồng/người/năm")',
    en: 'Indicator {indicator} is a measured number: a unit is required (e.g. "triệu đồng/người/năm")',
  },
  'criteria/year-required': {
    vi: 'Chỉ tiêu {indicator} có ngưỡng theo từng năm: cần ghi năm ("year")',
    en: 'Indicator {indicator} has a threshold per year: the year ("year") is required',
  },
  'criteria/contradicts-verified': {
    vi: 'Chỉ tiêu {indicator} ({cell}): giá trị nhập {value} (theo {source}) khác giá trị đã xác minh {verified} (theo {verifiedSources}) — kiểm tra lại bản chép',
    en: 'Indicator {indicator} ({cell}): the value {value} (per {source}) contradicts the verified value {verified} (per {verifiedSources}) — check the transcription',
  },
  'criteria/replaces-required': {
    vi: 'Chỉ tiêu {indicator} ({cell}): SDK có giá trị {current} ({status}: {sources}); để thay bằng {value} hãy ghi "replaces": {current}',
    en: 'Indicator {indicator} ({cell}): the SDK has {current} ({status}: {sources}); to replace it with {value} state "replaces": {current}',
  },
  'criteria/replaces-mismatch': {
    vi: 'Chỉ tiêu {indicator} ({cell}): "replaces" ghi {replaces} nhưng giá trị SDK đang có là {current}',
    en: 'Indicator {indicator} ({cell}): "replaces" says {replaces} but the SDK has {current}',
  },
  'criteria/nothing-to-replace': {
    vi: 'Chỉ tiêu {indicator} ({cell}): "replaces" ghi {replaces} nhưng SDK chưa có giá trị nào ở ô này',
    en: 'Indicator {indicator} ({cell}): "replaces" says {replaces} but the SDK has no value in this cell',
  },
});
