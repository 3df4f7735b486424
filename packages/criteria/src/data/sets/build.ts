import type {
  Bilingual,
  NtmCriterion,
  NtmDataStatus,
  NtmDirection,
  NtmIndicator,
  NtmIndicatorType,
  NtmThresholdCell,
} from '@ntm/domain/core';
import { REGIONS } from '../../internal/keys.js';

/*
 * Small builders that keep the set files close to the published tables: a cell no source gives is
 * written out as `missing` (never left out, never guessed), so the missing-values list is computed from the data.
 */

const REGION_KEYS = REGIONS;

type Key = 'chung' | (typeof REGION_KEYS)[number];
/** Cells by column; an absent column is `missing`. */
export type RegionCells = { readonly [K in Key]?: NtmThresholdCell | undefined };

/** A VERIFIED cell (legal text or two independent sources). */
export function verified(value: number | undefined, ...sources: string[]): NtmThresholdCell {
  return value === undefined
    ? { status: 'verified', sources }
    : { status: 'verified', value, sources };
}

/** A REPORTED cell (one secondary source). */
export function reported(
  value: number | undefined,
  source: string,
  note?: Bilingual,
): NtmThresholdCell {
  const cell: NtmThresholdCell =
    value === undefined
      ? { status: 'reported', sources: [source] }
      : { status: 'reported', value, sources: [source] };
  return note ? { ...cell, note } : cell;
}

/** A cell whose value the sources give, but which conflicts or looks wrong: kept with a caveat. */
export function doubtful(value: number, sources: string[], note: Bilingual): NtmThresholdCell {
  return { status: 'unverified', value, sources, note };
}

const MISSING: NtmThresholdCell = { status: 'missing' };

/** Region columns plus `chung`; every column not given is `missing`. */
export function byRegion(cells: RegionCells): Record<string, NtmThresholdCell> {
  const out: Record<string, NtmThresholdCell> = { chung: cells.chung ?? MISSING };
  for (const key of REGION_KEYS) out[key] = cells[key] ?? MISSING;
  return out;
}

/** Per-year region columns (`YYYY:key`); years not given are `missing` in every column. */
export function byYearAndRegion(
  years: readonly number[],
  cells: Readonly<Record<number, RegionCells>>,
): Record<string, NtmThresholdCell> {
  const out: Record<string, NtmThresholdCell> = {};
  for (const year of years) {
    for (const [key, cell] of Object.entries(byRegion(cells[year] ?? {})))
      out[`${year}:${key}`] = cell;
  }
  return out;
}

const JUDGEMENT: Bilingual = {
  vi: 'Yêu cầu "Đạt" ở mọi vùng là cách hiểu (chưa đối chiếu phụ lục của quyết định); cơ quan thẩm định đánh giá theo phụ lục chính thức.',
  en: '"Đạt" in every region is an interpretation (not checked against the decision\'s annex); the assessing body judges it against the official annex.',
};

/** Requirement cells of a yes/no indicator: "Đạt" everywhere, as an interpretation unless a source says more. */
export function judged(cells: RegionCells = {}): Record<string, NtmThresholdCell> {
  const interpretation: NtmThresholdCell = { status: 'interpretation', note: JUDGEMENT };
  const out: Record<string, NtmThresholdCell> = { chung: cells.chung ?? interpretation };
  for (const key of REGION_KEYS) out[key] = cells[key] ?? interpretation;
  return out;
}

interface IndicatorOptions {
  readonly unit?: string;
  readonly direction?: NtmDirection;
  readonly perYear?: boolean;
  readonly optional?: boolean;
  readonly delegatedToProvince?: boolean;
  readonly textStatus?: NtmDataStatus;
  readonly note?: Bilingual;
}

/** One indicator; `criterion` is the part of the code before the first dot. */
export function indicator(
  code: string,
  type: NtmIndicatorType,
  text: Bilingual,
  thresholds: Record<string, NtmThresholdCell>,
  options: IndicatorOptions = {},
): NtmIndicator {
  const criterion = code.split('.')[0] ?? code;
  const base: NtmIndicator = {
    code,
    criterion,
    text,
    textStatus: options.textStatus ?? 'unverified',
    type,
    perYear: options.perYear ?? false,
    optional: options.optional ?? false,
    thresholds,
  };
  return {
    ...base,
    ...(options.unit === undefined ? {} : { unit: options.unit }),
    ...(options.direction === undefined ? {} : { direction: options.direction }),
    ...(options.delegatedToProvince ? { delegatedToProvince: true } : {}),
    ...(options.note === undefined ? {} : { note: options.note }),
  };
}

