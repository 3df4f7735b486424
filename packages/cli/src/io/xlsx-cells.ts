// exceljs cell values flattened into the CLI's plain cells: pure, so the streaming reader (./xlsx-reader.ts) and the
// docs' workbench (which loads a whole workbook in the browser) read cells the same way.
import type { Cell } from './table.js';

/**
 * Flattens an exceljs cell value (rich text, formulas, hyperlinks, errors) into a plain {@link Cell}; a number shown
 * as a percentage becomes its percentage.
 *
 * @example
 * ```ts
 * cellValue(0.95, '0%'); // 95
 * cellValue({ richText: [{ text: 'Quài ' }, { text: 'Nưa' }] }); // 'Quài Nưa'
 * ```
 */
export function cellValue(value: unknown, numFmt?: string): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.normalize('NFC').trim();
  if (typeof value === 'number') return isPercentFormat(numFmt) ? percentOf(value) : value;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return cellValue((v.richText as { text?: string }[]).map((p) => p.text ?? '').join(''));
    if ('result' in v) return cellValue(v.result, numFmt);
    if ('formula' in v || 'sharedFormula' in v) return null;
    if (typeof v.text === 'string') return cellValue(v.text);
    if ('error' in v) return `#${String(v.error)}`;
  }
  return String(value);
}

/** True for a number format that shows a percentage: a `%` outside quotes and escapes. */
function isPercentFormat(numFmt: string | undefined): boolean {
  if (numFmt === undefined) return false;
  return /%/.test(numFmt.replace(/"[^"]*"|\\./g, ''));
}

/** 0.95 → 95, without the binary noise of 0.95 × 100 = 94.99999999999999. */
function percentOf(value: number): number {
  return Number((value * 100).toPrecision(12));
}
