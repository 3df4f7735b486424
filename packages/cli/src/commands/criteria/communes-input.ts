import type { NtmCommuneEvaluation } from '@ntm/criteria';
import type { NtmCriteriaSet } from '@ntm/domain';
import { type Command, type Ctx, quietOption } from '../../context.js';
import { openTable } from '../../io/open-table.js';
import { type EvaluationSetOptions, evaluationSet } from './criteria-set.js';
import {
  communeRows,
  type EvaluatedRow,
  LISTED_PROBLEMS,
  regionFinder,
  rowEvaluator,
} from './row-evaluator.js';
import { evaluationSetOptions } from './set-options.js';

/** Options of the commands that read a communes file. */
export interface CommunesOptions extends EvaluationSetOptions {
  /** `--sheet`: the worksheet of a workbook. */
  readonly sheet?: string;
  /** `--quiet`: no progress line. */
  readonly quiet?: boolean;
  /** `--out`: results go to a file, so stdout is free for a progress line. */
  readonly out?: string;
}

/**
 * Adds the communes file argument and the options every criteria command on such a file shares.
 *
 * @example
 * ```ts
 * communesOptions(ctx, leaf(ctx, criteria, 'evaluate', help));
 * ```
 */
export function communesOptions(ctx: Ctx, cmd: Command): Command {
  return evaluationSetOptions(
    ctx,
    cmd.argument(
      '<communes>',
      ctx.t({
        vi: 'bảng số liệu các xã (.csv hoặc .xlsx; mẫu: ntm init communes)',
        en: 'communes sheet (.csv or .xlsx; template: ntm init communes)',
      }),
    ),
  )
    .option(
      '--sheet <name>',
      ctx.t({ vi: 'tên trang tính (tệp .xlsx)', en: 'worksheet name (.xlsx files)' }),
    )
    .addOption(quietOption(ctx));
}

/**
 * Reads a communes file and evaluates it row by row: the set is chosen from the first row's year (or `--set`), the
 * header is checked against it, then each row is read, evaluated and handed on — nothing is kept, so a file of any
 * size runs in bounded memory. A bad row does not stop the others: every bad row is reported on stderr at the end
 * (file, row, column, value) and the run ends with exit code 1.
 *
 * @example
 * ```ts
 * const { set, results } = await evaluateCommunes(ctx, 'xa.csv', opts);
 * for await (const { evaluation } of results) console.log(evaluation.label.vi);
 * ```
 */
export async function evaluateCommunes(
  ctx: Ctx,
  file: string,
  opts: CommunesOptions,
): Promise<{ set: NtmCriteriaSet; results: AsyncIterable<EvaluatedRow> }> {
  const table = await openTable(
    ctx.files,
    file,
    opts.sheet === undefined ? {} : { sheet: opts.sheet },
  );
  const { first, rest: rows, year } = await communeRows(table, opts.date ?? ctx.today());
  const set = await evaluationSet(ctx, opts, year);
  const evaluator = rowEvaluator(table, set, await regionFinder(set));

  async function* results(): AsyncGenerator<EvaluatedRow> {
    let count = 0;
    const progress = ctx.progress(
      { vi: 'Đánh giá xã', en: 'Evaluating communes' },
      table.progress,
      opts.quiet,
      opts.out !== undefined,
    );
    let next = first;
    while (!next.done) {
      const result = evaluator.evaluate(next.value);
      count += 1;
      progress.tick(count);
      if (result) yield result;
      next = await rows.next();
    }
    progress.done();
    const badRows = evaluator.badRows();
    if (badRows > 0) {
      ctx.finding();
      for (const issue of evaluator.problems)
        ctx.warn(
          `${ctx.t({ vi: 'Lỗi', en: 'Error' })}: ${ctx.text(issue.message)} [${issue.code}]`,
        );
      ctx.warn(
        ctx.t({
          vi: `${badRows} dòng có lỗi không được đánh giá${badRows > LISTED_PROBLEMS ? ` (liệt kê ${LISTED_PROBLEMS} dòng đầu)` : ''}; ${count - badRows} dòng đã đánh giá.`,
          en: `${badRows} rows with errors were not evaluated${badRows > LISTED_PROBLEMS ? ` (the first ${LISTED_PROBLEMS} listed)` : ''}; ${count - badRows} rows evaluated.`,
        }),
      );
    }
  }
  return { set, results: results() };
}

/**
 * What `roadmap` reads of an evaluation: the criteria not met (without their indicators) and those that cannot be
 * evaluated (with the indicators that lack a value, and the thresholds they lack), so that the communes waiting for
 * their later rows take about a tenth of the memory.
 *
 * @example
 * ```ts
 * kept.push(compactEvaluation(evaluation));
 * ```
 */
export function compactEvaluation(e: NtmCommuneEvaluation): NtmCommuneEvaluation {
  const unknown = new Set<string>();
  const criteria = e.criteria.flatMap((c) => {
    if (c.status === 'not-met') return [{ ...c, indicators: [] }];
    if (c.status !== 'cannot-evaluate') return [];
    unknown.add(c.code);
    for (const r of c.indicators) unknown.add(r.code);
    return [{ ...c, indicators: c.indicators.filter((r) => r.status === 'cannot-evaluate') }];
  });
  return {
    ...e,
    criteria,
    missingThresholds: e.missingThresholds.filter((m) => unknown.has(m.indicator)),
  };
}
