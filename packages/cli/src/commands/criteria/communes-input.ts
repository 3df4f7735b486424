import { evaluateCommune, type NtmCommuneEvaluation } from '@ntm/criteria';
import type { NtmCriteriaSet } from '@ntm/domain';
import type { DomainIssue } from '@ntm/domain/core';
import { isDomainError } from '@ntm/domain/core';
import { isCliError, locatedIssue } from '../../cli-error.js';
import { type Command, type Ctx, quietOption } from '../../context.js';
import { findColumns } from '../../io/columns.js';
import { COMMUNE_COLUMNS, type CommuneRow, communeReader, rowYear } from '../../io/communes.js';
import { openTable } from '../../io/open-table.js';
import type { TableRow } from '../../io/table.js';
import { type EvaluationSetOptions, evaluationSet, evaluationSetOptions } from './criteria-set.js';

/** Options of the commands that read a communes file. */
export interface CommunesOptions extends EvaluationSetOptions {
  /** `--sheet`: the worksheet of a workbook. */
  readonly sheet?: string;
  /** `--quiet`: no progress line. */
  readonly quiet?: boolean;
  /** `--out`: results go to a file, so stdout is free for a progress line. */
  readonly out?: string;
}

/** One row of the file and its evaluation. */
export interface EvaluatedRow {
  readonly row: CommuneRow;
  readonly evaluation: NtmCommuneEvaluation;
}

/** Bad rows listed one by one before the rest are counted. */
const LISTED_PROBLEMS = 50;

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
  // The fixed columns do not depend on the set: a missing "Năm" is said before a set is picked from it.
  findColumns(table, COMMUNE_COLUMNS, {
    file: table.file,
    ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
  });
  const rows = table.rows[Symbol.asyncIterator]();
  const first = await rows.next();
  const year =
    (first.done ? undefined : rowYear(table, first.value)) ??
    Number((opts.date ?? ctx.today()).slice(0, 4));
  const set = await evaluationSet(ctx, opts, year);
  const reader = communeReader(table, set, await regionFinder(set));
  const where = { file: table.file, ...(table.sheet === undefined ? {} : { sheet: table.sheet }) };

  async function* results(): AsyncGenerator<EvaluatedRow> {
    const problems: DomainIssue[] = [];
    let badRows = 0;
    let count = 0;
    const progress = ctx.progress(
      { vi: 'Đánh giá xã', en: 'Evaluating communes' },
      table.progress,
      opts.quiet,
      opts.out !== undefined,
    );
    const evaluate = (r: TableRow): EvaluatedRow | undefined => {
      let row: CommuneRow | undefined;
      try {
        row = reader.read(r);
        const facts = row.facts;
        return {
          row,
          evaluation: evaluateCommune(set, facts, {
            year: row.year,
            region: facts.region,
            communeGroup: facts.communeGroup,
            commune: facts.commune,
          }),
        };
      } catch (error) {
        badRows += 1;
        if (problems.length >= LISTED_PROBLEMS) return undefined;
        if (isCliError(error)) problems.push(...error.issues);
        else if (isDomainError(error))
          for (const issue of error.issues) {
            const code = issue.path.find(
              (p) => typeof p === 'string' && reader.columnOf(p) !== undefined,
            );
            const column = typeof code === 'string' ? reader.columnOf(code) : undefined;
            problems.push(
              locatedIssue(issue, { ...where, row: r.row, ...(column ? { column } : {}) }),
            );
          }
        else throw error;
        return undefined;
      }
    };
    let next = first;
    while (!next.done) {
      const result = evaluate(next.value);
      count += 1;
      progress.tick(count);
      if (result) yield result;
      next = await rows.next();
    }
    progress.done();
    if (badRows > 0) {
      ctx.finding();
      for (const issue of problems)
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
 * How to find a commune's region from its code, for region-keyed sets: the administrative-units dataset, loaded only
 * then (it is the largest part of the SDK).
 */
async function regionFinder(
  set: NtmCriteriaSet,
): Promise<((code: string, date: string) => string | undefined) | undefined> {
  if (set.thresholdKey !== 'region') return undefined;
  const { ntmRegionOf } = await import('@ntm/domain/units');
  return (code, date) => {
    try {
      return ntmRegionOf(code, date).region;
    } catch (error) {
      if (isDomainError(error)) return undefined;
      throw error;
    }
  };
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
