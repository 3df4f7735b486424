// The workbench's tools: ids, titles and what each does. Read by the page generator (Node) and by the entry script
// (browser), so it holds plain data only and imports nothing.

/** One tool of the workbench. */
export interface WorkbenchTool {
  /** Stable id: the page is `workbench/<id>.html`, the code `tools/<id>/index.ts`. */
  readonly id: 'ocop' | 'ntm' | 'province' | 'deadlines';
  /** Title (Vietnamese / English). */
  readonly title: string;
  /** What it does, Vietnamese then English (plain text). */
  readonly summary: { readonly vi: string; readonly en: string };
}

/** The four tools, in the order the workbench lists them. */
export const WORKBENCH_TOOLS: readonly WorkbenchTool[] = Object.freeze([
  {
    id: 'ocop',
    title: 'Chấm điểm OCOP / OCOP scoring',
    summary: {
      vi: 'Tìm bộ sản phẩm theo tên, chọn quyết định đang có hiệu lực, trả lời phiếu theo số thứ tự in trên giấy; tổng điểm, điểm từng phần, hạng sao, dấu sao chưa đạt và diễn giải hiện ngay; in phiếu A4 có chỗ ký; lưu và mở câu trả lời (JSON, Excel) như lệnh ntm ocop score.',
      en: 'Find the product set by name, pick the decision in force, answer the sheet with its printed numbering; the total, parts, stars, failed star markers and trace update as you go; print an A4 sheet with signature lines; save and load answers (JSON, Excel) as ntm ocop score reads them.',
    },
  },
  {
    id: 'ntm',
    title: 'Đánh giá xã NTM / Evaluating communes',
    summary: {
      vi: 'Thả tệp danh sách xã do ntm init communes tạo (Excel hoặc CSV), chọn ngày, vùng hoặc nhóm, cấu hình của tỉnh; xem bảng kết quả và tải về tệp Excel.',
      en: 'Drop the communes file ntm init communes makes (Excel or CSV), choose the date, region or group and a province configuration; see the table and download it as Excel.',
    },
  },
  {
    id: 'province',
    title: 'Cấu hình tiêu chí của tỉnh / Province configuration',
    summary: {
      vi: 'Biểu mẫu sinh từ bộ tiêu chí quốc gia: nhập giá trị của tỉnh cho từng chỉ tiêu, kiểm tra ngay với mức sàn quốc gia; cùng biểu mẫu cho tệp bổ sung số liệu quốc gia; mở và lưu JSON.',
      en: "A form generated from the national set: type the province's value for each indicator, checked live against the national floor; the same editor for a national supplement; load and save JSON.",
    },
  },
  {
    id: 'deadlines',
    title: 'Hạn chót và lịch / Deadlines and calendar',
    summary: {
      vi: 'Dán các dòng của văn bản chỉ đạo hoặc mở tệp JSON của nó: xem lịch (hạn chót, báo cáo định kỳ, ngày bắt đầu), tải tệp lịch ICS; ngày nghỉ của bất kỳ năm nào kèm căn cứ pháp lý; cộng N ngày làm việc.',
      en: "Paste a directive's lines or load its JSON: see the schedule (deadlines, recurring reports, starts) and download the ICS; the days off of any year with their legal basis; add N working days.",
    },
  },
]);

/** The line every workbench page carries. */
export const PRIVACY_NOTE = {
  vi: 'Tệp của bạn không rời khỏi máy: mọi phép tính chạy ngay trong trình duyệt, không gửi dữ liệu đi đâu.',
  en: 'Your files never leave your machine: everything is computed in your browser and nothing is sent anywhere.',
} as const;
