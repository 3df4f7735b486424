// "Đánh giá xã NTM" in Chromium: the illustrative communes workbook made by `ntm init communes` (then filled with the
// Tuần Giáo example values) is dropped on the page, and the Excel download is compared cell by cell with the file
// `ntm criteria evaluate --out` writes for the same workbook; then 3,300 communes are evaluated and timed.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** The bound for 3,300 communes in Chromium. */
const BUDGET_MS = 1000;
const COMMUNES = 3300;
const EXAMPLE = 'examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv';

async function ready(page) {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
}

/** The CSV of the example, as rows of text cells (the header first). */
async function exampleRows(root) {
  return parse(await readFile(join(root, EXAMPLE), 'utf8'));
}

/** `ntm init communes --xlsx`, then the example's values typed in under the template's own headers. */
async function illustrativeWorkbook(root, ntm, dir) {
  const path = await workbookOf(ntm, dir, await readFile(join(root, EXAMPLE), 'utf8'));
  return { path, communes: (await exampleRows(root)).length - 1 };
}

/** A workbook made by `ntm init communes --xlsx`, filled with the rows of a CSV text under the template's headers. */
async function workbookOf(ntm, dir, csv) {
  const path = join(dir, `xa-${Date.now()}.xlsx`);
  ntm('init', 'communes', '--set', 'XA_2021_2025', '--xlsx', '--out', path);
  const [header, ...rows] = parse(csv);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  const columns = sheet.getRow(1).values.slice(1).map(String);
  rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 2);
    columns.forEach((column, c) => {
      const at = header.indexOf(column);
      const text = at < 0 ? '' : (cells[at] ?? '');
      if (text === '') return;
      row.getCell(c + 1).value =
        /^\d+(\.\d+)?$/.test(text) && column !== 'Mã xã'
          ? Number(text)
          : text === 'có'
            ? 'Có'
            : text === 'không'
              ? 'Không'
              : text;
    });
    row.commit();
  });
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Every cell of a workbook's first sheet, as plain values (dates as ISO, numbers as numbers). */
async function cellsOf(source) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(source);
  const sheet = workbook.worksheets[0];
  const out = [];
  sheet.eachRow((row) => {
    out.push(
      row.values.slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)),
    );
  });
  return { name: sheet.name, rows: out };
}

