import { type NtmCommuneEvaluation, roadmap } from '@ntm/criteria';
import { inputFail } from '../../cli-error.js';
import { type Command, type Ctx, leaf } from '../../context.js';
import {
  type OutputFormat,
  type OutputOptions,
  openDestination,
  outputOptions,
  writeReport,
} from '../../output/destination.js';
import { ROADMAP_LABELS } from '../../output/labels.js';
import {
  type CommunesOptions,
  communesOptions,
  compactEvaluation,
  evaluateCommunes,
} from './communes-input.js';
import { setTitle } from './describe-evaluation.js';

const FORMATS: readonly OutputFormat[] = ['table', 'json', 'csv', 'xlsx'];

/**
 * `ntm criteria roadmap <communes>`: for each commune with a target year, what is missing and a plan by year.
 *
 * @example
 * ```ts
 * registerRoadmap(ctx, criteria);
 * ```
 */
export function registerRoadmap(ctx: Ctx, criteria: Command): Command {
  return outputOptions(
    ctx,
    communesOptions(
      ctx,
      leaf(ctx, criteria, 'roadmap', {
        description: {
          vi: 'lộ trình từng xã đến năm mục tiêu (cột "Năm mục tiêu"): tiêu chí còn thiếu, kế hoạch theo năm; JSON mỗi xã một dòng',
          en: 'each commune\'s path to its target year ("Năm mục tiêu" column): criteria missing, plan by year; JSON one commune per line',
        },
        examples: [
          {
            run: 'ntm criteria roadmap examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv',
            note: {
              vi: 'các xã phấn đấu đạt chuẩn năm 2023 (minh hoạ)',
              en: 'communes targeting 2023 (illustrative)',
            },
          },
        ],
      }),
    ),
    FORMATS,
  ).action(async (file: string, opts: CommunesOptions & OutputOptions) => {
    const { set, results } = await evaluateCommunes(ctx, file, opts);
    const byYear: Record<string, NtmCommuneEvaluation[]> = Object.create(null);
    const targets = new Map<string, number>();
    for await (const { evaluation: e } of results) {
      const list = byYear[String(e.year)] ?? [];
      list.push(compactEvaluation(e));
      byYear[String(e.year)] = list;
      if (e.commune?.targetYear !== undefined) targets.set(e.commune.id, e.commune.targetYear);
    }
    if (targets.size === 0)
      inputFail(
        'cli/no-targets',
        {
          vi: 'không xã nào có "Năm mục tiêu" (thêm cột này vào bảng số liệu)',
          en: 'no commune has a "Năm mục tiêu" (target year); add that column to the sheet',
        },
        { file },
      );
    const plans = roadmap(
      byYear,
      [...targets].map(([commune, year]) => ({ commune, year })),
    );
    const dest = await openDestination(ctx, opts, FORMATS, () => 'lo-trinh.xlsx');
    if (dest.format === 'json')
      await dest.write(plans.map((p) => `${JSON.stringify(p)}\n`).join(''));
    else
      await writeReport(ctx, dest, {
        title: [setTitle(ctx, set)],
        sheets: [
          {
            name: { vi: 'Lộ trình', en: 'Roadmap' },
            columns: [
              { header: { vi: 'Mã xã', en: 'Code' }, width: 10 },
              { header: { vi: 'Xã', en: 'Commune' }, width: 24 },
              { header: { vi: 'Năm mục tiêu', en: 'Target year' }, type: 'integer', width: 8 },
              { header: { vi: 'Số liệu năm', en: 'Latest data' }, type: 'integer', width: 8 },
              { header: { vi: 'Tình trạng', en: 'Status' }, width: 22 },
              { header: { vi: 'Tiêu chí còn thiếu', en: 'Criteria missing' }, width: 40 },
              { header: { vi: 'Kế hoạch', en: 'Plan' }, width: 50 },
            ],
            rows: plans.map((p) => [
              p.commune.id,
              p.commune.name,
              p.target.year,
              p.latestYear,
              ctx.t(ROADMAP_LABELS[p.status]),
              p.remaining.map((r) => r.criterion).join(', ') || '—',
              p.plan.map((s) => `${s.year}: ${s.criteria.join(', ')}`).join('\n') || '—',
            ]),
          },
        ],
      });
    await dest.close();
  });
}
