/** One cell as read from CSV (always text) or XLSX (text, number, boolean, date). `null` is an empty cell. */
export type Cell = string | number | boolean | Date | null;

/** One data row of a table. */
export interface TableRow {
  /** Row number as the user sees it in Excel or a text editor (the header is usually row 1). */
  readonly row: number;
  /** Cells in header order. */
  readonly cells: readonly Cell[];
}

/** A sheet or CSV file: a header row and data rows, empty rows left out. */
export interface Table {
  /** File path as the user typed it. */
  readonly file: string;
  /** Sheet name (XLSX only). */
  readonly sheet?: string;
  /** Header texts, trimmed and NFC-normalised. */
  readonly headers: readonly string[];
  /** Data rows; empty rows are skipped, so row numbers can jump. */
  readonly rows: readonly TableRow[];
  /** What was detected while reading (encoding, separator), for `--verbose` style notes. */
  readonly notes: readonly string[];
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
