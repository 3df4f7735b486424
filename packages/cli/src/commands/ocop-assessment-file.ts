import type { OcopAnswer, OcopAssessment, OcopEvaluationKind } from '@ntm/domain';
import { parseOcopAssessment } from '@ntm/domain';
import {
  CLI_ERRORS,
  expectNumber,
  expectRecord,
  INPUT_ERRORS,
  listOf,
  received,
  searchKey,
} from '@ntm/domain/core';
import { QD26_RUBRICS } from '@ntm/ocop-scoring/rubrics';
import { inputFail, type Where } from '../cli-error.js';
import { cellBoolean, cellDate, cellText } from '../io/cells.js';
import { inFile } from '../io/in-file.js';
import { readBytes } from '../io/read-bytes.js';
import { readJson } from '../io/read-json.js';
import { formatOf } from '../io/read-table.js';
import { type RawSheet, readXlsxSheets } from '../io/read-xlsx.js';
import type { Cell } from '../io/table.js';
import { leafCriteria } from './ocop-sheet.js';

/** An assessment file as read: either answers per criterion, or part totals for versions without sheets. */
export interface AssessmentInput {
  /** The assessment (answers may be empty when `parts` is given). */
  readonly assessment: OcopAssessment;
  /** Part totals A/B/C, for rules versions whose sheets are not available (QĐ 1048/2019, QĐ 148/2023). */
  readonly parts?: { readonly A: number; readonly B: number; readonly C: number };
}

/** Header names of the XLSX template, Vietnamese first (written by `ntm init assessment --xlsx`). */
export const ASSESSMENT_SHEETS = Object.freeze({
  info: 'Thông tin',
  answers: 'Phiếu đánh giá',
  disqualifiers: 'Điều kiện loại',
});

/** Keys of the info sheet: label (vi) → field. */
export const INFO_FIELDS = Object.freeze([
  ['Tên sản phẩm', 'name'],
  ['Mã sản phẩm', 'code'],
  ['Chủ thể', 'producer'],
  ['Bộ sản phẩm', 'productSet'],
  ['Ngày nộp hồ sơ', 'submittedOn'],
  ['Loại đánh giá', 'kind'],
  ['Người đánh giá', 'evaluator'],
] as const);

/** Spoken forms of the evaluation kinds. */
export const KIND_WORDS: Readonly<Record<string, OcopEvaluationKind>> = Object.freeze({
  'lan dau': 'first',
  first: 'first',
  'nang hang': 'upgrade',
  upgrade: 'upgrade',
  'danh gia lai': 're-evaluation',
  'phan hang lai': 're-evaluation',
  're-evaluation': 're-evaluation',
});

/**
 * Reads an OCOP assessment from JSON (the `OcopAssessment` shape, optionally with `parts`) or from the XLSX template.
 *
 * @example
 * ```ts
 * const { assessment } = await readAssessment('phieu-mat-ong.xlsx');
 * ```
 */
export async function readAssessment(file: string): Promise<AssessmentInput> {
  const format = formatOf(file);
  if (format === 'json') return fromJson(file, await readJson(file));
  if (format === 'xlsx') return fromXlsx(file, await readXlsxSheets(file, await readBytes(file)));
  return inputFail(CLI_ERRORS['cli/unsupported-format'], { file }, { formats: '.json, .xlsx' });
}

