import { createSummary, type NtmSummaryGroup } from '@ntm/criteria';
import { Option } from 'commander';
import { type Command, type Ctx, leaf } from '../../context.js';
import { type OutputOptions, outputOptions, writeResult } from '../../output/destination.js';
import { columns } from '../../output/report.js';
import { HELP } from '../help-texts.js';
import { type CommunesOptions, communesOptions, evaluateCommunes } from './communes-input.js';
import { evaluationNotes, setTitle } from './describe-evaluation.js';

type GroupBy = 'district' | 'province' | 'targetYear' | 'year';

/**
 * `ntm criteria summary <communes>`: communes meeting the standard by district, province, target year or year.
 *
 * @example
 * ```ts
 * registerSummary(ctx, criteria);
 * ```
 */
export function registerSummary(ctx: Ctx, criteria: Command): Command {
  return outputOptions(
    ctx,
    communesOptions(ctx, leaf(ctx, criteria, 'summary', HELP['criteria summary'])).addOption(
      new Option('--by <field>', ctx.t({ vi: 'nhóm theo', en: 'group by' }))
        .choices(['district', 'province', 'targetYear', 'year'])
        .default('district'),
    ),
  ).action(async (file: string, opts: CommunesOptions & OutputOptions & { by: GroupBy }) => {
    const { set, results } = await evaluateCommunes(ctx, file, opts);
    // Counted as the rows go by: memory holds one set of counts per group, whatever the number of rows.
    const builder = createSummary({ by: opts.by });
    const missing = new Set<string>();
    let illustrative = false;
    for await (const { evaluation: e } of results) {
      for (const m of e.missingThresholds) missing.add(m.indicator);
      illustrative ||= e.illustrative;
      builder.add(e);
    }
    const s = builder.result();
    const row = (g: NtmSummaryGroup, name: string) => [
      name,
      g.communes,
      g.met,
      g.notMet,
      g.cannotEvaluate,
      g.communes === 0 ? null : (100 * g.met) / g.communes,
      g.below,
      ctx.t({
        vi: `${name}: ${g.met}/${g.communes} xã đạt chuẩn`,
        en: `${name}: ${g.met} of ${g.communes} communes meet the standard`,
      }),
    ];
    const unknown = ctx.t({ vi: '(chưa rõ)', en: '(unknown)' });
    const by = BY_LABELS[opts.by];
    await writeResult(ctx, opts, {
      fileName: () => 'tong-hop.xlsx',
      json: () => s,
      report: () => ({
        title: [setTitle(ctx, set)],
        sheets: [
          {
            name: { vi: 'Tổng hợp', en: 'Summary' },
            columns: columns([
              [by.vi, by.en, 24],
              ['Số xã', 'Communes', 8, 'integer'],
              ['Đạt chuẩn', 'Met', 9, 'integer'],
              ['Chưa đạt chuẩn', 'Not met', 9, 'integer'],
              ['Chưa đủ dữ liệu', 'Cannot evaluate', 9, 'integer'],
              ['Tỷ lệ đạt chuẩn', 'Share met', 9, 'percent'],
              s.belowCriteria === null
                ? ['Dưới ngưỡng tiêu chí', 'Under the criteria mark', 10, 'integer']
                : [
                    `Dưới ${s.belowCriteria} tiêu chí`,
                    `Under ${s.belowCriteria} criteria`,
                    10,
                    'integer',
                  ],
              ['Tóm tắt', 'Summary', 40],
            ]),
            rows: [
              ...s.groups.map((g) => row(g, g.key === '(chưa rõ)' ? unknown : g.key)),
              row(s.total, ctx.t({ vi: 'Tổng cộng', en: 'Total' })),
            ],
          },
        ],
        notes: () => evaluationNotes(ctx, missing, illustrative, set),
      }),
    });
  });
}

const BY_LABELS = {
  district: { vi: 'Huyện', en: 'District' },
  province: { vi: 'Tỉnh', en: 'Province' },
  targetYear: { vi: 'Năm mục tiêu', en: 'Target year' },
  year: { vi: 'Năm', en: 'Year' },
} as const;
