import type { NtmCommuneEvaluation, NtmGap } from '@ntm/criteria';
import type { NtmCriteriaSet } from '@ntm/domain';
import type { Wording } from '../../context.js';
import { formatNumber, formatYesNo } from '../../output/format.js';

/**
 * An unmet indicator for people: `15.4: 0,95% (cần ≥ 50%)`, `1.1: Không (cần Có)`.
 *
 * @example
 * ```ts
 * gapText(ctx, gap); // '2.1: 56% (cần ≥ 70%)'
 * ```
 */
export function gapText(ctx: Wording, g: NtmGap): string {
  const value = (v: number | boolean) =>
    typeof v === 'boolean'
      ? formatYesNo(v, ctx.lang)
      : `${formatNumber(v, ctx.lang)}${g.unit === '%' ? '%' : g.unit ? ` ${g.unit}` : ''}`;
  const sign = g.direction === '<=' ? '≤ ' : g.direction === '>=' ? '≥ ' : '';
  return `${g.indicator}: ${value(g.value)} (${ctx.t({ vi: 'cần', en: 'needs' })} ${sign}${value(g.needed)})`;
}

/**
 * The first gaps of an evaluation, then how many more.
 *
 * @example
 * ```ts
 * gapsText(ctx, evaluation, 6);
 * ```
 */
export function gapsText(ctx: Wording, e: NtmCommuneEvaluation, shown: number): string {
  const head = e.gaps.slice(0, shown).map((g) => gapText(ctx, g));
  if (e.gaps.length > shown)
    head.push(
      ctx.t({
        vi: `và ${e.gaps.length - shown} chỉ tiêu khác`,
        en: `and ${e.gaps.length - shown} more`,
      }),
    );
  return head.join('; ');
}

/**
 * The set used, for the line above a table: id, title, basis, and the province's decision when localised.
 *
 * @example
 * ```ts
 * setTitle(ctx, set); // 'XA_2021_2025 — Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025 (318/QĐ-TTg)'
 * ```
 */
export function setTitle(ctx: Wording, set: NtmCriteriaSet): string {
  const p = set.provenance;
  const province = p?.province
    ? ctx.t({
        vi: `; cấu hình tỉnh ${p.province}${p.decision ? ` (${p.decision.number})` : ''}${p.illustrative ? ' — minh hoạ, không phải quy định' : ''}`,
        en: `; ${p.province} configuration${p.decision ? ` (${p.decision.number})` : ''}${p.illustrative ? ' — illustrative, not a rule' : ''}`,
      })
    : '';
  return `${set.id} — ${ctx.t(set.title)} (${set.basis.number})${province}`;
}

/**
 * The notes under an evaluation table: thresholds the set lacks (never guessed) and illustrative data.
 *
 * @example
 * ```ts
 * evaluationNotes(ctx, missing, illustrative);
 * ```
 */
export function evaluationNotes(
  ctx: Wording,
  missing: ReadonlySet<string>,
  illustrative: boolean,
): string[] {
  const out: string[] = [];
  if (missing.size > 0)
    out.push(
      ctx.t({
        vi: `Chỉ tiêu chưa có ngưỡng quốc gia trong SDK (không đoán; điền trong cấu hình tỉnh): ${[...missing].join(', ')}`,
        en: `Indicators without a national threshold in the SDK (never guessed; fill them in a province configuration): ${[...missing].join(', ')}`,
      }),
    );
  if (illustrative)
    out.push(
      ctx.t({
        vi: 'Có kết quả dùng số liệu hoặc quy tắc minh hoạ, không phải kết quả chính thức.',
        en: 'Some results use illustrative data or rules, not official results.',
      }),
    );
  return out;
}
