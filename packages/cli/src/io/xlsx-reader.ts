import { Readable } from 'node:stream';
import { CLI_ERRORS } from '@ntm/domain/core';
import { inputFail, isCliError } from '../cli-error.js';
import { type Cell, isEmptyRow, type TableRow } from './table.js';
import { cellValue } from './xlsx-cells.js';
import { entryText, type ZipEntry, zipEntries } from './zip-archive.js';

export { cellValue } from './xlsx-cells.js';

/** One worksheet as it streams by. */
export interface XlsxSheet {
  /** Sheet name. */
  readonly name: string;
  /** Non-empty rows with their Excel row numbers; must be read before the next sheet. */
  readonly rows: AsyncIterable<TableRow>;
  /** How much of the sheet has been read, from 0 to 1. */
  readonly progress: () => number;
}

/** The worksheets of a workbook: `xl/worksheets/sheet<N>.xml`. */
const WORKSHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/**
 * Streams the worksheets of a workbook held in memory (its compressed bytes): each sheet is inflated and parsed as
 * its rows are read, so memory holds the file and one row, whatever the size of the sheets. The parts the sheets
 * depend on — the workbook (sheet names, 1904 dates), the styles (number formats) and the shared strings — are read
 * first wherever the file stores them (Excel stores them after the sheets), so the same bytes always give the same
 * cells; nothing is written to disk. Formula cells give their cached result, rich text its plain text, date cells a
 * `Date` (UTC midnight), and a number shown as a percentage (0.95 formatted `0%`) its percentage (95), as the SDK
 * writes percentages.
 *
 * @example
 * ```ts
 * for await (const sheet of xlsxSheets('xa.xlsx', await readWholeFile(files, 'xa.xlsx', MAX_WORKBOOK)))
 *   for await (const row of sheet.rows) console.log(sheet.name, row.row, row.cells);
 * ```
 */
export async function* xlsxSheets(path: string, bytes: Uint8Array): AsyncGenerator<XlsxSheet> {
  // exceljs is large; load it only when a workbook is actually read.
  const { default: ExcelJS } = await import('exceljs');
  // Every step ends with what it read, or the file is unreadable: a broken zip, XML or part.
  const step = async <T>(next: () => Promise<T> | T): Promise<T> => {
    try {
      return await next();
    } catch (error) {
      if (isCliError(error)) throw error;
      return inputFail(CLI_ERRORS['cli/xlsx-unreadable'], { file: path });
    }
  };
  const entries = await step(() => zipEntries(bytes));
  const part = (name: string) => entries.find((e) => e.name === name);
  const text = (entry: ZipEntry) => Readable.from(entryText(bytes, entry));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    undefined as never,
    OPTIONS,
  ) as unknown as WorkbookParts;
  await step(async () => {
    const rels = part('xl/_rels/workbook.xml.rels');
    if (rels) await reader._parseRels(text(rels));
    const workbook = part('xl/workbook.xml');
    if (workbook) await reader._parseWorkbook(text(workbook));
    const styles = part('xl/styles.xml');
    if (styles) await reader._parseStyles(text(styles));
    const strings = part('xl/sharedStrings.xml');
    // Cached on the reader (the `cache` option), where the worksheets look them up.
    if (strings) for await (const _ of reader._parseSharedStrings(text(strings)));
  });
  let index = 0;
  for (const entry of entries) {
    const number = WORKSHEET.exec(entry.name)?.[1];
    if (number === undefined) continue;
    index += 1;
    let read = 0;
    const chunks = entryText(bytes, entry, (n) => {
      read = n;
    });
    const worksheets = await step(() => [...reader._parseWorksheet(chunks, number)]);
    const worksheet = worksheets[0]?.value;
    if (worksheet === undefined) continue;
    const size = entry.end - entry.start;
    yield {
      name: worksheet.name ?? `Sheet${index}`,
      rows: rowsOf(worksheet, step),
      progress: () => (size === 0 ? 1 : read / size),
    };
  }
}

const OPTIONS = {
  sharedStrings: 'cache',
  styles: 'cache',
  hyperlinks: 'ignore',
  worksheets: 'emit',
  entries: 'ignore',
} as const;

/**
 * The part readers of exceljs 4.4's streaming `WorkbookReader` (private methods) that {@link xlsxSheets} calls in the
 * order the parts depend on each other, instead of the order of the zip that the reader's own `parse` follows.
 */
interface WorkbookParts {
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseStyles(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncIterable<unknown>;
  _parseWorksheet(
    chunks: AsyncIterable<string>,
    sheetNo: string,
  ): Iterable<{ value: AsyncIterable<ExcelRow> & { name?: string } }>;
}

/** The part of an exceljs row the reader uses. */
interface ExcelRow {
  readonly number: number;
  eachCell(
    options: { includeEmpty: boolean },
    fn: (cell: { value: unknown; numFmt?: string }, column: number) => void,
  ): void;
}

async function* rowsOf(
  sheet: AsyncIterable<ExcelRow>,
  step: <T>(next: () => Promise<T>) => Promise<T>,
): AsyncGenerator<TableRow> {
  const iterator = sheet[Symbol.asyncIterator]();
  for (;;) {
    const next = await step(() => iterator.next());
    if (next.done) return;
    const cells: Cell[] = [];
    next.value.eachCell({ includeEmpty: false }, (cell, column) => {
      while (cells.length < column - 1) cells.push(null);
      cells.push(cellValue(cell.value, cell.numFmt));
    });
    if (!isEmptyRow(cells)) yield { row: next.value.number, cells };
  }
}
