// "Mã lỗi / Error codes": every code of the catalogue with its messages, the package that raises it, and a call that
// raises it. The calls are the packages' error examples (packages/*/test/error-examples.ts), run here and in the
// tests, so the page shows only codes something really raises, with the messages they really produce.
import { ERROR_CATALOGUE, type ErrorSpec, type NtmErrorCode } from '@ntm/domain/core';
import { allErrorExamples } from '../../../test/support/all-error-examples.js';
import type { ErrorExample } from '../../../test/support/error-examples.js';
import { issuesRaisedBy } from '../../../test/support/error-examples.js';
import { both, esc, table } from '../lib/html.js';
import type { PageGenerator } from '../lib/site.js';

interface Row {
  readonly spec: ErrorSpec<NtmErrorCode>;
  readonly packages: readonly string[];
  readonly example: ErrorExample;
  readonly produced: { readonly vi: string; readonly en: string };
}

/** "area" of a code: the part before the slash. */
const areaOf = (code: string): string => code.slice(0, code.indexOf('/'));

async function rows(): Promise<Row[]> {
  const byPackage = await allErrorExamples();
  const result: Row[] = [];
  for (const spec of Object.values(ERROR_CATALOGUE)) {
    const raisers = [...byPackage].filter(([, examples]) =>
      examples.some((e) => e.code === spec.code),
    );
    const first = raisers[0]?.[1].find((e) => e.code === spec.code);
    if (!first)
      throw new Error(
        `no example raises ${spec.code}: add one to packages/*/test/error-examples.ts`,
      );
    const issue = (await issuesRaisedBy(first.run)).find((i) => i.code === spec.code);
    if (!issue) throw new Error(`the example for ${spec.code} (${first.call}) no longer raises it`);
    result.push({
      spec,
      packages: raisers.map(([name]) => `@ntm/${name}`),
      example: first,
      produced: issue.message,
    });
  }
  return result.sort((a, b) => a.spec.code.localeCompare(b.spec.code));
}

function params(spec: ErrorSpec): string {
  return spec.params.length === 0
    ? '—'
    : spec.params.map((p) => `<code>${esc(p)}</code>`).join(', ');
}

/** The error-codes section (one page). */
export const errorCodes: PageGenerator = {
  id: 'errors',
  nav: 'Mã lỗi / Error codes',
  entry: 'errors/index.html',
  summary:
    'Mọi mã lỗi, gói phát sinh, thông báo tiếng Việt và tiếng Anh, và một lời gọi gây ra lỗi / Every error code, the package that raises it, its messages and a call that raises it',
  async generate() {
    const all = await rows();
    const areas = [...new Set(all.map((row) => areaOf(row.spec.code)))];
    const sections = areas.map((area) => {
      const body = table(
        [
          'Mã / Code',
          'Gói / Package',
          'Thông báo / Message (mẫu / template)',
          'Tham số / Parameters',
          'Ví dụ / Example',
        ],
        all
          .filter((row) => areaOf(row.spec.code) === area)
          .map((row) => [
            `<code id="${esc(row.spec.code.replace('/', '-'))}">${esc(row.spec.code)}</code>`,
            row.packages.map((p) => `<code>${esc(p)}</code>`).join('<br>'),
            both({ vi: row.spec.vi, en: row.spec.en }),
            params(row.spec),
            `<code>${esc(row.example.call)}</code><br>→ ${both(row.produced)}`,
          ]),
      );
      return `<h2 id="${esc(area)}"><code>${esc(area)}/…</code></h2>\n${body}`;
    });
    return [
      {
        path: 'errors/index.html',
        title: 'Mã lỗi / Error codes',
        body: `<p>Mọi lỗi của SDK là một <code>DomainError</code> mang danh sách <code>issues</code>; mỗi issue có
<code>code</code> (ổn định, dạng <code>lĩnh-vực/điều-sai</code>), <code>path</code> (vị trí trong dữ liệu vào),
<code>message: { vi, en }</code> và <code>params</code> (các giá trị tạo nên thông báo). <code>error.code</code> là mã của
issue đầu tiên. Trong TypeScript, <code>NtmErrorCode</code> liệt kê mọi mã dưới đây. / Every error of the SDK is a
<code>DomainError</code> carrying <code>issues</code>; each has a stable <code>code</code>, the <code>path</code> of the
field, <code>message: { vi, en }</code> and the <code>params</code> the message was built from.
<code>error.code</code> is the first issue's code; in TypeScript, <code>NtmErrorCode</code> is the union of the codes
below.</p>
<p>${all.length} mã / codes. Cột "Ví dụ" là một lời gọi thật, chạy khi dựng trang, kèm thông báo nó sinh ra. / The
"Example" column is a real call, run when the site is built, with the message it produced.</p>
${sections.join('\n')}`,
      },
    ];
  },
};
