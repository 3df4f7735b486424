import { type Command, type Ctx, group } from '../../context.js';
import { registerAdd } from './add.js';
import { registerDaysOff } from './days-off.js';
import { registerParse } from './parse.js';

/**
 * `ntm deadlines …`: deadline phrases, days off and working days.
 *
 * @example
 * ```ts
 * registerDeadlines(ctx, program);
 * ```
 */
export function registerDeadlines(ctx: Ctx, program: Command): Command {
  const deadlines = group(ctx, program, 'deadlines', {
    description: {
      vi: 'hạn chót: đọc cụm từ hạn trong văn bản, ngày nghỉ, ngày làm việc',
      en: 'deadlines: phrases in directives, days off, working days',
    },
    examples: [
      {
        run: 'ntm deadlines parse "trước ngày 05/08/2022" --issued 26/07/2022',
        note: { vi: 'đọc một hạn chót', en: 'read one deadline' },
      },
    ],
  });
  registerParse(ctx, deadlines);
  registerDaysOff(ctx, deadlines);
  registerAdd(ctx, deadlines);
  return deadlines;
}
