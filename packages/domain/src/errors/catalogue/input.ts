import { defineErrors } from '../define-errors.js';

/**
 * Errors in the shape of an input, the same whether zod found them at the edge (`parseX`) or a guard of an engine
 * did: wrong type, missing or unknown field, out of range, not allowed, prototype keys, decomposed Unicode.
 *
 * @example
 * ```ts
 * INPUT_ERRORS['input/wrong-type'].params; // ['expected', 'received']
 * ```
 */
export const INPUT_ERRORS = /* @__PURE__ */ defineErrors({
  'input/wrong-type': {
    vi: 'Cần {expected}, nhận {received}',
    en: 'Expected {expected}, got {received}',
  },
  'input/missing': {
    vi: 'Thiếu trường bắt buộc "{field}"',
    en: 'The required field "{field}" is missing',
  },
  'input/unknown-field': {
    vi: 'Không có trường "{field}" trong định dạng này (viết sai tên?)',
    en: 'There is no field "{field}" in this format (misspelt?)',
  },
  'input/empty': {
    vi: 'Không được để trống',
    en: 'Must not be empty',
  },
  'input/hole': {
    vi: 'Danh sách có chỗ trống ở vị trí {index}',
    en: 'The list has an empty slot at position {index}',
  },
  'input/too-short': {
    vi: 'Cần ít nhất {minimum} {unit}, nhận {received}',
    en: 'Expected at least {minimum} {unit}, got {received}',
  },
  'input/too-long': {
    vi: 'Cần nhiều nhất {maximum} {unit}, nhận {received}',
    en: 'Expected at most {maximum} {unit}, got {received}',
  },
  'input/too-small': {
    vi: 'Cần giá trị {limit}, nhận {received}',
    en: 'Expected a value {limit}, got {received}',
  },
  'input/too-big': {
    vi: 'Cần giá trị {limit}, nhận {received}',
    en: 'Expected a value {limit}, got {received}',
  },
  'input/not-integer': {
    vi: 'Cần một số nguyên, nhận {received}',
    en: 'Expected a whole number, got {received}',
  },
  'input/not-allowed': {
    vi: 'Cần một trong các giá trị {allowed}; nhận {received}',
    en: 'Expected one of {allowed}; got {received}',
  },
  'input/invalid-format': {
    vi: 'Sai định dạng ({format}): {received}',
    en: 'Wrong format ({format}): {received}',
  },
  'input/invalid': {
    vi: 'Giá trị không hợp lệ: {received}',
    en: 'Invalid value: {received}',
  },
  'number/not-finite': {
    vi: 'Cần một số hữu hạn, nhận {received}',
    en: 'Expected a finite number, got {received}',
  },
  'key/forbidden': {
    vi: 'Không được dùng khóa "{key}"',
    en: 'The key "{key}" is not allowed',
  },
  'key/not-nfc': {
    vi: 'Khóa "{key}" phải ở dạng Unicode dựng sẵn (NFC)',
    en: 'The key "{key}" must be in Unicode NFC (composed) form',
  },
  'text/not-nfc': {
    vi: 'Văn bản phải ở dạng Unicode dựng sẵn (NFC): {received}',
    en: 'Text must be in Unicode NFC (composed) form: {received}',
  },
});
