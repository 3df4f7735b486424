import type { NtmCommuneEvaluation } from '@ntm/criteria';
import { NTM_OUTCOME_LABELS } from '@ntm/criteria';
import type { Wording } from '../../context.js';
import { formatYesNo } from '../../output/format.js';
import { type Column, columns, type Row } from '../../output/report.js';
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
export const FULL_COLUMNS: readonly Column[] = columns([
  ['Mã xã', 'Commune code', 10],
  ['Tên xã', 'Commune', 24],
  ['Huyện', 'District', 20],
  ['Tỉnh', 'Province', 16],
  ['Năm', 'Year', 7, 'integer'],
  ['Số tiêu chí đạt', 'Criteria met', 10, 'integer'],
  ['Tổng số tiêu chí', 'Criteria', 10, 'integer'],
  ['Tỷ lệ tiêu chí đạt', 'Share met', 10, 'percent'],
  ['Chưa đủ dữ liệu', 'Cannot evaluate', 10, 'integer'],
  ['Kết quả', 'Outcome', 16],
  ['Mức của tỉnh', 'Provincial level', 20],
  ['Chỉ tiêu còn thiếu', 'Gaps', 80],
  ['Minh hoạ', 'Illustrative', 9],
]);

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
