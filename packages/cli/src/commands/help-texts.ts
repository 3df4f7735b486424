import type { CommandHelp, OptionRow } from '../context.js';

/** An example: the command line (starting with `ntm`), what it does in Vietnamese and English, its exit code if not 0. */
type ExampleRow = readonly [run: string, vi: string, en: string, exit?: 1];

/** What a leaf command takes: its positional argument (`<file>`, what to give) and its own options, in order. */
interface LeafRows {
  readonly argument?: readonly [name: string, vi: string, en: string, value?: 'date'];
  readonly options?: readonly OptionRow[];
}

/** A command's help from its description, its examples and, for a leaf, its argument and options. */
function help(
  vi: string,
  en: string,
  examples: readonly ExampleRow[],
  { argument, options }: LeafRows = {},
): CommandHelp {
  return Object.freeze({
    description: { vi, en },
    examples: examples.map(([run, noteVi, noteEn, exit]) => ({
      run,
      note: { vi: noteVi, en: noteEn },
      ...(exit === undefined ? {} : { exit }),
    })),
    ...(argument === undefined
      ? {}
      : {
          argument: {
            name: argument[0],
            description: { vi: argument[1], en: argument[2] },
            ...(argument[3] === undefined ? {} : { value: argument[3] }),
          },
        }),
    ...(options === undefined ? {} : { options }),
  });
}

/**
 * Every command's help, keyed by its path (`'criteria evaluate'`): one-line description and examples, in Vietnamese
 * with English alongside, and for a leaf its argument and the options of its own that `leaf` adds. Kept in one table so
 * that the wording of the whole CLI is reviewed, translated and kept consistent in one place, apart from the code that
 * runs the commands (options shared by several commands, such as `--format`, are added by their builders).
 *
 * @example
 * ```ts
 * leaf(ctx, criteria, 'evaluate', HELP['criteria evaluate']);
 * ```
 */
