import type { OcopRubric } from '@ntm/domain';
import { CLI_ERRORS } from '@ntm/domain/core';
import {
  OCOP_EVALUATION_KIND_LABELS,
  OCOP_STATUS_LABELS,
  type OcopScoreResult,
  resolveRubric,
  scoreAssessment,
  scoreParts,
} from '@ntm/ocop-scoring';
import { QD26_RUBRICS } from '@ntm/ocop-scoring/rubrics';
import { inputFail } from '../../cli-error.js';
import { type Command, type Ctx, leaf } from '../../context.js';
import { type AssessmentInput, readAssessment } from '../../io/ocop-assessment.js';
import { optionLabel, pointsText } from '../../io/ocop-sheet.js';
import {
  type Destination,
  type OutputFormat,
  type OutputOptions,
  openDestination,
  outputOptions,
  writeReport,
} from '../../output/destination.js';
import { formatNumber, formatStars, formatYesNo } from '../../output/format.js';
import {
  dateCell,
  ITEM_VALUE_COLUMNS,
  itemSheet,
  numberCell,
  type Row,
} from '../../output/report.js';
import { HELP } from '../help-texts.js';

const FORMATS: readonly OutputFormat[] = ['table', 'json', 'xlsx'];

interface ScoreOptions extends OutputOptions {
  readonly date?: string;
  readonly markerPolicy?: 'cap' | 'reject';
}

/**
 * `ntm ocop score <assessment>`: total, parts, stars, status and the trace of an OCOP assessment.
 *
 * @example
 * ```ts
 * registerScore(ctx, ocop);
 * ```
 */
export function registerScore(ctx: Ctx, ocop: Command): Command {
  return outputOptions(ctx, leaf(ctx, ocop, 'score', HELP['ocop score']), FORMATS).action(
    async (file: string, opts: ScoreOptions) => {
      const input = await readAssessment(ctx.files, file);
      const submittedOn = opts.date ?? input.assessment.submittedOn;
      const resolve = (format: OutputFormat) =>
        `${file.replace(/\.(json|xlsx)$/i, '').replace(/^.*[\\/]/, '')}-ket-qua.${format}`;
      if (input.parts !== undefined) {
        const result = scoreParts(input.parts, submittedOn);
        const dest = await openDestination(ctx, opts, FORMATS, resolve);
        if (dest.format === 'json')
          await dest.write(
            `${JSON.stringify({ product: input.assessment.product, submittedOn, ...result }, null, 2)}\n`,
          );
        else
          await writeReport(ctx, dest, {
            sheets: [
              {
                name: { vi: 'Kết quả', en: 'Result' },
                columns: ITEM_VALUE_COLUMNS,
                rows: [
                  [ctx.t({ vi: 'Sản phẩm', en: 'Product' }), input.assessment.product.name],
                  [ctx.t({ vi: 'Ngày nộp hồ sơ', en: 'Submitted on' }), dateCell(submittedOn)],
                  [
                    ctx.t({ vi: 'Căn cứ', en: 'Basis' }),
                    `${result.version.basis.number} (A ≤ ${result.version.partMax.A}, B ≤ ${result.version.partMax.B}, C ≤ ${result.version.partMax.C})`,
                  ],
                  [ctx.t({ vi: 'Điểm phần A', en: 'Part A' }), numberCell(result.parts.A)],
                  [ctx.t({ vi: 'Điểm phần B', en: 'Part B' }), numberCell(result.parts.B)],
                  [ctx.t({ vi: 'Điểm phần C', en: 'Part C' }), numberCell(result.parts.C)],
                  [ctx.t({ vi: 'Tổng điểm', en: 'Total' }), numberCell(result.total)],
                  [ctx.t({ vi: 'Hạng sao', en: 'Stars' }), formatStars(result.stars, ctx.lang)],
                  [
                    ctx.t({ vi: 'Được công nhận', en: 'Certifiable' }),
                    formatYesNo(result.certifiable, ctx.lang),
                  ],
                  [ctx.t({ vi: 'Lý do', en: 'Reason' }), ctx.text(result.reason)],
                ],
              },
            ],
          });
        await dest.close();
        return;
      }
      const resolution = resolveRubric(input.assessment.productSet, {
        submittedOn,
        kind: input.assessment.kind,
        rubrics: QD26_RUBRICS,
      });
      const rubric: OcopRubric | undefined = resolution.rubric;
      if (rubric === undefined)
        inputFail(CLI_ERRORS['cli/ocop-no-sheet'], { file }, { reason: resolution.reason });
      const result = scoreAssessment(
        rubric,
        input.assessment,
        opts.markerPolicy === undefined ? {} : { markerPolicy: opts.markerPolicy },
      );
      const dest = await openDestination(ctx, opts, FORMATS, resolve);
      if (dest.format === 'json')
        await dest.write(
          `${JSON.stringify(
            {
              product: input.assessment.product,
              submittedOn,
              resolution: { version: resolution.version.id, reason: resolution.reason },
              ...result,
            },
            null,
            2,
          )}\n`,
        );
      else await writeScore(ctx, dest, input, submittedOn, rubric, resolution.reason, result);
      await dest.close();
    },
  );
}

