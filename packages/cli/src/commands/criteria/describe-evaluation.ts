import {
  ILLUSTRATIVE_VALUES,
  type NtmCommuneEvaluation,
  type NtmGap,
  supplyLabel,
} from '@ntm/criteria';
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
  const supplement = supplementText(ctx, set);
  return `${set.id} — ${ctx.t(set.title)} (${set.basis.number})${province}${supplement === undefined ? '' : `; ${supplement}`}`;
}

/**
 * What a national supplement added to a set, for every output that uses it: how many indicators and values, their
 * source, and — for an example file — "minh hoạ — không phải số liệu pháp lý".
 *
 * @example
 * ```ts
 * supplementText(ctx, set); // 'bổ sung 47 chỉ tiêu, 47 giá trị theo Phụ lục I QĐ 51/2025/QĐ-TTg — do người dùng nhập (minh hoạ — không phải số liệu pháp lý)'
 * ```
 */
export function supplementText(ctx: Pick<Wording, 't'>, set: NtmCriteriaSet): string | undefined {
  const s = set.supplement;
  if (s === undefined) return undefined;
  const label = ctx.t(supplyLabel(s));
  return ctx.t({
    vi: `bổ sung ${s.indicatorsAdded.length} chỉ tiêu, ${s.cellsSupplied} giá trị ${label}`,
    en: `supplemented with ${s.indicatorsAdded.length} indicators, ${s.cellsSupplied} values ${label}`,
  });
}

/**
 * The notes under an evaluation table: thresholds the set lacks (never guessed) and illustrative data.
 *
 * @example
 * ```ts
 * evaluationNotes(ctx, missing, illustrative, set);
 * ```
 */
export function evaluationNotes(
  ctx: Wording,
  missing: ReadonlySet<string>,
  illustrative: boolean,
  set?: NtmCriteriaSet,
): string[] {
  const out: string[] = [];
  if (missing.size > 0)
    out.push(
      ctx.t({
        vi: `Chỉ tiêu chưa có ngưỡng quốc gia trong SDK (không đoán; nhập từ phụ lục: ntm criteria supplement-template${set ? ` --set ${set.id}` : ''}, rồi --supplement <tệp>): ${[...missing].join(', ')}`,
        en: `Indicators without a national threshold in the SDK (never guessed; type them from the annex: ntm criteria supplement-template${set ? ` --set ${set.id}` : ''}, then --supplement <file>): ${[...missing].join(', ')}`,
      }),
    );
  if (set?.supplement?.illustrative === true)
    out.push(
      ctx.t({
        vi: `Số liệu quốc gia bổ sung là ${ILLUSTRATIVE_VALUES.vi}: kết quả chỉ để minh hoạ.`,
        en: `The supplied national values are ${ILLUSTRATIVE_VALUES.en}: the results only illustrate.`,
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
