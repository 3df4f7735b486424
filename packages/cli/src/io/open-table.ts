import { CLI_ERRORS } from '@ntm/domain/core';
import { inputFail } from '../cli-error.js';
import { createCsvParser } from './csv-parser.js';
import { createChunkDecoder } from './decode-text.js';
import type { CliFiles } from './files.js';
import { type OpenedFile, openFile } from './open-file.js';
import { type Cell, isEmptyRow, type TableRow, type TableSource } from './table.js';
import { xlsxSheets } from './xlsx-reader.js';

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
  let file = await openFile(files, path);
  const progress = () => (file.size === 0 ? 1 : file.bytesRead() / file.size);
  if (format === 'csv') return withHeader(path, undefined, csvRows(file), progress);
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
      return withHeader(path, sheet.name, sheet.rows, progress);
  }
  return inputFail(
    CLI_ERRORS['cli/sheet-not-found'],
    { file: path },
    { sheet: options.sheet ?? '', sheets: names.join(', ') },
  );
}

/** Reads of a workbook before it is reported unreadable (see `openTable`). */
const XLSX_ATTEMPTS = 3;

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

async function withHeader(
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
  if (cell === null) return '';
  const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
