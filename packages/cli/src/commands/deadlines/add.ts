import { addWorkingDays } from '@ntm/deadlines';
import type { IsoDate } from '@ntm/domain/core';
import { type Command, type Ctx, leaf } from '../../context.js';
import { parseDateArg, wholeNumberArg } from '../args.js';
import { HELP } from '../help-texts.js';

/**
 * `ntm deadlines add <date> <n>`: a date plus n working days.
 *
 * @example
 * ```ts
 * registerAdd(ctx, deadlines);
 * ```
 */
export function registerAdd(ctx: Ctx, deadlines: Command): Command {
  return leaf(ctx, deadlines, 'add', HELP['deadlines add'])
    .argument(
      '<date>',
      ctx.t({ vi: 'ngày, dd/mm/yyyy hoặc YYYY-MM-DD', en: 'date, dd/mm/yyyy or YYYY-MM-DD' }),
      parseDateArg,
    )
    .argument(
      '<n>',
      ctx.t({
        vi: 'số ngày làm việc (âm: lùi lại)',
        en: 'number of working days (negative: back)',
      }),
      wholeNumberArg(-10000, 10000),
    )
    .action((date: IsoDate, n: number) => {
      const result = addWorkingDays(date, n);
      ctx.print(
        ctx.t({
          vi: `${ctx.date(date)} + ${n} ngày làm việc = ${ctx.date(result)}`,
          en: `${date} + ${n} working days = ${result}`,
        }),
      );
    });
}
