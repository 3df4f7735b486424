import { evaluateCommune, type NtmCommuneEvaluation } from '@ntm/criteria';
import type { CommuneFacts, NtmCriteriaSet } from '@ntm/domain';
import type { DomainIssue } from '@ntm/domain/core';
import { isDomainError } from '@ntm/domain/core';
import { isCliError, locatedIssue } from '../../cli-error.js';
import { findColumns } from '../../io/columns.js';
import { COMMUNE_COLUMNS, type CommuneRow, communeReader, rowYear } from '../../io/communes.js';
import type { TableRow, TableSource } from '../../io/table.js';

/*
 * Reading and evaluating the rows of a communes table, without a file system or a terminal: `ntm criteria evaluate`,
 * `summary` and `roadmap` run it over a file, and the workbench in the browser over a file the user dropped.
 */

/** One row of the file and its evaluation. */
export interface EvaluatedRow {
  readonly row: CommuneRow;
  readonly evaluation: NtmCommuneEvaluation;
}

/** Bad rows listed one by one before the rest are counted. */
export const LISTED_PROBLEMS = 50;

/** The region or group for rows whose "Vùng" or "Nhóm xã" cell is empty (and whose code gives no region). */
export interface RowDefaults {
  readonly region?: CommuneFacts['region'];
  readonly communeGroup?: CommuneFacts['communeGroup'];
}

/** Evaluates rows one at a time and keeps what went wrong. */
export interface RowEvaluator {
  /** The row's evaluation, or `undefined` for a bad row (its problems are kept). */
  evaluate(row: TableRow): EvaluatedRow | undefined;
  /** The problems of the first {@link LISTED_PROBLEMS} bad rows, each with file, row and column. */
  readonly problems: readonly DomainIssue[];
  /** How many rows were bad. */
  badRows(): number;
}

/** The rows of a communes table once its header is checked, and the year that picks the set. */
export interface CommuneRows {
  /** The first data row (already read to find the year). */
  readonly first: IteratorResult<TableRow>;
  /** The rows after it. */
  readonly rest: AsyncIterator<TableRow>;
  /** The first row's "Năm", else the year of the fallback date. */
  readonly year: number;
}

/**
 * Checks the fixed columns of a communes table and reads its first row for the year that picks the set (a missing
 * "Năm" column is said before any set is chosen from it).
 *
 * @example
 * ```ts
 * const { first, rest, year } = await communeRows(table, '2026-06-30');
 * ```
 */
export async function communeRows(table: TableSource, fallbackDate: string): Promise<CommuneRows> {
  findColumns(table, COMMUNE_COLUMNS, {
    file: table.file,
    ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
  });
  const rest = table.rows[Symbol.asyncIterator]();
  const first = await rest.next();
  const year =
    (first.done ? undefined : rowYear(table, first.value)) ?? Number(fallbackDate.slice(0, 4));
  return { first, rest, year };
}

/**
 * Reads each row of a communes table into facts for `set` and evaluates it. A bad row (an unreadable cell, a value
 * the engine refuses) does not stop the others: its problems are kept, located at the file, row and column.
 *
 * @example
 * ```ts
 * const rows = rowEvaluator(table, XA_2021_2025);
 * for await (const r of table.rows) rows.evaluate(r);
 * rows.badRows(); // 0
 * ```
 */
export function rowEvaluator(
  table: TableSource,
  set: NtmCriteriaSet,
  regionOf?: (code: string, date: string) => string | undefined,
  defaults: RowDefaults = {},
): RowEvaluator {
  const reader = communeReader(table, set, regionOf);
  const where = { file: table.file, ...(table.sheet === undefined ? {} : { sheet: table.sheet }) };
  const problems: DomainIssue[] = [];
  let bad = 0;
  return {
    problems,
    badRows: () => bad,
    evaluate(r) {
      try {
        const row = withDefaults(reader.read(r), defaults);
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
        bad += 1;
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
    },
  };
}

function withDefaults(row: CommuneRow, defaults: RowDefaults): CommuneRow {
  const region = row.facts.region ?? defaults.region;
  const communeGroup = row.facts.communeGroup ?? defaults.communeGroup;
  if (region === row.facts.region && communeGroup === row.facts.communeGroup) return row;
  return {
    ...row,
    facts: {
      ...row.facts,
      ...(region === undefined ? {} : { region }),
      ...(communeGroup === undefined ? {} : { communeGroup }),
    },
  };
}

/**
 * How to find a commune's region from its code, for region-keyed sets: the administrative-units dataset, loaded only
 * then (it is the largest part of the SDK).
 *
 * @example
 * ```ts
 * const regionOf = await regionFinder(XA_2021_2025);
 * regionOf?.('03178', '2022-06-30'); // 'TDMNPB'
 * ```
 */
export async function regionFinder(
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
