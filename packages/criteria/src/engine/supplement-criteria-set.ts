import type {
  Bilingual,
  NationalSupplement,
  NtmCriteriaSet,
  NtmCriterion,
  NtmSupplementRecord,
} from '@ntm/domain/core';
import { CRITERIA_ERRORS, deepFreeze, fail, parseIsoDate } from '@ntm/domain/core';
import { cloneData } from '../internal/clone-data.js';
import { checkSetDeep } from './check-set.js';
import { checkSupplementShape } from './supplement/check-supplement-shape.js';
import { issueList } from './supplement/issue-list.js';
import { type SupplyTable, supplyContext } from './supplement/supply-context.js';
import { supplyIndicator } from './supplement/supply-indicator.js';
import { citationOf, supplyLabel } from './supplement/supply-label.js';
import { supplyValue } from './supplement/supply-value.js';

/**
 * Completes a national set with the values of its official annex that the SDK lacks, typed in by a user: the
 * indicators of a structure-only set (QĐ 51/2025/QĐ-TTg lists 47) and thresholds the SDK marks `missing`. Returns a
 * new deeply frozen set in which every supplied indicator and cell has status `supplied`, carries the supplement's
 * source (`supplied`) and is labelled "theo Phụ lục I QĐ 51/2025/QĐ-TTg — do người dùng nhập" (`note`; "minh hoạ —
 * không phải số liệu pháp lý" for an example supplement); `set.supplement` records the indicators added, the number of
 * values supplied and the values replaced.
 *
 * The supplied values are the national floor: apply a province configuration afterwards (`localizeCriteriaSet`). A
 * supplement may not contradict a `verified` value (the error names both values and both sources); it replaces a
 * `reported` or `unverified` value only when `replaces` states the old value. Indicators must be new, under a
 * criterion of the set, with a consistent type, unit and direction; percentages lie within 0–100; keys and years
 * belong to the set. Every such problem is reported at once, in one `DomainError` (a malformed file stops at its first
 * shape problem: `parseNationalSupplement` lists them all). A supplement that leaves the set incomplete is accepted:
 * `listMissingThresholds` on the result lists what is still missing.
 *
 * @remarks Bổ sung số liệu quốc gia còn thiếu (chỉ tiêu, ngưỡng) từ phụ lục chính thức, có nguồn.
 * @example
 * ```ts
 * import { XA_2026_2030 } from '@ntm/criteria/sets';
 * import { parseNationalSupplement } from '@ntm/domain';
 * const set = supplementCriteriaSet(XA_2026_2030, parseNationalSupplement(json));
 * set.criteria[0]?.indicators[0]?.textStatus; // 'supplied'
 * listMissingThresholds(set); // what the file still leaves missing
 * ```
 */
export function supplementCriteriaSet(
  set: NtmCriteriaSet,
  supplement: NationalSupplement,
): NtmCriteriaSet {
  checkSetDeep(set, ['set']);
  const input = checkSupplementShape(supplement);
  if (input.baseSetId !== set.id) {
    fail(CRITERIA_ERRORS['criteria/set-mismatch'], ['supplement', 'baseSetId'], {
      what: { vi: 'Tệp bổ sung', en: 'The supplement' },
      written: input.baseSetId,
      set: set.id,
    });
  }
  if (set.provenance !== undefined) {
    fail(CRITERIA_ERRORS['criteria/supplement-after-localisation'], ['set'], {
      set: set.id,
      province: set.provenance.province ?? set.provenance.decision?.number ?? '—',
    });
  }
  if (set.supplement !== undefined) {
    fail(CRITERIA_ERRORS['criteria/already-supplemented'], ['set'], {
      set: set.id,
      source: citationOf(set.supplement.source),
    });
  }

  const issues = issueList();
  const context = supplyContext(set, input.source, input.illustrative === true, issues);
  const tables = new Map<string, SupplyTable>();
  for (const criterion of set.criteria)
    for (const indicator of criterion.indicators)
      tables.set(indicator.code, { indicator, cells: { ...indicator.thresholds }, changed: false });

  const added = new Map<string, SupplyTable[]>();
  (input.indicators ?? []).forEach((item, index) => {
    const table = supplyIndicator(context, item, ['supplement', 'indicators', index], tables);
    if (table === undefined) return;
    tables.set(item.code, table);
    added.set(item.criterion, [...(added.get(item.criterion) ?? []), table]);
  });
  const total = tables.size;
  if (set.indicatorCount !== undefined && total > set.indicatorCount) {
    issues.add(CRITERIA_ERRORS['criteria/too-many-indicators'], ['supplement', 'indicators'], {
      set: set.id,
      expected: set.indicatorCount,
      count: total,
    });
  }
  (input.thresholds ?? []).forEach((entry, index) => {
    const path = ['supplement', 'thresholds', index];
    const table = tables.get(entry.indicator);
    if (table === undefined) {
      issues.add(CRITERIA_ERRORS['criteria/unknown-indicator'], [...path, 'indicator'], {
        indicator: entry.indicator,
        set: set.id,
      });
    } else supplyValue(context, table, entry, path);
  });
  issues.throwIfAny();

  const criteria: NtmCriterion[] = set.criteria.map((criterion) => {
    const own = added.get(criterion.code) ?? [];
    const indicators = [
      ...criterion.indicators.map((i) => tables.get(i.code) as SupplyTable),
      ...own,
    ].map((table) =>
      table.changed ? { ...table.indicator, thresholds: table.cells } : table.indicator,
    );
    const indicatorsStatus =
      criterion.indicators.length === 0 && own.length > 0 ? 'supplied' : criterion.indicatorsStatus;
    return { ...criterion, indicatorsStatus, indicators };
  });
  const complete =
    criteria.every((criterion) => criterion.indicators.length > 0) &&
    (set.indicatorCount === undefined || total === set.indicatorCount);
  const record: NtmSupplementRecord = {
    source: context.mark.source,
    ...(input.transcribedBy === undefined ? {} : { transcribedBy: input.transcribedBy }),
    ...(input.transcribedOn === undefined
      ? {}
      : { transcribedOn: parseIsoDate(input.transcribedOn) }),
    ...(input.note === undefined ? {} : { note: bilingual(input.note) }),
    illustrative: context.mark.illustrative,
    indicatorsAdded: criteria.flatMap((c) =>
      (added.get(c.code) ?? []).map((t) => t.indicator.code),
    ),
    cellsSupplied: context.supplied,
    replacements: context.replacements,
  };
  const label = supplyLabel(context.mark);
  const supplemented: NtmCriteriaSet = {
    ...set,
    detail: complete ? 'full' : set.detail,
    criteria,
    notes: [
      ...set.notes,
      {
        vi: `Bổ sung số liệu quốc gia ${label.vi}.`,
        en: `National values supplemented ${label.en}.`,
      },
      ...(record.note === undefined ? [] : [record.note]),
    ],
    supplement: record,
  };
  return deepFreeze(cloneData(supplemented, ['set']));
}

function bilingual(text: { readonly vi: string; readonly en?: string }): Bilingual {
  return { vi: text.vi, en: text.en ?? text.vi };
}
