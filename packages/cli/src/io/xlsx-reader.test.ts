import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { xlsxSheets } from './xlsx-reader.js';

/** Reads every cell of every sheet of a workbook given as bytes. */
async function cells(bytes: Uint8Array): Promise<unknown[]> {
  const out: unknown[] = [];
  const file = {
    path: 'xa.xlsx',
    size: bytes.length,
    chunks: Readable.from([bytes]),
    bytesRead: () => 0,
  };
  for await (const sheet of xlsxSheets(file))
    for await (const row of sheet.rows) out.push(...row.cells);
  return out;
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
