import { CLI_ERRORS } from '@ntm/domain/core';
import { usageFail } from '../../cli-error.js';
import type { Command, Ctx } from '../../context.js';
import { createFile } from '../../output/destination.js';

/** Options of the `init` commands. */
export interface TemplateOptions {
  /** `--out`: the file to write; its extension picks the format. */
  readonly out?: string;
  /** `--xlsx`: an Excel form (under its default name unless `--out` is given). */
  readonly xlsx?: boolean;
  /** `--force`: overwrite an existing file. */
  readonly force?: boolean;
}

/**
 * Adds `--out`, `--xlsx` (when Excel is one of the forms) and `--force`.
 *
 * @example
 * ```ts
 * templateOptions(ctx, cmd, ['json', 'xlsx']);
 * ```
 */
export function templateOptions(ctx: Ctx, cmd: Command, formats: readonly string[]): Command {
  if (formats.includes('xlsx'))
    cmd.option('--xlsx', ctx.t({ vi: 'ghi mẫu Excel (.xlsx)', en: 'write an Excel form (.xlsx)' }));
  return cmd
    .option(
      '--out <file>',
      ctx.t({
        vi: `tệp ghi ra; đuôi tệp chọn dạng (${formats.map((f) => `.${f}`).join(', ')})`,
        en: `file to write; its extension picks the format (${formats.map((f) => `.${f}`).join(', ')})`,
      }),
    )
    .option('--force', ctx.t({ vi: 'ghi đè tệp đã có', en: 'overwrite an existing file' }));
}

/**
 * The file and format of a template: `--out` decides by its extension, `--xlsx` asks for Excel, otherwise the first
 * format under the default name. An extension the command cannot write, or `--xlsx` with another extension, is a
 * usage error.
 *
 * @example
 * ```ts
 * templateFile({ out: 'phieu.xlsx' }, ['json', 'xlsx'], (f) => `phieu-B04.${f}`); // { path: 'phieu.xlsx', format: 'xlsx' }
 * ```
 */
export function templateFile(
  opts: TemplateOptions,
  formats: readonly string[],
  defaultName: (format: string) => string,
): { path: string; format: string } {
  if (opts.out === undefined) {
    const format = opts.xlsx === true ? 'xlsx' : (formats[0] ?? 'json');
    return { path: defaultName(format), format };
  }
  const format = /\.([^./\\]+)$/.exec(opts.out.toLowerCase())?.[1] ?? '';
  if (!formats.includes(format))
    usageFail(CLI_ERRORS['cli/template-extension'], {
      out: opts.out,
      formats: formats.map((f) => `.${f}`).join(', '),
    });
  if (opts.xlsx === true && format !== 'xlsx')
    usageFail(CLI_ERRORS['cli/xlsx-contradiction'], { out: opts.out });
  return { path: opts.out, format };
}

/**
 * Writes a JSON template and, beside it, the copy of its JSON Schema that its `$schema` names, so that editors check
 * it without the network. The copy is ours: refreshed every time, so it always matches this version of the SDK.
 *
 * @example
 * ```ts
 * await writeJsonWithSchema(ctx, 'tinh.json', template, { file: 'province-criteria.schema.json', schema }, false);
 * ```
 */
export async function writeJsonWithSchema(
  ctx: Ctx,
  path: string,
  template: unknown,
  schema: { readonly file: string; readonly schema: unknown },
  force: boolean | undefined,
): Promise<void> {
  const folder = /^(.*[\\/])[^\\/]*$/.exec(path)?.[1] ?? '';
  const sink = await createFile(ctx, path, force === true);
  await sink.write(`${JSON.stringify(template, null, 2)}\n`);
  await sink.close();
  const copy = await createFile(ctx, `${folder}${schema.file}`, true);
  await copy.write(`${JSON.stringify(schema.schema, null, 2)}\n`);
  await copy.close();
}