export default [
  {
    name: 'ntm: the illustrative communes workbook evaluates on the page and downloads the Excel ntm writes',
    run: async ({ page, baseUrl, assert, screenshot, downloads, root, ntm }) => {
      const dir = await mkdtemp(join(tmpdir(), 'ntm-workbench-ntm-'));
      try {
        const { path, communes } = await illustrativeWorkbook(root, ntm, dir);
        const expectedPath = join(dir, 'ket-qua-cli.xlsx');
        ntm('criteria', 'evaluate', path, '--out', expectedPath, '--quiet');
        await page.goto(`${baseUrl}ntm.html`);
        await ready(page);
        await page.setInputFiles('#ntm-file', path);
        await page.waitForSelector('#ntm-result[data-state="done"]', { timeout: 30_000 });
        const shown = await page.locator('#ntm-table tbody tr').count();
        assert(shown === communes, `${shown} rows shown for ${communes} communes`);
        const firstMet = (await page.textContent('#ntm-table tbody tr td:nth-child(3)')) ?? '';
        assert(/^\d+\/\d+$/.test(firstMet.trim()), `"Đạt" cell reads "${firstMet}"`);
        const download = await downloads(() => page.click('#ntm-download'));
        assert(download.name === 'ket-qua-danh-gia.xlsx', `downloaded ${download.name}`);
        const got = await cellsOf(download.bytes);
        const want = await cellsOf(await readFile(expectedPath));
        assert(got.name === want.name, `sheet "${got.name}", the CLI writes "${want.name}"`);
        assert(got.rows.length === communes + 1, `${got.rows.length - 1} result rows`);
        for (let r = 0; r < want.rows.length; r += 1)
          for (let c = 0; c < want.rows[r].length; c += 1)
            assert(
              JSON.stringify(got.rows[r]?.[c] ?? null) === JSON.stringify(want.rows[r][c] ?? null),
              `row ${r + 1}, column ${c + 1}: ${JSON.stringify(got.rows[r]?.[c])} ≠ CLI ${JSON.stringify(want.rows[r][c])}`,
            );
        const header = got.rows[0];
        const met = got.rows[1][header.indexOf('Số tiêu chí đạt')];
        assert(typeof met === 'number', `"Số tiêu chí đạt" is ${typeof met}`);

        // The illustrative national supplement (issue 17's seed example) fills thresholds the SDK lacks: every result
        // that depends on it carries the label, on the page and in the download.
        const before = (await page.textContent('#ntm-result')) ?? '';
        await page.setInputFiles(
          '#ntm-supplement',
          join(root, 'examples/national-supplement/xa-2021-2025-tdmnpb.json'),
        );
        await page.waitForFunction((old) => {
          const result = document.getElementById('ntm-result');
          return result?.dataset.state === 'done' && result.textContent !== old;
        }, before);
        const labelled = await page.locator('#ntm-illustrative').count();
        assert(
          labelled === 1,
          'the illustrative label is missing once the example supplement is used',
        );
        const rowsLabelled = await page
          .locator('#ntm-table tbody tr td:last-child', { hasText: 'minh hoạ' })
          .count();
        assert(rowsLabelled === communes, `${rowsLabelled} of ${communes} rows labelled minh hoạ`);
        await screenshot('ntm');
        const supplemented = await cellsOf(
          (await downloads(() => page.click('#ntm-download'))).bytes,
        );
        const flag = supplemented.rows[0].indexOf('Minh hoạ');
        assert(
          supplemented.rows.slice(1).every((row) => row[flag] === 'Có'),
          'the downloaded rows are not marked "Minh hoạ: Có"',
        );
        return `${communes} communes; ${got.rows.length - 1} rows × ${header.length} columns equal to \`ntm criteria evaluate --out\`; with the example supplement every row is labelled minh hoạ on the page and in the Excel file`;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  },
  {
    name: `ntm: ${COMMUNES} communes evaluate in under ${BUDGET_MS} ms`,
    run: async ({ page, baseUrl, assert, root, ntm }) => {
      const dir = await mkdtemp(join(tmpdir(), 'ntm-workbench-ntm-'));
      try {
        const [header, ...rows] = (await readFile(join(root, EXAMPLE), 'utf8'))
          .trim()
          .split(/\r?\n/);
        const lines = [header];
        for (let n = 0; n < COMMUNES; n += 1) {
          // The example's communes with their real codes (the region comes from the code), one row per commune.
          const row = rows[n % rows.length];
          lines.push(row.replace(/^(\d{5}),Xã ([^,]+),/, `$1,Xã $2 ${n + 1},`));
        }
        const path = join(dir, `xa-${COMMUNES}.csv`);
        await writeFile(path, `${lines.join('\n')}\n`);
        await page.goto(`${baseUrl}ntm.html`);
        await ready(page);
        // A first small run loads the tool's data (the units dataset for regions) before the timed one.
        await page.setInputFiles('#ntm-file', join(root, EXAMPLE));
        await page.waitForSelector('#ntm-result[data-state="done"]', { timeout: 30_000 });
        const times = [];
        for (let run = 0; run < 5; run += 1) {
          await page.setInputFiles('#ntm-file', []);
          await page.setInputFiles('#ntm-file', path);
          await page.waitForSelector(`#ntm-result[data-state="done"][data-rows="${COMMUNES}"]`, {
            timeout: 60_000,
          });
          times.push(Number(await page.getAttribute('#ntm-result', 'data-ms')));
          await page.evaluate(() => {
            document.getElementById('ntm-result').dataset.state = 'stale';
          });
        }
        const best = Math.min(...times);
        // The same communes in a workbook made from `ntm init communes`: unzipping and reading it is timed as well
        // (reported, not bounded: the issue bounds the evaluation).
        const workbook = await workbookOf(ntm, dir, lines.join('\n'));
        await page.setInputFiles('#ntm-file', workbook);
        await page.waitForSelector(`#ntm-result[data-state="done"][data-rows="${COMMUNES}"]`, {
          timeout: 60_000,
        });
        const xlsxMs = Number(await page.getAttribute('#ntm-result', 'data-ms'));
        const xlsxTotal = Number(await page.getAttribute('#ntm-result', 'data-total-ms'));
        assert(
          best < BUDGET_MS,
          `${COMMUNES} communes took ${best} ms (runs: ${times.join(', ')} ms)`,
        );
        return `${COMMUNES} communes (CSV) read and evaluated in ${best.toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms); from a workbook: ${xlsxMs.toFixed(0)} ms evaluating, ${xlsxTotal.toFixed(0)} ms with unzipping`;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  },
];
