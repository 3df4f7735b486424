// Evaluates a communes table in the browser the way `ntm criteria evaluate` does on the command line: the same reader
// (packages/cli/src/io/communes.ts), the same row evaluator and the same result columns. Nothing here touches the
// DOM, so vitest runs it as it is (test/workbench-ntm.test.ts).
import { localizeCriteriaSet, supplementCriteriaSet } from '@ntm/criteria';
import {
  type NtmCriteriaSet,
  parseNationalSupplement,
  parseProvinceCriteriaConfig,
} from '@ntm/domain';
import type { DomainIssue, IsoDate } from '@ntm/domain/core';
import {
  noIndicators,
  shippedSet,
} from '../../../../../packages/cli/src/commands/criteria/criteria-set.js';
import {
  evaluationNotes,
  setTitle,
} from '../../../../../packages/cli/src/commands/criteria/describe-evaluation.js';
import {
  FULL_COLUMNS,
  fullRow,
} from '../../../../../packages/cli/src/commands/criteria/evaluation-rows.js';
import {
  communeRows,
  type EvaluatedRow,
  type RowDefaults,
  regionFinder,
  rowEvaluator,
} from '../../../../../packages/cli/src/commands/criteria/row-evaluator.js';
import type { Wording } from '../../../../../packages/cli/src/context.js';
import type { TableSource } from '../../../../../packages/cli/src/io/table.js';
import type { Report } from '../../../../../packages/cli/src/output/report.js';

/** What the user chose next to the file. */
export interface EvaluationChoices extends RowDefaults {
  /** A set id, or `auto` for the set in force on `date` (or at the end of the file's first year). */
  readonly setId: string;
  /** The day that picks the set in force. */
  readonly date?: IsoDate;
  /** A province configuration, as read from its JSON file. */
  readonly provinceConfig?: unknown;
  /** A national supplement, as read from its JSON file. */
  readonly supplement?: unknown;
}

/** The evaluated file. */
export interface TableEvaluation {
  /** The set used: national, supplemented, localised. */
  readonly set: NtmCriteriaSet;
  /** Each good row and its evaluation, in file order. */
  readonly rows: readonly EvaluatedRow[];
  /** Problems of the bad rows (the first 50 rows listed). */
  readonly problems: readonly DomainIssue[];
  /** Number of bad rows. */
  readonly badRows: number;
  /** Indicators whose national threshold the set lacks, for the notes. */
  readonly missing: ReadonlySet<string>;
  /** True when any result depends on illustrative data (values, supplement, configuration, levels). */
  readonly illustrative: boolean;
  /** Time spent reading and evaluating the rows, in milliseconds (given by the caller's clock). */
  readonly ms: number;
}

/**
 * The set a file is evaluated on: national (by id, or in force on the date), then the national supplement, then the
 * province configuration — the layers of `ntm criteria evaluate`. A set without indicators (even after the supplement)
 * cannot evaluate a commune: the CLI's error says how to supply them.
 */
export function evaluationSet(choices: EvaluationChoices, year: number): NtmCriteriaSet {
  const national = shippedSet(
    { set: choices.setId, ...(choices.date ? { date: choices.date } : {}) },
    `${year}-12-31` as IsoDate,
  );
  const supplemented =
    choices.supplement === undefined
      ? national
      : supplementCriteriaSet(national, parseNationalSupplement(choices.supplement));
  if (supplemented.criteria.every((c) => c.indicators.length === 0))
    throw noIndicators(supplemented);
  return choices.provinceConfig === undefined
    ? supplemented
    : localizeCriteriaSet(supplemented, parseProvinceCriteriaConfig(choices.provinceConfig));
}

/**
 * Reads and evaluates every row of a communes table. Bad rows are listed, not fatal; a bad header, set, supplement
 * or configuration throws (a `CliError` or `DomainError` with every problem in both languages). `today` (the user's
 * clock, read by the page) picks the set when neither a date nor the file's first row gives a year.
 *
 * @example
 * ```ts
 * const result = await evaluateTable(table, { setId: 'auto' }, '2026-06-30', () => performance.now());
 * result.rows[0]?.evaluation.criteriaMet; // 17
 * ```
 */
export async function evaluateTable(
  table: TableSource,
  choices: EvaluationChoices,
  today: IsoDate,
  clock: () => number,
): Promise<TableEvaluation> {
  const { first, rest: rows, year } = await communeRows(table, choices.date ?? today);
  const set = evaluationSet(choices, year);
  const regionOf = await regionFinder(set);
  const started = clock();
  const evaluator = rowEvaluator(table, set, regionOf, choices);
  const out: EvaluatedRow[] = [];
  const missing = new Set<string>();
  let illustrative = set.provenance?.illustrative === true || set.supplement?.illustrative === true;
  for (let next = first; !next.done; next = await rows.next()) {
    const result = evaluator.evaluate(next.value);
    if (result === undefined) continue;
    out.push(result);
    for (const m of result.evaluation.missingThresholds) missing.add(m.indicator);
    illustrative ||= result.evaluation.illustrative;
  }
  return {
    set,
    rows: out,
    problems: evaluator.problems,
    badRows: evaluator.badRows(),
    missing,
    illustrative,
    ms: clock() - started,
  };
}

/**
 * The Excel download: the columns and rows `ntm criteria evaluate --out ket-qua.xlsx` writes, the set on the notes
 * sheet with the thresholds still missing and the illustrative label.
 *
 * @example
 * ```ts
 * const blob = await writeReportBlob(resultReport(result, VIETNAMESE), 'vi');
 * ```
 */
export function resultReport(result: TableEvaluation, words: Wording): Report {
  return {
    title: [setTitle(words, result.set)],
    sheets: [
      {
        name: { vi: 'Kết quả', en: 'Results' },
        columns: FULL_COLUMNS,
        rows: result.rows.map((r) => fullRow(words, r.evaluation)),
      },
    ],
    notes: () => evaluationNotes(words, result.missing, result.illustrative, result.set),
  };
}

/** Vietnamese wording, as the CLI writes with `--lang vi`. */
export const VIETNAMESE: Wording = Object.freeze({ lang: 'vi', t: (text) => text.vi });
