import { type Command, type Ctx, group } from '../../context.js';
import { registerCheckConfig } from './check-config.js';
import { registerCheckSupplement } from './check-supplement.js';
import { registerEvaluate } from './evaluate.js';
import { registerRoadmap } from './roadmap.js';
import { registerSummary } from './summary.js';
import { registerSupplementTemplate } from './supplement-template.js';

/**
 * `ntm criteria …`: evaluate communes, summarise, plan, check a province configuration.
 *
 * @example
 * ```ts
 * registerCriteria(ctx, program);
 * ```
 */
export function registerCriteria(ctx: Ctx, program: Command): Command {
  const criteria = group(ctx, program, 'criteria', {
    description: {
      vi: 'tiêu chí xã nông thôn mới: đánh giá, tổng hợp, lộ trình, cấu hình tỉnh, bổ sung số liệu quốc gia',
      en: 'NTM commune criteria: evaluate, summarise, plan, province configuration, national supplement',
    },
    examples: [
      {
        run: 'ntm criteria evaluate examples/cli-tour/data/xa-tuan-giao-minh-hoa.csv --province-config examples/province-config/dien-bien.json',
        note: {
          vi: 'đánh giá theo cấu hình Điện Biên (minh hoạ)',
          en: 'evaluate with the Điện Biên configuration (illustrative)',
        },
      },
    ],
  });
  registerEvaluate(ctx, criteria);
  registerSummary(ctx, criteria);
  registerRoadmap(ctx, criteria);
  registerCheckConfig(ctx, criteria);
  registerSupplementTemplate(ctx, criteria);
  registerCheckSupplement(ctx, criteria);
  return criteria;
}
