// The one place the tool meets the workbench's Excel adapter (../../excel/, a lazy chunk loaded when a workbook is
// read or written).
import type { Locale } from '@ntm/domain/core';
import type { Report } from '../../../../../packages/cli/src/output/report.js';
import type { SheetRows } from './open-communes.js';

/** What the tool uses of the adapter. */
interface ExcelAdapter {
  readFirstSheet: SheetRows;
  reportToBlob(report: Report, lang: Locale): Promise<Blob>;
}

const adapter = async () => (await import('../../excel/index.js')) as unknown as ExcelAdapter;

/** The first worksheet of a dropped workbook, as rows of cells. */
export const readWorkbookRows: SheetRows = async (file) => {
  return (await adapter()).readFirstSheet(file);
};

/** A report as an Excel workbook. */
export async function reportBlob(report: Report, lang: Locale): Promise<Blob> {
  return (await adapter()).reportToBlob(report, lang);
}
