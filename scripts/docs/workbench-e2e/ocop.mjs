// Chấm điểm OCOP: the hand-worked B04 honey (66 points → 3★) and its printed A4 page; the marker policies and the best
// answers (the coverage the playground's calculator had); finding a set by name and the rules in force for a date;
// saving the answers as JSON and Excel that the real `ntm ocop score` scores the same, and opening them again.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// A 29 + B 14 + C 23 = 66 → 3★ (50 ≤ total < 70), every 3★ minimum met; worked by hand from QĐ 26/2026 sheet B04.
// Option indexes are 0-based.
// biome-ignore format: one line per section of the sheet
const HONEY = {
  '1.1': 2, '1.2': 1, '1.3': 1, '1.4': 1, '1.5': 2, '1.6': 0, '1.7': 0,
  '2.1': 2, '2.2': 2, '2.3': 1, '2.4': false,
  '3.1': 2, '3.2': 1, '3.3': 2, '3.4': 1, '3.5': 1,
  '4.1': 2, '4.2': 1, '4.3': 3,
  '5.1': 3, '5.2': 1, '5.3': 2,
  '6.1': 2, '6.2': 2, '6.3': 2, '6.4': 3, '7': 2, '8': 2, '9': 1, '10': 0, '11': 1, '12': 0,
};

