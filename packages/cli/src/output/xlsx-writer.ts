import { once } from 'node:events';
import { Writable } from 'node:stream';
import type { Locale } from '@ntm/domain/core';
import type { FileSink } from '../io/files.js';
import type { Report } from './report.js';
import { addReportSheets, type ReportWorkbook } from './xlsx-report.js';

/**
 * Opens an exceljs streaming workbook over a file sink: rows are written to the file as they are added, so memory does
 * not grow with the number of rows.
 *
 * @example
 * ```ts
 * const { workbook, done } = await streamWorkbook(sink);
 * // … add sheets …
 * await done();
 * ```
 */
export async function streamWorkbook(
  sink: FileSink,
): Promise<{ workbook: ReportWorkbook; done: () => Promise<void> }> {
  const { default: ExcelJS } = await import('exceljs');
  const stream = new Writable({
    write(chunk: Uint8Array, _encoding, callback) {
      sink.write(chunk).then(() => callback(), callback);
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  }) as unknown as ReportWorkbook;
  workbook.creator = 'ntm-sdk';
  // A fixed date keeps generated files byte-for-byte reproducible.
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  return {
    workbook,
    done: async () => {
      const finished = once(stream, 'finish');
      await workbook.commit();
      await finished;
    },
  };
}

/**
 * Writes a report as an Excel workbook, streamed to the sink (see {@link addReportSheets} for the layout).
 *
 * @example
 * ```ts
 * await writeReportXlsx(sink, report, 'vi');
 * ```
 */
export async function writeReportXlsx(sink: FileSink, report: Report, lang: Locale): Promise<void> {
  const { workbook, done } = await streamWorkbook(sink);
  await addReportSheets(workbook, report, lang);
  await done();
}
