import type { NtmCriteriaSet } from '@ntm/domain';
import type { NtmSupplyMark } from '@ntm/domain/core';
import { CLI_ERRORS } from '@ntm/domain/core';
import { isCliError, usageFail } from '../../cli-error.js';
import { type Command, type Ctx, leaf } from '../../context.js';
import { readJson } from '../../io/read-json.js';
import { type OutputOptions, openDestination, outputOptions } from '../../output/destination.js';
import { HELP } from '../help-texts.js';
import { nationalSet, provinceSet, type SetOptions } from './criteria-set.js';
import { supplementText } from './describe-evaluation.js';
import { setOptions } from './set-options.js';

/** The supplement the national floor was completed with, in the JSON report: its source and whether it is an example. */
function supplementField(set: NtmCriteriaSet): { supplement?: NtmSupplyMark } {
  const s = set.supplement;
  return s === undefined ? {} : { supplement: { source: s.source, illustrative: s.illustrative } };
}

/**
 * `ntm criteria check-config <province-config>`: a province's configuration against the national floor, every problem
 * at once with its JSON pointer.
 *
 * @example
 * ```ts
 * registerCheckConfig(ctx, criteria);
 * ```
 */
export function registerCheckConfig(ctx: Ctx, criteria: Command): Command {
  return outputOptions(
    ctx,
    setOptions(ctx, leaf(ctx, criteria, 'check-config', HELP['criteria check-config'])),
    ['table', 'json'],
  ).action(async (file: string, opts: Partial<SetOptions> & OutputOptions) => {
    const data = (await readJson(ctx.files, file)) as { baseSetId?: unknown } | null;
    const setId = opts.set ?? (typeof data?.baseSetId === 'string' ? data.baseSetId : undefined);
    if (setId === undefined) usageFail(CLI_ERRORS['cli/no-base-set']);
    const national = await nationalSet(ctx, { ...opts, set: setId }, ctx.today());
    const dest = await openDestination(ctx, opts, ['table', 'json']);
    const supplied = supplementText(ctx, national);
    try {
      const local = await provinceSet(ctx, file, national);
      const indicators = local.criteria.reduce((n, c) => n + c.indicators.length, 0);
      if (dest.format === 'json')
        await dest.write(
          `${JSON.stringify({ file, set: national.id, ...supplementField(national), valid: true, issues: [] }, null, 2)}\n`,
        );
      else
        await dest.write(
          ctx.t({
            vi: `✔ ${file}: hợp lệ, không lỏng hơn mức quốc gia ${national.id} (${national.basis.number})${supplied ? `; ${supplied}` : ''}\n  ${local.criteria.length} tiêu chí, ${indicators} chỉ tiêu sau khi áp dụng cấu hình tỉnh.\n`,
            en: `✔ ${file}: valid, nothing looser than the national ${national.id} (${national.basis.number})${supplied ? `; ${supplied}` : ''}\n  ${local.criteria.length} criteria, ${indicators} indicators after the province configuration.\n`,
          }),
        );
    } catch (error) {
      if (!isCliError(error)) throw error;
      ctx.finding();
      if (dest.format === 'json')
        await dest.write(
          `${JSON.stringify(
            {
              file,
              set: national.id,
              ...supplementField(national),
              valid: false,
              issues: error.issues.map((i) => ({
                code: i.code,
                pointer: (i.params as { field?: string } | undefined)?.field ?? null,
                message: i.message,
              })),
            },
            null,
            2,
          )}\n`,
        );
      else {
        await dest.write(
          ctx.t({
            vi: `✖ ${file}: ${error.issues.length} lỗi so với ${national.id} (${national.basis.number})${supplied ? `; ${supplied}` : ''}\n`,
            en: `✖ ${file}: ${error.issues.length} problems against ${national.id} (${national.basis.number})${supplied ? `; ${supplied}` : ''}\n`,
          }),
        );
        for (const issue of error.issues)
          await dest.write(`  - ${ctx.text(issue.message)} [${issue.code}]\n`);
      }
    }
    await dest.close();
  });
}