async function writeScore(
  ctx: Ctx,
  dest: Destination,
  input: AssessmentInput,
  submittedOn: string,
  rubric: OcopRubric,
  reason: { vi: string; en: string },
  result: OcopScoreResult,
): Promise<void> {
  const summary: Row[] = [
    [ctx.t({ vi: 'Sản phẩm', en: 'Product' }), input.assessment.product.name],
    [ctx.t({ vi: 'Phiếu chấm', en: 'Sheet' }), `${rubric.id} — ${rubric.title}`],
    [ctx.t({ vi: 'Ngày nộp hồ sơ', en: 'Submitted on' }), dateCell(submittedOn)],
    [
      ctx.t({ vi: 'Loại đánh giá', en: 'Evaluation' }),
      ctx.t(OCOP_EVALUATION_KIND_LABELS[input.assessment.kind]),
    ],
    [ctx.t({ vi: 'Căn cứ', en: 'Basis' }), ctx.text(reason)],
    [ctx.t({ vi: 'Điểm phần A', en: 'Part A' }), numberCell(result.parts.A)],
    [ctx.t({ vi: 'Điểm phần B', en: 'Part B' }), numberCell(result.parts.B)],
    [ctx.t({ vi: 'Điểm phần C', en: 'Part C' }), numberCell(result.parts.C)],
    [ctx.t({ vi: 'Tổng điểm', en: 'Total' }), numberCell(result.total)],
    [ctx.t({ vi: 'Hạng sao', en: 'Stars' }), formatStars(result.stars, ctx.lang)],
    [ctx.t({ vi: 'Trạng thái', en: 'Status' }), ctx.t(OCOP_STATUS_LABELS[result.status])],
    [ctx.t({ vi: 'Được công nhận', en: 'Certifiable' }), formatYesNo(result.certifiable, ctx.lang)],
    [ctx.t({ vi: 'Lý do', en: 'Reason' }), ctx.text(result.decision.reason)],
    ...result.disqualifiedBy.map((d) => [
      ctx.t({ vi: 'Điều kiện loại', en: 'Disqualifier' }),
      `${d.id}: ${d.text}`,
    ]),
  ];
  const criteria = new Map(
    rubric.parts
      .flatMap((p) => p.sections.flatMap((s) => s.items))
      .flatMap(function flat(item): [string, typeof item][] {
        return item.kind === 'group' ? item.items.flatMap(flat) : [[item.code, item]];
      }),
  );
  const answerText = (e: OcopScoreResult['trace'][number]): string => {
    if (e.answer === null) return '—';
    if (typeof e.answer === 'boolean') return formatYesNo(e.answer, ctx.lang);
    const criterion = criteria.get(e.criterion);
    if (criterion?.kind === 'choice' && e.option !== null) {
      const option = criterion.options[e.option];
      if (option) return optionLabel(option);
    }
    if (criterion?.kind === 'cases' && e.case !== null && e.option !== null) {
      const chosen = criterion.cases.find((c) => c.id === e.case);
      const option = chosen?.options[e.option];
      if (chosen && option) return optionLabel(option, chosen);
    }
    return e.optionText ?? '—';
  };
  const markers = (e: OcopScoreResult['trace'][number]): string =>
    e.markers
      .map((m) =>
        ctx.t({
          vi: `${m.stars}★ cần ${pointsText(m.minPoints)}: ${m.met ? 'đạt' : 'KHÔNG ĐẠT'}`,
          en: `${m.stars}★ needs ${formatNumber(m.minPoints, 'en')} points: ${m.met ? 'met' : 'NOT MET'}`,
        }),
      )
      .join('\n');
  await writeReport(ctx, dest, {
    sheets: [
      { name: { vi: 'Kết quả', en: 'Result' }, columns: ITEM_VALUE_COLUMNS, rows: summary },
      itemSheet({ vi: 'Chi tiết', en: 'Trace' }, result.trace, [
        ['Mã', 'Code', 8, (e) => e.criterion],
        ['Tiêu chí', 'Criterion', 36, (e) => e.title],
        ['Trả lời', 'Answer', 60, answerText],
        ['Điểm', 'Points', 8, (e) => e.points, 'number'],
        ['Tối đa', 'Max', 8, (e) => e.maxPoints, 'number'],
        ['Yêu cầu tối thiểu theo sao', 'Per-star minima', 30, markers],
      ]),
    ],
  });
}