/** A yes/no indicator whose wording was not obtained: the caller gives the official judgement. */
export function unnamed(code: string, setLabel: string): NtmIndicator {
  return indicator(
    code,
    'boolean',
    {
      vi: `Chỉ tiêu ${code} (nội dung chưa thu thập; đánh giá theo ${setLabel})`,
      en: `Indicator ${code} (wording not obtained; judged against ${setLabel})`,
    },
    judged(),
    { textStatus: 'missing' },
  );
}

/** One criterion. */
export function criterion(
  code: string,
  group: string | undefined,
  name: Bilingual,
  nameStatus: NtmDataStatus,
  indicators: readonly NtmIndicator[],
  indicatorsStatus: NtmDataStatus = 'unverified',
): NtmCriterion {
  const base = { code, name, nameStatus, indicatorsStatus, indicators };
  return group === undefined ? base : { ...base, group };
}

/** The five groups of the 19 commune criteria of QĐ 1980 and QĐ 318 (S2), each with its last criterion number. */
const COMMUNE_GROUPS = [
  ['I', 1],
  ['II', 9],
  ['III', 13],
  ['IV', 17],
  ['V', 19],
] as const;

/**
 * The criterion builder of a 19-criteria commune set (QĐ 1980, QĐ 318), whose criterion names have status
 * `nameStatus`: each criterion is written as the annex lists it (number, name, indicators) and its group follows from
 * its number.
 */
export function communeCriteria(nameStatus: NtmDataStatus) {
  return (code: string, name: Bilingual, indicators: readonly NtmIndicator[]): NtmCriterion => {
    const group = COMMUNE_GROUPS.find(([, last]) => Number(code) <= last)?.[0];
    return criterion(code, group, name, nameStatus, indicators);
  };
}

/** Indicator 9.1 of both 19-criteria sets: no temporary or dilapidated houses, "Đạt" everywhere unless cells say more. */
export function noTemporaryHouses(cells?: RegionCells): NtmIndicator {
  return indicator(
    '9.1',
    'absence',
    {
      vi: 'Nhà tạm, dột nát (yêu cầu: Không)',
      en: 'Temporary or dilapidated houses (requirement: none)',
    },
    judged(cells),
  );
}

/** Percent unit. */
export const PCT = '%';
/** Income unit. */
export const INCOME_UNIT = 'triệu đồng/người/năm';

/** A percentage indicator by region (a minimum unless `direction` says `<=`); columns not given are `missing`. */
export function pct(
  code: string,
  vi: string,
  en: string,
  cells: RegionCells = {},
  direction: NtmDirection = '>=',
  note?: Bilingual,
): NtmIndicator {
  return indicator(code, 'percent', { vi, en }, byRegion(cells), {
    unit: PCT,
    direction,
    ...(note ? { note } : {}),
  });
}

/** Indicator 10, rural income per capita: a minimum in {@link INCOME_UNIT} for each year and region column. */
export function income(
  vi: string,
  en: string,
  years: readonly number[],
  cells: Readonly<Record<number, RegionCells>> = {},
): NtmIndicator {
  return indicator('10', 'number', { vi, en }, byYearAndRegion(years, cells), {
    unit: INCOME_UNIT,
    direction: '>=',
    perYear: true,
  });
}

/**
 * Indicator 15.3 of both 19-criteria sets, stunting of children under 5: a maximum by region. The sources print it as a
 * minimum, so `note` says why it is read as a maximum.
 */
export function stunting(en: string, cells: RegionCells, note: Bilingual): NtmIndicator {
  const vi = 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)';
  return pct('15.3', vi, en, cells, '<=', note);
}

/**
 * A yes/no indicator judged "Đạt" everywhere (see {@link judged}), with the `cells` a source states; `optional` for one a
 * commune may lack ("nếu có").
 */
export function yes(
  code: string,
  vi: string,
  en: string,
  { optional = false, cells }: { readonly optional?: boolean; readonly cells?: RegionCells } = {},
): NtmIndicator {
  return indicator(code, 'boolean', { vi, en }, judged(cells), { optional });
}

/** REPORTED cells from one source, in the column order of the published tables: `chung`, then the seven regions. */
export function reportedColumns(source: string, values: readonly number[]): RegionCells {
  const [chung, TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL] = values.map((v) => reported(v, source));
  return { chung, TDMNPB, DBSH, BTB, DHNTB, TN, DNB, DBSCL };
}