export const HELP = Object.freeze({
  ocop: help(
    'Chương trình OCOP: chấm điểm, tra cứu bộ sản phẩm, thời hạn giấy chứng nhận',
    'OCOP programme: scoring, product sets, certificate timelines',
    [
      [
        'ntm ocop score examples/cli-tour/data/mat-ong.json',
        'chấm điểm một phiếu (minh hoạ)',
        'score one assessment (illustrative)',
      ],
    ],
  ),
  'ocop find': help(
    'tìm bộ sản phẩm OCOP (QĐ 26/2026) theo từ thông dụng',
    'find the OCOP product set (QĐ 26/2026) from everyday words',
    [
      ['ntm ocop find "mật ong bạc hà"', 'ra B04', 'gives B04'],
      ['ntm ocop find "nuoc mam" --format json', 'không dấu cũng được', 'diacritics optional'],
    ],
    {
      argument: [
        '<words>',
        'tên sản phẩm, có dấu hoặc không',
        'product words, diacritics optional',
      ],
    },
  ),
  'ocop score': help(
    'chấm điểm phiếu đánh giá sản phẩm OCOP (.json hoặc .xlsx): tổng điểm, hạng sao, trạng thái, chi tiết',
    'score an OCOP assessment (.json or .xlsx): total, stars, status and trace',
    [
      [
        'ntm ocop score examples/cli-tour/data/mat-ong.json',
        'in bảng kết quả (phiếu minh hoạ)',
        'print the result table (an illustrative sheet)',
      ],
      [
        'ntm ocop score examples/cli-tour/data/mat-ong.json --out ket-qua.xlsx',
        'ghi kết quả ra Excel',
        'write the result to Excel',
      ],
      [
        'ntm init assessment --set B04 --out phieu.xlsx',
        'tạo phiếu Excel để điền (danh sách chọn cho từng tiêu chí); điền xong: ntm ocop score phieu.xlsx',
        'make an Excel form to fill (a drop-down per criterion); once filled: ntm ocop score phieu.xlsx',
      ],
    ],
    {
      argument: ['<assessment>', 'phiếu đánh giá .json hoặc .xlsx', 'assessment .json or .xlsx'],
      options: [
        [
          '--date <date>',
          'ngày nộp hồ sơ, thay cho ngày trong tệp (chọn văn bản áp dụng)',
          'submission date, instead of the one in the file (selects the rules in force)',
          'date',
        ],
        [
          '--marker-policy <policy>',
          'khi không đạt yêu cầu tối thiểu theo sao: cap (hạ sao) hoặc reject (không xếp sao)',
          'when a per-star minimum fails: cap (lower the stars) or reject (no stars)',
          ['cap', 'reject'],
        ],
      ],
    },
  ),
  'ocop timeline': help(
    'hiệu lực giấy chứng nhận OCOP (36 tháng), thời gian nộp hồ sơ đánh giá lại, gia hạn cho hồ sơ nộp muộn',
    'OCOP certificate validity (36 months), re-evaluation filing window, extension for late filers',
    [
      ['ntm ocop timeline 19/06/2025', 'hiệu lực đến 19/06/2028', 'valid until 2028-06-19'],
      ['ntm ocop timeline 2025-06-19 --format json', 'dạng JSON', 'as JSON'],
    ],
    {
      argument: [
        '<decision-date>',
        'ngày quyết định công nhận',
        'date of the recognition decision',
        'date',
      ],
    },
  ),
  criteria: help(
    'tiêu chí xã nông thôn mới: đánh giá, tổng hợp, lộ trình, cấu hình tỉnh, bổ sung số liệu quốc gia',
    'NTM commune criteria: evaluate, summarise, plan, province configuration, national supplement',
    [
      [
        'ntm criteria evaluate examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv --province-config examples/province-config/dien-bien.json',
        'đánh giá theo cấu hình Điện Biên (minh hoạ)',
        'evaluate with the Điện Biên configuration (illustrative)',
      ],
    ],
  ),
  'criteria check-config': help(
    'kiểm tra cấu hình tiêu chí của tỉnh so với mức sàn quốc gia: mọi lỗi một lần, mỗi lỗi có vị trí trong tệp (JSON pointer)',
    "check a province's criteria configuration against the national floor: every problem at once, each with its place in the file (JSON pointer)",
    [
      [
        'ntm criteria check-config examples/province-config/dien-bien.json',
        'cấu hình minh hoạ Điện Biên',
        'the illustrative Điện Biên configuration',
      ],
      [
        'ntm criteria check-config examples/province-config/dien-bien.json --supplement examples/national-supplement/xa-2021-2025-tdmnpb.json',
        'mức sàn quốc gia gồm cả số liệu bổ sung (minh hoạ)',
        'the national floor including supplied values (illustrative)',
      ],
      [
        'ntm init province-config --out tinh.json',
        'tạo cấu hình mới để điền',
        'make a new configuration to fill in',
      ],
      [
        'ntm criteria check-config tinh.json --set XA_2021_2025 --lang en',
        'kiểm tra tệp vừa tạo theo bộ đã chọn',
        'check the file just made against a named set',
      ],
    ],
    {
      argument: [
        '<province-config>',
        'cấu hình của tỉnh (.json)',
        "the province's configuration (.json)",
      ],
    },
  ),
  'criteria check-supplement': help(
    'kiểm tra tệp bổ sung số liệu quốc gia (.json hoặc mẫu Excel): mọi lỗi một lần, mỗi lỗi có tệp, trang, dòng, cột hoặc trường; rồi những gì còn thiếu',
    'check a national supplement (.json or the Excel form): every problem at once, each with its file, sheet, row, column or field; then what is still missing',
    [
      [
        'ntm criteria check-supplement examples/national-supplement/xa-2026-2030-nhom-1.json',
        'tệp mẫu 47 chỉ tiêu nhóm 1 (minh hoạ)',
        'the example file of 47 group-1 indicators (illustrative)',
      ],
      [
        'ntm criteria supplement-template --set XA_2021_2025 --key TDMNPB --xlsx',
        'tạo mẫu Excel để điền (bo-sung-XA_2021_2025-TDMNPB.xlsx)',
        'make an Excel form to fill (bo-sung-XA_2021_2025-TDMNPB.xlsx)',
      ],
      [
        'ntm criteria check-supplement bo-sung-XA_2021_2025-TDMNPB.xlsx --format json',
        'kiểm tra mẫu vừa tạo, kết quả JSON có mã lỗi',
        'check the form just made, as JSON with the error codes',
      ],
    ],
    {
      argument: [
        '<file>',
        'tệp bổ sung (.json hoặc .xlsx; mẫu: ntm criteria supplement-template)',
        'the supplement (.json or .xlsx; template: ntm criteria supplement-template)',
      ],
    },
  ),
  'criteria evaluate': help(
    'đánh giá từng xã (.csv/.xlsx, cỡ bất kỳ): số tiêu chí đạt, kết quả, chỉ tiêu còn thiếu; JSON mỗi xã một dòng',
    'evaluate each commune (.csv/.xlsx, any size): criteria met, outcome, gaps; JSON one commune per line',
    [
      [
        'ntm criteria evaluate examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv',
        'số liệu minh hoạ các xã huyện Tuần Giáo',
        'illustrative values of Tuần Giáo communes',
      ],
      [
        'ntm criteria evaluate examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv --out ket-qua.xlsx',
        'ghi kết quả ra Excel',
        'write the results to Excel',
      ],
      [
        'ntm criteria evaluate examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv --set XA_2021_2025 --format json',
        'kết quả đầy đủ, mỗi xã một dòng JSON',
        'full results, one JSON line per commune',
      ],
    ],
  ),
  'criteria roadmap': help(
    'lộ trình từng xã đến năm mục tiêu (cột "Năm mục tiêu"): tiêu chí còn thiếu, kế hoạch theo năm; JSON mỗi xã một dòng',
    'each commune\'s path to its target year ("Năm mục tiêu" column): criteria missing, plan by year; JSON one commune per line',
    [
      [
        'ntm criteria roadmap examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv',
        'các xã phấn đấu đạt chuẩn năm 2023 (minh hoạ)',
        'communes targeting 2023 (illustrative)',
      ],
    ],
  ),
  'criteria summary': help(
    'tổng hợp số xã đạt chuẩn theo huyện, tỉnh, năm mục tiêu hoặc năm; số xã dưới 15 tiêu chí',
    'count communes meeting the standard by district, province, target year or year; communes under 15 criteria',
    [
      [
        'ntm criteria summary examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv --by year',
        '"2022: a/b xã đạt chuẩn" (minh hoạ)',
        '"2022: a/b communes met" (illustrative)',
      ],
      [
        'ntm criteria summary examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv --out tong-hop.xlsx',
        'theo huyện, ghi ra Excel',
        'by district, to Excel',
      ],
    ],
  ),
  'criteria supplement-template': help(
    'mẫu tệp bổ sung số liệu quốc gia SDK còn thiếu (chỉ tiêu, ô ngưỡng) kèm phụ lục để chép từ văn bản; JSON hoặc Excel',
    'template of a national supplement: every indicator and threshold cell the SDK lacks, with the annex to type them from; JSON or Excel',
    [
      [
        'ntm criteria supplement-template --set XA_2026_2030 --key 1 --xlsx',
        'mẫu Excel 47 chỉ tiêu của QĐ 51/2025/QĐ-TTg cho xã nhóm 1; điền rồi kiểm tra: ntm criteria check-supplement bo-sung-XA_2026_2030-1.xlsx',
        'Excel form of the 47 indicators of QĐ 51/2025/QĐ-TTg for group-1 communes; fill it, then: ntm criteria check-supplement bo-sung-XA_2026_2030-1.xlsx',
      ],
      [
        'ntm criteria supplement-template --set XA_2021_2025 --key TDMNPB --out bo-sung.json',
        'các ô ngưỡng vùng TDMNPB còn thiếu của QĐ 318/QĐ-TTg, dạng JSON',
        'the TDMNPB threshold cells of QĐ 318/QĐ-TTg still missing, as JSON',
      ],
    ],
  ),
  deadlines: help(
    'hạn chót: đọc cụm từ hạn trong văn bản, ngày nghỉ, ngày làm việc',
    'deadlines: phrases in directives, days off, working days',
    [
      [
        'ntm deadlines parse "trước ngày 05/08/2022" --issued 26/07/2022',
        'đọc một hạn chót',
        'read one deadline',
      ],
    ],
  ),
  'deadlines add': help(
    'cộng n ngày làm việc vào một ngày (bỏ qua ngày nghỉ, tính ngày làm bù)',
    'add n working days to a date (skipping days off, counting make-up days)',
    [
      [
        'ntm deadlines add 13/02/2026 1',
        'ngày làm việc đầu tiên sau Tết',
        'first working day after Tết',
      ],
      ['ntm deadlines add 26/07/2022 15', '15 ngày làm việc', '15 working days'],
    ],
  ),
  'deadlines days-off': help(
    'ngày nghỉ lễ, Tết, nghỉ bù, hoán đổi và ngày làm bù của một năm, kèm căn cứ',
    'days off (holidays, Tết, compensatory, swapped) and make-up working days of a year, with their basis',
    [
      ['ntm deadlines days-off 2026', 'lịch nghỉ năm 2026', 'days off in 2026'],
      [
        'ntm deadlines days-off 2025 --out ngay-nghi-2025.xlsx',
        'ghi ra Excel',
        'write an Excel file',
      ],
      ['ntm deadlines days-off 2020 --format json --lang en', 'dạng JSON', 'as JSON'],
    ],
  ),
  'deadlines parse': help(
    'đọc cụm từ hạn chót trong văn bản chỉ đạo thành quy tắc có ngày',
    'read a deadline phrase from a directive into a dated rule',
    [
      [
        'ntm deadlines parse "hoàn thiện trước ngày 01/10/2022" --issued 26/07/2022',
        'hạn cuối 30/09/2022',
        'last day 2022-09-30',
      ],
      [
        'ntm deadlines parse "Ngày 30 hàng tháng, báo cáo tiến độ" --format json',
        'báo cáo định kỳ, dạng JSON',
        'a monthly report, as JSON',
      ],
    ],
    {
      argument: ['<phrase>', 'cụm từ ghi hạn, trong ngoặc kép', 'the deadline phrase, in quotes'],
      options: [
        [
          '--issued <date>',
          'ngày ban hành văn bản (cho ngày không ghi năm)',
          'date the directive was issued (for dates without a year)',
          'date',
        ],
        ['--inclusive', '"trước ngày X" vẫn tính ngày X', '"trước ngày X" still allows X'],
      ],
    },
  ),
  directive: help(
    'văn bản chỉ đạo: lịch hạn chót, lịch ICS, tình hình thực hiện',
    'directives: deadline schedule, ICS calendar, task status',
    [
      [
        'ntm directive schedule examples/directives/lai-chau-2020.json',
        'các hạn năm 2020',
        'the 2020 deadlines',
      ],
    ],
  ),
  'directive schedule': help(
    'liệt kê các hạn chót có ngày của văn bản (JSON theo schema directive): hạn một lần, báo cáo định kỳ, việc bắt đầu từ một ngày; xuất lịch .ics',
    'list the dated deadlines of a directive (JSON, directive schema): one-off deadlines, recurring reports, tasks starting on a day; export an .ics calendar',
    [
      [
        'ntm directive schedule examples/directives/lai-chau-2020.json',
        'báo cáo ngày 30 hằng tháng năm 2020',
        'monthly reports on day 30 in 2020',
      ],
      [
        'ntm directive schedule examples/directives/tuan-giao-2022.json --out tuan-giao.ics',
        'lịch để nhập vào Google Calendar/Outlook',
        'a calendar for Google Calendar/Outlook',
      ],
      [
        'ntm directive schedule examples/directives/tuan-giao-2022.json --out lich-tuan-giao.xlsx',
        'ghi ra Excel',
        'write an Excel file',
      ],
    ],
    {
      options: [
        [
          '--from <date>',
          'từ ngày (mặc định: đầu năm ký)',
          'from (default: start of the signing year)',
          'date',
        ],
        [
          '--to <date>',
          'đến ngày (mặc định: cuối năm ký)',
          'to (default: end of the signing year)',
          'date',
        ],
        [
          '--ics <file>',
          'ghi thêm lịch .ics (ngoài bảng in ra)',
          'also write an .ics calendar (besides the printed table)',
        ],
      ],
    },
  ),
  'directive status': help(
    'tình hình từng việc vào một ngày: đã xong, còn hạn, quá hạn (mã thoát 1 nếu có việc quá hạn)',
    'each task on a date: done, not yet due, overdue (exit code 1 when something is overdue)',
    [
      [
        'ntm directive status examples/directives/tuan-giao-2022.json --as-of 15/08/2022',
        'kế hoạch hạn 04/08/2022 đã quá hạn',
        'the plan due 2022-08-04 is overdue',
        1,
      ],
      [
        'ntm directive status examples/directives/tuan-giao-2022.json --as-of 15/08/2022 --reports examples/directives/tuan-giao-2022-bao-cao.json',
        'với tệp các báo cáo đã nhận: [{ "taskId": "3.2", "on": "03/08/2022" }]',
        'with a file of the reports received: [{ "taskId": "3.2", "on": "03/08/2022" }]',
      ],
    ],
    {
      options: [
        ['--as-of <date>', 'ngày xem xét', 'date of the review', 'required date'],
        ['--reports <file>', 'tệp JSON các báo cáo đã nhận', 'JSON file of the reports received'],
      ],
    },
  ),
  units: help(
    'đơn vị hành chính trước và sau sắp xếp 2025',
    'administrative units before and after the 2025 reform',
    [
      [
        'ntm units find "huyện Tân Uyên" --date 15/05/2020',
        'huyện Tân Uyên năm 2020 và hôm nay',
        'Tân Uyên district in 2020 and today',
      ],
    ],
  ),
  'units find': help(
    'tìm đơn vị theo tên hoặc mã (tại một ngày, hoặc bất kỳ lúc nào) và cho biết hôm nay đơn vị đó thuộc đơn vị nào',
    'find a unit by name or code (on a date, or at any time) and show what covers it today',
    [
      [
        'ntm units find "xã Quài Nưa"',
        'xã đã sáp nhập: trước đây là gì, từ 01/07/2025 thành gì',
        'a merged commune: what it was, and what it became on 2025-07-01',
      ],
      [
        'ntm units find "xã Quài Nưa" --date 26/07/2022',
        'xã Quài Nưa năm 2022 → hôm nay',
        'Quài Nưa commune in 2022 → today',
      ],
      [
        'ntm units find "Tân Uyên" --level district --within "Lai Châu" --date 15/05/2020',
        'chọn đúng "Tân Uyên" khi có nhiều đơn vị trùng tên',
        'pick the right "Tân Uyên" among namesakes',
      ],
    ],
    {
      argument: [
        '<name>',
        'tên (có dấu hoặc không) hoặc mã đơn vị',
        'name (diacritics optional) or code',
      ],
      options: [
        [
          '--date <date>',
          'ngày tra cứu (mặc định: hôm nay, hoặc lúc đơn vị còn tồn tại)',
          'date of the lookup (default: today, or when the unit last existed)',
          'date',
        ],
        [
          '--today <date>',
          'ngày coi là "hôm nay" (mặc định: ngày hệ thống)',
          'date taken as "today" (default: the system date)',
          'date',
        ],
        ['--level <level>', 'cấp đơn vị', 'level of the unit', ['province', 'district', 'commune']],
        ['--within <parent>', 'tên hoặc mã đơn vị cấp trên', 'name or code of the parent unit'],
      ],
    },
  ),
  init: help(
    'tạo tệp mẫu để điền (tiêu đề tiếng Việt, danh sách chọn trong Excel)',
    'write forms ready to fill in (Vietnamese headers, drop-down lists in Excel)',
    [
      [
        'ntm init assessment --set B04 --xlsx',
        'phiếu chấm mật ong: ghi phieu-B04.xlsx',
        'the honey scoring form: writes phieu-B04.xlsx',
      ],
    ],
  ),
  'init assessment': help(
    'mẫu phiếu đánh giá sản phẩm OCOP của một bộ sản phẩm (B01…B26): Excel có danh sách chọn cho từng tiêu chí, hoặc JSON',
    'OCOP assessment form for one product set (B01…B26): Excel with a drop-down per criterion, or JSON',
    [
      ['ntm init assessment --set B04 --xlsx', 'ghi phieu-B04.xlsx', 'writes phieu-B04.xlsx'],
      [
        'ntm init assessment --set B09 --out nuoc-mam.json',
        'mẫu JSON (tiêu chí theo thứ tự trên phiếu)',
        'JSON form (criteria in sheet order)',
      ],
    ],
  ),
  'init communes': help(
    'mẫu bảng số liệu các xã: cột cố định và một cột cho mỗi chỉ tiêu của bộ tiêu chí (Excel có danh sách Có/Không và kiểm tra số)',
    'communes sheet template: fixed columns and one column per indicator of the set (Excel with Có/Không lists and number checks)',
    [
      ['ntm init communes --xlsx', 'ghi xa-XA_2021_2025.xlsx', 'writes xa-XA_2021_2025.xlsx'],
      [
        'ntm init communes --set XA_2016_2020 --out xa.csv',
        'CSV (UTF-8, mở được bằng Excel)',
        'CSV (UTF-8, opens in Excel)',
      ],
      [
        'ntm init communes --set XA_2026_2030 --supplement examples/national-supplement/xa-2026-2030-nhom-1.json --xlsx',
        'bộ 2026–2030 với 47 chỉ tiêu của tệp bổ sung mẫu (minh hoạ)',
        'the 2026–2030 set with the 47 indicators of the example supplement (illustrative)',
      ],
    ],
  ),
  'init province-config': help(
    'mẫu cấu hình tiêu chí của tỉnh (JSON), kèm bản JSON Schema bên cạnh để trình soạn thảo gợi ý và kiểm tra, không cần mạng',
    'province criteria configuration template (JSON), with a copy of its JSON Schema beside it for editor hints and checks, offline',
    [
      [
        'ntm init province-config --out tinh.json',
        'rồi kiểm tra: ntm criteria check-config tinh.json',
        'then check it: ntm criteria check-config tinh.json',
      ],
    ],
  ),
} as const satisfies Readonly<Record<string, CommandHelp>>);
