import { defineErrors } from '../define-errors.js';

/**
 * Errors raised by @ntm/criteria (criteria sets, province configuration, evaluation).
 *
 * @example
 * ```ts
 * Object.keys(CRITERIA_ERRORS); // the codes of this area
 * ```
 */
export const CRITERIA_ERRORS = /* @__PURE__ */ defineErrors({
  // National supplement (supplementCriteriaSet) — and the set rules it shares with the province configuration.
  'criteria/set-mismatch': {
    vi: 'Tệp được lập cho bộ {given}, không dùng được cho bộ {set}',
    en: 'The file is written for set {given}, not for set {set}',
  },
  'criteria/supplement-after-localisation': {
    vi: 'Bộ {set} đã được địa phương hoá ({province}): bổ sung số liệu quốc gia vào bộ quốc gia trước, rồi mới áp cấu hình của tỉnh',
    en: 'Set {set} is already localised ({province}): supplement the national set first, then apply the province configuration',
  },
  'criteria/already-supplemented': {
    vi: 'Bộ {set} đã được bổ sung theo {source}: gộp các giá trị vào một tệp bổ sung',
    en: 'Set {set} is already supplemented from {source}: merge the values into one supplement file',
  },
  'criteria/unknown-criterion': {
    vi: 'Bộ {set} không có tiêu chí "{criterion}"',
    en: 'Set {set} has no criterion "{criterion}"',
  },
  'criteria/indicator-outside-criterion': {
    vi: 'Mã chỉ tiêu "{indicator}" không thuộc tiêu chí {criterion} (cần "{criterion}" hoặc "{criterion}.…")',
    en: 'Indicator code "{indicator}" does not belong to criterion {criterion} (expected "{criterion}" or "{criterion}.…")',
  },
  'criteria/duplicate-indicator': {
    vi: 'Chỉ tiêu {indicator} đã có trong bộ {set}',
    en: 'Indicator {indicator} already exists in set {set}',
  },
  'criteria/too-many-indicators': {
    vi: 'Bộ {set} có {expected} chỉ tiêu theo quyết định; sau khi bổ sung sẽ có {count}',
    en: 'Set {set} has {expected} indicators in its decision; supplemented it would have {count}',
  },
  'criteria/missing-direction': {
    vi: 'Chỉ tiêu {indicator}: cần hướng so sánh ">=" hoặc "<="',
    en: 'Indicator {indicator}: a direction ">=" or "<=" is required',
  },
  'criteria/judgement-with-measure': {
    vi: 'Chỉ tiêu {indicator} là đánh giá Đạt/Không: không có "{field}"',
    en: 'Indicator {indicator} is a met/not-met judgement: it has no "{field}"',
  },
  'criteria/unit-mismatch': {
    vi: 'Chỉ tiêu {indicator} là tỷ lệ phần trăm: đơn vị phải là "%", nhận "{unit}"',
    en: 'Indicator {indicator} is a percentage: its unit must be "%", got "{unit}"',
  },
  'criteria/missing-unit': {
    vi: 'Chỉ tiêu {indicator} là một số đo: cần đơn vị (ví dụ "triệu đồng/người/năm")',
    en: 'Indicator {indicator} is a measured number: a unit is required (e.g. "triệu đồng/người/năm")',
  },
  'criteria/threshold-on-judgement': {
    vi: 'Chỉ tiêu {indicator} là đánh giá Đạt/Không, không có ngưỡng số',
    en: 'Indicator {indicator} is a met/not-met judgement with no numeric threshold',
  },
  'criteria/unknown-indicator': {
    vi: 'Bộ {set} không có chỉ tiêu "{indicator}"',
    en: 'Set {set} has no indicator "{indicator}"',
  },
  'criteria/unknown-key': {
    vi: 'Khóa "{key}" không dùng được; dùng: {keys}',
    en: 'Key "{key}" is not valid; use: {keys}',
  },
  'criteria/year-not-applicable': {
    vi: 'Chỉ tiêu {indicator} không có ngưỡng theo năm',
    en: 'Indicator {indicator} has no per-year thresholds',
  },
  'criteria/year-required': {
    vi: 'Chỉ tiêu {indicator} có ngưỡng theo từng năm: cần ghi năm ("year")',
    en: 'Indicator {indicator} has a threshold per year: the year ("year") is required',
  },
  'criteria/year-outside-set': {
    vi: 'Năm {year} nằm ngoài thời gian áp dụng của bộ {set} ({first}–{last})',
    en: 'Year {year} is outside the years of set {set} ({first}–{last})',
  },
  'criteria/duplicate-threshold': {
    vi: 'Ngưỡng của chỉ tiêu {indicator} ô {cell} được đặt hai lần',
    en: 'The threshold of indicator {indicator} cell {cell} is set twice',
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
  'criteria/supplement-without-set': {
    vi: 'Tệp bổ sung viết cho bộ {set}, nhưng danh sách bộ tiêu chí không có bộ này',
    en: 'A supplement is written for set {set}, which is not in the list of sets',
  },
});
