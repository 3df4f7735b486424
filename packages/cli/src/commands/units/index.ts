import { type Command, type Ctx, group } from '../../context.js';
import { registerFind } from './find.js';

/**
 * `ntm units …`: administrative units before and after the 2025 reform.
 *
 * @example
 * ```ts
 * registerUnits(ctx, program);
 * ```
 */
export function registerUnits(ctx: Ctx, program: Command): Command {
  const units = group(ctx, program, 'units', {
    description: {
      vi: 'đơn vị hành chính trước và sau sắp xếp 2025',
      en: 'administrative units before and after the 2025 reform',
    },
    examples: [
      {
        run: 'ntm units find "huyện Tân Uyên" --date 15/05/2020',
        note: {
          vi: 'huyện Tân Uyên năm 2020 và hôm nay',
          en: 'Tân Uyên district in 2020 and today',
        },
      },
    ],
  });
  registerFind(ctx, units);
  return units;
}
