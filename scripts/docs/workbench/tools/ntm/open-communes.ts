// A communes file the user dropped, as the CLI's reader sees a file on disk: CSV through the CLI's own decoder and
// parser, XLSX through the workbench's Excel adapter (a lazy chunk), both ending in the CLI's `TableSource`.
import type { OpenedFile } from '../../../../../packages/cli/src/io/open-file.js';
import type { TableRow, TableSource } from '../../../../../packages/cli/src/io/table.js';
import {
  csvTable,
  tableFormatOf,
  tableSource,
} from '../../../../../packages/cli/src/io/table-source.js';

/** A browser `File`, or any `Blob` with a name. */
export type DroppedFile = Blob & { readonly name: string };

/** Reads the first worksheet of a workbook as rows of cells (the Excel adapter). */
export type SheetRows = (
  file: DroppedFile,
) => Promise<{ readonly sheet: string; readonly rows: readonly TableRow[] }>;

/**
 * Opens a dropped CSV or XLSX file as a table; another extension (an old `.xls` included) is the CLI's error.
 *
 * @example
 * ```ts
 * const table = await openCommunes(file, readFirstSheet);
 * table.headers[0]; // 'Mã xã'
 * ```
 */
export async function openCommunes(file: DroppedFile, sheetRows: SheetRows): Promise<TableSource> {
  if (tableFormatOf(file.name) === 'csv') {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const opened: OpenedFile = {
      path: file.name,
      size: bytes.length,
      chunks: (async function* () {
        yield bytes;
      })(),
      bytesRead: () => bytes.length,
    };
    return csvTable(opened);
  }
  const { sheet, rows } = await sheetRows(file);
  return tableSource(
    file.name,
    sheet,
    (async function* () {
      yield* rows;
    })(),
    () => 1,
  );
}
