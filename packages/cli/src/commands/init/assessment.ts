import { OCOP_ERRORS } from '@ntm/domain/core';
import { QD26_RUBRICS } from '@ntm/ocop-scoring/rubrics';
import { inputFail } from '../../cli-error.js';
import { type Command, type Ctx, leaf } from '../../context.js';
import { leafCriteria } from '../../io/ocop-sheet.js';
import { createFile } from '../../output/destination.js';
import { assessmentFormJson, assessmentFormSheets } from '../../output/ocop-assessment-form.js';
import { writeTemplateXlsx } from '../../output/xlsx-template.js';
import { HELP } from '../help-texts.js';
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
    leaf(ctx, init, 'assessment', HELP['init assessment']).requiredOption(
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
    if (format === 'xlsx') await writeTemplateXlsx(sink, assessmentFormSheets(rubric, code, path));
    else await sink.write(assessmentFormJson(code, rubric));
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
