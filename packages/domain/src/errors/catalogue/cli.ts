import { defineErrors } from '../define-errors.js';

/**
 * Errors raised by the `ntm` command (@ntm/cli): files, columns, options. The command puts the file, row, column
 * or field in front of each message (`xa.csv, dòng 3, cột "Năm": …`), so the templates start in lower case.
 *
 * @example
 * ```ts
 * CLI_ERRORS['cli/file-too-large'].params; // ['size', 'limit']
 * ```
 */
export const CLI_ERRORS = /* @__PURE__ */ defineErrors({
  'cli/file-not-found': {
    vi: 'không tìm thấy tệp',
    en: 'file not found',
  },
  'cli/not-a-file': {
    vi: 'đây là thư mục, không phải tệp',
    en: 'this is a directory, not a file',
  },
  'cli/file-unreadable': {
    vi: 'không đọc được tệp ({reason})',
    en: 'cannot read the file ({reason})',
  },
  'cli/file-too-large': {
    vi: 'tệp quá lớn ({size} byte, tối đa {limit})',
    en: 'file too large ({size} bytes, at most {limit})',
  },
  'cli/file-exists': {
    vi: 'tệp đã tồn tại; thêm --force để ghi đè',
    en: 'file already exists; add --force to overwrite',
  },
  'cli/write-failed': {
    vi: 'không ghi được tệp ({reason})',
    en: 'cannot write the file ({reason})',
  },
  'cli/unsupported-format': {
    vi: 'định dạng không hỗ trợ; dùng {formats}',
    en: 'unsupported format; use {formats}',
  },
  'cli/xls': {
    vi: 'hãy lưu tệp .xls thành .xlsx',
    en: 'save the .xls file as .xlsx',
  },
  'cli/json-syntax': {
    vi: 'JSON sai cú pháp{at}: {reason}',
    en: 'JSON syntax error{at}: {reason}',
  },
  'cli/csv-syntax': {
    vi: 'CSV sai cú pháp ({reason})',
    en: 'CSV syntax error ({reason})',
  },
  'cli/empty-file': {
    vi: 'tệp không có dữ liệu',
    en: 'the file has no data',
  },
  'cli/extra-cells': {
    vi: 'dòng có {cells} ô nhưng tiêu đề chỉ có {columns} cột (sai dấu phân cách?)',
    en: 'the row has {cells} cells but the header has {columns} columns (wrong separator?)',
  },
  'cli/xlsx-unreadable': {
    vi: 'không đọc được tệp Excel (.xlsx); tệp .xls cũ cần lưu lại dưới dạng .xlsx',
    en: 'cannot read the Excel (.xlsx) file; save old .xls files as .xlsx',
  },
  'cli/sheet-not-found': {
    vi: 'không có trang tính "{sheet}"; các trang có: {sheets}',
    en: 'no sheet "{sheet}"; sheets present: {sheets}',
  },
  'cli/empty-sheet': {
    vi: 'trang tính "{sheet}" không có dữ liệu',
    en: 'sheet "{sheet}" has no data',
  },
  'cli/missing-sheet': {
    vi: 'cần các trang "{info}" và "{answers}" (tạo mẫu bằng: ntm init assessment --set B04 --xlsx)',
    en: 'sheets "{info}" and "{answers}" are required (make a template with: ntm init assessment --set B04 --xlsx)',
  },
  'cli/missing-column': {
    vi: 'thiếu cột {column} ở dòng tiêu đề; các cột có: {found}',
    en: 'missing column {column} in the header row; columns found: {found}',
  },
  'cli/unknown-column': {
    vi: 'cột không phải chỉ tiêu của bộ {set}; tiêu đề chỉ tiêu phải bắt đầu bằng mã (ví dụ "15.3 Tỷ lệ hộ nghèo"); tạo mẫu: ntm init communes --set {set}',
    en: 'column is not an indicator of set {set}; indicator headers start with the code (e.g. "15.3 Poverty rate"); make a template: ntm init communes --set {set}',
  },
  'cli/not-a-date': {
    vi: '{received} không phải ngày hợp lệ (dùng YYYY-MM-DD, dd/mm/yyyy hoặc ô ngày của Excel)',
    en: '{received} is not a valid date (use YYYY-MM-DD, dd/mm/yyyy or an Excel date cell)',
  },
  'cli/bad-year': {
    vi: 'năm phải là số nguyên (ví dụ 2022)',
    en: 'the year must be a whole number (e.g. 2022)',
  },
  'cli/no-targets': {
    vi: 'không xã nào có "Năm mục tiêu"',
    en: 'no commune has a "Năm mục tiêu" (target year)',
  },
  'cli/bad-answer': {
    vi: '{received} không phải câu trả lời hợp lệ: ghi số thứ tự lựa chọn (1, 2, …), "có"/"không", hoặc trường hợp + số (a1, b2)',
    en: '{received} is not a valid answer: write the option number (1, 2, …), yes/no (có/không), or case + number (a1, b2)',
  },
  'cli/ocop-no-sheet': {
    vi: '{reason}; phiếu chấm chi tiết của văn bản này không có trong bộ dữ liệu — hãy ghi tổng điểm từng phần A, B, C vào trường "parts" của một tệp JSON',
    en: '{reason}; the detailed sheets of that decision are not in the dataset — give part totals A, B, C in the "parts" field of a JSON file',
  },
  'cli/no-product-set': {
    vi: 'không tìm thấy bộ sản phẩm cho "{query}"',
    en: 'no product set found for "{query}"',
  },
  'cli/unknown-criteria-set': {
    vi: 'không có bộ tiêu chí "{set}"; có: auto, {available}',
    en: 'no criteria set "{set}"; available: auto, {available}',
  },
  'cli/no-base-set': {
    vi: 'tệp không có "baseSetId"; thêm --set <mã bộ>',
    en: 'the file has no "baseSetId"; add --set <set id>',
  },
});
