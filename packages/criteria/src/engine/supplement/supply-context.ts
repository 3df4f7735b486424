import type {
  NationalSupplementSource,
  NtmCriteriaSet,
  NtmIndicator,
  NtmReplacement,
  NtmSupplyMark,
  NtmThresholdCell,
} from '@ntm/domain/core';
import { keysOf } from '../../internal/keys.js';
import { yearOf } from '../check-set.js';
import type { IssueList } from './issue-list.js';
import { citationOf, supplyLabel } from './supply-label.js';

/** An indicator being supplemented: the indicator (as shipped or as defined) and its cells, copied to be filled. */
export interface SupplyTable {
  readonly indicator: NtmIndicator;
  readonly cells: Record<string, NtmThresholdCell>;
  /** True once a cell of a shipped indicator changed. */
  changed: boolean;
}

/** What applying one supplement needs and gathers. */
export interface SupplyContext {
  readonly set: NtmCriteriaSet;
  /** The set's own cell keys (regions or groups). */
  readonly keys: readonly string[];
  /** First and last data year of the set (`last` absent while the set is in force with no end date). */
  readonly firstYear: number;
  readonly lastYear: number | undefined;
  /** The supplement's source and whether it is an example. */
  readonly mark: NtmSupplyMark;
  readonly issues: IssueList;
  /** `code|cell` of every cell set so far, to catch a cell set twice. */
  readonly touched: Set<string>;
  readonly replacements: NtmReplacement[];
  /** Number of threshold values supplied. */
  supplied: number;
}

/** A fresh context for supplementing `set` from `source`. */
export function supplyContext(
  set: NtmCriteriaSet,
  source: NationalSupplementSource,
  illustrative: boolean,
  issues: IssueList,
): SupplyContext {
  return {
    set,
    keys: keysOf(set.thresholdKey),
    firstYear: yearOf(set.validity.validFrom),
    lastYear: set.validity.validTo === undefined ? undefined : yearOf(set.validity.validTo),
    mark: { source: copySource(source), illustrative },
    issues,
    touched: new Set(),
    replacements: [],
    supplied: 0,
  };
}

/** A `supplied` cell: the value (absent for the "Đạt" requirement of a yes/no indicator), its source and label. */
export function suppliedCell(mark: NtmSupplyMark, value?: number): NtmThresholdCell {
  const cell = {
    status: 'supplied',
    sources: [citationOf(mark.source)],
    note: supplyLabel(mark),
    supplied: mark,
  } as const;
  return value === undefined ? cell : { ...cell, value };
}

/** The source of one entry: the supplement's, with the fields the entry gives replacing its own. */
export function markOf(
  context: SupplyContext,
  source: Partial<NationalSupplementSource> | undefined,
): NtmSupplyMark {
  if (source === undefined) return context.mark;
  return { ...context.mark, source: copySource({ ...context.mark.source, ...source }) };
}

/** The year, as a message shows the end of a set still in force. */
export function lastYearText(context: SupplyContext): string | { vi: string; en: string } {
  return context.lastYear === undefined ? { vi: 'nay', en: 'now' } : String(context.lastYear);
}

/** True when `year` lies within the set's years. */
export function inSetYears(context: SupplyContext, year: number): boolean {
  return year >= context.firstYear && (context.lastYear === undefined || year <= context.lastYear);
}

// The caller's objects are never kept (the result is frozen): the source is copied field by field.
function copySource(source: Partial<NationalSupplementSource>): NationalSupplementSource {
  return {
    document: source.document as string,
    ...(source.annex === undefined ? {} : { annex: source.annex }),
    ...(source.page === undefined ? {} : { page: source.page }),
    ...(source.url === undefined ? {} : { url: source.url }),
  };
}
