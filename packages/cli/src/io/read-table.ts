import { inputFail } from '../cli-error.js';
import type { TextEncoding } from './decode-text.js';
import { readBytes } from './read-bytes.js';
import { parseCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import type { Table } from './table.js';

/**
 * The format of an input file, from its extension.
 *
 * @example
 * ```ts
 * formatOf('xa.XLSX'); // 'xlsx'
 * ```
 */
export function formatOf(file: string): 'csv' | 'xlsx' | 'json' | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt') || lower.endsWith('.tsv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.json')) return 'json';
  return undefined;
}

/**
 * Reads a CSV or XLSX file as a {@link Table}.
 *
 * @example
 * ```ts
 * const table = await readTable('communes.csv');
 * ```
 */
export async function readTable(
  file: string,
  options: { readonly sheet?: string; readonly encoding?: TextEncoding } = {},
): Promise<Table> {
  const format = formatOf(file);
  if (format !== 'csv' && format !== 'xlsx') {
    inputFail(
      'cli/unsupported-format',
      {
        vi: 'định dạng không hỗ trợ; dùng .csv, .xlsx hoặc .json',
        en: 'unsupported format; use .csv, .xlsx or .json',
      },
      { file },
    );
  }
  if (file.toLowerCase().endsWith('.xls')) {
    inputFail(
      'cli/xls',
      { vi: 'hãy lưu tệp .xls thành .xlsx', en: 'save the .xls file as .xlsx' },
      { file },
    );
  }
  const bytes = await readBytes(file);
  return format === 'csv'
    ? parseCsv(file, bytes, options.encoding)
    : readXlsx(file, bytes, options.sheet);
}
