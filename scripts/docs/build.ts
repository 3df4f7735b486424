// `npm run docs`: builds the documentation site into docs/site (git-ignored).
//   api/            TypeDoc reference (typedoc.json: packages mode, validation on, warnings are errors) + docs/*.md guides
//   index.html      landing page, with one example per package run at build time
//   ocop/ …         pages generated from the packages' data (see GENERATORS)
//   playground.html the interactive page; assets/playground.js bundles the packages for the browser (esbuild)
//   workbench/      the workbench: one page per tool, ESM bundle with code splitting and a service worker
//                   (lib/workbench-bundle.ts)
//   pages.json      every page this script wrote, for the browser test (scripts/docs/e2e.mjs)
// Runs under tsx with the `@ntm/source` condition, so it reads the packages' sources and needs no package build.
// `--keep-api` (for working on the site's own pages) skips TypeDoc and keeps the api/ folder of the previous build.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { layout, type NavItem } from './lib/layout.js';
import type { PageGenerator, SitePage } from './lib/site.js';
import { linkApiToSite, listGuides, runTypedoc } from './lib/typedoc.js';
import { bundleWorkbench } from './lib/workbench-bundle.js';
import { criteriaSets } from './pages/criteria-sets.js';
import { daysOffCalendar } from './pages/days-off.js';
import { errorCodes } from './pages/error-codes.js';
import { landingPage, type RanExample, type Schema } from './pages/landing.js';
import { ocopSheets } from './pages/ocop-sheets.js';
import { playground } from './pages/playground.js';
import { ruleHistory } from './pages/rule-history.js';
import { workbench } from './pages/workbench.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// `--out=<dir>` builds elsewhere (another checkout user may be running `npx typedoc` into docs/site/api meanwhile).
const OUT = process.argv.find((a) => a.startsWith('--out='))?.slice('--out='.length);
const SITE = OUT ? resolve(OUT) : join(ROOT, 'docs/site');
const HERE = join(ROOT, 'scripts/docs');

/** The generated sections, in navigation order. A section joins this list when its package has landed. */
const GENERATORS: readonly PageGenerator[] = [
  ocopSheets,
  criteriaSets,
  daysOffCalendar,
  ruleHistory,
  errorCodes,
  workbench,
  playground,
];

/**
 * One example per package for the landing page, run at build time with its output printed under it: a library's is
 * scripts/docs/examples/<package>.ts; the CLI's is a command line (`cli`, run on the CLI's sources).
 */
const EXAMPLES: readonly (Omit<RanExample, 'code' | 'output'> & {
  readonly cli?: readonly string[];
})[] = [
  {
    pkg: '@ntm/domain',
    about:
      'Từ vựng chung: ngày tháng không phụ thuộc múi giờ, lỗi song ngữ, văn bản tiếng Việt, căn cứ pháp lý. / The shared vocabulary: time-zone-free dates, bilingual errors, Vietnamese text, legal references.',
    install: 'npm install @ntm/domain zod',
  },
  {
    pkg: '@ntm/deadlines',
    about:
      'Lịch làm việc: âm lịch, ngày nghỉ lễ, Tết, nghỉ bù và lịch hoán đổi, ngày làm việc, thời hạn theo Bộ luật Dân sự. / The working calendar: lunar dates, holidays, compensatory and swapped days, working days, legal periods.',
    install: 'npm install @ntm/deadlines',
  },
  {
    pkg: '@ntm/ocop-scoring',
    about:
      'Phiếu chấm OCOP của QĐ 26/2026 (26 bộ sản phẩm) và bộ máy chấm điểm, phân hạng sao. / The OCOP scoring sheets of QĐ 26/2026 (26 product sets) and the scoring and star-rating engine.',
    install: 'npm install @ntm/ocop-scoring',
  },
  {
    pkg: '@ntm/criteria',
    about:
      'Bộ tiêu chí NTM có phiên bản, đánh giá xã, cấu hình của tỉnh, tổng hợp và lộ trình. / Versioned NTM criteria sets, commune evaluation, provincial configuration, summaries and roadmaps.',
    install: 'npm install @ntm/criteria',
  },
  {
    pkg: '@ntm/cli',
    about:
      'Lệnh <code>ntm</code>: đọc tệp JSON, CSV, Excel; chấm điểm OCOP, hạn chót, ngày nghỉ, đơn vị hành chính, văn bản chỉ đạo. / The <code>ntm</code> command: reads JSON, CSV and Excel files; OCOP scores, deadlines, days off, administrative units, directives.',
    install:
      'npm ci && npm run build && npx ntm --help   # trong bản sao kho mã / in a clone of the repository',
    cli: ['ocop', 'find', 'mật ong'],
  },
];

