// The browser Excel adapter (its own lazy chunk, `excel.js`, with exceljs' browser build): reads a workbook the user
// picked into rows of cells exactly as the CLI's reader gives them, and writes the CLI's forms and reports as a Blob.
// The cell rules, the form and the report layout are the CLI's own modules; only the file handling is the browser's.
import type { Locale } from '@ntm/domain/core';
import type { TableRow } from '../../../../packages/cli/src/io/table.js';
import { cellValue } from '../../../../packages/cli/src/io/xlsx-cells.js';
import type { Report } from '../../../../packages/cli/src/output/report.js';
import {
  addReportSheets,
  type ReportWorkbook,
} from '../../../../packages/cli/src/output/xlsx-report.js';
import {
  type TemplateSheet,
  writeTemplateXlsx,
} from '../../../../packages/cli/src/output/xlsx-template.js';

/** One worksheet as read: its name and its non-empty rows, numbered as Excel shows them. */
export interface WorkbookSheet {
  /** Sheet name. */
  readonly name: string;
  /** Non-empty rows (the header included). */
  readonly rows: TableRow[];
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function excel() {
  const module = await import('exceljs');
  return module.default;
}

/**
 * Reads every worksheet of an .xlsx file: formula cells give their cached result, rich text its text, dates a `Date`
 * and percentages their percentage (0.95 formatted `0%` → 95), as `ntm` reads them.
 */
export async function readWorkbook(file: Blob): Promise<WorkbookSheet[]> {
  const ExcelJS = await excel();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await file.arrayBuffer());
  return workbook.worksheets.map((ws) => {
    const rows: TableRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: TableRow['cells'][number][] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        while (cells.length < column - 1) cells.push(null);
        cells.push(cellValue(cell.value, cell.numFmt));
      });
      if (cells.some((c) => c !== null)) rows.push({ row: number, cells });
    });
    return { name: ws.name, rows };
  });
}

/** A form of `ntm init …` (sheets with drop-downs), filled or not, as an .xlsx Blob. */
export async function formToBlob(sheets: readonly TemplateSheet[]): Promise<Blob> {
  const parts: BlobPart[] = [];
  await writeTemplateXlsx(
    {
      write: async (chunk) => {
        parts.push(typeof chunk === 'string' ? chunk : new Uint8Array(chunk));
      },
      close: async () => {},
      abort: async () => {
        parts.length = 0;
      },
    },
    sheets,
  );
  return new Blob(parts, { type: XLSX_TYPE });
}

/** A report (the CLI's result tables) as an .xlsx Blob, laid out as `ntm … --out result.xlsx` writes it. */
export async function reportToBlob(report: Report, lang: Locale = 'vi'): Promise<Blob> {
  const ExcelJS = await excel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ntm-sdk';
  // The in-memory workbook has no streaming commits: the sheets and rows get no-op ones.
  const adapter = {
    get creator() {
      return workbook.creator;
    },
    set creator(v: string) {
      workbook.creator = v;
    },
    created: new Date(),
    modified: new Date(),
    addWorksheet: (name, options) => {
      const ws = workbook.addWorksheet(name, options) as unknown as ReturnType<
        ReportWorkbook['addWorksheet']
      >;
      return Object.assign(ws, { commit: () => {} });
    },
    commit: async () => {},
  } satisfies ReportWorkbook;
  await addReportSheets(adapter, report, lang);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer as ArrayBuffer], { type: XLSX_TYPE });
}
