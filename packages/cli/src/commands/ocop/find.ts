import { CLI_ERRORS } from '@ntm/domain/core';
import { findProductSet, QD26_RUBRICS } from '@ntm/ocop-scoring/rubrics';
import { inputFail } from '../../cli-error.js';
import { type Command, type Ctx, leaf } from '../../context.js';
import { type OutputOptions, outputOptions, writeResult } from '../../output/destination.js';
import { ITEM_VALUE_COLUMNS } from '../../output/report.js';
import { HELP } from '../help-texts.js';

/**
 * `ntm ocop find <words>`: the QĐ 26/2026 product set for everyday words.
 *
 * @example
 * ```ts
 * registerFind(ctx, ocop);
 * ```
 */
export function registerFind(ctx: Ctx, ocop: Command): Command {
  return outputOptions(
    ctx,
    leaf(ctx, ocop, 'find', HELP['ocop find']).argument(
      '<words>',
      ctx.t({ vi: 'tên sản phẩm, có dấu hoặc không', en: 'product words, diacritics optional' }),
    ),
    ['table', 'json'],
  ).action(async (words: string, opts: OutputOptions) => {
    const set = findProductSet(words);
    if (set === undefined) inputFail(CLI_ERRORS['cli/no-product-set'], {}, { query: words });
    const rubric = Object.hasOwn(QD26_RUBRICS, set.code) ? QD26_RUBRICS[set.code] : undefined;
    await writeResult(ctx, opts, {
      formats: ['table', 'json'],
      json: () => set,
      report: () => ({
        sheets: [
          {
            name: { vi: 'Bộ sản phẩm', en: 'Product set' },
            columns: ITEM_VALUE_COLUMNS,
            rows: [
              [ctx.t({ vi: 'Mã bộ', en: 'Set code' }), set.code],
              [ctx.t({ vi: 'Tên', en: 'Name' }), ctx.t(set.name)],
              [
                ctx.t({ vi: 'Ngành / nhóm', en: 'Sector / group' }),
                `${set.sector} / ${set.group}${set.subgroup ? ` / ${set.subgroup}` : ''}`,
              ],
              [
                ctx.t({ vi: 'Phiếu chấm', en: 'Sheet' }),
                rubric ? `${rubric.id} (${rubric.basis.number})` : '—',
              ],
              [
                ctx.t({ vi: 'Tạo phiếu để chấm', en: 'Make a form to fill' }),
                `ntm init assessment --set ${set.code} --xlsx`,
              ],
            ],
          },
        ],
      }),
    });
  });
}
