/** One cell as read from CSV (always text) or XLSX (text, number, boolean, date). `null` is an empty cell. */
export type Cell = string | number | boolean | Date | null;

/** One data row of a table. */
export interface TableRow {
  /** Row number as the user sees it in Excel or a text editor (the header is usually row 1). */
  readonly row: number;
  /** Cells in column order; may be shorter than the header (empty cells at the end) or longer (a wrong separator). */
  readonly cells: readonly Cell[];
}

/** A sheet or CSV file being read: its header row, then its data rows one by one. */
export interface TableSource {
  /** The file as the user named it. */
  readonly file: string;
  /** The worksheet read (workbooks only). */
  readonly sheet?: string;
  /** Header texts, trimmed and NFC. */
  readonly headers: readonly string[];
  /** Row number of the header. */
  readonly headerRow: number;
  /** Data rows, empty rows left out (so row numbers can jump); read once. */
  readonly rows: AsyncIterable<TableRow>;
  /** Share of the file read so far, 0 to 1 (for progress). */
  readonly progress: () => number;
}

/**
 * True when every cell is empty or blank text.
 *
 * @example
 * ```ts
 * isEmptyRow([null, '  ']); // true
 * ```
 */
export function isEmptyRow(cells: readonly Cell[]): boolean {
  return cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
}

/**
 * The number of cells a row has beyond the header's columns that are not empty (0 when it fits): a sign of a wrong
 * separator.
 *
 * @example
 * ```ts
 * extraCells({ row: 2, cells: ['a', 'b', 'c'] }, ['A', 'B']); // 1
 * ```
 */
export function extraCells(row: TableRow, headers: readonly string[]): number {
  return row.cells.length > headers.length && !isEmptyRow(row.cells.slice(headers.length))
    ? row.cells.length - headers.length
    : 0;
}
