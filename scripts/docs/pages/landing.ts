// The landing page: what the SDK is for, how to install it, a short example per package (run at build time, its
// real output printed under it), the guides TypeDoc rendered, and the generated sections.
import { esc } from '../lib/html.js';
import type { PageGenerator, SitePage } from '../lib/site.js';
import type { Guide } from '../lib/typedoc.js';

/** A package example: its source and the output it printed when the site was built. */
export interface RanExample {
  /** Package name, e.g. `@ntm/ocop-scoring`. */
  readonly pkg: string;
  /** What the package is for (vi / en). */
  readonly about: string;
  /** What to install. */
  readonly install: string;
  /** The example's source. */
  readonly code: string;
  /** What it printed. */
  readonly output: string;
}

/** A JSON Schema published with the site. */
export interface Schema {
  /** Path from the site root. */
  readonly path: string;
  /** The schema's `title`. */
  readonly title: string;
}

/** Builds the landing page. */
export function landingPage(
  examples: readonly RanExample[],
  guides: readonly Guide[],
  schemas: readonly Schema[],
  sections: readonly PageGenerator[],
): SitePage {
  const packages = examples
    .map(
      (e) => `<section class="package" id="${esc(e.pkg.replace('@ntm/', 'pkg-'))}">
<h3><code>${esc(e.pkg)}</code></h3>
<p>${e.about}</p>
<pre><code>${esc(e.install)}</code></pre>
<pre><code>${esc(e.code.trim())}</code></pre>
<p class="meta">Kết quả khi dựng trang / Output when this site was built:</p>
<pre class="output"><code>${esc(e.output.trim())}</code></pre>
</section>`,
    )
    .join('\n');
  const guideList =
    guides.length > 0
      ? `<ul>${guides.map((g) => `<li><a href="${esc(encodeURI(g.path))}">${esc(g.title)}</a></li>`).join('')}</ul>`
      : '<p>Chưa có hướng dẫn / No guides yet.</p>';
  const sectionList = sections
    .map((s) => `<li><a href="${esc(s.entry)}">${esc(s.nav)}</a> — ${esc(s.summary)}</li>`)
    .join('');
  return {
    path: 'index.html',
    title: 'ntm-sdk — Nông thôn mới & OCOP / New Rural Development & OCOP',
    body: `<p class="lead">Bộ thư viện TypeScript mã hoá các quy định của Chương trình mục tiêu quốc gia xây dựng nông thôn mới
(NTM) và Chương trình mỗi xã một sản phẩm (OCOP): bộ tiêu chí có phiên bản và căn cứ pháp lý, phiếu chấm OCOP, lịch làm
việc và thời hạn — đúng, kiểm tra được, chạy trong Node và trình duyệt.</p>
<p class="lead en">A TypeScript SDK that encodes the rules of Vietnam's New Rural Development (NTM) and One Commune One
Product (OCOP) programmes: versioned criteria sets with their legal basis, the OCOP scoring sheets, the working calendar
and deadlines — correct, checkable, and running in Node and in browsers.</p>
<ul>
<li>Quy định là dữ liệu có căn cứ pháp lý và thời gian hiệu lực; kết quả kèm diễn giải (trace) song ngữ. / Rules are data
with their legal basis and validity; every result explains itself in Vietnamese and English.</li>
<li>Giá trị nào văn bản chưa xác minh thì được đánh dấu, không bịa. / Values the sources do not verify are marked as such,
never invented.</li>
</ul>

<h2 id="workbench">Bàn làm việc / Workbench</h2>
<p><a href="workbench/index.html"><strong>Mở bàn làm việc / Open the workbench</strong></a> — chấm điểm OCOP và in phiếu A4,
đánh giá xã NTM từ tệp Excel, cấu hình tiêu chí của tỉnh, hạn chót của văn bản và lịch ICS; ngay trong trình duyệt, không
cần cài đặt, chạy cả khi mất mạng; tệp của bạn không rời khỏi máy. / OCOP scoring with an A4 printout, commune evaluation
from the Excel file, a province's criteria configuration, a directive's deadlines as an ICS calendar — in the browser, nothing
to install, offline too; your files never leave your machine.</p>

<h2 id="start">Bắt đầu / Getting started</h2>
<p>Node ≥ 20. Mỗi gói có bản ESM và CJS, kèm kiểu TypeScript. / Node ≥ 20; every package ships ESM and CJS with types.</p>
${packages}

<h2 id="guides">Hướng dẫn / Guides</h2>
${guideList}

<h2 id="data">Bảng dữ liệu và công cụ / Data tables and tools</h2>
<p>Các trang này được sinh từ chính dữ liệu trong các gói, nên không bao giờ lệch với SDK. / These pages are generated from
the packages' own data, so they never disagree with the SDK.</p>
<ul>${sectionList}</ul>

<h2 id="schemas">Lược đồ JSON / JSON Schemas</h2>
<p>Cho các tệp người dùng tự soạn (cũng có trong gói: <code>@ntm/domain/schemas/*.json</code>); khai báo <code>"$schema"</code>
để trình soạn thảo gợi ý và kiểm tra. / For the files people write by hand (also shipped as
<code>@ntm/domain/schemas/*.json</code>); point <code>"$schema"</code> at one and editors complete and check the file.</p>
<ul>${schemas.map((s) => `<li><a href="${esc(s.path)}"><code>${esc(s.path.replace('schemas/', ''))}</code></a> — ${esc(s.title)}</li>`).join('')}</ul>

<h2 id="api">Tham chiếu API / API reference</h2>
<p><a href="api/index.html">Tham chiếu API đầy đủ (TypeDoc) / The full API reference (TypeDoc)</a>, có ô tìm kiếm / with search.</p>

<h2 id="local">Xem tài liệu trên máy / Browse the docs locally</h2>
<pre><code>npm run docs                     # dựng trang vào / builds into docs/site
node scripts/docs/serve.mjs      # http://127.0.0.1:4173/</code></pre>
<p>Cũng có thể mở thẳng tệp <code>docs/site/index.html</code>; tìm kiếm API chạy được cả khi mở từ đĩa, còn bàn làm việc cần
máy chủ (trình duyệt không nạp mô-đun từ đĩa). / You can also open <code>docs/site/index.html</code> straight from disk: the
API search works there too; the workbench needs the server (browsers do not load modules from disk).</p>`,
  };
}
