// The interactive page: static shell here; the tools are mounted by the browser bundle built from ../playground/.
import type { PageGenerator } from '../lib/site.js';

/** Which tools the bundle mounts; each has a root element the bundle looks for. */
const TOOLS = [
  {
    id: 'calculator',
    title: 'Máy tính OCOP / OCOP calculator',
    intro: `Chọn bộ sản phẩm, đánh dấu câu trả lời cho từng tiêu chí: tổng điểm, hạng sao, dấu sao chưa đạt và diễn giải
hiện ngay, tính bằng <code>scoreAssessment</code> của <code>@ntm/ocop-scoring</code> ngay trong trình duyệt. / Pick a
product set and tick an answer per criterion: the total, stars, failed star markers and the trace appear at once,
computed by <code>@ntm/ocop-scoring</code>'s <code>scoreAssessment</code> in your browser. Nothing is sent anywhere.`,
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
    'Chấm điểm OCOP và kiểm tra cấu hình của tỉnh ngay trong trình duyệt / Score an OCOP product and check a province configuration in the browser',
  generate: () => [
    {
      path: 'playground.html',
      title: 'Chạy thử / Playground',
      scripts: ['assets/playground.js'],
      body: TOOLS.map(
        (t) => `<section id="${t.id}">
<h2>${t.title}</h2>
<p>${t.intro}</p>
<div id="${t.id}-root"><noscript>Cần bật JavaScript / JavaScript is required.</noscript></div>
</section>`,
      ).join('\n'),
    },
  ],
};
