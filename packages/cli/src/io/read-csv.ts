import { CLI_ERRORS } from '@ntm/domain/core';
import { parse } from 'csv-parse/sync';
import { inputFail } from '../cli-error.js';
import { decodeText, type TextEncoding } from './decode-text.js';
import { isEmptyRow, type Table, type TableRow } from './table.js';

/**
 * Parses CSV bytes: detects the encoding (UTF-8, UTF-16 BOM, Windows-1258) and the separator (`,`, `;` or tab, as
 * Excel writes with a Vietnamese locale), skips empty rows and keeps each row's line number.
 *
 * @example
 * ```ts
 * const table = parseCsv('a.csv', new TextEncoder().encode('Mã xã;Tên xã\n1;A\n'));
 * table.headers; // ['Mã xã', 'Tên xã']
 * ```
 */
export function parseCsv(file: string, bytes: Uint8Array, encoding?: TextEncoding): Table {
  const decoded = decodeText(bytes, encoding);
  const delimiter = detectDelimiter(decoded.text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decoded.text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    inputFail(CLI_ERRORS['cli/csv-syntax'], line === undefined ? { file } : { file, row: line }, {
      reason: (error as Error).message,
    });
  }
  const nonEmpty = records.filter((r) => !isEmptyRow(r.record));
  const header = nonEmpty[0];
  if (header === undefined) {
    inputFail(CLI_ERRORS['cli/empty-file'], { file });
  }
  const headers = header.record.map((h) => h.normalize('NFC').trim());
  const rows: TableRow[] = nonEmpty.slice(1).map((r) => {
    if (r.record.length > headers.length && !isEmptyRow(r.record.slice(headers.length))) {
      inputFail(
        CLI_ERRORS['cli/extra-cells'],
        { file, row: r.info.lines },
        { cells: r.record.length, columns: headers.length },
      );
    }
    return {
      row: r.info.lines,
      cells: headers.map((_, i) => {
        const v = r.record[i];
        return v === undefined || v.trim() === '' ? null : v.trim();
      }),
    };
  });
  const sepName = delimiter === '\t' ? 'tab' : delimiter;
  return {
    file,
    headers,
    rows,
    notes: [`encoding ${decoded.encoding}`, `separator ${sepName}`],
  };
}

/** Picks the separator that occurs most often outside quotes in the first non-empty line. */
function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch] = (counts[ch] ?? 0) + 1;
  }
  let best = ',';
  for (const sep of [';', '\t']) if ((counts[sep] ?? 0) > (counts[best] ?? 0)) best = sep;
  return best;
}
