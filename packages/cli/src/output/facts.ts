import type { Bilingual } from '@ntm/domain/core';
import type { Ctx } from '../context.js';
import { type OutputFormat, type OutputOptions, writeResult } from './destination.js';
import { type CellValue, ITEM_VALUE_COLUMNS } from './report.js';

/** The formats of a command that shows the facts of one thing: a table, or the thing itself as JSON. */
export const FACT_FORMATS: readonly OutputFormat[] = Object.freeze(['table', 'json']);

/** One fact about the thing: what it is (Vietnamese, English beside) and its value. */
export type Fact = readonly [item: Bilingual, value: CellValue];

/** The facts about one thing, and the thing itself for JSON. */
export interface FactsResult {
  /** The name of the table (the sheet's name). */
  readonly name: Bilingual;
  /** The thing, written as JSON with `--format json`. */
  readonly json: () => unknown;
  /** Its facts, one row each, in order. */
  readonly facts: () => readonly Fact[];
}

/**
 * Writes the facts about one thing as an "item / value" table, or the thing as JSON (`ntm ocop find`,
 * `ntm ocop timeline`, `ntm deadlines parse`).
 *
 * @example
 * ```ts
 * await writeFacts(ctx, opts, { name: { vi: 'Hạn chót', en: 'Deadline' }, json: () => rule, facts: () => [] });
 * ```
 */
export function writeFacts(ctx: Ctx, opts: OutputOptions, result: FactsResult): Promise<void> {
  return writeResult(ctx, opts, {
    formats: FACT_FORMATS,
    json: result.json,
    report: () => ({
      sheets: [
        {
          name: result.name,
          columns: ITEM_VALUE_COLUMNS,
          rows: result.facts().map(([item, value]) => [ctx.t(item), value]),
        },
      ],
    }),
  });
}
