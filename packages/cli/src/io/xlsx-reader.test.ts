import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellDate } from './cells.js';
import { xlsxSheets } from './xlsx-reader.js';

/** Reads every row of every sheet of a workbook given as bytes. */
async function rows(bytes: Uint8Array): Promise<{ row: number; cells: readonly unknown[] }[]> {
  const out: { row: number; cells: readonly unknown[] }[] = [];
  const file = {
    path: 'xa.xlsx',
    size: bytes.length,
    chunks: Readable.from([bytes]),
    bytesRead: () => 0,
  };
  for await (const sheet of xlsxSheets(file)) for await (const row of sheet.rows) out.push(row);
  return out;
}

/** Reads every cell of every sheet of a workbook given as bytes. */
async function cells(bytes: Uint8Array): Promise<unknown[]> {
  return (await rows(bytes)).flatMap((r) => r.cells);
}

// Enough Vietnamese text that the compressed XML parts are inflated in several chunks, cutting letters in two.
const TEXTS = Array.from(
  { length: 20000 },
  (_, i) => `Xã Quài Nưa ${i}: có, không, đạt chuẩn nông thôn mới`,
);

describe('xlsxSheets', () => {
  it.each([
    ['shared strings (as Excel saves them)', true],
    ['inline strings (as streaming writers save them)', false],
  ])('keeps Vietnamese letters whole across chunks, with %s', async (_label, shared) => {
    const stream = new (await import('node:stream')).PassThrough();
    const parts: Buffer[] = [];
    stream.on('data', (c: Buffer) => parts.push(c));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: shared });
    const ws = wb.addWorksheet('Xã');
    for (const text of TEXTS) ws.addRow([text]).commit();
    ws.commit();
    await wb.commit();
    const read = await cells(new Uint8Array(Buffer.concat(parts)));
    expect(read.filter((c) => String(c).includes('\uFFFD'))).toEqual([]);
    expect(read).toEqual(TEXTS);
  });
});

// npm test runs this file under Asia/Ho_Chi_Minh, America/Los_Angeles and UTC: a date cell keeps its day in each.
describe('xlsxSheets date cells', () => {
  it('reads an Excel date cell (a serial number in the file) as the same calendar day', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Hạn');
    sheet.addRow(['Việc', 'Hạn chót']);
    sheet.addRow(['Gửi kế hoạch', new Date(Date.UTC(2022, 7, 5))]);
    sheet.addRow(['Báo cáo năm', new Date(Date.UTC(2024, 11, 31))]);
    const read = await rows(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const days = read.slice(1).map((r) => cellDate((r.cells[1] ?? null) as Date, { row: r.row }));
    expect(days).toEqual(['2022-08-05', '2024-12-31']);
  });
});
