import schema from '@ntm/domain/schemas/province-criteria.json' with { type: 'json' };
import { type Command, type Ctx, leaf } from '../../context.js';
import { nationalSet, type SetOptions } from '../criteria/criteria-set.js';
import { setOptions } from '../criteria/set-options.js';
import { HELP } from '../help-texts.js';
import {
  type TemplateOptions,
  templateFile,
  templateOptions,
  writeJsonWithSchema,
} from './template-file.js';

/** The JSON Schema copy written beside a configuration, so that editors check it without the network. */
const SCHEMA_FILE = 'province-criteria.schema.json';

/**
 * `ntm init province-config`: a province configuration that passes `check-config`, with its JSON Schema beside it.
 *
 * @example
 * ```ts
 * registerInitProvinceConfig(ctx, init);
 * ```
 */
export function registerInitProvinceConfig(ctx: Ctx, init: Command): Command {
  return templateOptions(
    ctx,
    setOptions(
      ctx,
      leaf(ctx, init, 'province-config', HELP['init province-config']),
      'XA_2021_2025',
    ),
    ['json'],
  ).action(async (opts: TemplateOptions & SetOptions) => {
    const set = await nationalSet(ctx, opts, ctx.today());
    const { path } = templateFile(opts, ['json'], () => 'province-config.json');
    const folder = /^(.*[\\/])[^\\/]*$/.exec(path)?.[1] ?? '';
    const template = {
      $schema: `./${SCHEMA_FILE}`,
      province: 'Tên tỉnh / Province name',
      baseSetId: set.id,
      illustrative: true,
      note: {
        vi: 'Điền số, ngày của quyết định của tỉnh vào "decision" và bỏ "illustrative" khi đã có văn bản chính thức.',
        en: 'Fill "decision" with the province decision and drop "illustrative" once the official text is in.',
      },
      thresholds: [],
    };
    await writeJsonWithSchema(ctx, path, template, { file: SCHEMA_FILE, schema }, opts.force);
    ctx.print(
      ctx.t({
        vi: `Đã ghi ${path} và ${folder}${SCHEMA_FILE} (để trình soạn thảo kiểm tra, không cần mạng); kiểm tra: ntm criteria check-config ${path}`,
        en: `Wrote ${path} and ${folder}${SCHEMA_FILE} (for editor checks, offline); check it: ntm criteria check-config ${path}`,
      }),
    );
  });
}
