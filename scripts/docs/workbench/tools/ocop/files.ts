// Save and load the answers in the files `ntm ocop score` reads: the JSON and the Excel form of `ntm init assessment`,
// written and read by the CLI's own modules. Excel code is loaded only when an Excel file is saved or opened.
import type { OcopAnswer, OcopEvaluationKind, OcopRubric } from '@ntm/domain';
import { CLI_ERRORS, parseIsoDate } from '@ntm/domain/core';
import { inputFail } from '../../../../../packages/cli/src/cli-error.js';
import {
  assessmentFromJson,
  assessmentFromSheets,
} from '../../../../../packages/cli/src/io/ocop-assessment-format.js';
import { answerLabel, leafCriteria } from '../../../../../packages/cli/src/io/ocop-sheet.js';
import { parseJsonText } from '../../../../../packages/cli/src/io/read-json.js';
import {
  assessmentFormJson,
  assessmentFormSheets,
  type FilledAssessment,
} from '../../../../../packages/cli/src/output/ocop-assessment-form.js';
import { download, extensionOf } from '../../ui/files.js';

/** What the tool saves and restores. */
export interface SavedForm {
  readonly productSet: string;
  /** YYYY-MM-DD, or '' when the file has none. */
  readonly submittedOn: string;
  readonly kind: OcopEvaluationKind;
  readonly product: { readonly name?: string; readonly producer?: string; readonly code?: string };
  readonly evaluator?: string;
  readonly criteria: Readonly<Record<string, OcopAnswer>>;
  readonly disqualifiers: readonly string[];
  /** Part totals, for rules without a detailed sheet. */
  readonly parts?: { readonly A: number; readonly B: number; readonly C: number };
}

function filled(rubric: OcopRubric, form: SavedForm): FilledAssessment {
  const answers: Record<string, string> = {};
  for (const { criterion } of leafCriteria(rubric)) {
    const answer = form.criteria[criterion.code];
    const label = answer === undefined ? undefined : answerLabel(criterion, answer);
    if (label !== undefined) answers[criterion.code] = label;
  }
  return {
    product: form.product,
    ...(form.submittedOn ? { submittedOn: parseIsoDate(form.submittedOn) } : {}),
    kind: form.kind,
    ...(form.evaluator ? { evaluator: form.evaluator } : {}),
    answers,
    disqualifiers: form.disqualifiers,
  };
}

/** Saves the form as `phieu-<set>.json` or `.xlsx`; resolves to the file name. */
export async function saveAssessment(
  format: 'json' | 'xlsx',
  rubric: OcopRubric,
  form: SavedForm,
): Promise<string> {
  const name = `phieu-${form.productSet}.${format}`;
  if (format === 'json') {
    const text = assessmentFormJson(form.productSet, rubric, filled(rubric, form));
    download(new Blob([text], { type: 'application/json' }), name);
  } else {
    const { formToBlob } = await import('../../excel/index.js');
    download(
      await formToBlob(assessmentFormSheets(rubric, form.productSet, name, filled(rubric, form))),
      name,
    );
  }
  return name;
}

/** Reads a saved form (.json or .xlsx); a file with problems rejects with a `CliError` listing them all. */
export async function loadAssessment(file: File): Promise<SavedForm> {
  const ext = extensionOf(file.name);
  let input: ReturnType<typeof assessmentFromJson>;
  if (ext === '.json') {
    input = assessmentFromJson(file.name, parseJsonText(await file.text(), file.name));
  } else if (ext === '.xlsx') {
    const { readWorkbook } = await import('../../excel/index.js');
    input = assessmentFromSheets(file.name, await readWorkbook(file));
  } else
    return inputFail(
      CLI_ERRORS['cli/unsupported-format'],
      { file: file.name },
      { formats: { vi: '.json hoặc .xlsx', en: '.json or .xlsx' } },
    );
  const { assessment, parts } = input;
  return {
    productSet: assessment.productSet,
    submittedOn: assessment.submittedOn,
    kind: assessment.kind,
    product: assessment.product,
    ...(assessment.evaluator ? { evaluator: assessment.evaluator } : {}),
    criteria: assessment.criteria,
    disqualifiers: assessment.disqualifiers ?? [],
    ...(parts ? { parts } : {}),
  };
}
