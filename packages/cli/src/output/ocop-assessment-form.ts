// The OCOP assessment form of `ntm init assessment`, as sheets (Excel) or text (JSON), optionally filled in with answers:
// the CLI writes it empty; the docs' workbench saves a scored sheet in it, so `ntm ocop score` reads what the workbench
// saves. Pure: the caller writes the sheets (writeTemplateXlsx) or the text.
import type { OcopEvaluationKind, OcopRubric } from '@ntm/domain';
import { type IsoDate, parseIsoDate, toDayNumber } from '@ntm/domain/core';
import { OCOP_EVALUATION_KIND_LABELS } from '@ntm/ocop-scoring';
import { ANSWER_COLUMNS, ASSESSMENT_SHEETS, INFO_FIELDS } from '../io/ocop-assessment-format.js';
import { answerChoices, type LeafCriterion, leafCriteria } from '../io/ocop-sheet.js';
import { columnLetter, type TemplateSheet } from './xlsx-template.js';

/** What a filled-in form holds besides the sheet itself; every field is optional (an empty form has none). */
export interface FilledAssessment {
  /** The product. */
  readonly product?: { readonly name?: string; readonly code?: string; readonly producer?: string };
  /** Submission date. */
  readonly submittedOn?: IsoDate;
  /** Kind of evaluation (first when absent). */
  readonly kind?: OcopEvaluationKind;
  /** Who evaluated. */
  readonly evaluator?: string;
  /** Answers by criterion code, as the drop-down lists them (`answerLabel`). */
  readonly answers?: Readonly<Record<string, string>>;
  /** Ids of the disqualifiers found. */
  readonly disqualifiers?: readonly string[];
}

/** Excel's serial day number of 1970-01-01 (the 1900 date system). */
const EXCEL_EPOCH_OFFSET = 25569;

function infoValue(
  key: (typeof INFO_FIELDS)[number][1],
  code: string,
  filled: FilledAssessment | undefined,
): string | number | null {
  switch (key) {
    case 'productSet':
      return code;
    case 'kind':
      return OCOP_EVALUATION_KIND_LABELS[filled?.kind ?? 'first'].vi;
    case 'submittedOn':
      // A number with a date format, so Excel shows and sorts it as a date.
      return filled?.submittedOn
        ? toDayNumber(parseIsoDate(filled.submittedOn)) + EXCEL_EPOCH_OFFSET
        : null;
    case 'evaluator':
      return filled?.evaluator || null;
    default:
      return filled?.product?.[key] || null;
  }
}

/**
 * The sheets of the Excel assessment form for one product set: info, answers (a drop-down per criterion), disqualifiers,
 * instructions and the hidden list of choices; with `filled`, its values written in.
 *
 * @example
 * ```ts
 * await writeTemplateXlsx(sink, assessmentFormSheets(QD26_2026_B04, 'B04', 'phieu-B04.xlsx'));
 * ```
 */
