import { defineErrors } from '../define-errors.js';

/**
 * Errors raised by the `ntm` command (@ntm/cli): files, sheets, columns, answers and the command line. The command
 * puts the file, sheet, row, column or field in front of each message (`xa.csv, dòng 3, cột "Năm": …`), so the
 * templates start in lower case.
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
    vi: 'tệp quá lớn ({size} byte, tối đa {limit} với loại tệp này)',
    en: 'file too large ({size} bytes, at most {limit} for this kind of file)',
  },
  'cli/file-exists': {
    vi: 'tệp đã có; thêm --force để ghi đè',
    en: 'the file already exists; add --force to overwrite it',
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
    vi: 'tệp .xls cũ: mở bằng Excel và lưu lại dưới dạng .xlsx',
    en: 'an old .xls file: open it in Excel and save it as .xlsx',
  },
  'cli/json-syntax': {
    vi: 'JSON sai cú pháp{at} ({reason})',
    en: 'JSON syntax error{at} ({reason})',
  },
  'cli/csv-syntax': {
    vi: 'CSV sai cú pháp ({reason})',
    en: 'CSV syntax error ({reason})',
  },
  'cli/mixed-encoding': {
    vi: 'dòng {line} không phải UTF-8 như các dòng trước (tệp ghép từ hai bảng mã?); hãy lưu lại cả tệp dưới dạng "CSV UTF-8"',
    en: 'line {line} is not UTF-8 like the lines before it (a file pasted together from two encodings?); save the whole file again as "CSV UTF-8"',
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
    vi: 'không đọc được tệp Excel (.xlsx); tệp .xls cũ cần mở bằng Excel và lưu lại dưới dạng .xlsx',
    en: 'cannot read the Excel (.xlsx) file; open old .xls files in Excel and save them as .xlsx',
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
    vi: 'cần các trang "{info}" và "{answers}" (tạo mẫu: ntm init assessment --set B04 --xlsx)',
    en: 'the sheets "{info}" and "{answers}" are needed (make a form: ntm init assessment --set B04 --xlsx)',
  },
  'cli/missing-column': {
    vi: 'thiếu cột {column} ở dòng tiêu đề; các cột có: {found}',
    en: 'missing column {column} in the header row; columns found: {found}',
  },
  'cli/unknown-column': {
    vi: 'cột không phải chỉ tiêu của bộ {set}; tiêu đề chỉ tiêu phải bắt đầu bằng mã (ví dụ "15.3 Tỷ lệ hộ nghèo"); tạo mẫu: ntm init communes --set {set}',
    en: 'the column is not an indicator of set {set}; indicator headers start with the code (e.g. "15.3 Poverty rate"); make a template: ntm init communes --set {set}',
  },
  'cli/not-a-date': {
    vi: '{received} không phải ngày có thật (viết YYYY-MM-DD, dd/mm/yyyy hoặc dùng ô ngày của Excel)',
    en: '{received} is not a real date (write YYYY-MM-DD or dd/mm/yyyy, or use an Excel date cell)',
  },
  'cli/not-a-whole-number': {
    vi: '{received} phải là số nguyên từ {min} đến {max}',
    en: '{received} must be a whole number from {min} to {max}',
  },
  'cli/bad-year': {
    vi: 'năm phải là số nguyên (ví dụ 2022)',
    en: 'the year must be a whole number (e.g. 2022)',
  },
  'cli/no-targets': {
    vi: 'không xã nào có "Năm mục tiêu" (thêm cột này vào bảng số liệu)',
    en: 'no commune has a "Năm mục tiêu" (target year); add that column to the sheet',
  },
  'cli/bad-answer': {
    vi: 'tiêu chí {criterion} ({title}): câu trả lời {received} không khớp lựa chọn nào; {how}. Các lựa chọn: {options}',
    en: 'criterion {criterion} ({title}): the answer {received} matches no option; {how}. Options: {options}',
  },
  'cli/ambiguous-answer': {
    vi: 'tiêu chí {criterion} ({title}): {received} ứng với nhiều lựa chọn; hãy chọn nội dung trong danh sách. Các lựa chọn: {options}',
    en: 'criterion {criterion} ({title}): {received} fits several options; pick the words from the list. Options: {options}',
  },
  'cli/ocop-no-sheet': {
    vi: '{reason}; phiếu chấm chi tiết của văn bản này không có trong bộ dữ liệu — hãy ghi tổng điểm từng phần A, B, C vào trường "parts" của một tệp JSON',
    en: '{reason}; the detailed sheets of that decision are not in the dataset — give part totals A, B, C in the "parts" field of a JSON file',
  },
  'cli/no-product-set': {
    vi: 'không tìm thấy bộ sản phẩm cho "{query}"; thử từ khác (ví dụ "mật ong", "chè", "nước mắm")',
    en: 'no product set found for "{query}"; try other words (e.g. "mật ong", "chè", "nước mắm")',
  },
  'cli/unknown-criteria-set': {
    vi: 'không có bộ tiêu chí "{set}"; có: auto, {available}',
    en: 'no criteria set "{set}"; available: auto, {available}',
  },
  'cli/set-without-indicators': {
    vi: 'bộ tiêu chí {set} ({annex}) chưa có chỉ tiêu trong SDK: mới có cấu trúc ({criteria} tiêu chí, {indicators} chỉ tiêu chưa nhập), nên chưa lập được mẫu hay đánh giá theo bộ này. Cách bổ sung: tạo mẫu bằng ntm criteria supplement-template --set {set}, chép các chỉ tiêu và ngưỡng của {annex} vào đó, rồi thêm --supplement <tệp> (docs/national-supplement.md); hoặc đưa vào dữ liệu của SDK kèm nguồn (docs/updating-data.md)',
    en: 'criteria set {set} ({annex}) has no indicators in the SDK yet: only its structure ({criteria} criteria, {indicators} indicators not entered), so no template or evaluation can be made on it. To supply them: make a form with ntm criteria supplement-template --set {set}, type the indicators and thresholds of {annex} into it, then add --supplement <file> (docs/national-supplement.md); or add them to the data of the SDK with their source (docs/updating-data.md)',
  },
  'cli/no-base-set': {
    vi: 'tệp không có "baseSetId"; thêm trường này hoặc dùng --set <mã bộ>',
    en: 'the file has no "baseSetId"; add it or use --set <set id>',
  },
  'cli/format-contradiction': {
    vi: '--out {out} là tệp {kind} nhưng --format là {format}; bỏ --format hoặc đổi đuôi tệp',
    en: '--out {out} is {kind} file but --format is {format}; drop --format or change the extension',
  },
  'cli/format-not-written': {
    vi: 'lệnh này không ghi được {kind}; dùng: {formats}',
    en: 'this command cannot write {kind}; use: {formats}',
  },
  'cli/template-extension': {
    vi: '--out {out}: mẫu này ghi được {formats}',
    en: '--out {out}: this template can be written as {formats}',
  },
  'cli/xlsx-contradiction': {
    vi: '--xlsx nhưng --out {out} không phải tệp .xlsx',
    en: '--xlsx but --out {out} is not an .xlsx file',
  },
});
