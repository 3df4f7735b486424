import { Readable } from 'node:stream';
import { CLI_ERRORS } from '@ntm/domain/core';
import { inputFail } from '../cli-error.js';
import type { OpenedFile } from './open-file.js';
import { type Cell, isEmptyRow, type TableRow } from './table.js';
import { cellValue } from './xlsx-cells.js';

export { cellValue } from './xlsx-cells.js';

/** One worksheet as it streams by. */
export interface XlsxSheet {
  /** Sheet name. */
  readonly name: string;
  /** Non-empty rows with their Excel row numbers; must be read before the next sheet. */
  readonly rows: AsyncIterable<TableRow>;
}

/**
 * Streams the worksheets of a workbook (exceljs' streaming reader): memory holds one row, whatever the file size.
 * Formula cells give their cached result, rich text its plain text, date cells a `Date` (UTC midnight), and a number
 * shown as a percentage (0.95 formatted `0%`) its percentage (95), as the SDK writes percentages.
 *
 * @example
 * ```ts
 * for await (const sheet of xlsxSheets(await openFile(files, 'xa.xlsx')))
 *   for await (const row of sheet.rows) console.log(sheet.name, row.row, row.cells);
 * ```
 */
export async function* xlsxSheets(file: OpenedFile): AsyncGenerator<XlsxSheet> {
  // exceljs is large; load it only when a workbook is actually read.
  const { default: ExcelJS } = await import('exceljs');
  const Reader = patched(ExcelJS.stream.xlsx.WorkbookReader as unknown as ReaderClass);
  const reader = new Reader(Readable.from(file.chunks), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const unreadable = (): never => inputFail(CLI_ERRORS['cli/xlsx-unreadable'], { file: file.path });
  // Every step of the reader ends, with what it read or with the zip's error.
  const step = async <T>(next: Promise<T>): Promise<T> => {
    try {
      return await Promise.race([next, reader.broken]);
    } catch {
      return unreadable();
    }
  };
  const iterator = (reader as unknown as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  for (let index = 1; ; index += 1) {
    const next = await step(iterator.next());
    if (next.done) return;
    const worksheet = next.value as AsyncIterable<ExcelRow> & { name?: string };
    yield { name: worksheet.name ?? `Sheet${index}`, rows: rowsOf(worksheet, step) };
  }
}

/** The part of exceljs' streaming reader class that {@link patched} extends (private methods of exceljs 4.4). */
type ReaderClass = new (
  input: unknown,
  options: object,
) => {
  _getStream(input: unknown): NodeJS.ReadableStream;
  _parseSharedStrings(entry: unknown): unknown;
  _parseWorksheet(iterator: unknown, sheetNo: string): unknown;
};

/**
 * exceljs 4.4's streaming reader with two faults mended:
 *
 * - It decodes every chunk of a workbook's XML on its own, so a letter cut between two chunks (a Vietnamese letter
 *   takes two or three bytes) comes out as "�". This reader hands it text instead, decoded with one decoder per part
 *   of the file, which keeps cut letters whole: the shared strings and each worksheet.
 * - When a part of the zip is damaged (its compressed data does not inflate), unzipper reports the error on the zip,
 *   not on the part being read, and exceljs waits for the rest of the part for ever: the `ntm` process ran out of
 *   work and quit with exit code 0 and no output. `broken` rejects with that error, so that each read can stop.
 */
function patched(Base: ReaderClass) {
  return class extends Base {
    /** Never resolves; rejects when the zip reader fails. */
    readonly broken: Promise<never>;
    #fail: (error: unknown) => void = () => {};

    constructor(input: unknown, options: object) {
      super(input, options);
      this.broken = new Promise<never>((_, reject) => {
        this.#fail = reject;
      });
      // Only the steps that race it report the failure; it is never an unhandled rejection.
      this.broken.catch(() => {});
    }
    override _getStream(input: unknown): NodeJS.ReadableStream {
      const stream = super._getStream(input);
      const pipe = stream.pipe.bind(stream);
      // exceljs pipes the workbook into the zip reader: listen to the zip reader's errors there.
      stream.pipe = <T extends NodeJS.WritableStream>(
        destination: T,
        options?: { end?: boolean },
      ): T => {
        (destination as unknown as NodeJS.EventEmitter).on('error', (error) => this.#fail(error));
        return pipe(destination, options);
      };
      return stream;
    }
    override _parseSharedStrings(entry: unknown): unknown {
      return super._parseSharedStrings(Readable.from(decoded(entry as AsyncIterable<Uint8Array>)));
    }
    override _parseWorksheet(iterator: unknown, sheetNo: string): unknown {
      return super._parseWorksheet(decoded(iterator as AsyncIterable<Uint8Array>), sheetNo);
    }
  };
}

async function* decoded(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks)
    yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest !== '') yield rest;
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
  step: <T>(next: Promise<T>) => Promise<T>,
): AsyncGenerator<TableRow> {
  const iterator = sheet[Symbol.asyncIterator]();
  for (;;) {
    const next = await step(iterator.next());
    if (next.done) return;
    const cells: Cell[] = [];
    next.value.eachCell({ includeEmpty: false }, (cell, column) => {
      while (cells.length < column - 1) cells.push(null);
      cells.push(cellValue(cell.value, cell.numFmt));
    });
    if (!isEmptyRow(cells)) yield { row: next.value.number, cells };
  }
}
