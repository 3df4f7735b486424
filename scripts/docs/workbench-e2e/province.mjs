// "Cấu hình tiêu chí của tỉnh" in Chromium: a value looser than the national floor is refused with the engine's
// message in Vietnamese and English next to the box; a stricter one with the province's own levels saves a file that
// the real `ntm criteria check-config` accepts; the national-supplement editor opens the 2026–2030 example.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function ready(page) {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
}

/** The first threshold box of the region being edited whose national value is a number, with that value. */
async function anchoredBox(page) {
  return page.evaluate(() => {
    for (const row of document.querySelectorAll('#province-thresholds tbody tr[data-indicator]')) {
      const national = row.children[3]?.textContent ?? '';
      const m = /^([≥≤]) (\d+(?:\.\d+)?)/.exec(national);
      const input = row.querySelector('input[data-slot]');
      if (m && input && Number(m[2]) >= 2)
        return { slot: input.dataset.slot, direction: m[1], value: Number(m[2]) };
    }
    return null;
  });
}

export default [
  {
    name: 'province: a looser value is refused in vi and en; a stricter one saves a file ntm criteria check-config accepts',
    run: async ({ page, baseUrl, assert, screenshot, downloads, ntm }) => {
      await page.goto(`${baseUrl}province.html`);
      await ready(page);
      await page.waitForSelector('#province-result[data-valid="true"]');
      const anchor = await anchoredBox(page);
      assert(anchor, 'no threshold with a national value on the form');
      const box = page.locator(`input[data-slot="${anchor.slot}"]`);
      const looser = anchor.direction === '≥' ? anchor.value - 1 : anchor.value + 1;
      await box.fill(String(looser).replace('.', ','));
      await page.waitForSelector('#province-result[data-valid="false"]');
      assert(
        (await box.getAttribute('aria-invalid')) === 'true',
        'the looser box is not marked invalid',
      );
      const message = page.locator(`[id="msg-${anchor.slot}"]`);
      const vi = ((await message.textContent()) ?? '').trim();
      const en = ((await message.locator('.en').textContent()) ?? '').trim();
      assert(en.length > 0, 'no English message beside the box');
      assert(
        vi.length > en.length && vi.replace(en, '').trim().length > 0,
        'no Vietnamese message beside the box',
      );
      const summary = (await page.textContent('#province-result')) ?? '';
      assert(
        summary.includes(`vi: ${vi.replace(en, '').trim()}`),
        'the summary lacks the Vietnamese message',
      );
      assert(summary.includes(`en: ${en}`), 'the summary lacks the English message');
      assert(await page.locator('#province-save').isDisabled(), 'an invalid file can be saved');
      await box.scrollIntoViewIfNeeded();
      await screenshot('province-refused');

      const stricter =
        anchor.direction === '≥' ? Math.min(100, anchor.value + 1) : anchor.value - 1;
      await box.fill(String(stricter));
      await page.fill('[data-path="/province"]', 'Tỉnh thử nghiệm');
      await page.check('#province-levels-on');
      await page.waitForSelector('#province-result[data-valid="true"]');
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot('province');
      const saved = await downloads(() => page.click('#province-save'));
      assert(saved.name === 'cau-hinh-tinh.json', `saved ${saved.name}`);
      const config = JSON.parse(saved.bytes.toString('utf8'));
      assert(config.thresholds?.[0]?.value === stricter, 'the saved file lacks the typed value');
      assert(config.levels?.commune?.length === 1, 'the saved file lacks the levels');
      const dir = await mkdtemp(join(tmpdir(), 'ntm-workbench-province-'));
      try {
        const file = join(dir, saved.name);
        await writeFile(file, saved.bytes);
        // Exit code 0 (execFileSync throws otherwise): the CLI accepts what the form wrote.
        const out = ntm('criteria', 'check-config', file);
        return `refused ${looser} (national ${anchor.direction} ${anchor.value}) in vi and en; saved ${stricter}; check-config: ${out.trim().split('\n')[0]}`;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'province: the national-supplement editor opens the 2026–2030 example as rows and checks it',
    run: async ({ page, baseUrl, assert, screenshot, downloads }) => {
      await page.goto(`${baseUrl}province.html`);
      await ready(page);
      await page.click('#sample-xa-2026-2030-nhom-1');
      await page.waitForSelector('#supplement-indicators tbody tr');
      await page.waitForSelector('#province-result[data-valid="true"]');
      const rows = await page.locator('#supplement-indicators tbody tr').count();
      assert(rows === 47, `${rows} indicator rows, the example has 47`);
      const text = (await page.textContent('#province-result')) ?? '';
      assert(text.includes('minh hoạ'), 'the illustrative label is missing');
      // A threshold typed as a percentage above 100 is refused at its box.
      const percent = page.locator('#supplement-indicators input[data-path$="/value"]').first();
      await percent.fill('120');
      await page.waitForSelector('#province-result[data-valid="false"]');
      await percent.fill('60');
      await page.waitForSelector('#province-result[data-valid="true"]');
      await page.evaluate(() => document.getElementById('province-result')?.scrollIntoView());
      await screenshot('province-supplement');
      const saved = await downloads(() => page.click('#province-save'));
      const supplement = JSON.parse(saved.bytes.toString('utf8'));
      assert(supplement.baseSetId === 'XA_2026_2030', `baseSetId ${supplement.baseSetId}`);
      assert(supplement.indicators.length === 47, 'the saved supplement lost indicators');
      return `${rows} indicators as rows; 120 % refused; saved ${saved.name}`;
    },
  },
];
