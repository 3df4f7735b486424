import { type Command, type Ctx, group } from '../../context.js';
import { registerInitAssessment } from './assessment.js';
import { registerInitCommunes } from './communes.js';
import { registerInitProvinceConfig } from './province-config.js';

/**
 * `ntm init …`: forms and files ready to fill in.
 *
 * @example
 * ```ts
 * registerInit(ctx, program);
 * ```
 */
export function registerInit(ctx: Ctx, program: Command): Command {
  const init = group(ctx, program, 'init', {
    description: {
      vi: 'tạo tệp mẫu để điền (tiêu đề tiếng Việt, danh sách chọn trong Excel)',
      en: 'write forms ready to fill in (Vietnamese headers, drop-down lists in Excel)',
    },
    examples: [
      {
        run: 'ntm init assessment --set B04 --xlsx',
        note: {
          vi: 'phiếu chấm mật ong: ghi phieu-B04.xlsx',
          en: 'the honey scoring form: writes phieu-B04.xlsx',
        },
      },
    ],
  });
  registerInitAssessment(ctx, init);
  registerInitCommunes(ctx, init);
  registerInitProvinceConfig(ctx, init);
  return init;
}
