// The browser Excel adapter (its own lazy chunk, `excel.js`, with exceljs' browser build): reads a workbook the user
// picked with the CLI's own reader (io/workbook.ts) over the picked file, and writes the CLI's forms and reports as a Blob.
// The cell rules, the form and the report layout are the CLI's own modules; only the file handling is the browser's.
import type { Locale } from '@ntm/domain/core';
import type { CliFiles } from '../../../../packages/cli/src/io/files.js';
import {
  readWorkbook as readCliWorkbook,
  type WorkbookSheet,
} from '../../../../packages/cli/src/io/workbook.js';
import type { Report } from '../../../../packages/cli/src/output/report.js';
import {
  addReportSheets,
  type ReportWorkbook,
} from '../../../../packages/cli/src/output/xlsx-report.js';
import {
  type TemplateSheet,
  writeTemplateXlsx,
} from '../../../../packages/cli/src/output/xlsx-template.js';

export type { WorkbookSheet };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function excel() {
  const module = await import('exceljs');
  return module.default;
}

/**
 * A picked file as the CLI's file system (read-only): the CLI's readers then read it exactly as `ntm` reads a file on
 * disk, size limits and messages included.
 */
function pickedFile(file: Blob, name: string): CliFiles {
  return {
    stat: async (path) => (path === name ? { kind: 'file', size: file.size } : undefined),
    read: async function* () {
      yield new Uint8Array(await file.arrayBuffer());
    },
    create: () => Promise.reject(new Error('the workbench writes files as downloads')),
  };
}

/**
 * Reads every worksheet of an .xlsx file with the CLI's own reader: formula cells give their cached result, rich text
 * its text, dates a `Date` and percentages their percentage (0.95 formatted `0%` → 95), as `ntm` reads them.
 */
export function readWorkbook(
  file: File | Blob,
  name = 'name' in file ? file.name : 'file.xlsx',
): Promise<WorkbookSheet[]> {
  return readCliWorkbook(pickedFile(file, name), name);
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
