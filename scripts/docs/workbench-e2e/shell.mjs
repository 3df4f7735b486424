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
  {
    name: 'every control on every tool page has a label, and the OCOP sheet is answered with the keyboard alone',
    run: async ({ page, baseUrl, assert }) => {
      let controls = 0;
      for (const id of TOOLS) {
        await page.goto(`${baseUrl}${id}.html`);
        await ready(page);
        const unlabelled = await page.evaluate(() =>
          [...document.querySelectorAll('main input, main select, main textarea, main button')]
            .filter((c) => c.type !== 'hidden')
            .filter((c) => {
              const text = (
                c.labels?.[0]?.textContent ??
                c.getAttribute('aria-label') ??
                ''
              ).trim();
              return c.tagName === 'BUTTON' ? (c.textContent ?? '').trim() === '' : text === '';
            })
            .map((c) => c.id || c.getAttribute('name') || c.outerHTML.slice(0, 80)),
        );
        assert(unlabelled.length === 0, `${id}: unlabelled controls ${unlabelled.join(', ')}`);
        controls += await page.locator('main input, main select, main textarea').count();
      }
      // Keyboard only: type the product, Tab to the first criterion, pick its options with the arrow keys.
      await page.goto(`${baseUrl}ocop.html`);
      await ready(page);
      await page.focus('#find');
      await page.keyboard.type('mat ong');
      let reached = false;
      for (let i = 0; i < 60 && !reached; i += 1) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(
          () => document.activeElement?.getAttribute('name') === 'c:1.1',
        );
      }
      assert(reached, 'Tab never reached criterion 1.1');
      await page.keyboard.press('ArrowDown');
      const checked = await page.evaluate(
        () => document.querySelector('input[name="c:1.1"]:checked')?.value ?? null,
      );
      assert(checked !== null, 'the arrow key did not answer criterion 1.1');
      const incomplete = (await page.textContent('#incomplete')) ?? '';
      assert(incomplete.includes('(1/'), `the answer was not counted: ${incomplete}`);
      return `${controls} controls on four pages, all labelled; B04 criterion 1.1 answered by keyboard`;
    },
  },
];
