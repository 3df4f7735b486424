// The browser Excel adapter (workbench/excel.js), which every tool that opens or saves Excel uses: a report written in
// the browser reads back with numbers, dates and percentages as the CLI reads them.

export default [
  {
    name: 'Excel adapter: a report written in the browser reads back cell for cell (text, number, date, percent)',
    run: async ({ page, baseUrl, assert }) => {
      await page.goto(`${baseUrl}index.html`);
      await page.waitForSelector('body[data-ready="true"]');
      const sheets = await page.evaluate(async (url) => {
        const { readWorkbook, reportToBlob } = await import(url);
        const blob = await reportToBlob({
          title: ['Báo cáo minh hoạ / illustrative'],
          sheets: [
            {
              name: { vi: 'Kết quả', en: 'Result' },
              columns: [
                { header: { vi: 'Tên xã', en: 'Commune' } },
                { header: { vi: 'Đạt', en: 'Met' }, type: 'integer' },
                { header: { vi: 'Ngày', en: 'Date' }, type: 'date' },
                { header: { vi: 'Tỷ lệ', en: 'Share' }, type: 'percent' },
              ],
              rows: [
                ['Quài Nưa', 17, '2026-06-10', 85.5],
                ['Tênh Phong', 12, '2025-12-31', 63],
              ],
            },
          ],
        });
        const read = await readWorkbook(blob);
        // Dates cross the page boundary as ISO text.
        return read.map((s) => ({
          name: s.name,
          rows: s.rows.map((r) => ({
            row: r.row,
            cells: r.cells.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c)),
          })),
        }));
      }, `${baseUrl}excel.js`);
      const result = sheets.find((s) => s.name === 'Kết quả');
      assert(result, `no sheet "Kết quả": ${sheets.map((s) => s.name)}`);
      const [header, first, second] = result.rows;
      assert(
        JSON.stringify(header.cells) === '["Tên xã","Đạt","Ngày","Tỷ lệ"]',
        JSON.stringify(header),
      );
      assert(
        JSON.stringify(first.cells) === '["Quài Nưa",17,"2026-06-10",85.5]',
        `row 2: ${JSON.stringify(first.cells)}`,
      );
      assert(
        JSON.stringify(second.cells) === '["Tênh Phong",12,"2025-12-31",63]',
        `row 3: ${JSON.stringify(second.cells)}`,
      );
      assert(
        sheets.some((s) => s.name === 'Ghi chú'),
        'the title did not go to the "Ghi chú" sheet',
      );
      return 'text, integer, date and percent cells round-trip; the title lands on "Ghi chú"';
    },
  },
];
