// A report as Excel worksheets, for any exceljs workbook: the CLI streams it to a file (./xlsx-writer.ts), the docs'
// workbench builds it in memory in the browser. No node: imports.
import type { Locale } from '@ntm/domain/core';
import { localDates } from './format.js';
import type { CellValue, Column, ColumnType, Report } from './report.js';
import { typedValue } from './report.js';

/**
 * Excel number formats of each column type. Numbers keep Excel's General format, which shows them as typed; every
 * styled cell costs the streaming writer a style lookup, so only dates and percentages carry one.
 */
export const NUMBER_FORMATS: Readonly<Record<ColumnType, string | undefined>> = {
  text: undefined,
  integer: undefined,
  number: undefined,
  percent: '0.0%',
  date: 'dd/mm/yyyy',
};

/** The part of an exceljs workbook (streaming or not) that {@link addReportSheets} uses. */
export interface ReportWorkbook {
  creator: string;
  created: Date;
  modified: Date;
  addWorksheet(
    name: string,
    options: { views: { state: 'frozen'; xSplit?: number; ySplit: number }[] },
  ): ReportSheet;
  commit(): Promise<void>;
}

/** The part of an exceljs worksheet that {@link addReportSheets} uses. */
export interface ReportSheet {
  columns: { header: string; width: number; style?: { numFmt?: string } }[];
  getRow(n: number): { font: unknown; commit(): void };
  addRow(values: unknown[]): {
    getCell(n: number): { numFmt: string };
    commit(): void;
  };
  commit(): void;
}

/**
 * Adds a report to an exceljs workbook (streaming or not): one worksheet per sheet with a bold Vietnamese (or English)
 * header row, frozen panes, column widths, numbers as numbers, dates as dates and percentages as percentages; the
 * title and notes on a last sheet "Ghi chú / Notes".
 *
 * @example
 * ```ts
 * await addReportSheets(workbook, report, 'vi');
 * ```
 */
export async function addReportSheets(
  workbook: ReportWorkbook,
  report: Report,
  lang: Locale,
): Promise<void> {
  for (const sheet of report.sheets) {
    const ws = workbook.addWorksheet(sheetName(sheet.name[lang]), {
      views: [{ state: 'frozen', xSplit: freezeColumns(sheet.columns), ySplit: 1 }],
    });
    ws.columns = sheet.columns.map((c) => {
      const numFmt = NUMBER_FORMATS[c.type ?? 'text'];
      return {
        header: c.header[lang],
        width: c.width ?? Math.max(10, c.header[lang].length + 2),
        ...(numFmt === undefined ? {} : { style: { numFmt } }),
      };
    });
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.commit();
    for await (const row of sheet.rows) {
      const added = ws.addRow(row.map((cell, i) => excelValue(cell, sheet.columns[i], lang)));
      row.forEach((cell, i) => {
        const typed = typedValue(cell, sheet.columns[i]?.type);
        const format =
          typed && typed.type !== (sheet.columns[i]?.type ?? 'text')
            ? NUMBER_FORMATS[typed.type]
            : undefined;
        if (format) added.getCell(i + 1).numFmt = format;
      });
      added.commit();
    }
    ws.commit();
  }
  const lines = [...(report.title ?? []), ...(report.notes?.() ?? [])];
  if (lines.length > 0) {
    const notes = workbook.addWorksheet(lang === 'vi' ? 'Ghi chú' : 'Notes', {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    notes.columns = [{ header: lang === 'vi' ? 'Ghi chú' : 'Notes', width: 120 }];
    notes.getRow(1).font = { bold: true };
    for (const line of lines) notes.addRow([localDates(line, lang)]).commit();
    notes.commit();
  }
}

/** Keeps the first column in view when it names the row (a commune, a task). */
function freezeColumns(columns: readonly Column[]): number {
  return columns.length > 4 && (columns[0]?.type ?? 'text') === 'text' ? 1 : 0;
}

/** Excel forbids `: \ / ? * [ ]` in sheet names and allows 31 characters. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '-').slice(0, 31);
}

function excelValue(cell: CellValue, column: Column | undefined, lang: Locale): unknown {
  const typed = typedValue(cell, column?.type);
  if (typed === null) return null;
  switch (typed.type) {
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(typed.value));
      return m
        ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
        : String(typed.value);
    }
    case 'percent':
      return typeof typed.value === 'number' ? typed.value / 100 : typed.value;
    case 'integer':
    case 'number':
      return typed.value;
    default:
      return localDates(String(typed.value), lang);
  }
}
