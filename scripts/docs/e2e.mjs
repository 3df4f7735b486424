#!/usr/bin/env node
// Browser test of the documentation site (run after `npm run docs`; a step of `npm test`).
// Serves docs/site on 127.0.0.1 and drives the system Chromium with playwright-core. Checks:
//   1. the checks themselves catch a broken link, a broken anchor and a console error (on a throw-away site);
//   2. every internal link and asset of the site resolves (crawl from index.html, fragments included);
//   3. every generated page, every guide and every package page of the API loads with no console error;
//   4. the TypeDoc search finds a known symbol;
//   5. the province-configuration checker accepts a valid config and rejects a loosened one;
//   6. the national-supplement checker accepts the example supplements (labelled illustrative), hands the supplemented
//      set to the province checker, and refuses a value contradicting a verified one, naming both values.
// The OCOP calculator that was check 5 is the workbench's OCOP tool now: scripts/docs/workbench-e2e/ocop.mjs tests it.
// Chromium is required when CI=true; elsewhere a missing Chromium skips the test with a message.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, chromiumMissing } from '../lib/chromium.mjs';
import { startServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = process.argv.find((a) => a.startsWith('--site='))?.slice('--site='.length);
const SITE = OUT ? resolve(OUT) : join(ROOT, 'docs/site');
const missing = chromiumMissing();
if (missing?.required) {
  console.error(`✘ docs e2e: ${missing.message}; it is required when CI=true`);
  process.exit(1);
}
if (missing) {
  console.log(`↷ docs e2e skipped: ${missing.message}. CI runs it.`);
  process.exit(0);
}
if (!existsSync(join(SITE, 'pages.json'))) {
  console.error('✘ docs e2e: docs/site/pages.json is missing; run `npm run docs` first');
  process.exit(1);
}

const results = [];
async function check(name, fn) {
  const started = Date.now();
  try {
    const detail = await fn();
    results.push({ name, ok: true });
    console.log(`  ✔ ${name}${detail ? ` — ${detail}` : ''} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✘ ${name}\n    ${String(error?.stack ?? error).replaceAll('\n', '\n    ')}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// ---------- link crawler (plain HTTP, no browser: fast over hundreds of API pages) ----------

const LINK = /\s(?:href|src)\s*=\s*"([^"]*)"/g;
const ID = /\sid\s*=\s*"([^"]*)"/g;

function decodeHtml(value) {
  return value
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');
}

/** Crawls every page reachable from `start` on the same origin; returns the pages and the broken links found. */
async function crawl(start) {
  const origin = new URL(start).origin;
  const pages = new Map(); // url (no hash) → { ids, status }
  const links = []; // { from, to }
  const queue = [start];
  const seen = new Set([start]);
  while (queue.length > 0) {
    const url = queue.shift();
    const response = await fetch(url);
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || !type.startsWith('text/html')) {
      pages.set(url, { status: response.status, ids: null });
      await response.arrayBuffer();
      continue;
    }
    const html = await response.text();
    const ids = new Set([...html.matchAll(ID)].map((m) => decodeHtml(m[1])));
    pages.set(url, { status: response.status, ids });
    for (const match of html.matchAll(LINK)) {
      const raw = decodeHtml(match[1]);
      if (raw === '' || raw.startsWith('#') || /^(?:mailto|data|javascript):/i.test(raw)) {
        if (raw.length > 1 && raw.startsWith('#')) links.push({ from: url, to: `${url}${raw}` });
        continue;
      }
      const target = new URL(raw, url);
      if (target.origin !== origin) continue; // the site has no external dependencies to check
      links.push({ from: url, to: target.href });
      const page = `${target.origin}${target.pathname}`;
      if (!seen.has(page)) {
        seen.add(page);
        queue.push(page);
      }
    }
  }
  const broken = [];
  for (const { from, to } of links) {
    const target = new URL(to);
    const page = pages.get(`${target.origin}${target.pathname}`);
    if (page?.status !== 200) broken.push(`${from} → ${to} (${page?.status ?? 'not fetched'})`);
    else if (target.hash.length > 1 && page.ids) {
      const id = decodeURIComponent(target.hash.slice(1));
      // TypeDoc's in-page links point at ids it writes; the OCOP tool's #B04 is read by script, not an anchor.
      if (!page.ids.has(id) && !target.pathname.endsWith('/workbench/ocop.html'))
        broken.push(`${from} → ${to} (no element with id "${id}")`);
    }
  }
  return { pages, broken: [...new Set(broken)] };
}

// ---------- browser helpers ----------

/** Opens `url` in a fresh page and returns the console errors, page errors and failed requests it produced. */
async function visit(context, url, action) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (response?.status() !== 200) problems.push(`HTTP ${response?.status()}: ${url}`);
    if (action) await action(page);
    // Scripts that run after load (TypeDoc's navigation and search index) get a moment to complain.
    await page.waitForTimeout(50);
  } finally {
    await page.close();
  }
  return problems;
}

// ---------- the checks ----------

const manifest = JSON.parse(await readFile(join(SITE, 'pages.json'), 'utf8'));
const server = await startServer(SITE);
const profile = await mkdtemp(join(tmpdir(), 'ntm-docs-chromium-'));
let context;
console.log(`▶ docs e2e on ${server.url} with ${CHROMIUM}`);
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1400, height: 1000 },
  });

  await check('the checks themselves catch a broken link and a console error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ntm-docs-broken-'));
    try {
      await writeFile(
        join(dir, 'index.html'),
        '<a href="ok.html">ok</a> <a href="missing.html">broken</a> <a href="ok.html#nowhere">bad anchor</a>',
      );
      await writeFile(join(dir, 'ok.html'), '<p id="here">ok</p>');
      await writeFile(join(dir, 'noisy.html'), "<script>console.error('boom')</script>");
      const fixture = await startServer(dir);
      try {
        const { broken } = await crawl(`${fixture.url}index.html`);
        assert(broken.length === 2, `expected 2 broken links, got ${JSON.stringify(broken)}`);
        assert(
          broken.some((b) => b.includes('missing.html')),
          'missing.html not reported',
        );
        assert(
          broken.some((b) => b.includes('#nowhere')),
          'the broken anchor was not reported',
        );
        const noisy = await visit(context, `${fixture.url}noisy.html`);
        assert(
          noisy.some((p) => p.includes('boom')),
          `console error not caught: ${noisy}`,
        );
      } finally {
        await fixture.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    return 'a missing page, a missing anchor and a console error are reported';
  });

  let crawled;
  await check('every internal link resolves', async () => {
    crawled = await crawl(`${server.url}index.html`);
    assert(crawled.broken.length === 0, `broken links:\n${crawled.broken.slice(0, 30).join('\n')}`);
    for (const path of manifest.pages)
      assert(
        crawled.pages.has(`${server.url}${encodeURI(path)}`),
        `${path} is not linked from anywhere`,
      );
    return `${crawled.pages.size} URLs`;
  });

  await check(
    'every generated page, guide and API package page loads without console errors',
    async () => {
      const api = [...(crawled?.pages.keys() ?? [])].filter((u) =>
        /\/api\/modules\/[^/]+\.html$/.test(u),
      );
      assert(api.length > 0, 'no API package page found');
      const urls = [
        ...manifest.pages.map((p) => `${server.url}${encodeURI(p)}`),
        ...manifest.guides.map((p) => `${server.url}${encodeURI(p)}`),
        `${server.url}api/index.html`,
        ...api,
      ];
      const failures = [];
      // Four tabs at a time; each page has its own listeners, so problems are never attributed to the wrong page.
      const queue = [...urls];
      const worker = async () => {
        for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
          const problems = await visit(context, url);
          if (problems.length > 0) failures.push(`${url}\n      ${problems.join('\n      ')}`);
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
      assert(failures.length === 0, `pages with errors:\n${failures.join('\n')}`);
      return `${urls.length} pages`;
    },
  );

  await check('the API search finds scoreAssessment', async () => {
    let found = '';
    const problems = await visit(context, `${server.url}api/index.html`, async (page) => {
      await page.click('#tsd-search-trigger');
      await page.fill('#tsd-search-input', 'scoreAssessment');
      const hit = page.locator('#tsd-search-results li a', { hasText: 'scoreAssessment' }).first();
      await hit.waitFor({ timeout: 10_000 });
      found = (await hit.getAttribute('href')) ?? '';
      await hit.click();
      await page.waitForURL(/scoreAssessment/, { timeout: 10_000 });
    });
    assert(problems.length === 0, problems.join('\n'));
    return `→ ${found}`;
  });

  await check(
    'the province configuration checker validates against the national floor',
    async () => {
      const problems = await visit(context, `${server.url}playground.html`, async (page) => {
        await page.waitForSelector('body[data-ready="true"]');
        await page.click('#sample-valid');
        await page.click('#validate');
        await page.waitForSelector('#config-result[data-valid="true"]', { timeout: 5_000 });
        // The Điện Biên example configuration shipped in examples/province-config is valid too.
        await page.click('#sample-dien-bien');
        await page.click('#validate');
        await page.waitForSelector('#config-result[data-valid="true"]', { timeout: 5_000 });
        await page.waitForSelector('#config-result .levels li', { timeout: 5_000 });
        await page.click('#sample-loosened');
        await page.click('#validate');
        await page.waitForSelector('#config-result[data-valid="false"]', { timeout: 5_000 });
        const text = (await page.textContent('#config-result')) ?? '';
        assert(text.includes('vi:') && text.includes('en:'), 'messages are not in both languages');
        // Every loosened value at once, each at its place in the pasted JSON.
        for (const place of ['/thresholds/0/value', '/thresholds/1/value'])
          assert(text.includes(place), `no problem reported at ${place}`);
        assert(!text.includes('/config'), 'a place points into the engine argument "config"');
      });
      assert(problems.length === 0, problems.join('\n'));
      return 'stricter sample and Điện Biên example accepted (with its levels), looser sample rejected in vi/en, each loosened value at its JSON pointer';
    },
  );

  await check('the national supplement checker supplies, labels and refuses', async () => {
    const problems = await visit(context, `${server.url}playground.html`, async (page) => {
      await page.waitForSelector('body[data-ready="true"]');
      await page.click('#sample-supplement-2026');
      await page.click('#validate-supplement');
      await page.waitForSelector('#supplement-result[data-valid="true"]', { timeout: 5_000 });
      const text = (await page.textContent('#supplement-result')) ?? '';
      assert(text.includes('47 chỉ tiêu'), `47 indicators not reported: ${text.slice(0, 200)}`);
      assert(text.includes('minh hoạ — không phải số liệu pháp lý'), 'illustrative label missing');
      assert(
        (await page.inputValue('#national-set')) === 'supplemented',
        'the province checker was not offered the supplemented set',
      );
      await page.click('#sample-supplement-conflict');
      await page.click('#validate-supplement');
      await page.waitForSelector('#supplement-result[data-valid="false"]', { timeout: 5_000 });
      const refused = (await page.textContent('#supplement-result')) ?? '';
      assert(refused.includes('criteria/contradicts-verified'), 'conflict not reported by code');
      assert(refused.includes('80') && refused.includes('85'), 'both values not named');
    });
    assert(problems.length === 0, problems.join('\n'));
    return '47 illustrative indicators supplied and offered to the province checker; a mistyped verified value refused with both values';
  });
} finally {
  await context?.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok).length;
console.log(`docs e2e: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
