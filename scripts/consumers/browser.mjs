// A browser app that imports only @ntm/deadlines: bundled by esbuild from a consumer project, checked on the
// bundle's metafile (no zod, none of the units dataset) and run in Chromium.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startServer } from '../docs/serve.mjs';
import { CHROMIUM, CHROMIUM_FLAGS } from '../lib/chromium.mjs';
import { appModule } from './consumer-files.mjs';

/** The files of `project/node_modules` that an esbuild bundle of `source` keeps (bytes in the output). */
async function bundledInputs(project, source, outfile) {
  const entry = join(project, 'browser', `${outfile}.src.js`);
  await writeFile(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    metafile: true,
    write: true,
    outfile: join(project, 'browser', outfile),
    absWorkingDir: project,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs).filter((o) => o.entryPoint);
  return Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path)
    .filter((path) => path.startsWith('node_modules/'));
}

/**
 * Bundles the deadlines specs into one app and checks its metafile. Returns `{ zod, dataset, inputs }`: the
 * bundled zod files and units-dataset files (both must be empty), and every bundled package file.
 */
export async function bundleDeadlinesApp(project, specs) {
  await mkdir(join(project, 'browser'), { recursive: true });
  // What `@ntm/domain/units` brings beyond `@ntm/domain/core` is the dataset and its lookups.
  const units = await bundledInputs(project, "export * from '@ntm/domain/units';", 'units.js');
  const core = new Set(
    await bundledInputs(project, "export * from '@ntm/domain/core';", 'core.js'),
  );
  const datasetFiles = new Set(units.filter((path) => !core.has(path)));
  const inputs = await bundledInputs(project, appModule(specs), 'app.js');
  return {
    zod: inputs.filter((path) => path.startsWith('node_modules/zod/')),
    dataset: inputs.filter((path) => datasetFiles.has(path)),
    datasetFiles: [...datasetFiles],
    inputs,
  };
}

/** Serves the bundle and runs it in Chromium; resolves to the app's results (by entry) and any page errors. */
export async function runInChromium(project) {
  const dir = join(project, 'browser');
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>@ntm/deadlines</title><script type="module" src="app.js"></script>\n',
  );
  const server = await startServer(dir);
  const profile = await mkdtemp(join(tmpdir(), 'ntm-consumer-chromium-'));
  let context;
  const problems = [];
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.goto(`${server.url}index.html`);
    await page.waitForSelector('body[data-results]', { state: 'attached', timeout: 15_000 });
    const results = JSON.parse((await page.getAttribute('body', 'data-results')) ?? '{}');
    return { results, problems };
  } finally {
    await context?.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}
