import {
  NTM_ROADMAP_LABELS,
  type NtmCommuneEvaluation,
  type NtmCommuneRoadmap,
  roadmap,
} from '@ntm/criteria';
import { CLI_ERRORS, isDomainError } from '@ntm/domain/core';
import { inputFail } from '../../cli-error.js';
import { type Command, type Ctx, leaf } from '../../context.js';
import { cellNumber, cellText } from '../../io/cells.js';
import { findColumns } from '../../io/columns.js';
import { COMMUNE_COLUMNS } from '../../io/communes.js';
import { openTable } from '../../io/open-table.js';
import { type OutputOptions, outputOptions, writeResult } from '../../output/destination.js';
import { itemSheet } from '../../output/report.js';
import { HELP } from '../help-texts.js';
import {
  type CommunesOptions,
  communesOptions,
  compactEvaluation,
  evaluateCommunes,
} from './communes-input.js';
import { setTitle } from './describe-evaluation.js';

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
    communesOptions(ctx, leaf(ctx, criteria, 'roadmap', HELP['criteria roadmap'])),
  ).action(async (file: string, opts: CommunesOptions & OutputOptions) => {
    const targets = await communeTargets(ctx, file, opts);
    if ([...targets.values()].every((t) => t.target === undefined))
      inputFail(CLI_ERRORS['cli/no-targets'], { file });
    const { set, results } = await evaluateCommunes(ctx, file, opts);
    const plans = plansOf(ctx, results, targets);
    async function* lines(): AsyncGenerator<string> {
      for await (const p of plans) yield JSON.stringify(p);
    }
    await writeResult(ctx, opts, {
      fileName: () => 'lo-trinh.xlsx',
      jsonLines: lines,
      report: () => ({
        title: [setTitle(ctx, set)],
        sheets: [
          itemSheet({ vi: 'Lộ trình', en: 'Roadmap' }, plans, [
            ['Mã xã', 'Code', 10, (p) => p.commune.id],
            ['Xã', 'Commune', 24, (p) => p.commune.name],
            ['Năm mục tiêu', 'Target year', 8, (p) => p.target.year, 'integer'],
            ['Số liệu năm', 'Latest data', 8, (p) => p.latestYear, 'integer'],
            ['Tình trạng', 'Status', 22, (p) => ctx.t(NTM_ROADMAP_LABELS[p.status])],
            [
              'Tiêu chí còn thiếu',
              'Criteria missing',
              40,
              (p) => p.remaining.map((r) => r.criterion).join(', ') || '—',
            ],
            // The thresholds and values each one lacks are in `--format json` (undetermined[].label).
            [
              'Chưa đủ dữ liệu để đánh giá',
              'Not enough data',
              30,
              (p) => p.undetermined.map((u) => u.criterion).join(', ') || '—',
            ],
            [
              'Kế hoạch',
              'Plan',
              50,
              (p) => p.plan.map((s) => `${s.year}: ${s.criteria.join(', ')}`).join('\n') || '—',
            ],
          ]),
        ],
      }),
    });
  });
}

/** What `roadmap` reads of a year that is not the latest: the counts, not the criteria or gaps. */
function earlierYear(e: NtmCommuneEvaluation): NtmCommuneEvaluation {
  return { ...e, criteria: [], gaps: [] };
}

/** For each commune: how many rows the file has for it, and its target year. */
type Targets = Map<string, { rows: number; target: number | undefined }>;

/**
 * A first, light pass over the file (no evaluation): the rows of each commune and its target year, so that the
 * second pass can plan a commune as soon as its last row has been evaluated and forget it.
 */
async function communeTargets(ctx: Ctx, file: string, opts: CommunesOptions): Promise<Targets> {
  const table = await openTable(
    ctx.files,
    file,
    opts.sheet === undefined ? {} : { sheet: opts.sheet },
  );
  const idx = findColumns(table, COMMUNE_COLUMNS, { file });
  const out: Targets = new Map();
  for await (const row of table.rows) {
    const id = cellText(row.cells[idx.id ?? -1] ?? null);
    if (id === undefined) continue;
    let target: number | undefined;
    try {
      target = cellNumber(row.cells[idx.targetYear ?? -1] ?? null, {});
    } catch {
      // A bad target year is reported with the row by the evaluation pass.
    }
    const known = out.get(id);
    out.set(id, { rows: (known?.rows ?? 0) + 1, target: target ?? known?.target });
  }
  return out;
}

/**
 * The roadmap of each commune with a target year, given as soon as its last row is evaluated: memory holds only the
 * communes whose rows are still to come (and, for those, what `roadmap` reads of their earlier years).
 */
async function* plansOf(
  ctx: Ctx,
  results: AsyncIterable<{ evaluation: NtmCommuneEvaluation }>,
  targets: Targets,
): AsyncGenerator<NtmCommuneRoadmap> {
  const open = new Map<string, NtmCommuneEvaluation[]>();
  const plan = (id: string, history: NtmCommuneEvaluation[]): NtmCommuneRoadmap | undefined => {
    const target = targets.get(id)?.target;
    if (target === undefined) return undefined;
    const byYear: Record<string, NtmCommuneEvaluation[]> = Object.create(null);
    for (const e of history) byYear[String(e.year)] = [...(byYear[String(e.year)] ?? []), e];
    try {
      return roadmap(byYear, [{ commune: id, year: target }])[0];
    } catch (error) {
      if (!isDomainError(error)) throw error;
      ctx.finding();
      for (const issue of error.issues)
        ctx.warn(
          `${ctx.t({ vi: 'Lỗi', en: 'Error' })}: ${id}: ${ctx.text(issue.message)} [${issue.code}]`,
        );
      return undefined;
    }
  };
  for await (const { evaluation } of results) {
    const id = evaluation.commune?.id;
    if (id === undefined || targets.get(id)?.target === undefined) continue;
    const history = open.get(id) ?? [];
    // Only the latest year's criteria and gaps make the plan; earlier years count their criteria met.
    const latest = history.at(-1);
    const entry = compactEvaluation(evaluation);
    if (latest === undefined || latest.year < entry.year) {
      if (latest !== undefined) history[history.length - 1] = earlierYear(latest);
      history.push(entry);
    } else history.unshift(earlierYear(entry));
    if (history.length < (targets.get(id)?.rows ?? 0)) {
      open.set(id, history);
      continue;
    }
    open.delete(id);
    const p = plan(id, history);
    if (p) yield p;
  }
  // Communes with a bad row: planned from the rows that could be evaluated.
  for (const [id, history] of open) {
    const p = plan(id, history);
    if (p) yield p;
  }
}
