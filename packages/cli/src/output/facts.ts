import type { Bilingual } from '@ntm/domain/core';
import type { Command, Ctx } from '../context.js';
import {
  type OutputFormat,
  type OutputOptions,
  outputOptions,
  writeResult,
} from './destination.js';
import { type CellValue, ITEM_VALUE_COLUMNS } from './report.js';

/** The formats of a command that shows the facts of one thing: a table, or the thing itself as JSON. */
const FACT_FORMATS: readonly OutputFormat[] = Object.freeze(['table', 'json']);

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
 * Makes `cmd` a command that shows the facts about one thing (`ntm ocop find`, `ntm ocop timeline`,
 * `ntm deadlines parse`): `--format table|json`, `--out`, `--force`, then what `facts` gives for the command's argument
 * and options, as an "item / value" table or the thing as JSON.
 *
 * @example
 * ```ts
 * factsCommand(ctx, leaf(ctx, ocop, 'timeline', HELP['ocop timeline']), (date: IsoDate) => ({
 *   name: { vi: 'Giấy chứng nhận', en: 'Certificate' }, json: () => t, facts: () => [],
 * }));
 * ```
 */
export function factsCommand<A, O extends OutputOptions>(
  ctx: Ctx,
  cmd: Command,
  facts: (argument: A, opts: O) => FactsResult,
): Command {
  return outputOptions(ctx, cmd, FACT_FORMATS).action(async (argument: A, opts: O) =>
    writeFacts(ctx, opts, facts(argument, opts)),
  );
}

/** Writes the facts about one thing as an "item / value" table, or the thing as JSON. */
function writeFacts(ctx: Ctx, opts: OutputOptions, result: FactsResult): Promise<void> {
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
