import type {
  Bilingual,
  NtmCriteriaSet,
  NtmCriterion,
  NtmIndicator,
  NtmThresholdCell,
  ProvinceAddedIndicator,
  ProvinceCriteriaConfig,
  ProvinceOutcomeLevels,
  ProvinceThresholdEntry,
} from '@ntm/domain/core';
import {
  CRITERIA_ERRORS,
  DomainError,
  type DomainIssue,
  deepFreeze,
  expectNumber,
  fail,
  type IssuePath,
  isDomainError,
} from '@ntm/domain/core';
import { cloneData } from '../internal/clone-data.js';
import { keysOf } from '../internal/keys.js';
import { isJudged } from '../internal/threshold-cell.js';
import { checkConfigShape } from './check-config.js';
import { checkSetDeep } from './check-set.js';

const CONFIGURATION = { vi: 'Cấu hình', en: 'The configuration' };

const ILLUSTRATIVE: Bilingual = {
  vi: 'Giá trị minh hoạ của cấu hình ví dụ, không phải quy định của tỉnh',
  en: 'Illustrative value of an example configuration, not the province’s rule',
};

/**
 * Applies a province's configuration to a national set and returns the province's set: thresholds filled (where the
 * national value is missing or delegated) or tightened (≥ higher, ≤ lower), indicators added, and the province's own
 * outcome levels attached. The result records its provenance (national basis + provincial decision).
 *
 * Loosening a national threshold, dropping a national indicator, a threshold on an unknown indicator or key, an
 * unknown field, a prototype or non-NFC key, or a non-finite value throws a `DomainError` naming the indicator and, for
 * loosening, both values. A malformed configuration stops at its first shape problem; after that, every entry is
 * checked, so one error carries every problem against the set (one issue each, at its path).
 * `localizeCriteriaSet(national, {})` evaluates exactly as `national`.
 *
 * @remarks Bộ tiêu chí của tỉnh: chỉ được chặt hơn, không được thấp hơn mức quốc gia (cách hiểu: QĐ 1980 Điều 2 cho tỉnh quy định cụ thể chỉ tiêu được phân cấp; "không thấp hơn" là thực tiễn, chưa thấy văn bản).
 * @example
 * ```ts
 * const dienBien = localizeCriteriaSet(XA_2021_2025, parseProvinceCriteriaConfig(json));
 * dienBien.provenance?.province; // 'Điện Biên'
 * ```
 */
