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
import { DomainError, type DomainIssue, deepFreeze, fail, isDomainError } from '@ntm/domain/core';
import { keysOf } from '../internal/keys.js';
import { checkConfigShape } from './check-config.js';
import { checkKey } from './check-key.js';
import { badSet, checkSetDeep } from './check-set.js';
import { show } from './guards.js';

const FIELDS: readonly string[] = [
  '$schema',
  'province',
  'baseSetId',
  'decision',
  'illustrative',
  'note',
  'thresholds',
  'addIndicators',
  'removeIndicators',
  'levels',
];

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
 * loosening, both values. Every entry of the configuration is checked, so one error carries every problem (one issue
 * each, at its path). `localizeCriteriaSet(national, {})` evaluates exactly as `national`.
 *
 * @remarks Bộ tiêu chí của tỉnh: chỉ được chặt hơn, không được thấp hơn mức quốc gia (README §8, cách hiểu).
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
  for (const key of Object.keys(config)) {
    check(() => {
      checkKey(key, ['config']);
      if (!FIELDS.includes(key)) {
        fail('criteria/unknown-config-field', ['config', key], {
          vi: `Trường "${key}" không có trong cấu hình tiêu chí của tỉnh`,
          en: `The province configuration has no field "${key}"`,
        });
      }
    });
  }
  if (config.baseSetId !== undefined && config.baseSetId !== national.id) {
    // Checked against another set, every value would be a false alarm: stop here.
    check(() =>
      fail(
        'criteria/set-mismatch',
        ['config', 'baseSetId'],
        {
          vi: `Cấu hình viết cho bộ ${config.baseSetId}, không phải ${national.id}`,
          en: `The configuration is written for set ${config.baseSetId}, not ${national.id}`,
        },
        { config: config.baseSetId, set: national.id },
      ),
    );
    throw new DomainError(issues);
  }
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
    const known = tables.has(code);
    check(() =>
      fail(
        known ? 'criteria/cannot-drop-national' : 'criteria/unknown-indicator',
        ['config', 'removeIndicators', index],
        known
          ? {
              vi: `Không được bỏ chỉ tiêu quốc gia ${code}`,
              en: `The national indicator ${code} cannot be dropped`,
            }
          : {
              vi: `Bộ ${national.id} không có chỉ tiêu "${code}"`,
              en: `Set ${national.id} has no indicator "${code}"`,
            },
        { indicator: code },
      ),
    );
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
  return deepFreeze(structuredCloneData(localised));
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
  checkKey(item.code, [...path, 'code']);
  if (exists) {
    fail('criteria/duplicate-indicator', [...path, 'code'], {
      vi: `Chỉ tiêu ${item.code} đã có trong bộ ${set.id}`,
      en: `Indicator ${item.code} already exists in set ${set.id}`,
    });
  }
  if (!set.criteria.some((c) => c.code === item.criterion)) {
    fail('criteria/unknown-criterion', [...path, 'criterion'], {
      vi: `Bộ ${set.id} không có tiêu chí "${item.criterion}"`,
      en: `Set ${set.id} has no criterion "${item.criterion}"`,
    });
  }
  const numeric = item.type === 'percent' || item.type === 'number';
  if (numeric && item.direction === undefined) {
    fail('criteria/missing-direction', [...path, 'direction'], {
      vi: `Chỉ tiêu ${item.code}: cần hướng so sánh ">=" hoặc "<="`,
      en: `Indicator ${item.code}: a direction ">=" or "<=" is required`,
    });
  }
  const cells: Record<string, NtmThresholdCell> = {};
  for (const key of keysOf(set.thresholdKey)) {
    if (!numeric) cells[key] = { status: 'provincial', sources: [source] };
    else if (item.value === undefined) cells[key] = { status: 'missing' };
    else {
      checkValue(item.type, item.value, item.code, [...path, 'value']);
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
  checkKey(entry.indicator, [...path, 'indicator']);
  const table = tables.get(entry.indicator);
  if (table === undefined) {
    fail(
      'criteria/unknown-indicator',
      [...path, 'indicator'],
      {
        vi: `Bộ ${set.id} không có chỉ tiêu "${entry.indicator}"`,
        en: `Set ${set.id} has no indicator "${entry.indicator}"`,
      },
      { indicator: entry.indicator },
    );
  }
  const { indicator, cells } = table;
  if (indicator.type === 'boolean' || indicator.type === 'absence') {
    fail('criteria/threshold-on-judgement', [...path, 'value'], {
      vi: `Chỉ tiêu ${indicator.code} là đánh giá Đạt/Không, không có ngưỡng số`,
      en: `Indicator ${indicator.code} is a met/not-met judgement with no numeric threshold`,
    });
  }
  checkValue(indicator.type, entry.value, indicator.code, [...path, 'value']);
  const keys = keysOf(set.thresholdKey);
  if (entry.key !== undefined && !keys.includes(entry.key)) {
    fail('criteria/unknown-key', [...path, 'key'], {
      vi: `Khóa "${entry.key}" không dùng được; dùng: ${keys.join(', ')}`,
      en: `Key "${entry.key}" is not valid; use: ${keys.join(', ')}`,
    });
  }
  if (entry.year !== undefined && !indicator.perYear) {
    fail('criteria/year-not-applicable', [...path, 'year'], {
      vi: `Chỉ tiêu ${indicator.code} không có ngưỡng theo năm`,
      en: `Indicator ${indicator.code} has no per-year thresholds`,
    });
  }
  if (
    entry.year !== undefined &&
    (!Number.isInteger(entry.year) || entry.year < 1900 || entry.year > 2100)
  ) {
    fail('criteria/invalid-year', [...path, 'year'], {
      vi: `Năm ${show(entry.year)} không hợp lệ`,
      en: `Year ${show(entry.year)} is not valid`,
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
      fail('criteria/duplicate-threshold', path, {
        vi: `Ngưỡng của chỉ tiêu ${indicator.code} ô ${cellKey} được đặt hai lần`,
        en: `The threshold of indicator ${indicator.code} cell ${cellKey} is set twice`,
      });
    }
    touched.add(id);
    const current = Object.hasOwn(cells, cellKey) ? cells[cellKey] : undefined;
    const floor = current?.status === 'missing' ? undefined : current?.value;
    if (floor !== undefined && !indicator.provincial) {
      const looser = indicator.direction === '<=' ? entry.value > floor : entry.value < floor;
      if (looser) {
        fail(
          'criteria/loosens-national',
          [...path, 'value'],
          {
            vi: `Chỉ tiêu ${indicator.code} (${cellKey}): mức của tỉnh ${entry.value} lỏng hơn (dưới chuẩn) mức quốc gia ${floor} (${indicator.direction ?? '>='})`,
            en: `Indicator ${indicator.code} (${cellKey}): the provincial value ${entry.value} is looser than the national ${floor} (${indicator.direction ?? '>='})`,
          },
          { indicator: indicator.code, cell: cellKey, national: floor, provincial: entry.value },
        );
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

function checkValue(
  type: string,
  value: unknown,
  code: string,
  path: readonly (string | number)[],
): void {
  const max = type === 'percent' ? 100 : Number.MAX_SAFE_INTEGER;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) {
    fail(
      'criteria/out-of-range',
      path,
      {
        vi: `Chỉ tiêu ${code}: ngưỡng ${show(value)} không hợp lệ (cần số hữu hạn 0–${type === 'percent' ? '100' : '…'})`,
        en: `Indicator ${code}: threshold ${show(value)} is not valid (finite number 0–${type === 'percent' ? '100' : '…'} needed)`,
      },
      { value: show(value) },
    );
  }
}

function checkLevels(levels: ProvinceOutcomeLevels): void {
  const ids = new Set<string>();
  levels.criterion.forEach((level, index) => {
    checkKey(level.id, ['config', 'levels', 'criterion', index, 'id']);
    ids.add(level.id);
  });
  levels.commune.forEach((level, index) => {
    level.requires.forEach((requirement, position) => {
      if (!ids.has(requirement.level)) {
        fail(
          'criteria/unknown-level',
          ['config', 'levels', 'commune', index, 'requires', position, 'level'],
          {
            vi: `Mức tiêu chí "${requirement.level}" chưa được định nghĩa`,
            en: `Criterion level "${requirement.level}" is not defined`,
          },
        );
      }
    });
  });
}

// Reference data is frozen and may be shared; the localised set gets its own copy of everything it holds.
// Only JSON data belongs in a set: anything else (a bigint, a function) is a damaged set, not a crash.
function structuredCloneData<T>(value: T): T {
  try {
    return JSON.parse(JSON.stringify(value)) as T;
  } catch {
    return badSet(['national'], 'holds a value that is not JSON data (bigint, cycle)');
  }
}
