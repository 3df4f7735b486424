import { listMissingThresholds, type NtmMissingValue } from '@ntm/criteria';
import { NTM_CRITERIA_SETS } from '@ntm/criteria/sets';
import type { NtmCriteriaSet } from '@ntm/domain';
import type { DomainIssue } from '@ntm/domain/core';
import { CLI_ERRORS } from '@ntm/domain/core';
import { inputFail, isCliError } from '../../cli-error.js';
import { type Command, type Ctx, leaf } from '../../context.js';
import { readSupplementFile, type SupplementFile } from '../../io/supplement-file.js';
import { type OutputOptions, openDestination, outputOptions } from '../../output/destination.js';
import { HELP } from '../help-texts.js';
import { supplementedSet } from './criteria-set.js';
import { supplementText } from './describe-evaluation.js';

const FORMATS = ['table', 'json'] as const;

/**
 * `ntm criteria check-supplement <file>`: a national supplement (JSON or the Excel form) against its set, every
 * problem at once with its place in the file, then what the set still lacks.
 *
 * @example
 * ```ts
 * registerCheckSupplement(ctx, criteria);
 * ```
 */
export function registerCheckSupplement(ctx: Ctx, criteria: Command): Command {
  return outputOptions(
    ctx,
    leaf(ctx, criteria, 'check-supplement', HELP['criteria check-supplement']),
    FORMATS,
  ).action(async (file: string, opts: OutputOptions) => {
    const dest = await openDestination(ctx, opts, FORMATS);
    const checked = await check(ctx, file);
    if (!checked.valid) ctx.finding();
    if (dest.format === 'json')
      await dest.write(`${JSON.stringify(jsonReport(file, checked), null, 2)}\n`);
    else await dest.write(textReport(ctx, file, checked));
    await dest.close();
  });
}

/** What the check found: the problems, or the completed set and what it still lacks. */
type Checked =
  | { readonly valid: false; readonly setId?: string; readonly issues: readonly DomainIssue[] }
  | {
      readonly valid: true;
      readonly set: NtmCriteriaSet;
      readonly missing: readonly NtmMissingValue[];
    };

async function check(ctx: Ctx, file: string): Promise<Checked> {
  let read: SupplementFile | undefined;
  try {
    read = await readSupplementFile(ctx.files, file);
    const { baseSetId } = read.supplement;
    const shipped = NTM_CRITERIA_SETS.find((s) => s.id === baseSetId);
    if (shipped === undefined)
      inputFail(CLI_ERRORS['cli/unknown-criteria-set'], read.where(['baseSetId']), {
        set: baseSetId,
        available: NTM_CRITERIA_SETS.map((s) => s.id).join(', '),
      });
    const set = supplementedSet(read, shipped);
    return { valid: true, set, missing: listMissingThresholds(set) };
  } catch (error) {
    if (!isCliError(error) || error.exitCode !== 1) throw error;
    return {
      valid: false,
      ...(read === undefined ? {} : { setId: read.supplement.baseSetId }),
      issues: error.issues,
    };
  }
}

/** The place fields a located issue carries. */
const PLACE = ['file', 'sheet', 'row', 'column', 'field'] as const;

function jsonReport(file: string, c: Checked): unknown {
  if (!c.valid)
    return {
      file,
      ...(c.setId === undefined ? {} : { set: c.setId }),
      valid: false,
      issues: c.issues.map((i) => {
        const params = (i.params ?? {}) as Record<string, unknown>;
        return {
          code: i.code,
          ...Object.fromEntries(
            PLACE.flatMap((k) => (params[k] === undefined ? [] : [[k, params[k]]])),
          ),
          message: i.message,
        };
      }),
    };
  const s = c.set.supplement;
  return {
    file,
    set: c.set.id,
    valid: true,
    illustrative: s?.illustrative === true,
    indicatorsAdded: s?.indicatorsAdded ?? [],
    cellsSupplied: s?.cellsSupplied ?? 0,
    replacements: s?.replacements ?? [],
    missing: c.missing.map(({ annex: _annex, setId: _setId, ...m }) => m),
    issues: [],
  };
}

function textReport(ctx: Ctx, file: string, c: Checked): string {
  if (!c.valid)
    return [
      ctx.t({
        vi: `✖ ${file}: ${c.issues.length} lỗi${c.setId ? ` (bổ sung cho ${c.setId})` : ''}`,
        en: `✖ ${file}: ${c.issues.length} problems${c.setId ? ` (supplement of ${c.setId})` : ''}`,
      }),
      ...c.issues.map((i) => `  - ${ctx.text(i.message)} [${i.code}]`),
      '',
    ].join('\n');
  const { set, missing } = c;
  const lines = [
    ctx.t({
      vi: `✔ ${file}: hợp lệ với ${set.id} (${set.basis.number}); ${supplementText(ctx, set)}`,
      en: `✔ ${file}: valid for ${set.id} (${set.basis.number}); ${supplementText(ctx, set)}`,
    }),
  ];
  for (const r of set.supplement?.replacements ?? [])
    lines.push(
      ctx.t({
        vi: `  thay ${r.indicator} ô ${r.cell}: ${r.previous} → ${r.value}`,
        en: `  replaced ${r.indicator} cell ${r.cell}: ${r.previous} → ${r.value}`,
      }),
    );
  const cells = missing.filter((m) => m.status === 'missing');
  const criteria = missing.filter((m) => m.status === 'indicators').map((m) => m.criterion);
  const count = missing.find((m) => m.status === 'indicator-count')?.count;
  if (missing.length === 0)
    lines.push(ctx.t({ vi: '  Bộ tiêu chí đã đủ số liệu.', en: '  The set now lacks nothing.' }));
  else {
    lines.push(
      ctx.t({
        vi: `  Còn thiếu (chép từ ${set.annex}):`,
        en: `  Still missing (type from ${set.annex}):`,
      }),
    );
    if (count !== undefined)
      lines.push(
        ctx.t({ vi: `    ${count} chỉ tiêu chưa nhập`, en: `    ${count} indicators not entered` }),
      );
    if (criteria.length > 0)
      lines.push(
        ctx.t({
          vi: `    tiêu chí chưa có chỉ tiêu: ${criteria.join(', ')}`,
          en: `    criteria without indicators: ${criteria.join(', ')}`,
        }),
      );
    for (const m of cells)
      lines.push(
        ctx.t({
          vi: `    chỉ tiêu ${m.indicator}: ô ${m.cells.join(', ')}`,
          en: `    indicator ${m.indicator}: cells ${m.cells.join(', ')}`,
        }),
      );
  }
  lines.push(
    ctx.t({
      vi: `  Dùng: ntm criteria evaluate <bảng xã> --supplement ${file}`,
      en: `  Use: ntm criteria evaluate <communes sheet> --supplement ${file}`,
    }),
    '',
  );
  return lines.join('\n');
}
