// Bundles the workbench (../workbench/) into docs/site/workbench/: the entry `workbench.js`, one lazy entry per tool
// (`tools/<id>.js`) and for the Excel adapter (`excel.js`), shared code in `chunks/`, and the service worker `sw.js`
// with the list of every file to cache for offline use. esbuild ESM with code splitting; the packages are read from
// their sources (`@ntm/source`).
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BuildOptions, build as esbuild, type Metafile } from 'esbuild';
import { WORKBENCH_TOOLS } from '../workbench/catalogue.js';

/** Sizes of the bundle, for the build's summary line and `workbench/bundle.json`. */
export interface WorkbenchBundle {
  /** Gzipped bytes of the entry script (the first load before a tool's own code). */
  readonly entryGzip: number;
  /** Per tool: gzipped bytes its page loads before any user action (entry, tool, static chunks). */
  readonly firstLoadGzip: Readonly<Record<string, number>>;
  /** Every output file with its raw and gzipped size. */
  readonly files: readonly { path: string; bytes: number; gzip: number }[];
}

const COMMON = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  minify: true,
  conditions: ['@ntm/source'],
  legalComments: 'none',
  // Vietnamese text as UTF-8, not \u escapes: a third of the bytes before compression.
  charset: 'utf8',
  logLevel: 'warning',
} satisfies BuildOptions;

/** The output files a page loads when it imports `file`, following static imports only. */
function staticClosure(meta: Metafile, file: string, out = new Set<string>()): Set<string> {
  if (out.has(file)) return out;
  out.add(file);
  for (const imported of meta.outputs[file]?.imports ?? [])
    if (imported.kind === 'import-statement') staticClosure(meta, imported.path, out);
  return out;
}

/** Builds the workbench into `<site>/workbench`. */
export async function bundleWorkbench(here: string, site: string): Promise<WorkbenchBundle> {
  const outdir = join(site, 'workbench');
  const source = join(here, 'workbench');
  const entryPoints: Record<string, string> = {
    workbench: join(source, 'main.ts'),
    excel: join(source, 'excel/index.ts'),
  };
  for (const tool of WORKBENCH_TOOLS)
    entryPoints[`tools/${tool.id}`] = join(source, `tools/${tool.id}/index.ts`);
  const result = await esbuild({
    ...COMMON,
    entryPoints,
    outdir,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
  });
  const meta = result.metafile;
  const key = (name: string) => relative(process.cwd(), join(outdir, name)).replaceAll('\\', '/');
  const entry = key('workbench.js');
  // The first load is this one small file plus the tool: if the entry grew static imports, shared code would be
  // downloaded by every page before its tool even asks.
  const entryImports = meta.outputs[entry]?.imports.filter((i) => i.kind === 'import-statement');
  if (!entryImports || entryImports.length > 0)
    throw new Error(
      `workbench.js must import its tools with import() only; it statically imports ${JSON.stringify(entryImports)}`,
    );

  const files: { path: string; bytes: number; gzip: number }[] = [];
  const hash = createHash('sha256');
  for (const path of Object.keys(meta.outputs).sort()) {
    const bytes = await readFile(path);
    hash.update(path).update(bytes);
    files.push({
      path: relative(outdir, path).replaceAll('\\', '/'),
      bytes: bytes.length,
      gzip: gzipSync(bytes).length,
    });
  }
  const gzipOf = (output: string) =>
    files.find((f) => f.path === relative(outdir, output).replaceAll('\\', '/'))?.gzip ?? 0;
  const firstLoadGzip: Record<string, number> = {};
  for (const tool of WORKBENCH_TOOLS) {
    const closure = staticClosure(meta, key(`tools/${tool.id}.js`), staticClosure(meta, entry));
    firstLoadGzip[tool.id] = [...closure].reduce((sum, f) => sum + gzipOf(f), 0);
  }

  // The service worker: every page and file of the workbench, and the site's stylesheet and icon.
  const precache = [
    './',
    'index.html',
    ...WORKBENCH_TOOLS.map((t) => `${t.id}.html`),
    ...files.map((f) => f.path),
    '../assets/site.css',
    '../assets/favicon.svg',
  ];
  const version = hash.digest('hex').slice(0, 16);
  await esbuild({
    ...COMMON,
    entryPoints: [join(source, 'sw.ts')],
    outfile: join(outdir, 'sw.js'),
    format: 'iife',
    define: { PRECACHE: JSON.stringify(precache), VERSION: JSON.stringify(version) },
  });
  const bundle = { entryGzip: gzipOf(entry), firstLoadGzip, files };
  await writeFile(join(outdir, 'bundle.json'), `${JSON.stringify(bundle, null, 2)}\n`);
  return bundle;
}
