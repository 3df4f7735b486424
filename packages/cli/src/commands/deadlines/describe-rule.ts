import type { DeadlineRule } from '@ntm/domain';
import { addDays } from '@ntm/domain/core';
import type { Ctx } from '../../context.js';

/**
 * A deadline rule in words, dates written for the reader.
 *
 * @example
 * ```ts
 * describeRule(ctx, rule); // 'trước ngày 05/08/2022 → hạn cuối 04/08/2022'
 * ```
 */
export function describeRule(ctx: Ctx, rule: DeadlineRule): string {
  const d = ctx.date;
  switch (rule.kind) {
    case 'before':
      return rule.inclusive
        ? ctx.t({ vi: `đến hết ngày ${d(rule.date)}`, en: `until the end of ${d(rule.date)}` })
        : ctx.t({
            vi: `trước ngày ${d(rule.date)} → hạn cuối ${d(addDays(rule.date, -1))}`,
            en: `before ${d(rule.date)} → last day ${d(addDays(rule.date, -1))}`,
          });
    case 'by':
      return ctx.t({ vi: `chậm nhất ngày ${d(rule.date)}`, en: `by ${d(rule.date)}` });
    case 'within':
      return ctx.t({
        vi: `trong khoảng ${d(rule.start)} – ${d(rule.end)}`,
        en: `within ${d(rule.start)} – ${d(rule.end)}`,
      });
    case 'monthly':
      return ctx.t({ vi: `ngày ${rule.day} hằng tháng`, en: `day ${rule.day} of every month` });
    case 'quarterly':
      return ctx.t({
        vi: `ngày ${rule.day}, tháng thứ ${rule.monthOfQuarter} mỗi quý`,
        en: `day ${rule.day} of month ${rule.monthOfQuarter} of each quarter`,
      });
    case 'from':
      return ctx.t({
        vi: `bắt đầu từ ngày ${d(rule.date)} (không có hạn kết thúc)`,
        en: `starting ${d(rule.date)} (no end date)`,
      });
    case 'withinDays':
      return ctx.t({
        vi: `trong ${rule.days} ngày${rule.after ? ` kể từ ${d(rule.after)}` : ''}`,
        en: `within ${rule.days} days${rule.after ? ` after ${d(rule.after)}` : ''}`,
      });
    case 'withinWorkingDays':
      return ctx.t({
        vi: `trong ${rule.days} ngày làm việc${rule.after ? ` kể từ ${d(rule.after)}` : ''}`,
        en: `within ${rule.days} working days${rule.after ? ` after ${d(rule.after)}` : ''}`,
      });
  }
}
