import type {
  Bilingual,
  IssuePath,
  NationalSupplementSource,
  NtmDataStatus,
  NtmSupplyMark,
  NtmThresholdCell,
} from '@ntm/domain/core';
import { CRITERIA_ERRORS, INPUT_ERRORS, received } from '@ntm/domain/core';
import { isJudged } from '../../internal/threshold-cell.js';
import {
  inSetYears,
  lastYearText,
  markOf,
  type SupplyContext,
  type SupplyTable,
  suppliedCell,
} from './supply-context.js';
import { citationOf } from './supply-label.js';

/** One value to supply: from an indicator the supplement defines, or from its `thresholds` list. */
export interface SuppliedValue {
  readonly key?: string;
  readonly year?: number;
  readonly value: number;
  readonly replaces?: number;
  readonly source?: Partial<NationalSupplementSource>;
}

/**
 * Puts one supplied value into the cells of an indicator, after checking it against the indicator (a number, in
 * range, for a key and year of the set) and against what the SDK ships there: a `missing` cell is filled; a
 * `verified` value may not be contradicted; a `reported` or `unverified` value is replaced only when `replaces`
 * states it, and the replacement is recorded. Problems go to the context's issue list.
 */
export function supplyValue(
  context: SupplyContext,
  table: SupplyTable,
  entry: SuppliedValue,
  path: IssuePath,
): void {
  const { indicator } = table;
  const code = indicator.code;
  const { issues } = context;
  if (isJudged(indicator.type)) {
    issues.add(CRITERIA_ERRORS['criteria/threshold-on-judgement'], [...path, 'value'], {
      indicator: code,
    });
    return;
  }
  if (indicator.type === 'percent' && entry.value > 100) {
    issues.add(INPUT_ERRORS['input/too-big'], [...path, 'value'], {
      limit: '≤ 100',
      received: received(entry.value),
    });
    return;
  }
  if (entry.key !== undefined && !context.keys.includes(entry.key)) {
    issues.add(CRITERIA_ERRORS['criteria/unknown-key'], [...path, 'key'], {
      key: entry.key,
      keys: context.keys.join(', '),
    });
    return;
  }
  if (entry.year !== undefined && !indicator.perYear) {
    issues.add(CRITERIA_ERRORS['criteria/year-not-applicable'], [...path, 'year'], {
      indicator: code,
    });
    return;
  }
  if (entry.year === undefined && indicator.perYear) {
    issues.add(CRITERIA_ERRORS['criteria/year-required'], path, { indicator: code });
    return;
  }
  if (entry.year !== undefined && !inSetYears(context, entry.year)) {
    issues.add(CRITERIA_ERRORS['criteria/year-outside-set'], [...path, 'year'], {
      year: entry.year,
      set: context.set.id,
      first: context.firstYear,
      last: lastYearText(context),
    });
    return;
  }
  const mark = markOf(context, entry.source);
  const keys = entry.key === undefined ? context.keys : [entry.key];
  for (const key of keys) {
    const cell = entry.year === undefined ? key : `${entry.year}:${key}`;
    const id = `${code}|${cell}`;
    if (context.touched.has(id)) {
      issues.add(CRITERIA_ERRORS['criteria/duplicate-threshold'], path, { indicator: code, cell });
      return;
    }
    context.touched.add(id);
    supplyCell(context, table, cell, entry, mark, path);
  }
}

function supplyCell(
  context: SupplyContext,
  table: SupplyTable,
  cell: string,
  entry: SuppliedValue,
  mark: NtmSupplyMark,
  path: IssuePath,
): void {
  const { issues } = context;
  const indicator = table.indicator.code;
  const current: NtmThresholdCell | undefined = Object.hasOwn(table.cells, cell)
    ? table.cells[cell]
    : undefined;
  const old = current?.status === 'missing' ? undefined : current?.value;
  if (current === undefined || old === undefined) {
    if (entry.replaces !== undefined) {
      issues.add(CRITERIA_ERRORS['criteria/nothing-to-replace'], [...path, 'replaces'], {
        indicator,
        cell,
        replaces: entry.replaces,
      });
      return;
    }
  } else if (current.status === 'verified') {
    if (entry.value !== old) {
      issues.add(CRITERIA_ERRORS['criteria/contradicts-verified'], [...path, 'value'], {
        indicator,
        cell,
        value: entry.value,
        source: citationOf(mark.source),
        verified: old,
        verifiedSources: sourcesOf(current),
      });
    } else if (entry.replaces !== undefined && entry.replaces !== old) {
      mismatch(context, indicator, cell, entry.replaces, old, path);
    }
    // The same value as a verified one: the cell stays verified (the stronger status).
    return;
  } else if (entry.replaces !== undefined && entry.replaces !== old) {
    mismatch(context, indicator, cell, entry.replaces, old, path);
    return;
  } else if (entry.replaces === undefined && entry.value !== old) {
    issues.add(CRITERIA_ERRORS['criteria/replaces-required'], [...path, 'value'], {
      indicator,
      cell,
      current: old,
      status: STATUS_WORDS[current.status] ?? current.status,
      sources: sourcesOf(current),
      value: entry.value,
    });
    return;
  } else {
    context.replacements.push({ indicator, cell, previous: current, value: entry.value });
  }
  table.cells[cell] = suppliedCell(mark, entry.value);
  table.changed = true;
  context.supplied++;
}

function mismatch(
  context: SupplyContext,
  indicator: string,
  cell: string,
  replaces: number,
  current: number,
  path: IssuePath,
): void {
  context.issues.add(CRITERIA_ERRORS['criteria/replaces-mismatch'], [...path, 'replaces'], {
    indicator,
    cell,
    replaces,
    current,
  });
}

// How the message names the status of the value a supplement would replace.
const STATUS_WORDS: Partial<Record<NtmDataStatus, Bilingual>> = {
  reported: { vi: 'theo một nguồn', en: 'single source' },
  unverified: { vi: 'chưa xác minh', en: 'unverified' },
  interpretation: { vi: 'cách hiểu', en: 'interpretation' },
};

function sourcesOf(cell: NtmThresholdCell): string {
  return cell.sources?.length ? cell.sources.join(', ') : '—';
}
