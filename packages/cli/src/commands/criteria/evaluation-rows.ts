import type { NtmCommuneEvaluation } from '@ntm/criteria';
import { NTM_OUTCOME_LABELS } from '@ntm/criteria';
import type { Wording } from '../../context.js';
import { formatYesNo } from '../../output/format.js';
import type { Column, Row } from '../../output/report.js';
import { gapsText } from './describe-evaluation.js';

/*
 * The rows of `ntm criteria evaluate`: a short table for the terminal, every column for CSV and Excel. The workbench
 * writes its Excel download from the same rows, so a file made in the browser reads like one made by `ntm`.
 */

/** The columns of the terminal table. */
export const TABLE_COLUMNS: readonly Column[] = [
  { header: { vi: 'Xã', en: 'Commune' } },
  { header: { vi: 'Năm', en: 'Year' }, type: 'integer' },
  { header: { vi: 'Đạt', en: 'Met' } },
  { header: { vi: 'Kết quả', en: 'Outcome' } },
  { header: { vi: 'Mức của tỉnh', en: 'Provincial level' } },
  { header: { vi: 'Còn thiếu', en: 'Gaps' } },
];

/** The provincial level, marked when illustrative. */
function provincial(ctx: Wording, e: NtmCommuneEvaluation): string {
  if (!e.provincial) return '—';
  return `${ctx.t(e.provincial.level.name)}${e.provincial.illustrative ? ctx.t({ vi: ' (minh hoạ)', en: ' (illustrative)' }) : ''}`;
}

/**
 * A commune in the terminal table: name, year, đạt x/N, outcome, provincial level, the first gaps.
 *
 * @example
 * ```ts
 * tableRow(ctx, evaluation); // ['Quài Cang', 2022, '17/19', 'chưa đạt chuẩn', '—', '2.1: 56% (cần ≥ 70%); …']
 * ```
 */
export function tableRow(ctx: Wording, e: NtmCommuneEvaluation): Row {
  return [
    e.commune?.name ?? '',
    e.year,
    `${e.criteriaMet}/${e.criteriaTotal}`,
    ctx.t(NTM_OUTCOME_LABELS[e.outcome]),
    provincial(ctx, e),
    gapsText(ctx, e, 6),
  ];
}

/** The columns of CSV and Excel results. */
export const FULL_COLUMNS: readonly Column[] = [
  { header: { vi: 'Mã xã', en: 'Commune code' }, width: 10 },
  { header: { vi: 'Tên xã', en: 'Commune' }, width: 24 },
  { header: { vi: 'Huyện', en: 'District' }, width: 20 },
  { header: { vi: 'Tỉnh', en: 'Province' }, width: 16 },
  { header: { vi: 'Năm', en: 'Year' }, type: 'integer', width: 7 },
  { header: { vi: 'Số tiêu chí đạt', en: 'Criteria met' }, type: 'integer', width: 10 },
  { header: { vi: 'Tổng số tiêu chí', en: 'Criteria' }, type: 'integer', width: 10 },
  { header: { vi: 'Tỷ lệ tiêu chí đạt', en: 'Share met' }, type: 'percent', width: 10 },
  { header: { vi: 'Chưa đủ dữ liệu', en: 'Cannot evaluate' }, type: 'integer', width: 10 },
  { header: { vi: 'Kết quả', en: 'Outcome' }, width: 16 },
  { header: { vi: 'Mức của tỉnh', en: 'Provincial level' }, width: 20 },
  { header: { vi: 'Chỉ tiêu còn thiếu', en: 'Gaps' }, width: 80 },
  { header: { vi: 'Minh hoạ', en: 'Illustrative' }, width: 9 },
];

/**
 * A commune in CSV and Excel results, one value per column of {@link FULL_COLUMNS}.
 *
 * @example
 * ```ts
 * fullRow(ctx, evaluation)[5]; // 17 (criteria met)
 * ```
 */
export function fullRow(ctx: Wording, e: NtmCommuneEvaluation): Row {
  return [
    e.commune?.id ?? '',
    e.commune?.name ?? '',
    e.commune?.district ?? '',
    e.commune?.province ?? '',
    e.year,
    e.criteriaMet,
    e.criteriaTotal,
    e.criteriaTotal === 0 ? null : (100 * e.criteriaMet) / e.criteriaTotal,
    e.criteriaCannotEvaluate,
    ctx.t(NTM_OUTCOME_LABELS[e.outcome]),
    provincial(ctx, e),
    gapsText(ctx, e, e.gaps.length),
    formatYesNo(e.illustrative, ctx.lang),
  ];
}
