// Registration of the options that choose a criteria set (commander); the set itself is found by criteria-set.ts,
// which the workbench also loads and which therefore must not import commander.
import { NTM_CRITERIA_SETS } from '@ntm/criteria/sets';
import { addOptions, type Command, type Ctx } from '../../context.js';

/** The commune sets, as the help lists them. */
const COMMUNE_SETS = NTM_CRITERIA_SETS.filter((s) => s.level !== 'huyen')
  .map((s) => s.id)
  .join(', ');

/**
 * Adds `--set`, `--date` and `--supplement` to a command; `defaultSet` is `auto`, a set id, or absent when the command finds the set
 * elsewhere (the `baseSetId` of a configuration).
 *
 * @example
 * ```ts
 * setOptions(ctx, cmd, 'auto');
 * ```
 */
export function setOptions(ctx: Ctx, cmd: Command, defaultSet?: string): Command {
  const command = cmd.option(
    '--set <id>',
    ctx.t({
      vi: `bộ tiêu chí: ${COMMUNE_SETS}, hoặc auto = bộ có hiệu lực${defaultSet === undefined ? ' (mặc định: baseSetId trong tệp)' : ''}`,
      en: `criteria set: ${COMMUNE_SETS}, or auto = the set in force${defaultSet === undefined ? ' (default: baseSetId in the file)' : ''}`,
    }),
    defaultSet,
  );
  return addOptions(ctx, command, [
    [
      '--date <date>',
      'ngày chọn bộ tiêu chí có hiệu lực (mặc định: cuối năm đánh giá)',
      'date that picks the set in force (default: end of the year evaluated)',
      'date',
    ],
    [
      '--supplement <file>',
      'số liệu quốc gia SDK còn thiếu, chép từ phụ lục (.json hoặc .xlsx; mẫu: ntm criteria supplement-template)',
      'national values the SDK lacks, typed from the annex (.json or .xlsx; template: ntm criteria supplement-template)',
    ],
  ]);
}

/**
 * Adds the set options and `--province-config` to a command that evaluates communes.
 *
 * @example
 * ```ts
 * evaluationSetOptions(ctx, cmd);
 * ```
 */
export function evaluationSetOptions(ctx: Ctx, cmd: Command): Command {
  return setOptions(ctx, cmd, 'auto').option(
    '--province-config <file>',
    ctx.t({
      vi: 'cấu hình tiêu chí của tỉnh (JSON)',
      en: "the province's criteria configuration (JSON)",
    }),
  );
}
