// The interactive page: static shell here; the tools are mounted by the browser bundle built from ../playground/.
import type { PageGenerator } from '../lib/site.js';

/** Which tools the bundle mounts; each has a root element the bundle looks for. */
const TOOLS = [
  {
    id: 'supplement',
    title: 'Kiểm tra tệp bổ sung số liệu quốc gia / Check a national supplement',
    intro: `Dán tệp bổ sung số liệu quốc gia (định dạng <code>NationalSupplement</code>, lược đồ
<code>@ntm/domain/schemas/national-supplement.json</code>): các chỉ tiêu và ngưỡng của phụ lục chính thức mà SDK còn thiếu, do
người dùng nhập kèm nguồn. Trang kiểm tra cấu trúc bằng <code>safeParseNationalSupplement</code>, áp vào bộ quốc gia bằng
<code>supplementCriteriaSet</code> — mọi lỗi được báo cùng lúc, giá trị mâu thuẫn với giá trị đã xác minh bị từ chối — và liệt
kê những gì còn thiếu. Bộ đã bổ sung được chuyển sang phần kiểm tra cấu hình tỉnh bên dưới. Hai tệp mẫu là minh hoạ, không
phải số liệu pháp lý. / Paste a national supplement: the annex values the SDK lacks, typed in with their source. The page
checks its shape with <code>safeParseNationalSupplement</code>, applies it with <code>supplementCriteriaSet</code> — every
problem at once; a value contradicting a verified one is refused — and lists what is still missing. The supplemented set is
offered to the province checker below. Both samples are illustrative, not legal values.`,
  },
  {
    id: 'province',
    title: 'Kiểm tra cấu hình tiêu chí của tỉnh / Check a provincial criteria configuration',
    intro: `Dán cấu hình JSON của tỉnh (định dạng <code>ProvinceCriteriaConfig</code>, lược đồ
<code>@ntm/domain/schemas</code>): trang kiểm tra cấu trúc bằng <code>safeParseProvinceCriteriaConfig</code> rồi áp vào bộ
quốc gia bằng <code>localizeCriteriaSet</code> — mọi ngưỡng lỏng hơn mức quốc gia, mọi chỉ tiêu quốc gia bị bỏ đều bị từ chối,
kèm thông báo tiếng Việt và tiếng Anh. Hai mẫu là cấu hình minh hoạ, không phải quy định của tỉnh nào. / Paste a province's
JSON configuration: the page checks its shape with <code>safeParseProvinceCriteriaConfig</code>, then applies it to the
national set with <code>localizeCriteriaSet</code>; any threshold looser than the national floor or any national indicator
dropped is rejected, with messages in Vietnamese and English. Both samples are illustrative, not any province's rules.`,
  },
];

/** The playground section (one page). */
export const playground: PageGenerator = {
  id: 'playground',
  nav: 'Chạy thử / Playground',
  entry: 'playground.html',
  summary:
    'Kiểm tra tệp bổ sung số liệu quốc gia và cấu hình của tỉnh ngay trong trình duyệt / Check a national supplement and a province configuration in the browser',
  generate: () => [
    {
      path: 'playground.html',
      title: 'Chạy thử / Playground',
      scripts: ['assets/playground.js'],
      body: `<p>Máy tính OCOP nay là công cụ <a href="workbench/ocop.html">Chấm điểm OCOP</a> của <a href="workbench/index.html">bàn làm việc</a>. /
The OCOP calculator is now the workbench's <a href="workbench/ocop.html">OCOP scoring</a> tool.</p>
${TOOLS.map(
  (t) => `<section id="${t.id}">
<h2>${t.title}</h2>
<p>${t.intro}</p>
<div id="${t.id}-root"><noscript>Cần bật JavaScript / JavaScript is required.</noscript></div>
</section>`,
).join('\n')}`,
    },
  ],
};
