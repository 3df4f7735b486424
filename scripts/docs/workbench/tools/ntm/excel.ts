// The one place the tool meets the workbench's Excel adapter (../../excel/, a lazy chunk loaded only when a workbook
// is read or written).
import type { Locale } from '@ntm/domain/core';
import type { Report } from '../../../../../packages/cli/src/output/report.js';
import type { SheetRows } from './open-communes.js';

const adapter = () => import('../../excel/index.js');

/** The first worksheet of a dropped workbook (the one `ntm init communes` fills), as rows of cells. */
export const readWorkbookRows: SheetRows = async (file) => {
  const [first] = await (await adapter()).readWorkbook(file);
  return { sheet: first?.name ?? 'Sheet1', rows: first?.rows ?? [] };
};

/** A report as an Excel workbook, laid out as `ntm … --out result.xlsx` writes it. */
export async function reportBlob(report: Report, lang: Locale): Promise<Blob> {
  return (await adapter()).reportToBlob(report, lang);
}
