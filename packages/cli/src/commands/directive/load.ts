import type { Directive } from '@ntm/domain';
import { parseDirective } from '@ntm/domain';
import { type Command, type Ctx, leaf } from '../../context.js';
import { inJsonFile } from '../../io/plain-issues.js';
import { readJson } from '../../io/read-json.js';
import { HELP } from '../help-texts.js';

/**
 * Adds `ntm directive <name> <directive>`: a leaf command whose argument is the directive file {@link loadDirective}
 * reads.
 *
 * @example
 * ```ts
 * directiveLeaf(ctx, directive, 'status');
 * ```
 */
export function directiveLeaf(ctx: Ctx, directive: Command, name: 'schedule' | 'status'): Command {
  return leaf(ctx, directive, name, HELP[`directive ${name}`]).argument(
    '<directive>',
    ctx.t({ vi: 'văn bản chỉ đạo (.json)', en: 'directive (.json)' }),
  );
}

/**
 * Reads and validates a directive file (`directive` JSON Schema); problems name the file and the field.
 *
 * @example
 * ```ts
 * const d = await loadDirective(ctx, 'examples/directives/tuan-giao-2022.json');
 * ```
 */
export async function loadDirective(ctx: Ctx, file: string): Promise<Directive> {
  const data = await readJson(ctx.files, file);
  return inJsonFile(file, () => parseDirective(data));
}

const DOCUMENT_TYPES: Readonly<Record<string, { vi: string; en: string }>> = {
  CV: { vi: 'Công văn', en: 'Official letter' },
  CT: { vi: 'Chỉ thị', en: 'Directive' },
  KH: { vi: 'Kế hoạch', en: 'Plan' },
  QĐ: { vi: 'Quyết định', en: 'Decision' },
  TB: { vi: 'Thông báo', en: 'Notice' },
  NQ: { vi: 'Nghị quyết', en: 'Resolution' },
};

/**
 * The directive named as a reader would: type, number as printed after "Số:" (the serial may be blank), issuer and
 * date.
 *
 * @example
 * ```ts
 * directiveTitle(ctx, d); // 'Công văn số /UBND-KTN của UBND tỉnh Lai Châu, tháng 5/2020'
 * ```
 */
export function directiveTitle(ctx: Ctx, d: Directive): string {
  const type = DOCUMENT_TYPES[d.type] ?? { vi: d.type, en: d.type };
  const { year, month, day } = d.signed as { year: number; month?: number; day?: number };
  const date =
    day !== undefined && month !== undefined
      ? ctx.date(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
      : month !== undefined
        ? ctx.t({ vi: `tháng ${month}/${year}`, en: `${year}-${String(month).padStart(2, '0')}` })
        : String(year);
  return ctx.t({
    vi: `${type.vi} số ${d.number} của ${d.issuer.name}, ${date}`,
    en: `${type.en} no. ${d.number} of ${d.issuer.name}, ${date}`,
  });
}
