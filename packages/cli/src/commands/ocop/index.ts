import { type Command, type Ctx, group } from '../../context.js';
import { registerFind } from './find.js';
import { registerScore } from './score.js';
import { registerTimeline } from './timeline.js';

/**
 * `ntm ocop …`: score an assessment, find a product set, a certificate's timeline.
 *
 * @example
 * ```ts
 * registerOcop(ctx, program);
 * ```
 */
export function registerOcop(ctx: Ctx, program: Command): Command {
  const ocop = group(ctx, program, 'ocop', {
    description: {
      vi: 'Chương trình OCOP: chấm điểm, tra cứu bộ sản phẩm, thời hạn giấy chứng nhận',
      en: 'OCOP programme: scoring, product sets, certificate timelines',
    },
    examples: [
      {
        run: 'ntm ocop score examples/cli-tour/data/mat-ong.json',
        note: { vi: 'chấm điểm một phiếu (minh hoạ)', en: 'score one assessment (illustrative)' },
      },
    ],
  });
  registerScore(ctx, ocop);
  registerFind(ctx, ocop);
  registerTimeline(ctx, ocop);
  return ocop;
}
