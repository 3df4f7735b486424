import { readdirSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isCliError } from '../cli-error.js';
import { cellDate } from './cells.js';
import { xlsxSheets } from './xlsx-reader.js';
import { zipEntries } from './zip-archive.js';

/** Reads every row of every sheet of a workbook given as bytes. */
async function rows(bytes: Uint8Array): Promise<{ row: number; cells: readonly unknown[] }[]> {
  const out: { row: number; cells: readonly unknown[] }[] = [];
  for await (const sheet of xlsxSheets('xa.xlsx', bytes))
    for await (const row of sheet.rows) out.push(row);
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
    const stream = new PassThrough();
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

// Found by fuzzing (test/fuzz/cli-readers.test.ts): exceljs waited for ever on a damaged part, and `ntm` quit with
// exit code 0 and no output.
describe('xlsxSheets on a damaged workbook', () => {
  it.each(['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'])(
    'refuses it with cli/xlsx-unreadable when %s does not inflate',
    async (part) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Xã');
      sheet.addRow(['Mã xã', 'Tên xã']);
      sheet.addRow(['03274', 'Quài Nưa']);
      const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
      // The part's compressed data starts after its local header (30 bytes, its name, its extra field); a first
      // byte 0xFF is a deflate block of the reserved type 3.
      const name = new TextEncoder().encode(part);
      const at = indexOf(bytes, name) - 30;
      const extra = (bytes[at + 28] ?? 0) | ((bytes[at + 29] ?? 0) << 8);
      bytes[at + 30 + name.length + extra] = 0xff;
      const error = await rows(bytes).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isCliError(error) && error.issues[0]?.code).toBe('cli/xlsx-unreadable');
    },
  );
});

function indexOf(bytes: Uint8Array, part: Uint8Array): number {
  for (let i = 0; i + part.length <= bytes.length; i += 1)
    if (part.every((b, j) => bytes[i + j] === b)) return i;
  throw new Error('part not found');
}

// exceljs' own streaming reader parked the sheets that come before the styles and shared strings (Excel's layout) in
// temp files, removed only when a read went to the end, and now and then read them without those parts: a date as
// its serial, 95 % as 0.95, a shared string as "[object Object]".
describe('xlsxSheets on a workbook in Excel layout (sheets before styles and shared strings)', () => {
  const HEADER = ['Mã xã', 'Tên xã', 'Ngày công nhận', 'Tỷ lệ hộ nghèo', 'Đạt'];
  const ROWS = Array.from({ length: 300 }, (_, i) => [
    `0${3000 + i}`,
    `Xã Quài Nưa ${i % 7}`,
    new Date(Date.UTC(2020 + (i % 5), i % 12, 1 + (i % 28))),
    (i % 100) / 100,
    i % 2 === 0,
  ]);

  async function excelLayout(): Promise<Uint8Array> {
    const stream = new PassThrough();
    const parts: Buffer[] = [];
    stream.on('data', (c: Buffer) => parts.push(c));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream,
      useSharedStrings: true,
      useStyles: true,
    });
    const ws = wb.addWorksheet('Xã');
    ws.addRow(HEADER).commit();
    for (const values of ROWS) {
      const row = ws.addRow(values);
      row.getCell(3).numFmt = 'dd/mm/yyyy';
      row.getCell(4).numFmt = '0%';
      row.commit();
    }
    ws.commit();
    await wb.commit();
    return new Uint8Array(Buffer.concat(parts));
  }

  const openFds = () => readdirSync('/proc/self/fd').length;

  it('reads exact cells every time, and leaves no file open, read to the end or not', async () => {
    const bytes = await excelLayout();
    const order = zipEntries(bytes).map((e) => e.name);
    const sheetAt = order.indexOf('xl/worksheets/sheet1.xml');
    expect(sheetAt).toBeGreaterThanOrEqual(0);
    expect(sheetAt).toBeLessThan(order.indexOf('xl/sharedStrings.xml'));
    expect(sheetAt).toBeLessThan(order.indexOf('xl/styles.xml'));
    const expected = [
      { row: 1, cells: HEADER },
      ...ROWS.map((values, i) => ({
        row: i + 2,
        cells: [
          values[0],
          values[1],
          values[2],
          Math.round((values[3] as number) * 100),
          values[4],
        ],
      })),
    ];
    const fds = openFds();
    for (let read = 0; read < 60; read += 1) {
      expect(await rows(bytes)).toEqual(expected);
      // A read that stops after the header row, as `ntm` does when the header is wrong.
      const sheet = (await xlsxSheets('xa.xlsx', bytes).next()).value;
      const first = await sheet?.rows[Symbol.asyncIterator]().next();
      expect(first?.value).toEqual(expected[0]);
    }
    expect(openFds()).toBeLessThanOrEqual(fds);
  });
});