async function open(page, baseUrl, hash = '') {
  await page.goto(`${baseUrl}ocop.html${hash}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
}

async function pick(page, answers) {
  for (const [code, value] of Object.entries(answers))
    await page.check(`input[name="c:${code}"][value="${String(value)}"]`);
}

async function scored(page) {
  return {
    total: await page.getAttribute('#total', 'data-total'),
    stars: await page.getAttribute('#stars', 'data-stars'),
  };
}

/** `ntm ocop score <file> --format json`, parsed. */
function cliScore(ntm, file) {
  return JSON.parse(ntm('ocop', 'score', file, '--format', 'json'));
}

export default [
  {
    name: 'OCOP: B04 honey worked by hand scores 66 → 3★, and the printed A4 page carries the total and signatures',
    run: async ({ page, baseUrl, assert, screenshot }) => {
      await open(page, baseUrl, '#B04');
      assert((await page.inputValue('#product-set')) === 'B04', '#B04 did not select sheet B04');
      await page.fill('#submitted-on', '2026-06-10');
      await page.dispatchEvent('#submitted-on', 'change');
      await page.fill('#product-name', 'Mật ong bạc hà (minh hoạ)');
      await page.fill('#producer', 'HTX minh hoạ');
      await pick(page, HONEY);
      const { total, stars } = await scored(page);
      assert(total === '66', `total ${total}, expected 66`);
      assert(stars === '3', `stars ${stars}, expected 3`);
      assert((await page.getAttribute('#status', 'data-status')) === 'rated', 'not rated');
      const parts = (await page.textContent('#parts')) ?? '';
      assert(parts.includes('A 29') && parts.includes('B 14') && parts.includes('C 23'), parts);
      await page.evaluate(() => document.querySelector('.calculator')?.scrollIntoView());
      await screenshot('ocop');

      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const seen = (sel) => {
          const node = document.querySelector(sel);
          return node ? getComputedStyle(node).display !== 'none' : false;
        };
        return {
          // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (print hides parts)
          text: document.body.innerText,
          head: seen('#print-head'),
          signatures: seen('.signatures'),
          controls: seen('.wb-controls'),
          sheet: seen('#sheet'),
          nav: seen('.site-header'),
        };
      });
      assert(printed.head && printed.signatures, 'the print header or the signatures are hidden');
      assert(!printed.controls && !printed.sheet && !printed.nav, 'controls are printed');
      assert(printed.text.includes('Tổng / Total: 66'), 'the printed page has no total 66');
      assert(printed.text.includes('PHIẾU ĐÁNH GIÁ'), 'the printed page has no title');
      assert(printed.text.includes('Mật ong bạc hà'), 'the printed page has no product name');
      assert(
        printed.text.includes('Thư ký Hội đồng'),
        'no signature line for the council secretary',
      );
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      assert(pdf.subarray(0, 5).toString() === '%PDF-', 'page.pdf() gave no PDF');
      await writeFile(join(process.cwd(), '.test-results', 'workbench-ocop-print.pdf'), pdf);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot('ocop-print');
      await page.emulateMedia({ media: 'screen' });
      return `66 → 3★ (A 29, B 14, C 23); print media shows the header, total and signatures; A4 PDF ${pdf.length} B`;
    },
  },
  {
    name: 'OCOP: failed 4★ markers cap at 3★ or leave unrated; the best answers give 100 and 5★',
    run: async ({ page, baseUrl, assert }) => {
      await open(page, baseUrl, '#B04');
      await pick(page, HONEY);
      // Four more points reach the 4★ band (71) while the 4★ minima of 2.3, 5.1 and 10 are unmet.
      await pick(page, { 1.7: 1, 2.4: true, 4.2: 3, 12: 1 });
      const capped = await scored(page);
      assert(capped.total === '71' && capped.stars === '3', `cap: ${JSON.stringify(capped)}`);
      const failed = (await page.textContent('#failed-markers')) ?? '';
      for (const code of ['2.3', '5.1', '10'])
        assert(failed.includes(`${code} (4★`), `failed marker ${code} not shown: ${failed}`);
      await page.selectOption('#policy', 'reject');
      assert(
        (await page.getAttribute('#status', 'data-status')) === 'below-threshold',
        'reject policy: not below-threshold',
      );
      await page.selectOption('#policy', 'cap');
      await page.click('#best');
      const best = await scored(page);
      assert(best.total === '100' && best.stars === '5', `best: ${JSON.stringify(best)}`);
      return '71 with 3 failed 4★ markers → 3★ (cap) / below threshold (reject); best → 100, 5★';
    },
  },
  {
    name: 'OCOP: finds the set by name without diacritics and picks the rules in force for the date',
    run: async ({ page, baseUrl, assert }) => {
      await open(page, baseUrl, '#B01');
      await page.fill('#find', 'mat ong');
      assert((await page.inputValue('#product-set')) === 'B04', '"mat ong" did not find B04');
      await page.fill('#find', 'chè shan tuyết');
      const tea = await page.inputValue('#product-set');
      const found = (await page.textContent('#find-result')) ?? '';
      assert(found.includes(tea) && tea !== 'B04', `"chè shan tuyết": ${tea} ${found}`);
      await page.fill('#submitted-on', '2026-06-10');
      await page.dispatchEvent('#submitted-on', 'change');
      let inForce = (await page.textContent('#in-force')) ?? '';
      assert(inForce.includes('26/2026/QĐ-TTg'), `10/06/2026: ${inForce}`);
      // Before 22/05/2026 the sheets of QĐ 26 do not apply: the SDK scores the part totals only.
      await page.fill('#submitted-on', '2024-03-01');
      await page.dispatchEvent('#submitted-on', 'change');
      inForce = (await page.textContent('#in-force')) ?? '';
      assert(inForce.includes('148'), `01/03/2024 should fall under QĐ 148: ${inForce}`);
      assert(await page.isVisible('#parts-form'), 'no part totals form for the old rules');
      assert(!(await page.isVisible('#sheet')), 'the QĐ 26 sheet is shown for old rules');
      await page.fill('#part-A', '30');
      await page.fill('#part-B', '20');
      await page.fill('#part-C', '25');
      const parts = await scored(page);
      assert(parts.total === '75' && parts.stars === '4', `parts: ${JSON.stringify(parts)}`);
      return `"mat ong" → B04, "chè shan tuyết" → ${tea}; 2026-06-10 → QĐ 26/2026 sheet; 2024-03-01 → QĐ 148, parts 30+20+25 = 75 → 4★`;
    },
  },
  {
    name: 'OCOP: saved JSON and Excel are scored the same by `ntm ocop score` and open again in the workbench',
    run: async ({ page, baseUrl, assert, downloads, root, ntm }) => {
      await open(page, baseUrl, '#B04');
      await page.fill('#submitted-on', '2026-06-10');
      await page.dispatchEvent('#submitted-on', 'change');
      await page.fill('#product-name', 'Mật ong minh hoạ');
      await pick(page, HONEY);
      const json = await downloads(() => page.click('#save-json'));
      const xlsx = await downloads(() => page.click('#save-xlsx'));
      assert(
        json.name === 'phieu-B04.json' && xlsx.name === 'phieu-B04.xlsx',
        `${json.name} ${xlsx.name}`,
      );
      for (const file of [json, xlsx]) {
        const result = cliScore(ntm, file.path);
        assert(
          result.total === 66 && result.stars === 3,
          `${file.name}: CLI says ${result.total}, ${result.stars}★`,
        );
        assert(result.submittedOn === '2026-06-10', `${file.name}: date ${result.submittedOn}`);
      }
      // Open each in a cleared sheet: the answers come back.
      for (const file of [xlsx, json]) {
        await page.click('#clear');
        assert((await page.$('#total')) === null, 'the sheet was not cleared');
        await forgetFileStatus(page);
        await page.setInputFiles('#load', file.path);
        await page.waitForSelector('#file-status[data-state="ok"]');
        const back = await scored(page);
        assert(
          back.total === '66' && back.stars === '3',
          `${file.name} reopened: ${JSON.stringify(back)}`,
        );
        assert(
          (await page.inputValue('#product-name')) === 'Mật ong minh hoạ',
          'product name lost',
        );
      }
      // The CLI's example file opens too, and a broken one is refused with the CLI's own messages.
      await forgetFileStatus(page);
      await page.setInputFiles('#load', join(root, 'examples/cli-tour/data/mat-ong.json'));
      await page.waitForSelector('#file-status[data-state="ok"]');
      const example = await scored(page);
      const cli = cliScore(ntm, join(root, 'examples/cli-tour/data/mat-ong.json'));
      assert(
        example.total === String(cli.total),
        `example: workbench ${example.total}, CLI ${cli.total}`,
      );
      await forgetFileStatus(page);
      await page.setInputFiles('#load', {
        name: 'hong.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"productSet":"B04","criteria":{"1.1":"9 điểm"}}'),
      });
      await page.waitForSelector('#file-status[data-state="error"]');
      const refusal = (await page.textContent('#file-status')) ?? '';
      assert(refusal.includes('cli/bad-answer') && refusal.includes('1.1'), refusal.slice(0, 300));
      return `JSON and Excel → CLI 66, 3★; both reopen to 66; the CLI example opens (${cli.total}); a bad answer is refused by code`;
    },
  },
];

/** Clears the status of the last file opened, so a wait for `data-state` sees the next file's outcome. */
async function forgetFileStatus(page) {
  await page.evaluate(() => {
    const status = document.getElementById('file-status');
    if (status) delete status.dataset.state;
  });
}
