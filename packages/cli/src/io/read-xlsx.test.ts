import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellDate } from './cells.js';
import { readXlsx } from './read-xlsx.js';

// npm test runs this file under Asia/Ho_Chi_Minh, America/Los_Angeles and UTC: a date cell keeps its day in each.
describe('readXlsx date cells', () => {
  it('reads an Excel date cell (a serial number in the file) as the same calendar day', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Hạn');
    sheet.addRow(['Việc', 'Hạn chót']);
    sheet.addRow(['Gửi kế hoạch', new Date(Date.UTC(2022, 7, 5))]);
    sheet.addRow(['Báo cáo năm', new Date(Date.UTC(2024, 11, 31))]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const table = await readXlsx('han.xlsx', bytes);
    const days = table.rows.map((r) => cellDate(r.cells[1] ?? null, { row: r.row }));
    expect(days).toEqual(['2022-08-05', '2024-12-31']);
  });
});
