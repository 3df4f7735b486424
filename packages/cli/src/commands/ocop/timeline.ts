import type { IsoDate } from '@ntm/domain/core';
import { certificateTimeline } from '@ntm/ocop-scoring';
import { type Command, type Ctx, leaf } from '../../context.js';
import { type Fact, factsCommand } from '../../output/facts.js';
import { dateCell } from '../../output/report.js';
import { HELP } from '../help-texts.js';

/**
 * `ntm ocop timeline <decision-date>`: certificate validity, re-evaluation window, late-filing extension.
 *
 * @example
 * ```ts
 * registerTimeline(ctx, ocop);
 * ```
 */
export function registerTimeline(ctx: Ctx, ocop: Command): Command {
  return factsCommand(
    ctx,
    leaf(ctx, ocop, 'timeline', HELP['ocop timeline']),
    (decidedOn: IsoDate) => {
      const t = certificateTimeline(decidedOn);
      return {
        name: { vi: 'Giấy chứng nhận', en: 'Certificate' },
        json: () => t,
        facts: () => [
          [{ vi: 'Ngày quyết định', en: 'Decided on' }, dateCell(t.decidedOn)],
          [{ vi: 'Hết hạn (36 tháng)', en: 'Expires (36 months)' }, dateCell(t.expiresNominally)],
          [{ vi: 'Có hiệu lực đến', en: 'Valid until' }, dateCell(t.validUntil)],
          [
            { vi: 'Nộp hồ sơ đánh giá lại', en: 'Re-evaluation filing window' },
            `${ctx.date(t.filingWindow.opens)} → ${ctx.date(t.filingWindow.closes)} (${ctx.t({ vi: 'ngày làm việc', en: 'working days' })} ${ctx.date(t.filingWindow.firstWorkingDay)} → ${ctx.date(t.filingWindow.lastWorkingDay)})`,
          ],
          [
            {
              vi: 'Nộp muộn: hiệu lực tối đa đến',
              en: 'Late filing: valid at most until',
            },
            dateCell(t.lateFilingValidUntil),
          ],
          [
            { vi: 'Căn cứ', en: 'Basis' },
            [
              ...new Set(t.basis.map((b) => (b.article ? `${b.number} ${b.article}` : b.number))),
            ].join('; '),
          ],
          ...t.flags.map((f): Fact => [{ vi: 'Lưu ý', en: 'Note' }, ctx.text(f.message)]),
        ],
      };
    },
  );
}
