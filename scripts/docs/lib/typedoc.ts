// Runs TypeDoc exactly as `npx typedoc` would (typedoc.json at the root: packages mode, validation on, warnings are
// errors), then links its pages back to the rest of the site and lists the guides it rendered from docs/*.md.
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';

/** A guide rendered by TypeDoc from docs/*.md. */
export interface Guide {
  /** Title from the guide's front matter, as TypeDoc printed it. */
  readonly title: string;
  /** Path from the site root. */
  readonly path: string;
}

/** Runs TypeDoc; resolves when it succeeds, rejects with its exit code otherwise. */
export function runTypedoc(args: readonly string[] = []): Promise<void> {
  // typedoc's `exports` hide bin/; its main entry is dist/index.js, two levels below the package root.
  const bin = join(dirname(createRequire(import.meta.url).resolve('typedoc')), '../bin/typedoc');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`typedoc exited with code ${code}`)),
    );
  });
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * TypeDoc prints navigation links verbatim. typedoc.json links the site home as `../index.html?from=api`, right for
 * api/index.html; pages deeper in api/ get the right number of `../`.
 */
export async function linkApiToSite(site: string): Promise<number> {
  const api = join(site, 'api');
  const marker = 'href="../index.html?from=api"';
  let count = 0;
  for (const file of await htmlFiles(api)) {
    const depth = relative(api, file).split(sep).length - 1;
    if (depth === 0) continue;
    const html = await readFile(file, 'utf8');
    if (!html.includes(marker)) continue;
    await writeFile(
      file,
      html.replaceAll(marker, `href="${'../'.repeat(depth + 1)}index.html?from=api"`),
    );
    count += 1;
  }
  return count;
}

/** The guides TypeDoc rendered, sorted by title. */
export async function listGuides(site: string): Promise<Guide[]> {
  const dir = join(site, 'api', 'documents');
  const files = await readdir(dir).catch(() => [] as string[]);
  const guides: Guide[] = [];
  for (const name of files.filter((f) => f.endsWith('.html'))) {
    const html = await readFile(join(dir, name), 'utf8');
    const title = /<title>([^<]*?)(?: \| [^<]*)?<\/title>/.exec(html)?.[1] ?? name;
    guides.push({ title: decodeEntities(title), path: `api/documents/${name}` });
  }
  return guides.sort((a, b) => a.title.localeCompare(b.title, 'vi'));
}

function decodeEntities(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}
