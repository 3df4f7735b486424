import { writeOutput } from './write-file.js';

/** One sheet to write. */
export interface SheetSpec {
  /** Sheet name (Excel allows at most 31 characters). */
  readonly name: string;
  /** Column headers and widths (in characters). */
  readonly columns: readonly { readonly header: string; readonly width?: number }[];
  /** Rows of plain values. */
  readonly rows: readonly (readonly (string | number | boolean | null)[])[];
}

/**
 * Writes a workbook with bold, frozen header rows and wrapped text — ready to fill in Excel or LibreOffice.
 *
 * @example
 * ```ts
 * await writeXlsx('mau.xlsx', [{ name: 'Xã', columns: [{ header: 'Tên xã' }], rows: [] }]);
 * ```
 */
export async function writeXlsx(
  file: string,
  sheets: readonly SheetSpec[],
  options: { readonly force?: boolean } = {},
): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ntm-sdk';
  // A fixed date keeps generated templates byte-for-byte reproducible.
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  for (const spec of sheets) {
    const ws = workbook.addWorksheet(spec.name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    ws.columns = spec.columns.map((c) => ({ header: c.header, width: c.width ?? 18 }));
    ws.getRow(1).font = { bold: true };
    for (const row of spec.rows) ws.addRow([...row]);
    ws.eachRow((r) => {
      r.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  await writeOutput(file, new Uint8Array(buffer as ArrayBuffer), options);
}
