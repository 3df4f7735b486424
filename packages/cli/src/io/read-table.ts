import { CLI_ERRORS } from '@ntm/domain/core';
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
  // Before the format check, which would otherwise answer first for an old .xls workbook.
  if (file.toLowerCase().endsWith('.xls')) inputFail(CLI_ERRORS['cli/xls'], { file });
  if (format !== 'csv' && format !== 'xlsx') {
    inputFail(CLI_ERRORS['cli/unsupported-format'], { file }, { formats: '.csv, .xlsx' });
  }
  const bytes = await readBytes(file);
  return format === 'csv'
    ? parseCsv(file, bytes, options.encoding)
    : readXlsx(file, bytes, options.sheet);
}
