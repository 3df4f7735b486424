import type { CellValue, ColumnType } from './report.js';
import { typedValue } from './report.js';

/**
 * A cell as CSV text for programs and spreadsheets: ISO dates, numbers with a decimal point, percentages as `85.5%`.
 *
 * @example
 * ```ts
 * csvText(85.5, 'percent'); // '85.5%'
 * ```
 */
export function csvText(cell: CellValue, type: ColumnType = 'text'): string {
  const typed = typedValue(cell, type);
  if (typed === null) return '';
  if (typed.type === 'percent' && typeof typed.value === 'number')
    return `${Number(typed.value.toPrecision(12))}%`;
  return String(typed.value);
}

/**
 * One CSV line (RFC 4180): cells holding a comma, a quote or a line break are quoted, quotes doubled; ends with CRLF.
 *
 * @example
 * ```ts
 * csvLine(['Xã Quài Nưa', 'a, b']); // 'Xã Quài Nưa,"a, b"\r\n'
 * ```
 */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')}\r\n`;
}
