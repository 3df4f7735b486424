import type { NtmCommuneEvaluation } from '@ntm/criteria';
import { NTM_STATUS_LABELS } from '@ntm/criteria';
import type { NtmCriteriaSet } from '@ntm/domain/core';
import { DATA_STATUS, stacked } from './labels.js';
import { line, table } from './print.js';
import { NOT_LAW_BOTH, NOT_LAW_CELL } from './supplements.js';

/** A number as each language writes it: `19,2` and `19.2`. */
function number(value: number): { vi: string; en: string } {
  return { vi: String(value).replace('.', ','), en: String(value) };
}

/**
 * Prints the indicator results of some criteria: value, threshold, status and how sure the threshold is (a supplied
 * one says so; where it comes from is on the supplement's line above).
 */
export function printTrace(
  evaluation: NtmCommuneEvaluation,
  criteria: readonly string[],
  set: NtmCriteriaSet,
): void {
  const illustrative = evaluation.illustrative;
  line(
    `  Diễn giải / Trace — ${evaluation.commune?.name ?? ''} ${evaluation.year}${illustrative ? ` ${NOT_LAW_BOTH}` : ''}:`,
  );
  const indicators = new Map(set.criteria.flatMap((c) => c.indicators).map((i) => [i.code, i]));
  const rows = evaluation.criteria
    .filter((c) => criteria.includes(c.code))
    .flatMap((c) => c.indicators)
    .map((r) => {
      const cell = r.threshold;
      const indicator = indicators.get(r.code);
      const unit = indicator?.unit ?? '';
      const sign = r.direction === '<=' ? '≤' : '≥';
      const value =
        typeof r.value === 'boolean'
          ? stacked(r.value ? { vi: 'Có', en: 'Yes' } : { vi: 'Không', en: 'No' })
          : typeof r.value === 'number'
            ? stacked(number(r.value))
            : '—';
      const limit =
        cell === undefined
          ? '—'
          : cell.value === undefined
            ? // A yes/no requirement: "có" (yes), or "không" for an indicator that must be absent.
              stacked(
                indicator?.type === 'absence' ? { vi: 'Không', en: 'No' } : { vi: 'Có', en: 'Yes' },
              )
            : stacked({
                vi: `${sign} ${number(cell.value).vi}${unit === '%' ? '%' : ` ${unit}`}`,
                en: `${sign} ${number(cell.value).en}${unit === '%' ? '%' : ` ${unit}`}`,
              });
      const sure = DATA_STATUS[cell?.status ?? 'missing'];
      const sources = cell?.supplied ? '' : (cell?.sources ?? []).join(', ');
      const from = sources ? { vi: `${sure.vi} ${sources}`, en: `${sure.en} ${sources}` } : sure;
      const labelled = illustrative || cell?.supplied?.illustrative === true;
      return [
        r.code,
        value,
        limit,
        stacked(NTM_STATUS_LABELS[r.status]),
        stacked(from),
        ...(labelled ? [NOT_LAW_CELL] : []),
      ];
    });
  const head = ['Chỉ tiêu\nIndicator', 'Giá trị\nValue', 'Ngưỡng\nThreshold', 'Kết quả\nStatus'];
  table(
    [
      ...head,
      'Ngưỡng theo\nThreshold from',
      ...(rows.some((r) => r.length > 5) ? ['Số liệu\nData'] : []),
    ],
    rows,
  );
}
