// The OCOP assessment file formats (JSON, and the Excel form of `ntm init assessment`) read from data already in
// memory: pure, so the CLI (./ocop-assessment.ts) and the docs' workbench share them.
import type { OcopAnswer, OcopAssessment, OcopEvaluationKind } from '@ntm/domain';
import { parseOcopAssessment } from '@ntm/domain';
import {
  CLI_ERRORS,
  expectedKind,
  INPUT_ERRORS,
  OCOP_ERRORS,
  received,
  searchKey,
} from '@ntm/domain/core';
import { QD26_RUBRICS } from '@ntm/ocop-scoring/rubrics';
import { CliError, inputFail, type Where } from '../cli-error.js';
import { cellBoolean, cellDate, cellText } from './cells.js';
import { readAnswer } from './ocop-answers.js';
import { type LeafCriterion, leafCriteria } from './ocop-sheet.js';
import { inJsonFile } from './plain-issues.js';
import { Problems } from './problems.js';
import type { Cell } from './table.js';
import { findSheet, type WorkbookSheet } from './workbook.js';

/** An assessment file as read: answers per criterion, or part totals for versions without sheets. */
export interface AssessmentInput {
  /** The assessment (answers may be empty when `parts` is given). */
  readonly assessment: OcopAssessment;
  /** Part totals A/B/C, for rules versions whose sheets are not available (QĐ 1048/2019, QĐ 148/2023). */
  readonly parts?: { readonly A: number; readonly B: number; readonly C: number };
}

/** Sheet names of the Excel form written by `ntm init assessment`. */
export const ASSESSMENT_SHEETS = Object.freeze({
  info: 'Thông tin',
  answers: 'Phiếu đánh giá',
  disqualifiers: 'Điều kiện loại',
  choices: 'Lựa chọn',
});

/** The rows of the info sheet: label (Vietnamese, as the form prints it) → field. */
export const INFO_FIELDS = Object.freeze([
  ['Tên sản phẩm', 'name'],
  ['Mã sản phẩm', 'code'],
  ['Chủ thể', 'producer'],
  ['Bộ sản phẩm', 'productSet'],
  ['Ngày nộp hồ sơ', 'submittedOn'],
  ['Loại đánh giá', 'kind'],
  ['Người đánh giá', 'evaluator'],
] as const);

/** Column headers of the answers sheet. */
export const ANSWER_COLUMNS = Object.freeze({
  part: 'Phần',
  code: 'Mã tiêu chí',
  title: 'Nội dung',
  max: 'Điểm tối đa',
  answer: 'Trả lời',
});

/** The evaluation kinds as people write them. */
const KIND_WORDS: Readonly<Record<string, OcopEvaluationKind>> = {
  'lan dau': 'first',
  first: 'first',
  'nang hang': 'upgrade',
  upgrade: 'upgrade',
  'danh gia lai': 're-evaluation',
  'phan hang lai': 're-evaluation',
  're-evaluation': 're-evaluation',
};

function rubricOf(productSet: unknown) {
  const code = typeof productSet === 'string' ? productSet.trim().toUpperCase() : '';
  return Object.hasOwn(QD26_RUBRICS, code) ? QD26_RUBRICS[code] : undefined;
}

function criteriaOf(productSet: unknown): Map<string, LeafCriterion['criterion']> {
  const rubric = rubricOf(productSet);
  return new Map(rubric ? leafCriteria(rubric).map((l) => [l.criterion.code, l.criterion]) : []);
}

/**
 * An assessment from parsed JSON (the `ocop-assessment` format, optionally with `parts`): answers may be written as on
 * paper; every problem is reported at once, each at its field. No file access, so browsers use it too.
 *
 * @example
 * ```ts
 * const { assessment } = assessmentFromJson('mat-ong.json', JSON.parse(text));
 * ```
 */