export function assessmentFormSheets(
  rubric: OcopRubric,
  code: string,
  path: string,
  filled?: FilledAssessment,
): TemplateSheet[] {
  const leaves = leafCriteria(rubric);
  const choices = leaves.map((l) => answerChoices(l.criterion));
  const widest = Math.max(...choices.map((c) => c.length));
  const row = (i: number) => i + 2;
  return [
    {
      name: ASSESSMENT_SHEETS.info,
      columns: [
        { header: 'Mục', width: 22 },
        { header: 'Giá trị', width: 50 },
      ],
      rows: INFO_FIELDS.map(([label, key]) => [label, infoValue(key, code, filled)]),
      cellFormats: { [`B${infoRow('submittedOn')}`]: 'dd/mm/yyyy' },
      checks: [
        {
          range: `B${infoRow('submittedOn')}`,
          check: { kind: 'date' },
          prompt: 'Ngày nộp hồ sơ, dd/mm/yyyy',
        },
        {
          range: `B${infoRow('kind')}`,
          check: {
            kind: 'list',
            values: Object.values(OCOP_EVALUATION_KIND_LABELS).map((k) => k.vi),
          },
        },
      ],
    },
    {
      name: ASSESSMENT_SHEETS.answers,
      columns: [
        { header: ANSWER_COLUMNS.part, width: 6 },
        { header: ANSWER_COLUMNS.code, width: 11 },
        { header: ANSWER_COLUMNS.title, width: 40 },
        { header: 'Các lựa chọn', width: 70 },
        { header: ANSWER_COLUMNS.max, width: 10 },
        { header: ANSWER_COLUMNS.answer, width: 40 },
      ],
      rows: leaves.map((l, i) => [
        l.part,
        l.criterion.code,
        l.criterion.title,
        (choices[i] ?? []).join('\n'),
        l.criterion.maxPoints,
        filled?.answers?.[l.criterion.code] ?? null,
      ]),
      checks: leaves.map((l, i) => ({
        range: `F${row(i)}`,
        check: {
          kind: 'list-range',
          range: `'${ASSESSMENT_SHEETS.choices}'!$B$${i + 2}:$${columnLetter(1 + (choices[i]?.length ?? 1))}$${i + 2}`,
        },
        prompt: prompt(l),
      })),
    },
    {
      name: ASSESSMENT_SHEETS.disqualifiers,
      columns: [
        { header: 'Mã', width: 10 },
        { header: 'Nội dung', width: 80 },
        { header: 'Vi phạm', width: 10 },
      ],
      rows: rubric.disqualifiers.map((d) => [
        d.id,
        d.text,
        filled?.disqualifiers?.includes(d.id) ? 'Có' : 'Không',
      ]),
      checks: [
        {
          range: `C2:C${Math.max(2, rubric.disqualifiers.length + 1)}`,
          check: { kind: 'list', values: ['Có', 'Không'] },
        },
      ],
    },
    {
      name: 'Hướng dẫn',
      columns: [{ header: 'Hướng dẫn / Instructions', width: 110 }],
      rows: [
        [`${rubric.id}: ${rubric.title} (${rubric.basis.number})`],
        [
          'Cột "Trả lời": chọn trong danh sách (số điểm và nội dung như trên phiếu giấy); cũng có thể gõ số điểm (ví dụ 2) hoặc "có"/"không" cho tiêu chí có/không.',
        ],
        [
          '"Trả lời" column: pick from the list (points and words as on the paper sheet); you may also type the points (e.g. 2), or "có"/"không" (yes/no) for yes/no criteria.',
        ],
        [
          'Ngày nộp hồ sơ: dd/mm/yyyy. Loại đánh giá: lần đầu, nâng hạng, đánh giá lại. Vi phạm: Có / Không.',
        ],
        [`Chấm điểm / Score: ntm ocop score ${path}`],
      ],
    },
    {
      name: ASSESSMENT_SHEETS.choices,
      hidden: true,
      columns: [
        { header: ANSWER_COLUMNS.code, width: 10 },
        ...Array.from({ length: widest }, (_, i) => ({ header: `${i + 1}`, width: 40 })),
      ],
      rows: leaves.map((l, i) => [l.criterion.code, ...(choices[i] ?? [])]),
    },
  ];
}

/** Row of a field in the info sheet (row 1 is the header). */
function infoRow(key: (typeof INFO_FIELDS)[number][1]): number {
  return INFO_FIELDS.findIndex(([, k]) => k === key) + 2;
}

function prompt(l: LeafCriterion): string {
  const text = `${l.criterion.code} ${l.criterion.title} (tối đa ${l.criterion.maxPoints} điểm)`;
  // Excel shows at most 255 characters of an input message.
  return text.length > 250 ? `${text.slice(0, 249)}…` : text;
}

/**
 * The JSON assessment form, written by hand so that criteria keep the sheet's order (an object would put "7" before
 * "1.1"); with `filled`, its values written in (answers as the drop-down labels, the date as dd/mm/yyyy).
 *
 * @example
 * ```ts
 * assessmentFormJson('B04', QD26_2026_B04); // '{ "product": …, "criteria": { "1.1": null, … } }'
 * ```
 */
export function assessmentFormJson(
  code: string,
  rubric: OcopRubric,
  filled?: FilledAssessment,
): string {
  const [year, month, day] = filled?.submittedOn?.split('-') ?? [];
  const head = {
    product: {
      name: filled?.product?.name ?? '',
      ...(filled?.product?.code ? { code: filled.product.code } : {}),
      // The empty form shows where the producer goes; a filled one leaves an unknown producer out ('' is refused).
      ...(filled === undefined ? { producer: '' } : {}),
      ...(filled?.product?.producer ? { producer: filled.product.producer } : {}),
    },
    productSet: code,
    rubric: rubric.id,
    submittedOn: year ? `${day}/${month}/${year}` : '',
    kind: OCOP_EVALUATION_KIND_LABELS[filled?.kind ?? 'first'].vi,
    ...(filled?.evaluator ? { evaluator: filled.evaluator } : {}),
  };
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  const criteria = leafCriteria(rubric)
    .map((l) => {
      const answer = filled?.answers?.[l.criterion.code];
      return `    ${JSON.stringify(l.criterion.code)}: ${answer === undefined ? 'null' : JSON.stringify(answer)}`;
    })
    .join(',\n');
  const disqualifiers = JSON.stringify(filled?.disqualifiers ?? []);
  return `${top},\n  "criteria": {\n${criteria}\n  },\n  "disqualifiers": ${disqualifiers}\n}\n`;
}
