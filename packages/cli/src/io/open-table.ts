import { CLI_ERRORS } from '@ntm/domain/core';
import { inputFail } from '../cli-error.js';
import type { CliFiles } from './files.js';
import { MAX_WORKBOOK, openFile, readWholeFile } from './open-file.js';
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
  if (format === 'csv') return csvTable(await openFile(files, path));
  const names: string[] = [];
  for await (const sheet of xlsxSheets(path, await readWholeFile(files, path, MAX_WORKBOOK))) {
    names.push(sheet.name);
    if (options.sheet === undefined || sheet.name.trim() === options.sheet.trim())
      return tableSource(path, sheet.name, sheet.rows, sheet.progress);
  }
  return inputFail(
    CLI_ERRORS['cli/sheet-not-found'],
    { file: path },
    { sheet: options.sheet ?? '', sheets: names.join(', ') },
  );
}