export function localizeCriteriaSet(
  national: NtmCriteriaSet,
  config: Partial<ProvinceCriteriaConfig>,
): NtmCriteriaSet {
  checkSetDeep(national, ['national']);
  checkConfigShape(config);
  if (config.baseSetId !== undefined && config.baseSetId !== national.id) {
    fail(CRITERIA_ERRORS['criteria/set-mismatch'], ['config', 'baseSetId'], {
      what: CONFIGURATION,
      written: config.baseSetId,
      set: national.id,
    });
  }
  const issues: DomainIssue[] = [];
  // Each entry is checked on its own, so that one run reports every problem of the configuration.
  const check = (fn: () => void): void => {
    try {
      fn();
    } catch (error) {
      if (!isDomainError(error)) throw error;
      issues.push(...error.issues);
    }
  };
  const illustrative = config.illustrative === true;
  const source =
    config.decision?.number ??
    (config.province ? `cấu hình tỉnh ${config.province}` : 'cấu hình tỉnh');

  // Mutable working copies of the indicator tables; frozen again at the end.
  const tables = new Map<
    string,
    { indicator: NtmIndicator; cells: Record<string, NtmThresholdCell> }
  >();
  for (const criterion of national.criteria) {
    for (const indicator of criterion.indicators) {
      tables.set(indicator.code, { indicator, cells: { ...indicator.thresholds } });
    }
  }

  (config.removeIndicators ?? []).forEach((code, index) => {
    const path = ['config', 'removeIndicators', index];
    check(() => {
      if (tables.has(code))
        fail(CRITERIA_ERRORS['criteria/cannot-drop-national'], path, { indicator: code });
      fail(CRITERIA_ERRORS['criteria/unknown-indicator'], path, {
        set: national.id,
        indicator: code,
      });
    });
  });

  const added = new Map<string, NtmIndicator[]>();
  (config.addIndicators ?? []).forEach((item, index) => {
    check(() => {
      const indicator = addedIndicator(
        national,
        item,
        index,
        tables.has(item.code),
        illustrative,
        source,
      );
      tables.set(indicator.code, { indicator, cells: { ...indicator.thresholds } });
      const list = added.get(indicator.criterion) ?? [];
      list.push(indicator);
      added.set(indicator.criterion, list);
    });
  });

  const touched = new Set<string>();
  (config.thresholds ?? []).forEach((entry, index) => {
    check(() => applyThreshold(national, tables, entry, index, touched, illustrative, source));
  });

  if (config.levels !== undefined) check(() => checkLevels(config.levels as ProvinceOutcomeLevels));
  if (issues.length > 0) throw new DomainError(issues);

  const criteria: NtmCriterion[] = national.criteria.map((criterion) => ({
    ...criterion,
    indicators: [...criterion.indicators, ...(added.get(criterion.code) ?? [])].map((indicator) => {
      const table = tables.get(indicator.code);
      return table ? { ...table.indicator, thresholds: table.cells } : indicator;
    }),
  }));

  const localised: NtmCriteriaSet = {
    ...national,
    criteria,
    provenance: {
      nationalSetId: national.provenance?.nationalSetId ?? national.id,
      nationalBasis: national.provenance?.nationalBasis ?? national.basis.number,
      ...(config.province === undefined ? {} : { province: config.province }),
      ...(config.decision === undefined ? {} : { decision: config.decision }),
      illustrative,
    },
    ...(config.levels === undefined ? {} : { levels: config.levels }),
    notes: config.note === undefined ? national.notes : [...national.notes, config.note],
  };
  return deepFreeze(cloneData(localised, ['national']));
}

function addedIndicator(
  set: NtmCriteriaSet,
  item: ProvinceAddedIndicator,
  index: number,
  exists: boolean,
  illustrative: boolean,
  source: string,
): NtmIndicator {
  const path = ['config', 'addIndicators', index];
  if (exists) {
    fail(CRITERIA_ERRORS['criteria/duplicate-indicator'], [...path, 'code'], {
      indicator: item.code,
      set: set.id,
    });
  }
  if (!set.criteria.some((c) => c.code === item.criterion)) {
    fail(CRITERIA_ERRORS['criteria/unknown-criterion'], [...path, 'criterion'], {
      set: set.id,
      criterion: item.criterion,
    });
  }
  const numeric = item.type === 'percent' || item.type === 'number';
  if (numeric && item.direction === undefined) {
    fail(CRITERIA_ERRORS['criteria/missing-direction'], [...path, 'direction'], {
      indicator: item.code,
    });
  }
  const cells: Record<string, NtmThresholdCell> = {};
  for (const key of keysOf(set.thresholdKey)) {
    if (!numeric) cells[key] = { status: 'provincial', sources: [source] };
    else if (item.value === undefined) cells[key] = { status: 'missing' };
    else {
      checkValue(item.type, item.value, [...path, 'value']);
      cells[key] = provincialCell(item.value, source, illustrative);
    }
  }
  const unit = item.unit ?? (item.type === 'percent' ? '%' : undefined);
  return {
    code: item.code,
    criterion: item.criterion,
    text: item.text,
    textStatus: 'provincial',
    type: item.type,
    perYear: false,
    optional: item.optional === true,
    provincial: true,
    thresholds: cells,
    ...(unit === undefined ? {} : { unit }),
    ...(item.direction === undefined ? {} : { direction: item.direction }),
  };
}

