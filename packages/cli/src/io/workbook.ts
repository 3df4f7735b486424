import { CLI_ERRORS, searchKey } from '@ntm/domain/core';
import { inputFail } from '../cli-error.js';
import type { CliFiles } from './files.js';
import { readWholeFile } from './open-file.js';
import { type Cell, isEmptyRow, type TableRow } from './table.js';
import { cellValue } from './xlsx-cells.js';

/** One worksheet of a small form, read whole. */
export interface WorkbookSheet {
  /** Sheet name. */
  readonly name: string;
  /** Non-empty rows with their Excel row numbers. */
  readonly rows: readonly TableRow[];
}

/**
 * Reads every sheet of a workbook into memory: for forms of a few hundred rows (an OCOP sheet, a national
 * supplement), never for a communes file (that one streams, see `openTable`). The whole file is parsed at once with
 * exceljs' own loader, which also runs in the browser (the docs' workbench). Cells are read as the streaming reader
 * reads them (`cellValue`: a percentage cell gives its percentage).
 *
 * @example
 * ```ts
 * const sheets = await readWorkbook(files, 'phieu-B04.xlsx');
 * ```
 */
export async function readWorkbook(files: CliFiles, file: string): Promise<WorkbookSheet[]> {
  const bytes = await readWholeFile(files, file);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    inputFail(CLI_ERRORS['cli/xlsx-unreadable'], { file });
  }
  return workbook.worksheets.map((ws) => {
    const rows: TableRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        while (cells.length < column - 1) cells.push(null);
        cells.push(cellValue(cell.value, cell.numFmt));
      });
      if (!isEmptyRow(cells)) rows.push({ row: number, cells });
    });
    return { name: ws.name, rows };
  });
}

/**
 * The sheet of a workbook by name, ignoring case and diacritics.
 *
 * @example
 * ```ts
 * findSheet(sheets, 'Thông tin')?.rows.length;
 * ```
 */
export function findSheet(
  sheets: readonly WorkbookSheet[],
  name: string,
): WorkbookSheet | undefined {
  return sheets.find((s) => searchKey(s.name) === searchKey(name));
}
