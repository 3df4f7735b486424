// The workbench section: an index page listing the four tools, and one page per tool whose `<main id="workbench"
// data-tool="<id>">` the entry script (../workbench/main.ts, bundled by ../lib/workbench-bundle.ts) fills.

import { esc } from '../lib/html.js';
import type { PageGenerator, SitePage } from '../lib/site.js';
import { PRIVACY_NOTE, WORKBENCH_TOOLS } from '../workbench/catalogue.js';

const PRIVACY = `<p class="privacy"><strong>${esc(PRIVACY_NOTE.vi)}</strong><br><span class="en">${esc(PRIVACY_NOTE.en)}</span></p>`;
const NEEDS_JS = `<noscript>Cần bật JavaScript / JavaScript is required.</noscript>`;
const GUIDE = `<p class="meta">Hướng dẫn / Guide: <a href="%ROOT%/api/documents/${encodeURI('Dùng_bàn_làm_việc___Using_the_workbench.html')}">Dùng bàn làm việc / Using the workbench</a></p>`;

function indexPage(): SitePage {
  const items = WORKBENCH_TOOLS.map(
    (t) =>
      `<li><a href="${t.id}.html"><strong>${esc(t.title)}</strong></a><br>${esc(t.summary.vi)}<br><span class="en">${esc(t.summary.en)}</span></li>`,
  ).join('\n');
  return {
    path: 'workbench/index.html',
    title: 'Bàn làm việc / Workbench',
    modules: ['workbench/workbench.js'],
    body: `<p class="lead">Các công cụ của SDK ngay trong trình duyệt, cho cán bộ không cài Node: chấm điểm OCOP, đánh giá xã,
cấu hình tiêu chí của tỉnh, hạn chót và lịch. Sau lần mở đầu tiên, bàn làm việc chạy được cả khi mất mạng.</p>
<p class="lead en">The SDK's tools in your browser, for officials who will never install Node: OCOP scoring, commune
evaluation, a province's criteria configuration, deadlines and the calendar. Once opened, the workbench also works
offline.</p>
${PRIVACY}
<ul class="tools">
${items}
</ul>
${GUIDE}`,
  };
}

function toolPage(tool: (typeof WORKBENCH_TOOLS)[number]): SitePage {
  return {
    path: `workbench/${tool.id}.html`,
    title: tool.title,
    modules: ['workbench/workbench.js'],
    main: { id: 'workbench', 'data-tool': tool.id },
    body: `<p>${esc(tool.summary.vi)}<br><span class="en">${esc(tool.summary.en)}</span></p>
${PRIVACY}
<p class="meta"><a href="index.html">← Bàn làm việc / Workbench</a></p>
${NEEDS_JS}`,
  };
}

/** The workbench section. */
export const workbench: PageGenerator = {
  id: 'workbench',
  nav: 'Bàn làm việc / Workbench',
  entry: 'workbench/index.html',
  summary:
    'Chấm điểm OCOP, đánh giá xã, cấu hình của tỉnh, hạn chót và lịch ngay trong trình duyệt, chạy cả khi mất mạng / OCOP scoring, commune evaluation, province configuration, deadlines and the calendar in your browser, offline too',
  generate: () => [indexPage(), ...WORKBENCH_TOOLS.map(toolPage)],
};
