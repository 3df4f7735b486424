// The workbench's shell: every page loads its tool, says files stay on the machine, stays within the first-load
// budget, works offline once loaded, and reads at 360 px wide.
import { gzipSync } from 'node:zlib';

const TOOLS = ['ocop', 'ntm', 'province', 'deadlines'];
/** The budget: a tool page's JavaScript before any user action, gzipped. */
const FIRST_LOAD_BUDGET = 150 * 1024;

async function ready(page) {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
}

export default [
  {
    name: 'the workbench index lists the four tools and says files never leave the machine',
    run: async ({ page, baseUrl, assert }) => {
      await page.goto(`${baseUrl}index.html`);
      await ready(page);
      for (const id of TOOLS)
        assert((await page.locator(`a[href="${id}.html"]`).count()) === 1, `no link to ${id}.html`);
      const text = (await page.textContent('main')) ?? '';
      assert(text.includes('Tệp của bạn không rời khỏi máy'), 'privacy note (vi) missing');
      assert(text.includes('Your files never leave your machine'), 'privacy note (en) missing');
      return 'four tools linked, privacy note in vi/en';
    },
  },
  {
    name: 'every tool page mounts its tool within the first-load budget (gzipped JavaScript, measured on the wire)',
    run: async ({ page, baseUrl, assert }) => {
      const sizes = [];
      for (const id of TOOLS) {
        const scripts = new Map();
        const onResponse = async (response) => {
          if (!response.url().endsWith('.js') || response.url().endsWith('/sw.js')) return;
          scripts.set(response.url(), gzipSync(await response.body()).length);
        };
        page.on('response', onResponse);
        await page.goto(`${baseUrl}${id}.html`);
        await ready(page);
        await page.waitForLoadState('networkidle');
        page.off('response', onResponse);
        const text = (await page.textContent('main')) ?? '';
        assert(text.includes('Tệp của bạn không rời khỏi máy'), `${id}: privacy note missing`);
        const total = [...scripts.values()].reduce((a, b) => a + b, 0);
        assert(
          total <= FIRST_LOAD_BUDGET,
          `${id}: first load ${total} B gzipped > ${FIRST_LOAD_BUDGET} B`,
        );
        assert(
          ![...scripts.keys()].some((u) => u.endsWith('/excel.js')),
          `${id}: the Excel code was loaded before any file was opened`,
        );
        sizes.push(`${id} ${(total / 1024).toFixed(1)} KB`);
      }
      return `first load (gzip): ${sizes.join(', ')}`;
    },
  },
  {
    name: 'a tool page reloads offline from the service worker cache',
    run: async ({ page, context, baseUrl, assert }) => {
      await page.goto(`${baseUrl}deadlines.html`);
      await ready(page);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller)
          await new Promise((ok) =>
            navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }),
          );
      });
      await context.setOffline(true);
      try {
        for (const id of ['deadlines', 'ocop']) {
          await page.goto(`${baseUrl}${id}.html`);
          await ready(page);
          const text = (await page.textContent('main')) ?? '';
          assert(text.includes('Tệp của bạn không rời khỏi máy'), `${id} offline: page not shown`);
        }
      } finally {
        await context.setOffline(false);
      }
      return 'deadlines and ocop pages load and mount with the network off';
    },
  },
  {
    name: 'tool pages read at 360 px wide without horizontal scrolling',
    run: async ({ page, baseUrl, assert, screenshot }) => {
      await page.setViewportSize({ width: 360, height: 780 });
      for (const id of TOOLS) {
        await page.goto(`${baseUrl}${id}.html`);
        await ready(page);
        await page.waitForLoadState('networkidle');
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        assert(scroll <= client, `${id}: page is ${scroll}px wide in a ${client}px window`);
        if (id === 'ocop') await screenshot('ocop-360');
      }
      return 'four pages, no horizontal scroll at 360 px';
    },
  },
];
