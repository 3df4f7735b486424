import type { CommandHelp } from '../context.js';

/**
 * Every command's help, keyed by its path (`'criteria evaluate'`): one-line description and examples, in Vietnamese
 * with English alongside. Kept in one table so that the wording of the whole CLI is reviewed, translated and kept
 * consistent in one place, apart from the code that registers options and runs the commands.
 *
 * @example
 * ```ts
 * leaf(ctx, criteria, 'evaluate', HELP['criteria evaluate']);
 * ```
 */
export const HELP = {
  ocop: {
    description: {
      vi: 'Chương trình OCOP: chấm điểm, tra cứu bộ sản phẩm, thời hạn giấy chứng nhận',
      en: 'OCOP programme: scoring, product sets, certificate timelines',
    },
    examples: [
      {
        run: 'ntm ocop score examples/cli-tour/data/mat-ong.json',
        note: { vi: 'chấm điểm một phiếu (minh hoạ)', en: 'score one assessment (illustrative)' },
      },
    ],
  },
  'ocop find': {
    argument: {
      name: '<words>',
      description: {
        vi: 'tên sản phẩm, có dấu hoặc không',
        en: 'product words, diacritics optional',
      },
    },
    description: {
      vi: 'tìm bộ sản phẩm OCOP (QĐ 26/2026) theo từ thông dụng',
      en: 'find the OCOP product set (QĐ 26/2026) from everyday words',
    },
    examples: [
      { run: 'ntm ocop find "mật ong bạc hà"', note: { vi: 'ra B04', en: 'gives B04' } },
      {
        run: 'ntm ocop find "nuoc mam" --format json',
        note: { vi: 'không dấu cũng được', en: 'diacritics optional' },
      },
    ],
  },
  'ocop score': {
    argument: {
      name: '<assessment>',
      description: { vi: 'phiếu đánh giá .json hoặc .xlsx', en: 'assessment .json or .xlsx' },
    },
    description: {
      vi: 'chấm điểm phiếu đánh giá sản phẩm OCOP (.json hoặc .xlsx): tổng điểm, hạng sao, trạng thái, chi tiết',
      en: 'score an OCOP assessment (.json or .xlsx): total, stars, status and trace',
    },
    examples: [
      {
        run: 'ntm ocop score examples/cli-tour/data/mat-ong.json',
        note: {
          vi: 'in bảng kết quả (phiếu minh hoạ)',
          en: 'print the result table (an illustrative sheet)',
        },
      },
      {
        run: 'ntm ocop score examples/cli-tour/data/mat-ong.json --out ket-qua.xlsx',
        note: { vi: 'ghi kết quả ra Excel', en: 'write the result to Excel' },
      },
      {
        run: 'ntm init assessment --set B04 --out phieu.xlsx',
        note: {
          vi: 'tạo phiếu Excel để điền (danh sách chọn cho từng tiêu chí); điền xong: ntm ocop score phieu.xlsx',
          en: 'make an Excel form to fill (a drop-down per criterion); once filled: ntm ocop score phieu.xlsx',
        },
      },
    ],
  },
  'ocop timeline': {
    argument: {
      name: '<decision-date>',
      description: { vi: 'ngày quyết định công nhận', en: 'date of the recognition decision' },
    },
    description: {
      vi: 'hiệu lực giấy chứng nhận OCOP (36 tháng), thời gian nộp hồ sơ đánh giá lại, gia hạn cho hồ sơ nộp muộn',
      en: 'OCOP certificate validity (36 months), re-evaluation filing window, extension for late filers',
    },
    examples: [
      {
        run: 'ntm ocop timeline 19/06/2025',
        note: { vi: 'hiệu lực đến 19/06/2028', en: 'valid until 2028-06-19' },
      },
      {
        run: 'ntm ocop timeline 2025-06-19 --format json',
        note: { vi: 'dạng JSON', en: 'as JSON' },
      },
    ],
  },
  criteria: {
    description: {
      vi: 'tiêu chí xã nông thôn mới: đánh giá, tổng hợp, lộ trình, cấu hình tỉnh, bổ sung số liệu quốc gia',
      en: 'NTM commune criteria: evaluate, summarise, plan, province configuration, national supplement',
    },
    examples: [
      {
        run: 'ntm criteria evaluate examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv --province-config examples/province-config/dien-bien.json',
        note: {
          vi: 'đánh giá theo cấu hình Điện Biên (minh hoạ)',
          en: 'evaluate with the Điện Biên configuration (illustrative)',
        },
      },
    ],
  },
  'criteria check-config': {
    description: {
      vi: 'kiểm tra cấu hình tiêu chí của tỉnh so với mức sàn quốc gia: mọi lỗi một lần, mỗi lỗi có vị trí trong tệp (JSON pointer)',
      en: "check a province's criteria configuration against the national floor: every problem at once, each with its place in the file (JSON pointer)",
    },
    examples: [
      {
        run: 'ntm criteria check-config examples/province-config/dien-bien.json',
        note: {
          vi: 'cấu hình minh hoạ Điện Biên',
          en: 'the illustrative Điện Biên configuration',
        },
      },
      {
        run: 'ntm criteria check-config examples/province-config/dien-bien.json --supplement examples/national-supplement/xa-2021-2025-tdmnpb.json',
        note: {
          vi: 'mức sàn quốc gia gồm cả số liệu bổ sung (minh hoạ)',
          en: 'the national floor including supplied values (illustrative)',
        },
      },
      {
        run: 'ntm init province-config --out tinh.json',
        note: { vi: 'tạo cấu hình mới để điền', en: 'make a new configuration to fill in' },
      },
      {
        run: 'ntm criteria check-config tinh.json --set XA_2021_2025 --lang en',
        note: {
          vi: 'kiểm tra tệp vừa tạo theo bộ đã chọn',
          en: 'check the file just made against a named set',
        },
      },
    ],
  },
  'criteria check-supplement': {
    argument: {
      name: '<file>',
      description: {
        vi: 'tệp bổ sung (.json hoặc .xlsx; mẫu: ntm criteria supplement-template)',
        en: 'the supplement (.json or .xlsx; template: ntm criteria supplement-template)',
      },
    },
    description: {
      vi: 'kiểm tra tệp bổ sung số liệu quốc gia (.json hoặc mẫu Excel): mọi lỗi một lần, mỗi lỗi có tệp, trang, dòng, cột hoặc trường; rồi những gì còn thiếu',
      en: 'check a national supplement (.json or the Excel form): every problem at once, each with its file, sheet, row, column or field; then what is still missing',
    },
    examples: [
      {
        run: 'ntm criteria check-supplement examples/national-supplement/xa-2026-2030-nhom-1.json',
        note: {
          vi: 'tệp mẫu 47 chỉ tiêu nhóm 1 (minh hoạ)',
          en: 'the example file of 47 group-1 indicators (illustrative)',
        },
      },
      {
        run: 'ntm criteria supplement-template --set XA_2021_2025 --key TDMNPB --xlsx',
        note: {
          vi: 'tạo mẫu Excel để điền (bo-sung-XA_2021_2025-TDMNPB.xlsx)',
          en: 'make an Excel form to fill (bo-sung-XA_2021_2025-TDMNPB.xlsx)',
        },
      },
      {
        run: 'ntm criteria check-supplement bo-sung-XA_2021_2025-TDMNPB.xlsx --format json',
        note: {
          vi: 'kiểm tra mẫu vừa tạo, kết quả JSON có mã lỗi',
          en: 'check the form just made, as JSON with the error codes',
        },
      },
    ],
  },
  'criteria evaluate': {
    description: {
      vi: 'đánh giá từng xã (.csv/.xlsx, cỡ bất kỳ): số tiêu chí đạt, kết quả, chỉ tiêu còn thiếu; JSON mỗi xã một dòng',
      en: 'evaluate each commune (.csv/.xlsx, any size): criteria met, outcome, gaps; JSON one commune per line',
    },
    examples: [
      {
        run: 'ntm criteria evaluate examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv',
        note: {
          vi: 'số liệu minh hoạ các xã huyện Tuần Giáo',
          en: 'illustrative values of Tuần Giáo communes',
        },
      },
      {
        run: 'ntm criteria evaluate examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv --out ket-qua.xlsx',
        note: { vi: 'ghi kết quả ra Excel', en: 'write the results to Excel' },
      },
      {
        run: 'ntm criteria evaluate examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv --set XA_2021_2025 --format json',
        note: {
          vi: 'kết quả đầy đủ, mỗi xã một dòng JSON',
          en: 'full results, one JSON line per commune',
        },
      },
    ],
  },
  'criteria roadmap': {
    description: {
      vi: 'lộ trình từng xã đến năm mục tiêu (cột "Năm mục tiêu"): tiêu chí còn thiếu, kế hoạch theo năm; JSON mỗi xã một dòng',
      en: 'each commune\'s path to its target year ("Năm mục tiêu" column): criteria missing, plan by year; JSON one commune per line',
    },
    examples: [
      {
        run: 'ntm criteria roadmap examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv',
        note: {
          vi: 'các xã phấn đấu đạt chuẩn năm 2023 (minh hoạ)',
          en: 'communes targeting 2023 (illustrative)',
        },
      },
    ],
  },
  'criteria summary': {
    description: {
      vi: 'tổng hợp số xã đạt chuẩn theo huyện, tỉnh, năm mục tiêu hoặc năm; số xã dưới 15 tiêu chí',
      en: 'count communes meeting the standard by district, province, target year or year; communes under 15 criteria',
    },
    examples: [
      {
        run: 'ntm criteria summary examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv --by year',
        note: {
          vi: '"2022: a/b xã đạt chuẩn" (minh hoạ)',
          en: '"2022: a/b communes met" (illustrative)',
        },
      },
      {
        run: 'ntm criteria summary examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv --out tong-hop.xlsx',
        note: { vi: 'theo huyện, ghi ra Excel', en: 'by district, to Excel' },
      },
    ],
  },
  'criteria supplement-template': {
    description: {
      vi: 'mẫu tệp bổ sung số liệu quốc gia SDK còn thiếu (chỉ tiêu, ô ngưỡng) kèm phụ lục để chép từ văn bản; JSON hoặc Excel',
      en: 'template of a national supplement: every indicator and threshold cell the SDK lacks, with the annex to type them from; JSON or Excel',
    },
    examples: [
      {
        run: 'ntm criteria supplement-template --set XA_2026_2030 --key 1 --xlsx',
        note: {
          vi: 'mẫu Excel 47 chỉ tiêu của QĐ 51/2025/QĐ-TTg cho xã nhóm 1; điền rồi kiểm tra: ntm criteria check-supplement bo-sung-XA_2026_2030-1.xlsx',
          en: 'Excel form of the 47 indicators of QĐ 51/2025/QĐ-TTg for group-1 communes; fill it, then: ntm criteria check-supplement bo-sung-XA_2026_2030-1.xlsx',
        },
      },
      {
        run: 'ntm criteria supplement-template --set XA_2021_2025 --key TDMNPB --out bo-sung.json',
        note: {
          vi: 'các ô ngưỡng vùng TDMNPB còn thiếu của QĐ 318/QĐ-TTg, dạng JSON',
          en: 'the TDMNPB threshold cells of QĐ 318/QĐ-TTg still missing, as JSON',
        },
      },
    ],
  },
  deadlines: {
    description: {
      vi: 'hạn chót: đọc cụm từ hạn trong văn bản, ngày nghỉ, ngày làm việc',
      en: 'deadlines: phrases in directives, days off, working days',
    },
    examples: [
      {
        run: 'ntm deadlines parse "trước ngày 05/08/2022" --issued 26/07/2022',
        note: { vi: 'đọc một hạn chót', en: 'read one deadline' },
      },
    ],
  },
  'deadlines add': {
    description: {
      vi: 'cộng n ngày làm việc vào một ngày (bỏ qua ngày nghỉ, tính ngày làm bù)',
      en: 'add n working days to a date (skipping days off, counting make-up days)',
    },
    examples: [
      {
        run: 'ntm deadlines add 13/02/2026 1',
        note: { vi: 'ngày làm việc đầu tiên sau Tết', en: 'first working day after Tết' },
      },
      {
        run: 'ntm deadlines add 26/07/2022 15',
        note: { vi: '15 ngày làm việc', en: '15 working days' },
      },
    ],
  },
  'deadlines days-off': {
    description: {
      vi: 'ngày nghỉ lễ, Tết, nghỉ bù, hoán đổi và ngày làm bù của một năm, kèm căn cứ',
      en: 'days off (holidays, Tết, compensatory, swapped) and make-up working days of a year, with their basis',
    },
    examples: [
      {
        run: 'ntm deadlines days-off 2026',
        note: { vi: 'lịch nghỉ năm 2026', en: 'days off in 2026' },
      },
      {
        run: 'ntm deadlines days-off 2025 --out ngay-nghi-2025.xlsx',
        note: { vi: 'ghi ra Excel', en: 'write an Excel file' },
      },
      {
        run: 'ntm deadlines days-off 2020 --format json --lang en',
        note: { vi: 'dạng JSON', en: 'as JSON' },
      },
    ],
  },
  'deadlines parse': {
    argument: {
      name: '<phrase>',
      description: { vi: 'cụm từ ghi hạn, trong ngoặc kép', en: 'the deadline phrase, in quotes' },
    },
    description: {
      vi: 'đọc cụm từ hạn chót trong văn bản chỉ đạo thành quy tắc có ngày',
      en: 'read a deadline phrase from a directive into a dated rule',
    },
    examples: [
      {
        run: 'ntm deadlines parse "hoàn thiện trước ngày 01/10/2022" --issued 26/07/2022',
        note: { vi: 'hạn cuối 30/09/2022', en: 'last day 2022-09-30' },
      },
      {
        run: 'ntm deadlines parse "Ngày 30 hàng tháng, báo cáo tiến độ" --format json',
        note: { vi: 'báo cáo định kỳ, dạng JSON', en: 'a monthly report, as JSON' },
      },
    ],
  },
  directive: {
    description: {
      vi: 'văn bản chỉ đạo: lịch hạn chót, lịch ICS, tình hình thực hiện',
      en: 'directives: deadline schedule, ICS calendar, task status',
    },
    examples: [
      {
        run: 'ntm directive schedule examples/directives/lai-chau-2020.json',
        note: { vi: 'các hạn năm 2020', en: 'the 2020 deadlines' },
      },
    ],
  },
  'directive schedule': {
    description: {
      vi: 'liệt kê các hạn chót có ngày của văn bản (JSON theo schema directive): hạn một lần, báo cáo định kỳ, việc bắt đầu từ một ngày; xuất lịch .ics',
      en: 'list the dated deadlines of a directive (JSON, directive schema): one-off deadlines, recurring reports, tasks starting on a day; export an .ics calendar',
    },
    examples: [
      {
        run: 'ntm directive schedule examples/directives/lai-chau-2020.json',
        note: {
          vi: 'báo cáo ngày 30 hằng tháng năm 2020',
          en: 'monthly reports on day 30 in 2020',
        },
      },
      {
        run: 'ntm directive schedule examples/directives/tuan-giao-2022.json --out tuan-giao.ics',
        note: {
          vi: 'lịch để nhập vào Google Calendar/Outlook',
          en: 'a calendar for Google Calendar/Outlook',
        },
      },
      {
        run: 'ntm directive schedule examples/directives/tuan-giao-2022.json --out lich-tuan-giao.xlsx',
        note: { vi: 'ghi ra Excel', en: 'write an Excel file' },
      },
    ],
  },
  'directive status': {
    description: {
      vi: 'tình hình từng việc vào một ngày: đã xong, còn hạn, quá hạn (mã thoát 1 nếu có việc quá hạn)',
      en: 'each task on a date: done, not yet due, overdue (exit code 1 when something is overdue)',
    },
    examples: [
      {
        run: 'ntm directive status examples/directives/tuan-giao-2022.json --as-of 15/08/2022',
        note: {
          vi: 'kế hoạch hạn 04/08/2022 đã quá hạn',
          en: 'the plan due 2022-08-04 is overdue',
        },
        exit: 1,
      },
      {
        run: 'ntm directive status examples/directives/tuan-giao-2022.json --as-of 15/08/2022 --reports examples/directives/tuan-giao-2022-bao-cao.json',
        note: {
          vi: 'với tệp các báo cáo đã nhận: [{ "taskId": "3.2", "on": "03/08/2022" }]',
          en: 'with a file of the reports received: [{ "taskId": "3.2", "on": "03/08/2022" }]',
        },
      },
    ],
  },
  units: {
    description: {
      vi: 'đơn vị hành chính trước và sau sắp xếp 2025',
      en: 'administrative units before and after the 2025 reform',
    },
    examples: [
      {
        run: 'ntm units find "huyện Tân Uyên" --date 15/05/2020',
        note: {
          vi: 'huyện Tân Uyên năm 2020 và hôm nay',
          en: 'Tân Uyên district in 2020 and today',
        },
      },
    ],
  },
  'units find': {
    argument: {
      name: '<name>',
      description: {
        vi: 'tên (có dấu hoặc không) hoặc mã đơn vị',
        en: 'name (diacritics optional) or code',
      },
    },
    description: {
      vi: 'tìm đơn vị theo tên hoặc mã (tại một ngày, hoặc bất kỳ lúc nào) và cho biết hôm nay đơn vị đó thuộc đơn vị nào',
      en: 'find a unit by name or code (on a date, or at any time) and show what covers it today',
    },
    examples: [
      {
        run: 'ntm units find "xã Quài Nưa"',
        note: {
          vi: 'xã đã sáp nhập: trước đây là gì, từ 01/07/2025 thành gì',
          en: 'a merged commune: what it was, and what it became on 2025-07-01',
        },
      },
      {
        run: 'ntm units find "xã Quài Nưa" --date 26/07/2022',
        note: { vi: 'xã Quài Nưa năm 2022 → hôm nay', en: 'Quài Nưa commune in 2022 → today' },
      },
      {
        run: 'ntm units find "Tân Uyên" --level district --within "Lai Châu" --date 15/05/2020',
        note: {
          vi: 'chọn đúng "Tân Uyên" khi có nhiều đơn vị trùng tên',
          en: 'pick the right "Tân Uyên" among namesakes',
        },
      },
    ],
  },
  init: {
    description: {
      vi: 'tạo tệp mẫu để điền (tiêu đề tiếng Việt, danh sách chọn trong Excel)',
      en: 'write forms ready to fill in (Vietnamese headers, drop-down lists in Excel)',
    },
    examples: [
      {
        run: 'ntm init assessment --set B04 --xlsx',
        note: {
          vi: 'phiếu chấm mật ong: ghi phieu-B04.xlsx',
          en: 'the honey scoring form: writes phieu-B04.xlsx',
        },
      },
    ],
  },
  'init assessment': {
    description: {
      vi: 'mẫu phiếu đánh giá sản phẩm OCOP của một bộ sản phẩm (B01…B26): Excel có danh sách chọn cho từng tiêu chí, hoặc JSON',
      en: 'OCOP assessment form for one product set (B01…B26): Excel with a drop-down per criterion, or JSON',
    },
    examples: [
      {
        run: 'ntm init assessment --set B04 --xlsx',
        note: { vi: 'ghi phieu-B04.xlsx', en: 'writes phieu-B04.xlsx' },
      },
      {
        run: 'ntm init assessment --set B09 --out nuoc-mam.json',
        note: {
          vi: 'mẫu JSON (tiêu chí theo thứ tự trên phiếu)',
          en: 'JSON form (criteria in sheet order)',
        },
      },
    ],
  },
  'init communes': {
    description: {
      vi: 'mẫu bảng số liệu các xã: cột cố định và một cột cho mỗi chỉ tiêu của bộ tiêu chí (Excel có danh sách Có/Không và kiểm tra số)',
      en: 'communes sheet template: fixed columns and one column per indicator of the set (Excel with Có/Không lists and number checks)',
    },
    examples: [
      {
        run: 'ntm init communes --xlsx',
        note: { vi: 'ghi xa-XA_2021_2025.xlsx', en: 'writes xa-XA_2021_2025.xlsx' },
      },
      {
        run: 'ntm init communes --set XA_2016_2020 --out xa.csv',
        note: { vi: 'CSV (UTF-8, mở được bằng Excel)', en: 'CSV (UTF-8, opens in Excel)' },
      },
      {
        run: 'ntm init communes --set XA_2026_2030 --supplement examples/national-supplement/xa-2026-2030-nhom-1.json --xlsx',
        note: {
          vi: 'bộ 2026–2030 với 47 chỉ tiêu của tệp bổ sung mẫu (minh hoạ)',
          en: 'the 2026–2030 set with the 47 indicators of the example supplement (illustrative)',
        },
      },
    ],
  },
  'init province-config': {
    description: {
      vi: 'mẫu cấu hình tiêu chí của tỉnh (JSON), kèm bản JSON Schema bên cạnh để trình soạn thảo gợi ý và kiểm tra, không cần mạng',
      en: 'province criteria configuration template (JSON), with a copy of its JSON Schema beside it for editor hints and checks, offline',
    },
    examples: [
      {
        run: 'ntm init province-config --out tinh.json',
        note: {
          vi: 'rồi kiểm tra: ntm criteria check-config tinh.json',
          en: 'then check it: ntm criteria check-config tinh.json',
        },
      },
    ],
  },
} as const satisfies Readonly<Record<string, CommandHelp>>;
