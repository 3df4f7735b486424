import { searchKey } from '@ntm/domain/core';
import type { CliFiles } from './files.js';
import { openFile } from './open-file.js';
import type { TableRow } from './table.js';
import { xlsxSheets } from './xlsx-reader.js';

/** One worksheet of a small form, read whole. */
export interface WorkbookSheet {
  /** Sheet name. */
  readonly name: string;
  /** Non-empty rows with their Excel row numbers. */
  readonly rows: readonly TableRow[];
}

/**
 * Reads every sheet of a workbook into memory: for forms of a few hundred rows (an OCOP sheet, a national
 * supplement), never for a communes file (that one streams, see `openTable`).
 *
 * @example
 * ```ts
 * const sheets = await readWorkbook(files, 'phieu-B04.xlsx');
 * ```
 */
export async function readWorkbook(files: CliFiles, file: string): Promise<WorkbookSheet[]> {
  const sheets: WorkbookSheet[] = [];
  for await (const sheet of xlsxSheets(await openFile(files, file))) {
    const rows: TableRow[] = [];
    for await (const row of sheet.rows) rows.push(row);
    sheets.push({ name: sheet.name, rows });
  }
  return sheets;
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
