import { CLI_ERRORS } from '@ntm/domain/core';
import { inputFail } from '../cli-error.js';
import { type Cell, isEmptyRow, type Table, type TableRow } from './table.js';

/**
 * Reads one sheet of an XLSX workbook (the first, or the one named) into a {@link Table}. Formula cells give their
 * cached result, rich text its plain text, date cells a `Date` (UTC midnight).
 *
 * @example
 * ```ts
 * const table = await readXlsx('communes.xlsx', bytes);
 * ```
 */
export async function readXlsx(
  file: string,
  bytes: Uint8Array,
  sheetName?: string,
): Promise<Table> {
  const sheets = await readXlsxSheets(file, bytes);
  const sheet =
    sheetName === undefined ? sheets[0] : sheets.find((s) => s.name.trim() === sheetName.trim());
  if (sheet === undefined) {
    inputFail(
      CLI_ERRORS['cli/sheet-not-found'],
      { file },
      { sheet: sheetName ?? '', sheets: sheets.map((s) => s.name).join(', ') },
    );
  }
  return toTable(file, sheet.name, sheet.rows);
}

/** A sheet's non-empty rows as cells, with row numbers. */
export interface RawSheet {
  /** Sheet name. */
  readonly name: string;
  /** Rows with their Excel row numbers; empty rows left out. */
  readonly rows: readonly TableRow[];
}

/**
 * Reads every sheet of a workbook as raw rows (no header interpretation).
 *
 * @example
 * ```ts
 * const sheets = await readXlsxSheets('phieu.xlsx', bytes);
 * ```
 */
export async function readXlsxSheets(file: string, bytes: Uint8Array): Promise<RawSheet[]> {
  // exceljs is large; load it only when a workbook is actually read.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    inputFail(CLI_ERRORS['cli/xlsx-unreadable'], { file });
  }
  const out: RawSheet[] = [];
  workbook.eachSheet((ws) => {
    const rows: TableRow[] = [];
    ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
      const cells: Cell[] = [];
      const count = r.cellCount;
      for (let c = 1; c <= count; c += 1) cells.push(cellValue(r.getCell(c).value));
      if (!isEmptyRow(cells)) rows.push({ row: rowNumber, cells });
    });
    out.push({ name: ws.name, rows });
  });
  return out;
}

function toTable(file: string, sheet: string, raw: readonly TableRow[]): Table {
  const header = raw[0];
  if (header === undefined) {
    inputFail(CLI_ERRORS['cli/empty-sheet'], { file }, { sheet });
  }
  const headers = header.cells.map((c) =>
    (c === null ? '' : cellToString(c)).normalize('NFC').trim(),
  );
  const rows = raw.slice(1).map((r) => ({
    row: r.row,
    cells: headers.map((_, i) => r.cells[i] ?? null),
  }));
  return { file, sheet, headers, rows, notes: [`sheet ${sheet}`] };
}

function cellToString(c: Exclude<Cell, null>): string {
  return c instanceof Date ? c.toISOString().slice(0, 10) : String(c);
}

/** Flattens exceljs cell values (rich text, formulas, hyperlinks, errors) into a plain {@link Cell}. */
function cellValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.normalize('NFC').trim();
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return cellValue((v.richText as { text?: string }[]).map((p) => p.text ?? '').join(''));
    }
    if ('result' in v) return cellValue(v.result);
    if ('formula' in v || 'sharedFormula' in v) return null;
    if (typeof v.text === 'string') return cellValue(v.text);
    if ('error' in v) return `#${String(v.error)}`;
  }
  return String(value);
}
