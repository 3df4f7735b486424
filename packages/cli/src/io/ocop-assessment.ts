import { CLI_ERRORS } from '@ntm/domain/core';
import { inputFail } from '../cli-error.js';
import type { CliFiles } from './files.js';
import {
  type AssessmentInput,
  assessmentFromJson,
  assessmentFromSheets,
} from './ocop-assessment-format.js';
import { readJson } from './read-json.js';
import { inputFormatOf } from './table-source.js';
import { readWorkbook } from './workbook.js';

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
    return assessmentFromSheets(file, await readWorkbook(files, file));
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
