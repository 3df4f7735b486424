import { DEADLINE_RULE_LABELS, parseDeadline, READING_STATUS_LABELS } from '@ntm/deadlines/phrases';
import type { IsoDate } from '@ntm/domain/core';
import { type Command, type Ctx, leaf } from '../../context.js';
import type { OutputOptions } from '../../output/destination.js';
import { factsCommand } from '../../output/facts.js';
import { HELP } from '../help-texts.js';
import { describeRule } from './describe-rule.js';

/**
 * `ntm deadlines parse <phrase>`: a deadline phrase read into a dated rule, and how it was read.
 *
 * @example
 * ```ts
 * registerParse(ctx, deadlines);
 * ```
 */
export function registerParse(ctx: Ctx, deadlines: Command): Command {
  return factsCommand(
    ctx,
    leaf(ctx, deadlines, 'parse', HELP['deadlines parse']),
    (phrase: string, opts: OutputOptions & { issued?: IsoDate; inclusive?: boolean }) => {
      const rule = parseDeadline(phrase, {
        ...(opts.issued ? { issuedOn: opts.issued } : {}),
        ...(opts.inclusive ? { inclusive: true } : {}),
      });
      return {
        name: { vi: 'Hạn chót', en: 'Deadline' },
        json: () => rule,
        facts: () => [
          [{ vi: 'Cụm từ', en: 'Phrase' }, rule.source?.text ?? phrase],
          [{ vi: 'Loại', en: 'Kind' }, ctx.t(DEADLINE_RULE_LABELS[rule.kind])],
          [{ vi: 'Hạn', en: 'Deadline' }, describeRule(ctx, rule)],
          [
            { vi: 'Cách hiểu', en: 'Reading' },
            `${ctx.text(rule.reading.explanation)} (${ctx.t(READING_STATUS_LABELS[rule.reading.status])})`,
          ],
        ],
      };
    },
  );
}