export function assessmentFromJson(file: string, data: unknown): AssessmentInput {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    inputFail(
      INPUT_ERRORS['input/wrong-type'],
      { file },
      {
        expected: expectedKind('object'),
        received: received(data),
      },
    );
  const { $schema: _schema, parts, ...rest } = data as Record<string, unknown>;
  const problems = new Problems();
  const field = (...path: string[]): Where => ({ file, field: `/${path.join('/')}` });
  // A blank date is a missing one (the form is written with "").
  const submittedOn =
    typeof rest.submittedOn !== 'string'
      ? rest.submittedOn
      : rest.submittedOn.trim() === ''
        ? undefined
        : problems.try(() => cellDate(rest.submittedOn as string, field('submittedOn')));
  const kind =
    typeof rest.kind === 'string'
      ? (KIND_WORDS[searchKey(rest.kind)] ?? rest.kind)
      : (rest.kind ?? 'first');
  const criteria: Record<string, unknown> = Object.create(null);
  if (parts === undefined && typeof rest.criteria === 'object' && rest.criteria !== null) {
    const known = criteriaOf(rest.productSet);
    for (const [code, raw] of Object.entries(rest.criteria)) {
      const criterion = known.get(code);
      // `null` is the template's empty answer: left out, so the score names it as not yet answered.
      if (raw === null) continue;
      const answer =
        criterion === undefined
          ? raw
          : problems.try(() => readAnswer(criterion, raw, field('criteria', code), 'json'));
      if (answer !== undefined) criteria[code] = answer;
    }
  }
  const candidate = {
    ...rest,
    kind,
    submittedOn,
    criteria: parts === undefined ? { ...criteria } : {},
    disqualifiers: rest.disqualifiers ?? [],
  };
  // The format's own checks too, so that one run lists every problem of the file.
  const assessment = problems.try(() => inJsonFile(file, () => parseOcopAssessment(candidate)));
  problems.throwIfAny();
  if (assessment === undefined) throw new CliError(problems.issues);
  if (parts === undefined) return { assessment };
  if (typeof parts !== 'object' || parts === null || Array.isArray(parts))
    inputFail(INPUT_ERRORS['input/wrong-type'], field('parts'), {
      expected: expectedKind('object'),
      received: received(parts),
    });
  const p = parts as Record<string, unknown>;
  const part = (key: 'A' | 'B' | 'C'): number | undefined =>
    problems.try(() => {
      const v = p[key];
      if (v === undefined)
        inputFail(INPUT_ERRORS['input/missing'], field('parts', key), { field: key });
      if (typeof v !== 'number' || !Number.isFinite(v))
        inputFail(INPUT_ERRORS['input/wrong-type'], field('parts', key), {
          expected: expectedKind('number'),
          received: received(v),
        });
      if (v < 0)
        inputFail(INPUT_ERRORS['input/too-small'], field('parts', key), {
          limit: '≥ 0',
          received: received(v),
        });
      return v;
    });
  const A = part('A');
  const B = part('B');
  const C = part('C');
  problems.throwIfAny();
  return { assessment, parts: { A: A ?? 0, B: B ?? 0, C: C ?? 0 } };
}

/**
 * An assessment from the worksheets of the Excel form of `ntm init assessment` (rows as read, sheet by sheet); every
 * problem is reported at once, each at its sheet, row and column. No file access, so browsers use it too.
 *
 * @example
 * ```ts
 * const { assessment } = assessmentFromSheets('phieu.xlsx', [{ name: 'Thông tin', rows }, …]);
 * ```
 */