function run(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${command} ${args.join(' ')} exited with code ${code}\n${out}`)),
    );
  });
}

async function runExample(example: (typeof EXAMPLES)[number]): Promise<RanExample> {
  const { cli, ...shown } = example;
  if (cli) {
    const bin = join(ROOT, 'packages/cli/src/bin.ts');
    const output = await run(process.execPath, [
      '--conditions=@ntm/source',
      '--import',
      'tsx',
      bin,
      ...cli,
    ]);
    const quoted = cli.map((arg) => (/[\s"]/.test(arg) ? `"${arg}"` : arg)).join(' ');
    return { ...shown, code: `ntm ${quoted}`, output };
  }
  const file = join(HERE, 'examples', `${example.pkg.replace('@ntm/', '')}.ts`);
  const code = await readFile(file, 'utf8');
  const output = await run(process.execPath, ['--conditions=@ntm/source', '--import', 'tsx', file]);
  return { ...shown, code, output };
}

/**
 * Type-checks this generator and the playground. tsc follows the imports into the packages' sources; their errors
 * belong to their own `typecheck` step, so only errors in scripts/docs fail the docs build.
 */
function typecheckSelf(): Promise<void> {
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [tsc, '-p', join(HERE, 'tsconfig.json'), '--pretty', 'false'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('exit', () => {
      const own = out.split('\n').filter((line) => line.startsWith('scripts/docs/'));
      if (own.length === 0) resolve();
      else reject(new Error(`type errors in scripts/docs:\n${own.join('\n')}`));
    });
  });
}

async function bundlePlayground(): Promise<number> {
  const result = await esbuild({
    entryPoints: [join(HERE, 'playground/main.ts')],
    outfile: join(SITE, 'assets/playground.js'),
    bundle: true,
    // A classic script (not a module), so the page also works when opened from disk (file://).
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    conditions: ['@ntm/source'],
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  return Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
}

async function writePage(page: SitePage, nav: readonly NavItem[]): Promise<void> {
  const file = join(SITE, page.path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, layout(page, nav));
}

async function main(): Promise<void> {
  const started = Date.now();
  const keepApi = process.argv.includes('--keep-api');
  if (keepApi) {
    for (const name of await readdir(SITE).catch(() => [] as string[]))
      if (name !== 'api') await rm(join(SITE, name), { recursive: true, force: true });
  } else await rm(SITE, { recursive: true, force: true });
  await mkdir(join(SITE, 'assets'), { recursive: true });

  // The slow steps run side by side: TypeDoc, the type check of this generator and the playground, the examples.
  const typedoc = keepApi ? Promise.resolve() : runTypedoc(OUT ? ['--out', join(SITE, 'api')] : []);
  const typecheck = typecheckSelf();
  const examples = Promise.all(EXAMPLES.map(runExample));
  const local = (async () => {
    const bytes = await bundlePlayground();
    const bench = await bundleWorkbench(HERE, SITE);
    const sections: SitePage[][] = [];
    for (const generator of GENERATORS) sections.push(await generator.generate());
    // The JSON Schemas for hand-authored files, so editors and people can fetch them from the site.
    const schemaDir = join(ROOT, 'packages/domain/schemas');
    await mkdir(join(SITE, 'schemas'), { recursive: true });
    const schemas: Schema[] = [];
    for (const name of (await readdir(schemaDir)).filter((n) => n.endsWith('.json')).sort()) {
      const text = await readFile(join(schemaDir, name), 'utf8');
      const title = (JSON.parse(text) as { title?: unknown }).title;
      await writeFile(join(SITE, 'schemas', name), text);
      schemas.push({ path: `schemas/${name}`, title: typeof title === 'string' ? title : name });
    }
    for (const name of await readdir(join(ROOT, 'docs/assets'))) {
      if (/\.(css|svg)$/.test(name))
        await copyFile(join(ROOT, 'docs/assets', name), join(SITE, 'assets', name));
    }
    return { bytes, bench, sections, schemas };
  })();
  // Wait for every step before reporting, so one run shows every problem and no child is left writing to a closed pipe.
  const settled = await Promise.allSettled([typedoc, typecheck, examples, local]);
  const errors = settled.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
  if (errors.length > 0)
    throw new Error(errors.map((e) => (e instanceof Error ? e.message : String(e))).join('\n'));
  const { bytes: bundleBytes, bench, sections, schemas } = await local;

  const guides = await listGuides(SITE);
  const linked = await linkApiToSite(SITE);
  const nav: NavItem[] = [
    { label: 'Trang chủ / Home', path: 'index.html' },
    { label: 'Hướng dẫn / Guides', path: 'index.html#guides' },
    { label: 'API', path: 'api/index.html' },
    ...GENERATORS.map((g) => ({ label: g.nav, path: g.entry })),
  ];
  const pages = [landingPage(await examples, guides, schemas, GENERATORS), ...sections.flat()];
  const paths = new Set<string>();
  for (const page of pages) {
    if (paths.has(page.path)) throw new Error(`two pages write ${page.path}`);
    paths.add(page.path);
    await writePage(page, nav);
  }
  await writeFile(
    join(SITE, 'pages.json'),
    `${JSON.stringify(
      {
        pages: pages.map((p) => p.path),
        guides: guides.map((g) => g.path),
        sections: GENERATORS.map((g) => g.id),
      },
      null,
      2,
    )}\n`,
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `docs/site: ${pages.length} pages, ${guides.length} guides, API reference (${linked} pages linked home); ` +
      `playground bundle ${(bundleBytes / 1024).toFixed(1)} KB; workbench first load (gzip) ${Object.entries(
        bench.firstLoadGzip,
      )
        .map(([id, b]) => `${id} ${(b / 1024).toFixed(1)} KB`)
        .join(', ')}; ${seconds}s`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
