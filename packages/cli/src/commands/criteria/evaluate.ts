import { type Command, type Ctx, leaf } from '../../context.js';
import { type OutputOptions, outputOptions, writeResult } from '../../output/destination.js';
import type { Row } from '../../output/report.js';
import { HELP } from '../help-texts.js';
import { type CommunesOptions, communesOptions, evaluateCommunes } from './communes-input.js';
import { evaluationNotes, setTitle } from './describe-evaluation.js';
import { evaluationJson } from './evaluation-line.js';
import { FULL_COLUMNS, fullRow, TABLE_COLUMNS, tableRow } from './evaluation-rows.js';

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
    communesOptions(ctx, leaf(ctx, criteria, 'evaluate', HELP['criteria evaluate'])),
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
