import type { NtmCommuneEvaluation } from '@ntm/criteria';
import { type Command, type Ctx, leaf } from '../../context.js';
import { type OutputOptions, outputOptions, writeResult } from '../../output/destination.js';
import { formatYesNo } from '../../output/format.js';
import { OUTCOME_LABELS } from '../../output/labels.js';
import type { Column, Row } from '../../output/report.js';
import { type CommunesOptions, communesOptions, evaluateCommunes } from './communes-input.js';
import { evaluationNotes, gapsText, setTitle } from './describe-evaluation.js';
import { evaluationJson } from './evaluation-line.js';

/**
 * `ntm criteria evaluate <communes>`: each commune's criteria met, outcome, provincial level and gaps.
 *
 * @example
 * ```ts
 * registerEvaluate(ctx, criteria);
 * ```
 */
export function registerEvaluate(ctx: Ctx, criteria: Command): Command {
  return outputOptions(
    ctx,
    communesOptions(
      ctx,
      leaf(ctx, criteria, 'evaluate', {
        description: {
          vi: 'đánh giá từng xã (.csv/.xlsx, cỡ bất kỳ): số tiêu chí đạt, kết quả, chỉ tiêu còn thiếu; JSON mỗi xã một dòng',
          en: 'evaluate each commune (.csv/.xlsx, any size): criteria met, outcome, gaps; JSON one commune per line',
        },
        examples: [
          {
            run: 'ntm criteria evaluate examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv',
            note: {
              vi: 'số liệu minh hoạ các xã huyện Tuần Giáo',
              en: 'illustrative values of Tuần Giáo communes',
            },
          },
          {
            run: 'ntm criteria evaluate examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv --out ket-qua.xlsx',
            note: { vi: 'ghi kết quả ra Excel', en: 'write the results to Excel' },
          },
          {
            run: 'ntm criteria evaluate examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv --set XA_2021_2025 --format json',
            note: {
              vi: 'kết quả đầy đủ, mỗi xã một dòng JSON',
              en: 'full results, one JSON line per commune',
            },
          },
        ],
      }),
    ),
  ).action(async (file: string, opts: CommunesOptions & OutputOptions) => {
    const { set, results } = await evaluateCommunes(ctx, file, opts);
    const missing = new Set<string>();
    let illustrative = false;
    async function* lines(): AsyncGenerator<string> {
      for await (const { evaluation } of results) yield evaluationJson(evaluation);
    }
    async function* rows(full: boolean): AsyncGenerator<Row> {
      for await (const { evaluation: e } of results) {
        for (const m of e.missingThresholds) missing.add(m.indicator);
        illustrative ||= e.illustrative;
        yield full ? fullRow(ctx, e) : tableRow(ctx, e);
      }
    }
    await writeResult(ctx, opts, {
      fileName: () => 'ket-qua-danh-gia.xlsx',
      jsonLines: lines,
      report: (format) => ({
        title: [setTitle(ctx, set)],
        sheets: [
          {
            name: { vi: 'Kết quả', en: 'Results' },
            columns: format === 'table' ? TABLE_COLUMNS : FULL_COLUMNS,
            rows: rows(format !== 'table'),
          },
        ],
        notes: () => evaluationNotes(ctx, missing, illustrative, set),
      }),
    });
  });
}

const TABLE_COLUMNS: readonly Column[] = [
  { header: { vi: 'Xã', en: 'Commune' } },
  { header: { vi: 'Năm', en: 'Year' }, type: 'integer' },
  { header: { vi: 'Đạt', en: 'Met' } },
  { header: { vi: 'Kết quả', en: 'Outcome' } },
  { header: { vi: 'Mức của tỉnh', en: 'Provincial level' } },
  { header: { vi: 'Còn thiếu', en: 'Gaps' } },
];

function provincial(ctx: Ctx, e: NtmCommuneEvaluation): string {
  if (!e.provincial) return '—';
  return `${ctx.t(e.provincial.level.name)}${e.provincial.illustrative ? ctx.t({ vi: ' (minh hoạ)', en: ' (illustrative)' }) : ''}`;
}

function tableRow(ctx: Ctx, e: NtmCommuneEvaluation): Row {
  return [
    e.commune?.name ?? '',
    e.year,
    `${e.criteriaMet}/${e.criteriaTotal}`,
    ctx.t(OUTCOME_LABELS[e.outcome]),
    provincial(ctx, e),
    gapsText(ctx, e, 6),
  ];
}

const FULL_COLUMNS: readonly Column[] = [
  { header: { vi: 'Mã xã', en: 'Commune code' }, width: 10 },
  { header: { vi: 'Tên xã', en: 'Commune' }, width: 24 },
  { header: { vi: 'Huyện', en: 'District' }, width: 20 },
  { header: { vi: 'Tỉnh', en: 'Province' }, width: 16 },
  { header: { vi: 'Năm', en: 'Year' }, type: 'integer', width: 7 },
  { header: { vi: 'Số tiêu chí đạt', en: 'Criteria met' }, type: 'integer', width: 10 },
  { header: { vi: 'Tổng số tiêu chí', en: 'Criteria' }, type: 'integer', width: 10 },
  { header: { vi: 'Tỷ lệ tiêu chí đạt', en: 'Share met' }, type: 'percent', width: 10 },
  { header: { vi: 'Chưa đủ dữ liệu', en: 'Cannot evaluate' }, type: 'integer', width: 10 },
  { header: { vi: 'Kết quả', en: 'Outcome' }, width: 16 },
  { header: { vi: 'Mức của tỉnh', en: 'Provincial level' }, width: 20 },
  { header: { vi: 'Chỉ tiêu còn thiếu', en: 'Gaps' }, width: 80 },
  { header: { vi: 'Minh hoạ', en: 'Illustrative' }, width: 9 },
];

function fullRow(ctx: Ctx, e: NtmCommuneEvaluation): Row {
  return [
    e.commune?.id ?? '',
    e.commune?.name ?? '',
    e.commune?.district ?? '',
    e.commune?.province ?? '',
    e.year,
    e.criteriaMet,
    e.criteriaTotal,
    e.criteriaTotal === 0 ? null : (100 * e.criteriaMet) / e.criteriaTotal,
    e.criteriaCannotEvaluate,
    ctx.t(OUTCOME_LABELS[e.outcome]),
    provincial(ctx, e),
    gapsText(ctx, e, e.gaps.length),
    formatYesNo(e.illustrative, ctx.lang),
  ];
}
