import { type Command, type Ctx, group } from '../../context.js';
import { registerSchedule } from './schedule.js';
import { registerStatus } from './status.js';

/**
 * `ntm directive …`: the dated schedule of a directive and the status of its tasks.
 *
 * @example
 * ```ts
 * registerDirective(ctx, program);
 * ```
 */
export function registerDirective(ctx: Ctx, program: Command): Command {
  const directive = group(ctx, program, 'directive', {
    description: {
      vi: 'văn bản chỉ đạo: lịch hạn chót, lịch ICS, tình hình thực hiện',
      en: 'directives: deadline schedule, ICS calendar, task status',
    },
    examples: [
      {
        run: 'ntm directive schedule examples/directives/lai-chau-2020.json',
        note: { vi: 'các hạn năm 2020', en: 'the 2020 deadlines' },
      },
    ],
  });
  registerSchedule(ctx, directive);
  registerStatus(ctx, directive);
  return directive;
}
