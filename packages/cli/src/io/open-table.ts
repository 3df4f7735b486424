import { CLI_ERRORS } from '@ntm/domain/core';
import { inputFail } from '../cli-error.js';
import type { CliFiles } from './files.js';
import { openFile } from './open-file.js';
import type { TableSource } from './table.js';
import { csvTable, tableFormatOf, tableSource } from './table-source.js';
import { xlsxSheets } from './xlsx-reader.js';

/**
 * Opens a CSV or XLSX file as a {@link TableSource}: the header row (the first non-empty row), then the data rows as
 * they are read, never the whole file at once.
 *
 * @example
 * ```ts
 * const table = await openTable(files, 'xa.csv');
 * for await (const row of table.rows) console.log(row.row, row.cells);
 * ```
 */
export async function openTable(
  files: CliFiles,
  path: string,
  options: { readonly sheet?: string } = {},
): Promise<TableSource> {
  const format = tableFormatOf(path);
  let file = await openFile(files, path);
  if (format === 'csv') return csvTable(file);
  const progress = () => (file.size === 0 ? 1 : file.bytesRead() / file.size);
  // Sheets stream in order; the iterator is stepped by hand so that leaving the loop does not close the workbook.
  let sheets = xlsxSheets(file)[Symbol.asyncIterator]();
  let next = await sheets.next().catch((error: unknown) => ({ error }));
  // exceljs' streaming reader now and then loses the workbook part of a file that stores it last (as exceljs itself
  // writes them, `ntm init communes --xlsx` included) and fails before the first sheet; reading the file again works.
  for (let attempt = 1; 'error' in next && attempt < XLSX_ATTEMPTS; attempt += 1) {
    file = await openFile(files, path);
    sheets = xlsxSheets(file)[Symbol.asyncIterator]();
    next = await sheets.next().catch((error: unknown) => ({ error }));
  }
  if ('error' in next) throw next.error;
  const names: string[] = [];
  for (; !next.done; next = await sheets.next()) {
    const sheet = next.value;
    names.push(sheet.name);
    if (options.sheet === undefined || sheet.name.trim() === options.sheet.trim())
      return tableSource(path, sheet.name, sheet.rows, progress);
  }
  return inputFail(
    CLI_ERRORS['cli/sheet-not-found'],
    { file: path },
    { sheet: options.sheet ?? '', sheets: names.join(', ') },
  );
}

/** Reads of a workbook before it is reported unreadable (see `openTable`). */
const XLSX_ATTEMPTS = 3;
