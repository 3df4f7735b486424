import type {
  IssuePath,
  NationalSupplementIndicator,
  NtmIndicator,
  NtmThresholdCell,
} from '@ntm/domain/core';
import { CRITERIA_ERRORS, received } from '@ntm/domain/core';
import { type SupplyContext, type SupplyTable, suppliedCell } from './supply-context.js';
import { supplyLabel } from './supply-label.js';
import { supplyValue } from './supply-value.js';

const MISSING: NtmThresholdCell = Object.freeze({ status: 'missing' });

/**
 * Builds an indicator the supplement defines, after checking it belongs to a criterion of the set, is new, and has a
 * consistent type, unit and direction. Its cells are `missing` until one of its thresholds fills them; a yes/no or
 * absence indicator gets the "Đạt" requirement in every column, supplied. Returns `undefined` when it is refused
 * (the reasons are in the context's issue list).
 */
export function supplyIndicator(
  context: SupplyContext,
  item: NationalSupplementIndicator,
  path: IssuePath,
  taken: { has(code: string): boolean },
): SupplyTable | undefined {
  const { issues, set } = context;
  const before = issues.size;
  if (!set.criteria.some((criterion) => criterion.code === item.criterion)) {
    issues.add(CRITERIA_ERRORS['criteria/unknown-criterion'], [...path, 'criterion'], {
      criterion: item.criterion,
      set: set.id,
    });
  } else if (item.code !== item.criterion && !item.code.startsWith(`${item.criterion}.`)) {
    issues.add(CRITERIA_ERRORS['criteria/indicator-outside-criterion'], [...path, 'code'], {
      indicator: item.code,
      criterion: item.criterion,
    });
  }
  if (taken.has(item.code)) {
    issues.add(CRITERIA_ERRORS['criteria/duplicate-indicator'], [...path, 'code'], {
      indicator: item.code,
      set: set.id,
    });
  }
  const numeric = item.type === 'percent' || item.type === 'number';
  if (numeric) {
    if (item.direction === undefined)
      issues.add(CRITERIA_ERRORS['criteria/missing-direction'], [...path, 'direction'], {
        indicator: item.code,
      });
    if (item.type === 'percent' && item.unit !== undefined && item.unit !== '%')
      issues.add(CRITERIA_ERRORS['criteria/wrong-unit'], [...path, 'unit'], {
        indicator: item.code,
        received: received(item.unit),
        expected: '%',
      });
    if (item.type === 'number' && item.unit === undefined)
      issues.add(CRITERIA_ERRORS['criteria/missing-unit'], [...path, 'unit'], {
        indicator: item.code,
      });
  } else {
    for (const field of ['unit', 'direction', 'perYear'] as const) {
      if (item[field] !== undefined)
        issues.add(CRITERIA_ERRORS['criteria/judgement-with-measure'], [...path, field], {
          indicator: item.code,
          field,
        });
    }
  }
  if (issues.size > before) return undefined;

  const perYear = item.perYear === true;
  const unit = item.unit ?? (item.type === 'percent' ? '%' : undefined);
  const indicator: NtmIndicator = {
    code: item.code,
    criterion: item.criterion,
    text: { vi: item.text.vi, en: item.text.en ?? item.text.vi },
    textStatus: 'supplied',
    type: item.type,
    perYear,
    optional: item.optional === true,
    thresholds: {},
    ...(unit === undefined ? {} : { unit }),
    ...(item.direction === undefined ? {} : { direction: item.direction }),
    note: supplyLabel(context.mark),
    supplied: context.mark,
  };
  const table: SupplyTable = { indicator, cells: {}, changed: true };
  for (const cell of cellKeys(context, item, perYear)) {
    table.cells[cell] = numeric ? MISSING : suppliedCell(context.mark);
  }
  (item.thresholds ?? []).forEach((entry, index) => {
    supplyValue(context, table, entry, [...path, 'thresholds', index]);
  });
  return table;
}

/**
 * The cells of a new indicator: one per key, or per key and year from the set's first year to its last (for a set
 * still in force with no end date, to the last year the indicator's thresholds name).
 */
function cellKeys(
  context: SupplyContext,
  item: NationalSupplementIndicator,
  perYear: boolean,
): string[] {
  if (!perYear) return [...context.keys];
  const named = (item.thresholds ?? []).map((entry) => entry.year ?? context.firstYear);
  const last = context.lastYear ?? Math.max(context.firstYear, ...named);
  const cells: string[] = [];
  for (let year = context.firstYear; year <= last; year++)
    for (const key of context.keys) cells.push(`${year}:${key}`);
  return cells;
}
