import { addWorkingDays } from '@ntm/deadlines';
import type { IsoDate } from '@ntm/domain/core';
import { type Command, type Ctx, leaf } from '../../context.js';
import { parseDateArg, wholeNumberArg } from '../args.js';

/**
 * `ntm deadlines add <date> <n>`: a date plus n working days.
 *
 * @example
 * ```ts
 * registerAdd(ctx, deadlines);
 * ```
 */
export function registerAdd(ctx: Ctx, deadlines: Command): Command {
  return leaf(ctx, deadlines, 'add', {
    description: {
      vi: 'cộng n ngày làm việc vào một ngày (bỏ qua ngày nghỉ, tính ngày làm bù)',
      en: 'add n working days to a date (skipping days off, counting make-up days)',
    },
    examples: [
      {
        run: 'ntm deadlines add 13/02/2026 1',
        note: { vi: 'ngày làm việc đầu tiên sau Tết', en: 'first working day after Tết' },
      },
      {
        run: 'ntm deadlines add 26/07/2022 15',
        note: { vi: '15 ngày làm việc', en: '15 working days' },
      },
    ],
  })
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