function fromJson(file: string, data: unknown): AssessmentInput {
  const d = inFile(file, () => expectRecord(data, []));
  const field = (key: string): Where => ({ file, field: key });
  const product = d.product as Record<string, unknown> | undefined;
  if (
    typeof product !== 'object' ||
    product === null ||
    typeof product.name !== 'string' ||
    product.name.trim() === ''
  ) {
    inputFail(INPUT_ERRORS['input/missing'], field('product.name'), { field: 'product.name' });
  }
  if (typeof d.productSet !== 'string') {
    inputFail(INPUT_ERRORS['input/missing'], field('productSet'), { field: 'productSet' });
  }
  const submittedOn = cellDate(
    typeof d.submittedOn === 'string' ? d.submittedOn : null,
    field('submittedOn'),
  );
  if (submittedOn === undefined) {
    inputFail(INPUT_ERRORS['input/missing'], field('submittedOn'), { field: 'submittedOn' });
  }
  const kind = typeof d.kind === 'string' ? KIND_WORDS[searchKey(d.kind)] : 'first';
  if (kind === undefined) {
    inputFail(INPUT_ERRORS['input/not-allowed'], field('kind'), {
      allowed: listOf(['first', 'upgrade', 're-evaluation']),
      received: received(d.kind),
    });
  }
  const criteria = (d.criteria ?? {}) as Record<string, OcopAnswer>;
  const disqualifiers = Array.isArray(d.disqualifiers) ? (d.disqualifiers as string[]) : [];
  const assessment: OcopAssessment = {
    product: {
      name: product.name as string,
      ...(typeof product.code === 'string' ? { code: product.code } : {}),
      ...(typeof product.producer === 'string' ? { producer: product.producer } : {}),
    },
    productSet: d.productSet,
    submittedOn,
    kind,
    criteria,
    disqualifiers,
    ...(typeof d.rubric === 'string' ? { rubric: d.rubric } : {}),
    ...(typeof d.evaluator === 'string' ? { evaluator: d.evaluator } : {}),
  };
  const parts = d.parts;
  if (parts === undefined) {
    // The full validation of the published format (JSON Schema ocop-assessment), with field paths.
    const { $schema: _schema, ...rest } = d;
    inFile(file, () => parseOcopAssessment({ ...rest, submittedOn }));
  }
  if (parts !== undefined) {
    const num = (k: 'A' | 'B' | 'C'): number =>
      inFile(file, () => expectNumber(expectRecord(parts, ['parts'])[k], ['parts', k]));
    return { assessment, parts: { A: num('A'), B: num('B'), C: num('C') } };
  }
  return { assessment };
}

function findSheet(sheets: readonly RawSheet[], name: string, index: number): RawSheet | undefined {
  return sheets.find((s) => searchKey(s.name) === searchKey(name)) ?? sheets[index];
}

