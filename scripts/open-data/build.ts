/**
 * Writes the open data: every dataset as JSON under packages/<name>/data/, its JSON Schema under data/schemas/, and the
 * table of files in docs/open-data.md. Built from the packages' TypeScript data (the same values the SDK uses).
 *
 *   npm run data
 *
 * test/open-data.test.ts fails when a file is stale, does not match its schema, or differs from the TypeScript data.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenDataFile } from './common.js';
import { renderTable, withTable } from './docs-table.js';
import { renderJson, renderSchema } from './format.js';
import { openDataFiles, openDataSchemas } from './registry.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DOCS_PAGE = join(ROOT, 'docs/open-data.md');
export const PACKAGES = ['domain', 'deadlines', 'ocop-scoring', 'criteria'] as const;

/** Every file to write, by path from the repository root, and the docs page. */
export function buildOpenData(): { files: Map<string, string>; page: string } {
  const list = openDataFiles();
  const texts = new Map<OpenDataFile, string>(
    list.map((f) => [f, renderJson(f.value(), f.layout)]),
  );
  const files = new Map<string, string>();
  for (const [f, text] of texts) files.set(`packages/${f.pkg}/${f.path}`, text);
  for (const { pkg, schema } of openDataSchemas(list))
    files.set(`packages/${pkg}/${schema.path}`, renderSchema(schema));
  const page = withTable(readFileSync(DOCS_PAGE, 'utf8'), renderTable(list, texts));
  return { files, page };
}

/** Files under packages/<name>/data/ now, by path from the repository root. */
export function filesOnDisk(): string[] {
  return PACKAGES.flatMap((pkg) => {
    const dir = join(ROOT, 'packages', pkg, 'data');
    let names: string[];
    try {
      names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    } catch {
      return [];
    }
    return names
      .filter((n) => n.endsWith('.json'))
      .map((n) => relative(ROOT, join(dir, n)).split('\\').join('/'));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { files, page } = buildOpenData();
  for (const path of filesOnDisk()) if (!files.has(path)) rmSync(join(ROOT, path));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(ROOT, path)), { recursive: true });
    writeFileSync(join(ROOT, path), text);
  }
  writeFileSync(DOCS_PAGE, page);
  console.log(`wrote ${files.size} files and the table of docs/open-data.md`);
}
