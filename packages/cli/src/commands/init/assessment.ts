import { OCOP_ERRORS } from '@ntm/domain/core';
import { QD26_RUBRICS } from '@ntm/ocop-scoring/rubrics';
import { inputFail } from '../../cli-error.js';
import { type Command, type Ctx, leaf } from '../../context.js';
import { ANSWER_COLUMNS, ASSESSMENT_SHEETS, INFO_FIELDS } from '../../io/ocop-assessment.js';
import { answerChoices, type LeafCriterion, leafCriteria } from '../../io/ocop-sheet.js';
import { createFile } from '../../output/destination.js';
import { EVALUATION_KIND_LABELS } from '../../output/labels.js';
import { columnLetter, writeTemplateXlsx } from '../../output/xlsx-template.js';
import { type TemplateOptions, templateFile, templateOptions } from './template-file.js';

/**
 * `ntm init assessment --set B04`: an OCOP assessment form for one product set, criteria in the order of the sheet.
 *
 * @example
 * ```ts
 * registerInitAssessment(ctx, init);
 * ```
 */
export function registerInitAssessment(ctx: Ctx, init: Command): Command {
  return templateOptions(
    ctx,
    leaf(ctx, init, 'assessment', {
      description: {
        vi: 'mẫu phiếu đánh giá sản phẩm OCOP của một bộ sản phẩm (B01…B26): Excel có danh sách chọn cho từng tiêu chí, hoặc JSON',
        en: 'OCOP assessment form for one product set (B01…B26): Excel with a drop-down per criterion, or JSON',
      },
      examples: [
        {
          run: 'ntm init assessment --set B04 --xlsx',
          note: { vi: 'ghi phieu-B04.xlsx', en: 'writes phieu-B04.xlsx' },
        },
        {
          run: 'ntm init assessment --set B09 --out nuoc-mam.json',
          note: {
            vi: 'mẫu JSON (tiêu chí theo thứ tự trên phiếu)',
            en: 'JSON form (criteria in sheet order)',
          },
        },
      ],
    }).requiredOption(
      '--set <code>',
      ctx.t({
        vi: 'mã bộ sản phẩm, ví dụ B04 (tìm bằng: ntm ocop find "mật ong")',
        en: 'product set code, e.g. B04 (find it with: ntm ocop find "mật ong")',
      }),
    ),
    ['json', 'xlsx'],
  ).action(async (opts: TemplateOptions & { set: string }) => {
    const code = opts.set.trim().toUpperCase();
    const rubric = Object.hasOwn(QD26_RUBRICS, code) ? QD26_RUBRICS[code] : undefined;
    if (rubric === undefined)
      inputFail(OCOP_ERRORS['ocop/unknown-product-set'], {}, { productSet: `"${opts.set}"` });
    const leaves = leafCriteria(rubric);
    const { path, format } = templateFile(opts, ['json', 'xlsx'], (f) => `phieu-${code}.${f}`);
    const sink = await createFile(ctx, path, opts.force === true);
    if (format === 'xlsx') {
      const choices = leaves.map((l) => answerChoices(l.criterion));
      const widest = Math.max(...choices.map((c) => c.length));
      const row = (i: number) => i + 2;
      await writeTemplateXlsx(sink, [
        {
          name: ASSESSMENT_SHEETS.info,
          columns: [
            { header: 'Mục', width: 22 },
            { header: 'Giá trị', width: 50 },
          ],
          rows: INFO_FIELDS.map(([label, key]) => [
            label,
            key === 'productSet' ? code : key === 'kind' ? EVALUATION_KIND_LABELS.first.vi : null,
          ]),
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
                values: Object.values(EVALUATION_KIND_LABELS).map((k) => k.vi),
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
            null,
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
          rows: rubric.disqualifiers.map((d) => [d.id, d.text, 'Không']),
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
      ]);
    } else await sink.write(jsonTemplate(code, rubric.id, leaves));
    await sink.close();
    ctx.print(
      format === 'xlsx'
        ? ctx.t({
            vi: `Đã ghi ${path} (${leaves.length} tiêu chí theo thứ tự trên phiếu; cột "Trả lời" có danh sách chọn). Chấm điểm: ntm ocop score ${path}`,
            en: `Wrote ${path} (${leaves.length} criteria in sheet order; the "Trả lời" column has a drop-down). Score it: ntm ocop score ${path}`,
          })
        : ctx.t({
            vi: `Đã ghi ${path} (${leaves.length} tiêu chí theo thứ tự trên phiếu). Thay null bằng số điểm hoặc nội dung lựa chọn như trên phiếu giấy (ví dụ "2 điểm"), "có"/"không" cho tiêu chí có/không, "a) 2 điểm" cho tiêu chí có trường hợp; xem các lựa chọn trong mẫu Excel: ntm init assessment --set ${code} --xlsx`,
            en: `Wrote ${path} (${leaves.length} criteria in sheet order). Replace null with the points or the words of the option as on the paper sheet (e.g. "2 điểm"), "có"/"không" (yes/no) for yes/no criteria, "a) 2 điểm" for criteria with cases; the options are listed in the Excel form: ntm init assessment --set ${code} --xlsx`,
          }),
    );
  });
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

/** The JSON form, written by hand so that criteria keep the sheet's order (an object would put "7" before "1.1"). */
function jsonTemplate(code: string, rubricId: string, leaves: readonly LeafCriterion[]): string {
  const head = {
    product: { name: '', producer: '' },
    productSet: code,
    rubric: rubricId,
    submittedOn: '',
    kind: EVALUATION_KIND_LABELS.first.vi,
  };
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  const criteria = leaves.map((l) => `    ${JSON.stringify(l.criterion.code)}: null`).join(',\n');
  return `${top},\n  "criteria": {\n${criteria}\n  },\n  "disqualifiers": []\n}\n`;
}
