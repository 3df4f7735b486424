import type { OcopAnswer, OcopAssessment, OcopEvaluationKind } from '@ntm/domain';
import { parseOcopAssessment } from '@ntm/domain';
import { searchKey } from '@ntm/domain/core';
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
  return inputFail(
    'cli/unsupported-format',
    { vi: 'phiếu đánh giá phải là .json hoặc .xlsx', en: 'an assessment must be .json or .xlsx' },
    { file },
  );
}

function fromJson(file: string, data: unknown): AssessmentInput {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    inputFail(
      'cli/not-an-object',
      { vi: 'tệp phải chứa một đối tượng JSON', en: 'the file must hold a JSON object' },
      { file },
    );
  }
  const d = data as Record<string, unknown>;
  const field = (key: string): Where => ({ file, field: key });
  const product = d.product as Record<string, unknown> | undefined;
  if (
    typeof product !== 'object' ||
    product === null ||
    typeof product.name !== 'string' ||
    product.name.trim() === ''
  ) {
    inputFail(
      'cli/missing-field',
      { vi: 'thiếu tên sản phẩm (product.name)', en: 'missing product name (product.name)' },
      field('product.name'),
    );
  }
  if (typeof d.productSet !== 'string') {
    inputFail(
      'cli/missing-field',
      {
        vi: 'thiếu mã bộ sản phẩm (productSet, ví dụ "B04")',
        en: 'missing product set code (productSet, e.g. "B04")',
      },
      field('productSet'),
    );
  }
  const submittedOn = cellDate(
    typeof d.submittedOn === 'string' ? d.submittedOn : null,
    field('submittedOn'),
  );
  if (submittedOn === undefined) {
    inputFail(
      'cli/missing-field',
      { vi: 'thiếu ngày nộp hồ sơ (submittedOn)', en: 'missing submission date (submittedOn)' },
      field('submittedOn'),
    );
  }
  const kind = typeof d.kind === 'string' ? KIND_WORDS[searchKey(d.kind)] : 'first';
  if (kind === undefined) {
    inputFail(
      'cli/bad-kind',
      {
        vi: `loại đánh giá "${String(d.kind)}" không hợp lệ (first, upgrade, re-evaluation)`,
        en: `evaluation kind "${String(d.kind)}" is not valid (first, upgrade, re-evaluation)`,
      },
      field('kind'),
    );
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
  const parts = d.parts as Record<string, unknown> | undefined;
  if (parts === undefined) {
    // The full validation of the published format (JSON Schema ocop-assessment), with field paths.
    const { $schema: _schema, ...rest } = d;
    inFile(file, () => parseOcopAssessment({ ...rest, submittedOn }));
  }
  if (parts !== undefined) {
    const num = (k: 'A' | 'B' | 'C'): number => {
      const v = parts[k];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        inputFail(
          'cli/bad-part',
          { vi: `điểm phần ${k} phải là số`, en: `part ${k} must be a number` },
          field(`parts.${k}`),
        );
      }
      return v;
    };
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
      'cli/missing-sheet',
      {
        vi: `cần các trang "${ASSESSMENT_SHEETS.info}" và "${ASSESSMENT_SHEETS.answers}" (tạo mẫu bằng: ntm init assessment --set B04 --xlsx)`,
        en: `sheets "${ASSESSMENT_SHEETS.info}" and "${ASSESSMENT_SHEETS.answers}" are required (make a template with: ntm init assessment --set B04 --xlsx)`,
      },
      { file },
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
      'cli/missing-field',
      { vi: 'thiếu "Tên sản phẩm"', en: 'missing "Tên sản phẩm" (product name)' },
      { file: `${file} [${info.name}]` },
    );
  const productSet = cellText(values.productSet?.cell ?? null)
    ?.toUpperCase()
    .split(/\s/)[0];
  if (productSet === undefined)
    inputFail(
      'cli/missing-field',
      {
        vi: 'thiếu "Bộ sản phẩm" (ví dụ B04)',
        en: 'missing "Bộ sản phẩm" (product set, e.g. B04)',
      },
      { file: `${file} [${info.name}]` },
    );
  const submittedOn = cellDate(
    values.submittedOn?.cell ?? null,
    at('submittedOn', 'Ngày nộp hồ sơ'),
  );
  if (submittedOn === undefined)
    inputFail(
      'cli/missing-field',
      { vi: 'thiếu "Ngày nộp hồ sơ"', en: 'missing "Ngày nộp hồ sơ" (submission date)' },
      { file: `${file} [${info.name}]` },
    );
  const kindText = cellText(values.kind?.cell ?? null);
  const kind = kindText === undefined ? 'first' : KIND_WORDS[searchKey(kindText)];
  if (kind === undefined)
    inputFail(
      'cli/bad-kind',
      {
        vi: `"${kindText}" không phải loại đánh giá (lần đầu, nâng hạng, đánh giá lại)`,
        en: `"${kindText}" is not an evaluation kind (lần đầu/first, nâng hạng/upgrade, đánh giá lại/re-evaluation)`,
      },
      at('kind', 'Loại đánh giá'),
    );
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
      'cli/missing-column',
      {
        vi: `thiếu cột "Mã tiêu chí" hoặc "Trả lời"; các cột có: ${(header?.cells ?? []).map((c) => `"${cellText(c) ?? ''}"`).join(', ')}`,
        en: `missing column "Mã tiêu chí" (criterion code) or "Trả lời" (answer); columns found: ${(header?.cells ?? []).map((c) => `"${cellText(c) ?? ''}"`).join(', ')}`,
      },
      { file: `${file} [${answersSheet.name}]`, row: header?.row ?? 1 },
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
      inputFail(
        'cli/bad-answer',
        {
          vi: `"${text}" không phải câu trả lời hợp lệ: ghi số thứ tự lựa chọn (1, 2, …), "có"/"không", hoặc trường hợp + số (a1, b2)`,
          en: `"${text}" is not a valid answer: write the option number (1, 2, …), yes/no (có/không), or case + number (a1, b2)`,
        },
        w,
      );
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
