import { CLI_ERRORS } from '@ntm/domain/core';
import { inputFail } from '../cli-error.js';
import { cellText } from './cells.js';
import { createCsvParser } from './csv-parser.js';
import { createChunkDecoder } from './decode-text.js';
import type { OpenedFile } from './open-file.js';
import { type Cell, isEmptyRow, type TableRow, type TableSource } from './table.js';

/*
 * The parts of opening a table that need no node: modules, so that the workbench in the browser reads a communes file
 * exactly as `ntm` does — CSV bytes to rows, and any rows (a CSV's, a workbook sheet's) to a table with its header.
 */

/** The kinds of file `ntm` reads, from the extension. */
export type InputFormat = 'csv' | 'xlsx' | 'json';

/**
 * The format of an input file, from its extension; `undefined` for anything else.
 *
 * @example
 * ```ts
 * inputFormatOf('xa.XLSX'); // 'xlsx'
 * ```
 */
export function inputFormatOf(file: string): InputFormat | undefined {
  const lower = file.toLowerCase();
  if (/\.(csv|txt|tsv)$/.test(lower)) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.json')) return 'json';
  return undefined;
}

/**
 * The format of a communes or answers table from its file name: CSV or XLSX; anything else (an old `.xls` included)
 * is an error saying which formats are read.
 *
 * @example
 * ```ts
 * tableFormatOf('xa.xlsx'); // 'xlsx'
 * ```
 */
export function tableFormatOf(path: string): 'csv' | 'xlsx' {
  const format = inputFormatOf(path);
  if (path.toLowerCase().endsWith('.xls')) inputFail(CLI_ERRORS['cli/xls'], { file: path });
  if (format !== 'csv' && format !== 'xlsx')
    inputFail(
      CLI_ERRORS['cli/unsupported-format'],
      { file: path },
      {
        formats: {
          vi: '.csv hoặc .xlsx (tạo mẫu: ntm init communes)',
          en: '.csv or .xlsx (make a template: ntm init communes)',
        },
      },
    );
  return format;
}

/**
 * A CSV file as a {@link TableSource}: bytes decoded (UTF-8, UTF-16 or Windows-1258 as `decodeText` tells), parsed
 * as they arrive, empty rows left out.
 *
 * @example
 * ```ts
 * const table = await csvTable(await openFile(files, 'xa.csv'));
 * ```
 */
export function csvTable(file: OpenedFile): Promise<TableSource> {
  const progress = () => (file.size === 0 ? 1 : file.bytesRead() / file.size);
  return tableSource(file.path, undefined, csvRows(file), progress);
}

async function* csvRows(file: OpenedFile): AsyncGenerator<TableRow> {
  const decoder = createChunkDecoder(file.path);
  const parser = createCsvParser();
  const rows = (records: ReturnType<typeof parser.push>): TableRow[] =>
    records
      .filter((r) => !isEmptyRow(r.cells))
      .map((r) => ({ row: r.row, cells: r.cells.map(csvCell) }));
  for await (const chunk of file.chunks) yield* rows(parser.push(decoder.push(chunk)));
  const last = [...parser.push(decoder.end()), ...parser.end()];
  // The record of an unclosed quote is the rest of the file: fail before anything reads it as a row.
  if (parser.unclosedQuote === undefined) yield* rows(last);
  else
    inputFail(
      CLI_ERRORS['cli/csv-syntax'],
      { file: file.path, row: parser.unclosedQuote },
      {
        reason: {
          vi: 'dấu ngoặc kép mở ở dòng này không được đóng, nên phần còn lại của tệp bị đọc thành một ô',
          en: 'a quote opened on this row is never closed, so the rest of the file would be read as one cell',
        },
      },
    );
}

function csvCell(text: string): Cell {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Rows (of a CSV file or a worksheet) as a {@link TableSource}: the first row is the header; an empty file or sheet
 * is an error naming it.
 *
 * @example
 * ```ts
 * const table = await tableSource('xa.xlsx', 'Xã', rows, () => 1);
 * table.headers; // ['Mã xã', 'Tên xã', …]
 * ```
 */
export async function tableSource(
  file: string,
  sheet: string | undefined,
  rows: AsyncIterable<TableRow>,
  progress: () => number,
): Promise<TableSource> {
  const iterator = rows[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done === true) {
    if (sheet === undefined) return inputFail(CLI_ERRORS['cli/empty-file'], { file });
    return inputFail(CLI_ERRORS['cli/empty-sheet'], { file }, { sheet });
  }
  const headers = first.value.cells.map((cell: Cell) => headerText(cell));
  return {
    file,
    ...(sheet === undefined ? {} : { sheet }),
    headers,
    headerRow: first.value.row,
    progress,
    rows: { [Symbol.asyncIterator]: () => iterator },
  };
}

function headerText(cell: Cell): string {
  return (cellText(cell) ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}
