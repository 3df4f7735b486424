import type { NtmCommuneEvaluation } from '@ntm/criteria';
import { citationOf } from '@ntm/criteria';
import type { NtmCriteriaSet } from '@ntm/domain/core';
import { line } from './print.js';
import { NOT_LAW } from './supplements.js';

/** Prints the indicator results of some criteria: value, threshold, status and where the threshold comes from. */
export function printTrace(
  evaluation: NtmCommuneEvaluation,
  criteria: readonly string[],
  set: NtmCriteriaSet,
): void {
  line(
    `  Diễn giải / Trace — ${evaluation.commune?.name ?? ''} ${evaluation.year}${evaluation.illustrative ? ` ${NOT_LAW}` : ''}:`,
  );
  const indicators = new Map(set.criteria.flatMap((c) => c.indicators).map((i) => [i.code, i]));
  for (const criterion of evaluation.criteria.filter((c) => criteria.includes(c.code)))
    for (const r of criterion.indicators) {
      const cell = r.threshold;
      const unit = indicators.get(r.code)?.unit ?? '';
      const limit =
        cell?.value === undefined
          ? 'Đạt'
          : `${r.direction ?? ''} ${cell.value}${unit === '%' ? '%' : ` ${unit}`}`;
      const from = cell?.supplied
        ? `theo ${citationOf(cell.supplied.source)} — do người dùng nhập`
        : cell
          ? `${cell.status}${cell.sources?.length ? ` ${cell.sources.join(', ')}` : ''}`
          : 'chưa có ngưỡng / no threshold';
      const illustrative =
        cell?.supplied?.illustrative || evaluation.illustrative ? ` ${NOT_LAW}` : '';
      line(
        `    ${r.code.padEnd(5)} ${String(r.value ?? '—').padStart(5)} ${limit.padEnd(28)} ${r.status.padEnd(15)} ${from}${illustrative}`,
      );
    }
}
