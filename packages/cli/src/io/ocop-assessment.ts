import { CLI_ERRORS } from '@ntm/domain/core';
import { inputFail } from '../cli-error.js';
import type { CliFiles } from './files.js';
import {
  type AssessmentInput,
  assessmentFromJson,
  assessmentFromSheets,
} from './ocop-assessment-format.js';
import { openFile } from './open-file.js';
import { readJson } from './read-json.js';
import type { TableRow } from './table.js';
import { inputFormatOf } from './table-source.js';
import { xlsxSheets } from './xlsx-reader.js';

export {
  ANSWER_COLUMNS,
  ASSESSMENT_SHEETS,
  type AssessmentInput,
  INFO_FIELDS,
} from './ocop-assessment-format.js';

/**
 * Reads an OCOP assessment from JSON (the `ocop-assessment` format, optionally with `parts`) or from the Excel form of
 * `ntm init assessment`. Answers may be written as on paper (points or the option's words; see `readAnswer`); every
 * problem in the file is reported at once, each with its file, sheet, row, column or field.
 *
 * @example
 * ```ts
 * const { assessment } = await readAssessment(files, 'phieu-B04.xlsx');
 * ```
 */
export async function readAssessment(files: CliFiles, file: string): Promise<AssessmentInput> {
  const format = inputFormatOf(file);
  if (format === 'json') return assessmentFromJson(file, await readJson(files, file));
  if (format === 'xlsx') {
    const sheets: { name: string; rows: TableRow[] }[] = [];
    for await (const sheet of xlsxSheets(await openFile(files, file))) {
      const rows: TableRow[] = [];
      for await (const row of sheet.rows) rows.push(row);
      sheets.push({ name: sheet.name, rows });
    }
    return assessmentFromSheets(file, sheets);
  }
  return inputFail(
    CLI_ERRORS['cli/unsupported-format'],
    { file },
    {
      formats: {
        vi: '.json hoặc .xlsx (tạo mẫu: ntm init assessment --set B04 --xlsx)',
        en: '.json or .xlsx (make one: ntm init assessment --set B04 --xlsx)',
      },
    },
  );
}