function fromXlsx(file: string, sheets: readonly RawSheet[]): AssessmentInput {
  const info = findSheet(sheets, ASSESSMENT_SHEETS.info, 0);
  const answersSheet = findSheet(sheets, ASSESSMENT_SHEETS.answers, 1);
  if (info === undefined || answersSheet === undefined) {
    inputFail(
      CLI_ERRORS['cli/missing-sheet'],
      { file },
      { info: ASSESSMENT_SHEETS.info, answers: ASSESSMENT_SHEETS.answers },
    );
  }
  const values: Record<string, { cell: Cell; row: number }> = Object.create(null);
  for (const r of info.rows) {
    const label = cellText(r.cells[0] ?? null);
    const found = INFO_FIELDS.find(
      ([vi]) => label !== undefined && searchKey(vi) === searchKey(label),
    );
    if (found) values[found[1]] = { cell: r.cells[1] ?? null, row: r.row };
  }
  const at = (key: string, label: string): Where => ({
    file: `${file} [${info.name}]`,
    row: values[key]?.row ?? 0,
    column: label,
  });
  const name = cellText(values.name?.cell ?? null);
  if (name === undefined)
    inputFail(
      INPUT_ERRORS['input/missing'],
      { file: `${file} [${info.name}]` },
      { field: 'Tên sản phẩm' },
    );
  const productSet = cellText(values.productSet?.cell ?? null)
    ?.toUpperCase()
    .split(/\s/)[0];
  if (productSet === undefined)
    inputFail(
      INPUT_ERRORS['input/missing'],
      { file: `${file} [${info.name}]` },
      { field: 'Bộ sản phẩm' },
    );
  const submittedOn = cellDate(
    values.submittedOn?.cell ?? null,
    at('submittedOn', 'Ngày nộp hồ sơ'),
  );
  if (submittedOn === undefined)
    inputFail(
      INPUT_ERRORS['input/missing'],
      { file: `${file} [${info.name}]` },
      { field: 'Ngày nộp hồ sơ' },
    );
  const kindText = cellText(values.kind?.cell ?? null);
  const kind = kindText === undefined ? 'first' : KIND_WORDS[searchKey(kindText)];
  if (kind === undefined)
    inputFail(INPUT_ERRORS['input/not-allowed'], at('kind', 'Loại đánh giá'), {
      allowed: listOf(['lần đầu', 'nâng hạng', 'đánh giá lại']),
      received: received(kindText),
    });
  const rubric = Object.hasOwn(QD26_RUBRICS, productSet) ? QD26_RUBRICS[productSet] : undefined;
  const leaves = rubric
    ? new Map(leafCriteria(rubric).map((l) => [l.criterion.code, l.criterion]))
    : new Map();
  const header = answersSheet.rows[0];
  const headers = (header?.cells ?? []).map((c) => searchKey(cellText(c) ?? ''));
  const codeCol = headers.indexOf(searchKey('Mã tiêu chí'));
  const answerCol = headers.indexOf(searchKey('Trả lời'));
  const where = (row: number, column: string): Where => ({
    file: `${file} [${answersSheet.name}]`,
    row,
    column,
  });
  if (codeCol < 0 || answerCol < 0) {
    inputFail(
      CLI_ERRORS['cli/missing-column'],
      { file: `${file} [${answersSheet.name}]`, row: header?.row ?? 1 },
      {
        column:
          codeCol < 0
            ? { vi: '"Mã tiêu chí"', en: '"Mã tiêu chí" (criterion code)' }
            : { vi: '"Trả lời"', en: '"Trả lời" (answer)' },
        found: (header?.cells ?? []).map((c) => `"${cellText(c) ?? ''}"`).join(', '),
      },
    );
  }
  const criteria: Record<string, OcopAnswer> = Object.create(null);
  for (const r of answersSheet.rows.slice(1)) {
    const code = cellText(r.cells[codeCol] ?? null);
    const raw = r.cells[answerCol] ?? null;
    if (code === undefined || raw === null) continue;
    const criterion = leaves.get(code);
    const w = where(r.row, 'Trả lời');
    if (criterion?.kind === 'yes-no') {
      criteria[code] = cellBoolean(raw, w) ?? false;
      continue;
    }
    const text = (cellText(raw) ?? '').toLowerCase();
    const caseMatch = /^([a-z])\s*[.)]?\s*(\d+)$/.exec(text);
    if (caseMatch) {
      criteria[code] = { case: caseMatch[1] ?? '', option: Number(caseMatch[2]) - 1 };
    } else if (/^\d+$/.test(text)) {
      criteria[code] = Number(text) - 1;
    } else {
      inputFail(CLI_ERRORS['cli/bad-answer'], w, { received: received(text) });
    }
  }
  const disqualifiers: string[] = [];
  const dq = sheets.find((s) => searchKey(s.name) === searchKey(ASSESSMENT_SHEETS.disqualifiers));
  if (dq) {
    for (const r of dq.rows.slice(1)) {
      const id = cellText(r.cells[0] ?? null);
      const hit = cellBoolean(r.cells[2] ?? null, {
        file: `${file} [${dq.name}]`,
        row: r.row,
        column: 'Vi phạm',
      });
      if (id !== undefined && hit === true) disqualifiers.push(id);
    }
  }
  const code = cellText(values.code?.cell ?? null);
  const producer = cellText(values.producer?.cell ?? null);
  const evaluator = cellText(values.evaluator?.cell ?? null);
  return {
    assessment: {
      product: { name, ...(code ? { code } : {}), ...(producer ? { producer } : {}) },
      productSet,
      submittedOn,
      kind,
      criteria,
      disqualifiers,
      ...(evaluator ? { evaluator } : {}),
    },
  };
}
