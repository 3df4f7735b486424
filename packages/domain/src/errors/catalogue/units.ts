import { defineErrors } from '../define-errors.js';

/**
 * Errors of the administrative-units lookups (`@ntm/domain/units`).
 *
 * @example
 * ```ts
 * UNITS_ERRORS['units/unknown-code'].params; // ['code']
 * ```
 */
export const UNITS_ERRORS = /* @__PURE__ */ defineErrors({
  'units/invalid-code': {
    vi: 'Mã đơn vị hành chính không hợp lệ: {code}. Mã hợp lệ gồm 2 chữ số (tỉnh), 3 chữ số (huyện, đến 30/06/2025) hoặc 5 chữ số (xã), ví dụ "11", "099", "03274".',
    en: 'Invalid administrative unit code: {code}. A code has 2 digits (province), 3 digits (district, until 2025-06-30) or 5 digits (commune), e.g. "11", "099", "03274".',
  },
  'units/unknown-code': {
    vi: 'Không có đơn vị hành chính nào mang mã {code} trong danh mục.',
    en: 'No administrative unit has code {code} in the lists.',
  },
  'units/not-in-force': {
    vi: 'Ngày {date} không có đơn vị này. Các thời kỳ có hiệu lực: {periods}.{hint}',
    en: 'This unit did not exist on {date}. In force: {periods}.{hint}',
    data: ['candidates'],
  },
  'units/missing-date': {
    vi: 'Thiếu tùy chọn date: cần ngày tra cứu dạng YYYY-MM-DD.',
    en: 'The option date is missing: a lookup date YYYY-MM-DD is required.',
  },
  'units/invalid-level': {
    vi: 'Cấp đơn vị không hợp lệ: {level}. Chọn "province", "district" hoặc "commune".',
    en: 'Invalid level: {level}. Use "province", "district" or "commune".',
  },
  'units/empty-query': {
    vi: 'Chưa nhập mã hoặc tên đơn vị hành chính. Nhập mã (ví dụ "03274") hoặc tên (ví dụ "xã Quài Nưa").',
    en: 'No unit code or name given. Enter a code (e.g. "03274") or a name (e.g. "xã Quài Nưa").',
  },
  'units/invalid-query': {
    vi: '{query} không phải mã hay tên đơn vị hành chính. Mã gồm 2, 3 hoặc 5 chữ số; tên gồm chữ, ví dụ "xã Quài Nưa".',
    en: '{query} is not a unit code or name. A code has 2, 3 or 5 digits; a name has letters, e.g. "xã Quài Nưa".',
  },
  'units/ambiguous': {
    vi: 'Có {count} đơn vị {query} vào ngày {date}: {matches}. Hãy ghi kèm loại đơn vị (xã, huyện…), dùng mã, hoặc tùy chọn level / within.',
    en: '{count} units match {query} on {date}: {matches}. Add the type word (xã, huyện…), use the code, or the level / within options.',
    data: ['candidates'],
  },
  'units/unknown-name': {
    vi: 'Không tìm thấy đơn vị hành chính {query}. Nhập tên chính thức (có hoặc không có loại đơn vị, dấu tùy ý) hoặc mã 2, 3, 5 chữ số.{hint}',
    en: 'No administrative unit named {query}. Enter an official name (with or without the type word, diacritics optional) or a 2-, 3- or 5-digit code.{hint}',
    data: ['similar'],
  },
  'units/invalid-region-option': {
    vi: 'quangNinh phải là "DBSH" hoặc "TDMNPB" (nhận được {received}).',
    en: 'quangNinh must be "DBSH" or "TDMNPB" (got {received}).',
  },
  'units/region-unset': {
    vi: 'Quảng Ninh thuộc vùng ĐBSH theo phân vùng thống kê nhưng thuộc TDMNPB theo vùng kinh tế; chọn quangNinh: "DBSH" hoặc quangNinh: "TDMNPB".',
    en: 'Quảng Ninh is DBSH in the statistical regions but TDMNPB in the economic regions; pass quangNinh: "DBSH" or quangNinh: "TDMNPB".',
  },
  'units/region-ambiguous': {
    vi: '{unit} hình thành từ các tỉnh cũ thuộc nhiều vùng ({regions}). Hãy xác định vùng theo mã xã cũ tại ngày đánh giá.',
    en: "{unit} was formed from old provinces in several regions ({regions}). Use the old commune's code at the evaluation date.",
  },
});