export function assessmentFromSheets(
  file: string,
  sheets: readonly WorkbookSheet[],
): AssessmentInput {
  const info = findSheet(sheets, ASSESSMENT_SHEETS.info);
  const answers = findSheet(sheets, ASSESSMENT_SHEETS.answers);
  if (info === undefined || answers === undefined)
    inputFail(
      CLI_ERRORS['cli/missing-sheet'],
      { file },
      { info: ASSESSMENT_SHEETS.info, answers: ASSESSMENT_SHEETS.answers },
    );
  const problems = new Problems();
  const values: Record<string, { cell: Cell; row: number; label: string }> = {};
  for (const r of info.rows) {
    const label = cellText(r.cells[0] ?? null);
    const found = INFO_FIELDS.find(
      ([vi]) => label !== undefined && searchKey(vi) === searchKey(label),
    );
    if (found) values[found[1]] = { cell: r.cells[1] ?? null, row: r.row, label: found[0] };
  }
  const at = (key: string, label: string): Where => ({
    file,
    sheet: info.name,
    ...(values[key] ? { row: values[key].row } : {}),
    column: label,
  });
  const text = (key: string) => cellText(values[key]?.cell ?? null);
  const required = (key: string, label: string): string | undefined =>
    problems.try(() => {
      const value = text(key);
      if (value === undefined)
        inputFail(INPUT_ERRORS['input/missing'], at(key, label), { field: label });
      return value;
    });
  const name = required('name', 'Tên sản phẩm');
  const productSet = required('productSet', 'Bộ sản phẩm')?.toUpperCase().split(/\s/)[0];
  const submittedOn = problems.try(() => {
    const date = cellDate(values.submittedOn?.cell ?? null, at('submittedOn', 'Ngày nộp hồ sơ'));
    if (date === undefined)
      inputFail(INPUT_ERRORS['input/missing'], at('submittedOn', 'Ngày nộp hồ sơ'), {
        field: 'Ngày nộp hồ sơ',
      });
    return date;
  });
  const kindText = text('kind');
  const kind = problems.try(() => {
    const k = kindText === undefined ? 'first' : KIND_WORDS[searchKey(kindText)];
    if (k === undefined)
      inputFail(INPUT_ERRORS['input/not-allowed'], at('kind', 'Loại đánh giá'), {
        allowed: {
          vi: '"lần đầu", "nâng hạng", "đánh giá lại"',
          en: '"lần đầu" (first), "nâng hạng" (upgrade), "đánh giá lại" (re-evaluation)',
        },
        received: received(kindText),
      });
    return k;
  });
  const known = criteriaOf(productSet);
  const header = answers.rows[0];
  const headers = (header?.cells ?? []).map((c) => searchKey(cellText(c) ?? ''));
  const codeCol = headers.indexOf(searchKey(ANSWER_COLUMNS.code));
  const answerCol = headers.indexOf(searchKey(ANSWER_COLUMNS.answer));
  for (const [col, name, en] of [
    [codeCol, ANSWER_COLUMNS.code, 'criterion code'],
    [answerCol, ANSWER_COLUMNS.answer, 'answer'],
  ] as const)
    if (col < 0)
      inputFail(
        CLI_ERRORS['cli/missing-column'],
        { file, sheet: answers.name, row: header?.row ?? 1 },
        {
          column: { vi: `"${name}"`, en: `"${name}" (${en})` },
          found: (header?.cells ?? []).map((c) => `"${cellText(c) ?? ''}"`).join(', '),
        },
      );
  const criteria: Record<string, OcopAnswer> = Object.create(null);
  for (const r of answers.rows.slice(1)) {
    const code = cellText(r.cells[codeCol] ?? null);
    const raw = r.cells[answerCol] ?? null;
    if (code === undefined || raw === null) continue;
    const criterion = known.get(code);
    const where: Where = { file, sheet: answers.name, row: r.row, column: ANSWER_COLUMNS.answer };
    if (criterion === undefined) {
      problems.try(() =>
        inputFail(
          OCOP_ERRORS['ocop/unknown-criterion'],
          { ...where, column: ANSWER_COLUMNS.code },
          { rubric: rubricOf(productSet)?.id ?? productSet ?? '', criterion: code },
        ),
      );
      continue;
    }
    const value = raw instanceof Date ? cellText(raw) : raw;
    const answer = problems.try(() => readAnswer(criterion, value, where, 'sheet'));
    if (answer !== undefined) criteria[code] = answer;
  }
  const disqualifiers: string[] = [];
  const dq = findSheet(sheets, ASSESSMENT_SHEETS.disqualifiers);
  if (dq)
    for (const r of dq.rows.slice(1)) {
      const id = cellText(r.cells[0] ?? null);
      const hit = problems.try(() =>
        cellBoolean(r.cells[2] ?? null, { file, sheet: dq.name, row: r.row, column: 'Vi phạm' }),
      );
      if (id !== undefined && hit === true) disqualifiers.push(id);
    }
  problems.throwIfAny();
  const code = text('code');
  const producer = text('producer');
  const evaluator = text('evaluator');
  return {
    assessment: {
      product: { name: name ?? '', ...(code ? { code } : {}), ...(producer ? { producer } : {}) },
      productSet: productSet ?? '',
      submittedOn: submittedOn ?? '',
      kind: kind ?? 'first',
      criteria,
      disqualifiers,
      ...(evaluator ? { evaluator } : {}),
    },
  };
}
