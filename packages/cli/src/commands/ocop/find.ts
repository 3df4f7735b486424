import { CLI_ERRORS } from '@ntm/domain/core';
import { findProductSet, QD26_RUBRICS } from '@ntm/ocop-scoring/rubrics';
import { inputFail } from '../../cli-error.js';
import { type Command, type Ctx, leaf } from '../../context.js';
import { factsCommand } from '../../output/facts.js';
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
  return factsCommand(ctx, leaf(ctx, ocop, 'find', HELP['ocop find']), (words: string) => {
    const set = findProductSet(words);
    if (set === undefined) inputFail(CLI_ERRORS['cli/no-product-set'], {}, { query: words });
    const rubric = Object.hasOwn(QD26_RUBRICS, set.code) ? QD26_RUBRICS[set.code] : undefined;
    return {
      name: { vi: 'Bộ sản phẩm', en: 'Product set' },
      json: () => set,
      facts: () => [
        [{ vi: 'Mã bộ', en: 'Set code' }, set.code],
        [{ vi: 'Tên', en: 'Name' }, ctx.t(set.name)],
        [
          { vi: 'Ngành / nhóm', en: 'Sector / group' },
          `${set.sector} / ${set.group}${set.subgroup ? ` / ${set.subgroup}` : ''}`,
        ],
        [{ vi: 'Phiếu chấm', en: 'Sheet' }, rubric ? `${rubric.id} (${rubric.basis.number})` : '—'],
        [
          { vi: 'Tạo phiếu để chấm', en: 'Make a form to fill' },
          `ntm init assessment --set ${set.code} --xlsx`,
        ],
      ],
    };
  });
}