function applyThreshold(
  set: NtmCriteriaSet,
  tables: Map<string, { indicator: NtmIndicator; cells: Record<string, NtmThresholdCell> }>,
  entry: ProvinceThresholdEntry,
  index: number,
  touched: Set<string>,
  illustrative: boolean,
  source: string,
): void {
  const path = ['config', 'thresholds', index];
  const table = tables.get(entry.indicator);
  if (table === undefined) {
    fail(CRITERIA_ERRORS['criteria/unknown-indicator'], [...path, 'indicator'], {
      set: set.id,
      indicator: entry.indicator,
    });
  }
  const { indicator, cells } = table;
  if (isJudged(indicator.type)) {
    fail(CRITERIA_ERRORS['criteria/threshold-on-judgement'], [...path, 'value'], {
      indicator: indicator.code,
    });
  }
  checkValue(indicator.type, entry.value, [...path, 'value']);
  const keys = keysOf(set.thresholdKey);
  if (entry.key !== undefined && !keys.includes(entry.key)) {
    fail(CRITERIA_ERRORS['criteria/unknown-key'], [...path, 'key'], {
      key: entry.key,
      keys: keys.join(', '),
    });
  }
  if (entry.year !== undefined && !indicator.perYear) {
    fail(CRITERIA_ERRORS['criteria/year-not-applicable'], [...path, 'year'], {
      indicator: indicator.code,
    });
  }
  const targetKeys = entry.key === undefined ? keys : [entry.key];
  let cellKeys: string[];
  if (!indicator.perYear) cellKeys = [...targetKeys];
  else if (entry.year !== undefined) cellKeys = targetKeys.map((key) => `${entry.year}:${key}`);
  else {
    const years = [...new Set(Object.keys(cells).map((cell) => cell.slice(0, cell.indexOf(':'))))];
    cellKeys = years.flatMap((year) => targetKeys.map((key) => `${year}:${key}`));
  }
  for (const cellKey of cellKeys) {
    const id = `${indicator.code}|${cellKey}`;
    if (touched.has(id)) {
      fail(CRITERIA_ERRORS['criteria/duplicate-threshold'], path, {
        indicator: indicator.code,
        cell: cellKey,
      });
    }
    touched.add(id);
    const current = Object.hasOwn(cells, cellKey) ? cells[cellKey] : undefined;
    const floor = current?.status === 'missing' ? undefined : current?.value;
    if (floor !== undefined && !indicator.provincial) {
      const looser = indicator.direction === '<=' ? entry.value > floor : entry.value < floor;
      if (looser) {
        fail(CRITERIA_ERRORS['criteria/loosens-national'], [...path, 'value'], {
          indicator: indicator.code,
          cell: cellKey,
          provincial: entry.value,
          national: floor,
          direction: indicator.direction ?? '>=',
        });
      }
    }
    const cell = provincialCell(entry.value, entry.source ?? source, illustrative);
    cells[cellKey] = entry.note === undefined ? cell : { ...cell, note: entry.note };
  }
}

function provincialCell(value: number, source: string, illustrative: boolean): NtmThresholdCell {
  return illustrative
    ? { status: 'provincial', value, sources: [source], note: ILLUSTRATIVE }
    : { status: 'provincial', value, sources: [source] };
}

/** The shape check made the value finite and ≥ 0; its ceiling depends on the indicator's type. */
function checkValue(type: string, value: number, path: IssuePath): void {
  expectNumber(value, path, { min: 0, max: type === 'percent' ? 100 : Number.MAX_SAFE_INTEGER });
}

function checkLevels(levels: ProvinceOutcomeLevels): void {
  const defined = levels.criterion.map((level) => level.id);
  levels.commune.forEach((level, index) => {
    level.requires.forEach((requirement, position) => {
      if (!defined.includes(requirement.level)) {
        fail(
          CRITERIA_ERRORS['criteria/unknown-level'],
          ['config', 'levels', 'commune', index, 'requires', position, 'level'],
          { level: requirement.level, defined: defined.length > 0 ? defined : ['—'] },
        );
      }
    });
  });
}
