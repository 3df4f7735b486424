#!/usr/bin/env node
// Browser test of the workbench (run after `npm run docs`; a counted step of `npm test`). Serves docs/site on
// 127.0.0.1, drives the system Chromium with playwright-core and runs every test module in ./workbench-e2e/*.mjs.
// A module exports `default [{ name, run }]`; `run` gets
//   page        a fresh page (closed after the test), 1280×900
//   context     the browser context (shared: the service worker and its cache persist from test to test)
//   baseUrl     the workbench folder's URL (`…/workbench/`)
//   assert      (condition, message) → throws when false
//   screenshot  (name) → saves .test-results/workbench-<name>.png (with --update-screenshots a tool's screenshot,
//               name = its id (one word), is also copied to docs/assets/workbench-<id>.png for the guide)
//   downloads   (action) → runs action, waits for the download it starts; resolves to { name, path, bytes }
//   root        the repository's root folder (to read examples/)
//   ntm         (...args) → the stdout of `ntm <args>` run through the CLI's real entry (its sources, as the docs
//               build runs them), cwd the repository root; throws with its stderr when it exits non-zero
// and returns a short detail line. A test fails when it throws or when its page logged a console error, a page
// error or an HTTP error. Chromium is required when CI=true; elsewhere a missing Chromium skips with a message.
// Writes { passed, failed } to .test-results/workbench-e2e.json. `--only=<text>` runs the tests whose name has it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, chromiumMissing } from '../lib/chromium.mjs';
import { startServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SITE = join(ROOT, 'docs/site');
const RESULTS = join(ROOT, '.test-results');
const REPORT = join(RESULTS, 'workbench-e2e.json');
const MODULES = join(ROOT, 'scripts/docs/workbench-e2e');
const UPDATE = process.argv.includes('--update-screenshots');
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
await mkdir(RESULTS, { recursive: true });

async function finish(passed, failed) {
  await writeFile(REPORT, `${JSON.stringify({ passed, failed })}\n`);
  process.exit(failed > 0 ? 1 : 0);
}

const missing = chromiumMissing();
if (missing?.required) {
  console.error(`✘ workbench e2e: ${missing.message}; it is required when CI=true`);
  await finish(0, 1);
}
if (missing) {
  console.log(`↷ workbench e2e skipped: ${missing.message}. CI runs it.`);
  await finish(0, 0);
}
if (!existsSync(join(SITE, 'workbench/workbench.js'))) {
  console.error('✘ workbench e2e: docs/site/workbench is missing; run `npm run docs` first');
  await finish(0, 1);
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function ntm(...args) {
  const bin = join(ROOT, 'packages/cli/src/bin.ts');
  return execFileSync(
    process.execPath,
    ['--conditions=@ntm/source', '--import', 'tsx', bin, ...args],
    { cwd: ROOT, encoding: 'utf8' },
  );
}

const tests = [];
for (const file of (await readdir(MODULES)).filter((f) => f.endsWith('.mjs')).sort()) {
  const { default: list } = await import(pathToFileURL(join(MODULES, file)).href);
  for (const test of list) tests.push({ ...test, file });
}

const server = await startServer(SITE);
const profile = await mkdtemp(join(tmpdir(), 'ntm-workbench-chromium-'));
const downloadDir = await mkdtemp(join(tmpdir(), 'ntm-workbench-downloads-'));
const baseUrl = `${server.url}workbench/`;
let passed = 0;
let failed = 0;
console.log(`▶ workbench e2e on ${baseUrl} with ${CHROMIUM}`);
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  for (const test of tests) {
    if (ONLY && !test.name.includes(ONLY)) continue;
    const started = Date.now();
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    const screenshot = async (name) => {
      const file = join(RESULTS, `workbench-${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      if (UPDATE && /^[a-z]+$/.test(name))
        await copyFile(file, join(ROOT, 'docs/assets', `workbench-${name}.png`));
      return file;
    };
    const downloads = async (action) => {
      const [download] = await Promise.all([page.waitForEvent('download'), action()]);
      const path = join(downloadDir, `${Date.now()}-${download.suggestedFilename()}`);
      await download.saveAs(path);
      return { name: download.suggestedFilename(), path, bytes: await readFile(path) };
    };
    try {
      const detail = await test.run({
        page,
        context,
        baseUrl,
        assert,
        screenshot,
        downloads,
        root: ROOT,
        ntm,
      });
      assert(problems.length === 0, `the page complained:\n${problems.join('\n')}`);
      passed += 1;
      console.log(`  ✔ ${test.name}${detail ? ` — ${detail}` : ''} (${Date.now() - started} ms)`);
    } catch (error) {
      failed += 1;
      console.log(
        `  ✘ ${test.name} (${test.file})\n    ${String(error?.stack ?? error).replaceAll('\n', '\n    ')}`,
      );
    } finally {
      await page.close();
    }
  }
} catch (error) {
  failed += 1;
  console.log(`  ✘ workbench e2e could not run: ${error?.stack ?? error}`);
} finally {
  await context?.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
  await rm(downloadDir, { recursive: true, force: true });
}
console.log(`workbench e2e: ${passed} passed, ${failed} failed`);
await finish(passed, failed);
