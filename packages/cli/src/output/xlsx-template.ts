import type { FileSink } from '../io/files.js';

/** A check Excel makes on what is typed in a range: a drop-down list, a whole number, a decimal or a date. */
export type CellCheck =
  | { readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly kind: 'list-range'; readonly range: string }
  | { readonly kind: 'whole' | 'decimal'; readonly min: number; readonly max: number }
  | { readonly kind: 'date' };

/** One sheet of a form to fill in. */
export interface TemplateSheet {
  /** Sheet name (at most 31 characters). */
  readonly name: string;
  /** Column headers, widths and number formats. */
  readonly columns: readonly {
    readonly header: string;
    readonly width?: number;
    readonly numFmt?: string;
  }[];
  /** Rows already filled in (labels, codes); `null` leaves a cell empty. */
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Checks on ranges (`F2:F33`), with a message shown when the cell is selected. */
  readonly checks?: readonly {
    readonly range: string;
    readonly check: CellCheck;
    readonly prompt?: string;
  }[];
  /** Number formats of single cells (`B5` → `dd/mm/yyyy`). */
  readonly cellFormats?: Readonly<Record<string, string>>;
  /** Hidden sheets hold the drop-down lists. */
  readonly hidden?: boolean;
}

/**
 * Writes a form to fill in Excel or LibreOffice: bold frozen header row, column widths, wrapped text, number formats,
 * and drop-down lists or range checks where the answer has a fixed form.
 *
 * @example
 * ```ts
 * await writeTemplateXlsx(sink, [{ name: 'Xã', columns: [{ header: 'Tên xã' }], rows: [] }]);
 * ```
 */
export async function writeTemplateXlsx(
  sink: FileSink,
  sheets: readonly TemplateSheet[],
): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ntm-sdk';
  // A fixed date keeps generated templates byte-for-byte reproducible.
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  for (const spec of sheets) {
    const ws = workbook.addWorksheet(spec.name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
      ...(spec.hidden ? { state: 'hidden' as const } : {}),
    });
    ws.columns = spec.columns.map((c) => ({
      header: c.header,
      width: c.width ?? 18,
      ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
    }));
    ws.getRow(1).font = { bold: true };
    for (const row of spec.rows) ws.addRow([...row]);
    ws.eachRow((r) => {
      r.alignment = { wrapText: true, vertical: 'top' };
    });
    for (const [address, numFmt] of Object.entries(spec.cellFormats ?? {}))
      ws.getCell(address).numFmt = numFmt;
    // exceljs has data validations on a worksheet, but its typings omit them.
    const validations = (
      ws as unknown as { dataValidations: { add(range: string, v: object): void } }
    ).dataValidations;
    for (const { range, check, prompt } of spec.checks ?? [])
      validations.add(range, {
        ...validation(check),
        allowBlank: true,
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Giá trị không hợp lệ / Invalid value',
        error: prompt ?? 'Chọn trong danh sách / Pick from the list',
        ...(prompt ? { showInputMessage: true, prompt } : {}),
      });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  await sink.write(new Uint8Array(buffer as ArrayBuffer));
}

function validation(check: CellCheck): {
  type: 'list' | 'whole' | 'decimal' | 'date';
  operator?: 'between' | 'greaterThan';
  formulae: unknown[];
} {
  switch (check.kind) {
    case 'list':
      // Excel lists inline at most 255 characters; commas separate the items.
      return { type: 'list', formulae: [`"${check.values.join(',')}"`] };
    case 'list-range':
      return { type: 'list', formulae: [check.range] };
    case 'date':
      return { type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(2000, 0, 1))] };
    default:
      return { type: check.kind, operator: 'between', formulae: [check.min, check.max] };
  }
}

/**
 * Excel column letters: 1 → A, 27 → AA.
 *
 * @example
 * ```ts
 * columnLetter(28); // 'AB'
 * ```
 */
export function columnLetter(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}
