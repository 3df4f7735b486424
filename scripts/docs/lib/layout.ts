// The shell every non-API page shares: header navigation, main content, footer. Links inside page bodies may start
// with `%ROOT%/`, replaced here by the relative path to the site root, so the site also works from file://.
import { esc } from './html.js';
import { rootOf, type SitePage } from './site.js';

/** A top-navigation entry: label and path from the site root. */
export interface NavItem {
  /** Label shown in the header. */
  readonly label: string;
  /** Path from the site root. */
  readonly path: string;
}

/** Lays out one page. */
export function layout(page: SitePage, nav: readonly NavItem[]): string {
  const root = rootOf(page.path);
  const href = (path: string) => `${root}${path}`;
  const links = nav
    .map((item) => {
      const current = item.path === page.path ? ' aria-current="page"' : '';
      return `<a href="${esc(href(item.path))}"${current}>${esc(item.label)}</a>`;
    })
    .join('\n');
  const scripts = (page.scripts ?? [])
    .map((src) => `<script defer src="${esc(href(src))}"></script>`)
    .concat(
      (page.modules ?? []).map((src) => `<script type="module" src="${esc(href(src))}"></script>`),
    )
    .join('\n');
  const main = Object.entries(page.main ?? {})
    .map(([name, value]) => ` ${name}="${esc(value)}"`)
    .join('');
  const body = page.body.replaceAll('%ROOT%/', root);
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(page.title)} · ntm-sdk</title>
<link rel="icon" href="${esc(href('assets/favicon.svg'))}" type="image/svg+xml">
<link rel="stylesheet" href="${esc(href('assets/site.css'))}">
</head>
<body>
<header class="site-header"><a class="brand" href="${esc(href('index.html'))}">ntm-sdk</a>
<nav>${links}</nav></header>
<main${main}>
<h1>${esc(page.title)}</h1>
${body}
</main>
<footer>ntm-sdk · MIT · Trang này được sinh từ dữ liệu của các gói <code>@ntm/*</code> khi dựng tài liệu /
This page is generated from the <code>@ntm/*</code> packages' data when the docs are built.</footer>
${scripts}
</body>
</html>
`;
}
