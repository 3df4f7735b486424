import type { IsoDate } from '../dates/iso-date.js';
import type { Bilingual } from '../errors/issue.js';
import type { LegalBasis, LegalVersion } from '../legal/legal-basis.js';
import type { NationalSupplementSource } from './national-supplement.js';

/**
 * One of the seven socio-economic regions whose columns the 2016–2020 and 2021–2025 NTM sets use.
 *
 * @remarks `TDMNPB` Trung du và miền núi phía Bắc · `DBSH` Đồng bằng sông Hồng · `BTB` Bắc Trung Bộ · `DHNTB` Duyên hải
 * Nam Trung Bộ · `TN` Tây Nguyên · `DNB` Đông Nam Bộ · `DBSCL` Đồng bằng sông Cửu Long.
 * @example
 * ```ts
 * const region: NtmRegion = 'TDMNPB'; // Điện Biên, Lai Châu
 * ```
 */
export type NtmRegion = 'TDMNPB' | 'DBSH' | 'BTB' | 'DHNTB' | 'TN' | 'DNB' | 'DBSCL';

/**
 * A commune group of the 2026–2030 set (QĐ 51/2025/QĐ-TTg), which replaces the regions.
 *
 * @remarks Xã nhóm 1 (liền kề đô thị / nông nghiệp dưới 10% / định hướng đô thị mới), nhóm 3 (xã khu vực II, III vùng
 * đồng bào DTTS và miền núi), nhóm 2 (còn lại).
 * @example
 * ```ts
 * const group: NtmCommuneGroup = 3;
 * ```
 */
export type NtmCommuneGroup = 1 | 2 | 3;

/**
 * What a criteria set is for: a commune (xã NTM), an advanced commune (xã NTM nâng cao) or a district (huyện NTM).
 *
 * @example
 * ```ts
 * const level: NtmSetLevel = 'xa';
 * ```
 */
export type NtmSetLevel = 'xa' | 'xa-nang-cao' | 'huyen';

/**
 * How a set's thresholds are keyed: by region (2016–2025) or by commune group (from 15/02/2026).
 *
 * @example
 * ```ts
 * const key: NtmThresholdKey = 'communeGroup';
 * ```
 */
export type NtmThresholdKey = 'region' | 'communeGroup';

/**
 * How an indicator is measured: a yes/no judgement ("Đạt"), a percentage, a number with a unit, or the absence of
 * something (e.g. no temporary houses).
 *
 * @example
 * ```ts
 * const type: NtmIndicatorType = 'percent';
 * ```
 */
export type NtmIndicatorType = 'boolean' | 'percent' | 'number' | 'absence';

/**
 * Whether a value must be at least (`>=`, a minimum) or at most (`<=`, a maximum) the threshold.
 *
 * @example
 * ```ts
 * const direction: NtmDirection = '<='; // stunting rate
 * ```
 */
export type NtmDirection = '>=' | '<=';

/**
 * How sure the SDK is of a fact it ships: seen in the legal text or two sources (`verified`), one secondary source
 * (`reported`), an implementation choice where the text is silent (`interpretation`), believed but unchecked
 * (`unverified`), not obtained at all (`missing`), set by a province's configuration (`provincial`), or typed in by a
 * user from the official annex through a national supplement (`supplied`, with the supplement's source).
 *
 * @example
 * ```ts
 * const status: NtmDataStatus = 'missing';
 * ```
 */
export type NtmDataStatus =
  | 'verified'
  | 'reported'
  | 'interpretation'
  | 'unverified'
  | 'missing'
  | 'provincial'
  | 'supplied';

/**
 * Where a `supplied` value or indicator comes from: the source of the national supplement that supplied it, and
 * whether that supplement is an example ("minh hoạ — không phải số liệu pháp lý").
 *
 * @example
 * ```ts
 * const mark: NtmSupplyMark = { source: { document: 'QĐ 51/2025/QĐ-TTg', annex: 'Phụ lục I' }, illustrative: false };
 * ```
 */
export interface NtmSupplyMark {
  /** The document, annex and page the user typed the value from. */
  readonly source: NationalSupplementSource;
  /** True when the supplement is an example, never a legal value. */
  readonly illustrative: boolean;
}

/**
 * One threshold cell of an indicator: its value (absent when `missing`, and for yes/no indicators whose requirement is
 * "Đạt"), how sure it is, and where it comes from.
 *
 * @example
 * ```ts
 * const cell: NtmThresholdCell = { status: 'reported', value: 24, sources: ['S5'] };
 * ```
 */
export interface NtmThresholdCell {
  /** How sure the value is; `missing` means the engine needs it from a province configuration. */
  readonly status: NtmDataStatus;
  /** The threshold, in the indicator's unit. */
  readonly value?: number;
  /** Source ids (`S5`, listed in `NTM_SOURCES` and `NTM_CRITERIA_DATA_INFO`), the provincial decision, or the annex a supplement cites. */
  readonly sources?: readonly string[];
  /** A caveat worth showing next to the value. */
  readonly note?: Bilingual;
  /** Present on a `supplied` cell: the supplement's source. */
  readonly supplied?: NtmSupplyMark;
}

/**
 * One indicator (chỉ tiêu) of a criterion, with its threshold cells.
 *
 * Cells are keyed by `chung` (the national "chỉ tiêu chung", informative only), a region code or a group number
 * (`'1'`…`'3'`), and, for indicators set per year, `YYYY:key` (e.g. `2020:TDMNPB`).
 *
 * @remarks Chỉ tiêu; "(nếu có)" indicators are `optional`.
 * @example
 * ```ts
 * const indicator: NtmIndicator = {
 *   code: '15.3', criterion: '15', type: 'percent', unit: '%', direction: '<=',
 *   text: { vi: 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi', en: 'Stunting, children under 5' },
 *   textStatus: 'unverified', perYear: false, optional: false,
 *   thresholds: { TDMNPB: { status: 'reported', value: 24, sources: ['S5'] } },
 * };
 * ```
 */
export interface NtmIndicator {
  /** Indicator code, e.g. `17.1`. */
  readonly code: string;
  /** Code of the criterion it belongs to, e.g. `17`. */
  readonly criterion: string;
  /** Wording, in Vietnamese and English. */
  readonly text: Bilingual;
  /** How sure the wording and numbering are. */
  readonly textStatus: NtmDataStatus;
  /** How the indicator is measured. */
  readonly type: NtmIndicatorType;
  /** Unit of the value (`%`, `triệu đồng/người/năm`, `m²/người`). */
  readonly unit?: string;
  /** Minimum or maximum; absent for yes/no and absence indicators. */
  readonly direction?: NtmDirection;
  /** True when thresholds are set per year (`YYYY:key` cells), e.g. income. */
  readonly perYear: boolean;
  /** True for "(nếu có)" indicators, which a commune may declare not applicable. */
  readonly optional: boolean;
  /** True when the national set leaves the concrete requirement to the province (phân cấp cho UBND tỉnh). */
  readonly delegatedToProvince?: boolean;
  /** True when a province configuration added it (not part of the national set). */
  readonly provincial?: boolean;
  /** Threshold cells by key (see above). */
  readonly thresholds: Readonly<Record<string, NtmThresholdCell>>;
  /** A caveat about the indicator (direction read as an interpretation, conflicting sources…). */
  readonly note?: Bilingual;
  /** Present on an indicator a national supplement defined: the supplement's source. */
  readonly supplied?: NtmSupplyMark;
}

/**
 * One criterion (tiêu chí) of a set and its indicators.
 *
 * @remarks Tiêu chí; `group` is the nhóm (I Quy hoạch … V Hệ thống chính trị).
 * @example
 * ```ts
 * const criterion: NtmCriterion = {
 *   code: '7', group: 'II', name: { vi: 'Cơ sở hạ tầng thương mại nông thôn', en: 'Rural trade infrastructure' },
 *   nameStatus: 'verified', indicatorsStatus: 'unverified', indicators: [],
 * };
 * ```
 */
export interface NtmCriterion {
  /** Criterion number as a string (`'1'` … `'19'`). */
  readonly code: string;
  /** Group (nhóm) it belongs to, e.g. `II`. */
  readonly group?: string;
  /** Name, in Vietnamese and English. */
  readonly name: Bilingual;
  /** How sure the name and number are. */
  readonly nameStatus: NtmDataStatus;
  /** How complete the indicator list is: `missing` = not obtained (the criterion cannot be evaluated). */
  readonly indicatorsStatus: NtmDataStatus;
  /** Its indicators; empty when not obtained. */
  readonly indicators: readonly NtmIndicator[];
}

/**
 * A rule putting a commune on the TDMNPB thresholds whatever its region (QĐ 318/QĐ-TTg Điều 1 and its 2024
 * amendment): the rule applies when every flag of one of the `anyOf` lists is set.
 *
 * @remarks Xã đặc biệt khó khăn, xã an toàn khu thuộc huyện nghèo… áp dụng mức đạt chuẩn vùng TDMNPB.
 * @example
 * ```ts
 * const rule: NtmRegionOverrideRule = {
 *   id: 'qd318-dieu-1', region: 'TDMNPB', anyOf: [['dbkk', 'poorDistrict2018_2020']], status: 'verified',
 *   basis: 'QĐ 318/QĐ-TTg Điều 1', text: { vi: '…', en: '…' },
 * };
 * ```
 */
export interface NtmRegionOverrideRule {
  /** Stable id shown in traces. */
  readonly id: string;
  /** The region whose thresholds apply. */
  readonly region: NtmRegion;
  /** Lists of flags; the rule applies when all flags of at least one list are set. */
  readonly anyOf: readonly (readonly (keyof NtmCommuneFlags)[])[];
  /** First data year the rule applies to (absent: every year of the set). */
  readonly fromYear?: number;
  /** How sure the rule is. */
  readonly status: NtmDataStatus;
  /** Legal basis, as a citation. */
  readonly basis: string;
  /** The rule in words. */
  readonly text: Bilingual;
}

/**
 * Where a localised set comes from: the national set and the provincial decision.
 *
 * @example
 * ```ts
 * const p: NtmProvenance = { nationalSetId: 'XA_2021_2025', nationalBasis: '318/QĐ-TTg', province: 'Điện Biên', illustrative: true };
 * ```
 */
export interface NtmProvenance {
  /** Id of the national set it localises. */
  readonly nationalSetId: string;
  /** Number of the national decision. */
  readonly nationalBasis: string;
  /** Province name, when the configuration gives one. */
  readonly province?: string;
  /** The provincial decision, when the configuration cites one. */
  readonly decision?: LegalBasis;
  /** True when the configuration is an example, not a province's real rules. */
  readonly illustrative: boolean;
}

/**
 * A value a national supplement replaced: a `reported` or `unverified` cell, replaced only because the supplement
 * stated the old value (`replaces`), or confirmed with the same value.
 *
 * @example
 * ```ts
 * const r: NtmReplacement = {
 *   indicator: '15.4', cell: 'TDMNPB', value: 50,
 *   previous: { status: 'reported', value: 50, sources: ['S5'] },
 * };
 * ```
 */
export interface NtmReplacement {
  /** Indicator code. */
  readonly indicator: string;
  /** Cell key (`TDMNPB`, `2023:TDMNPB`, `'1'`). */
  readonly cell: string;
  /** The cell as the SDK shipped it. */
  readonly previous: NtmThresholdCell;
  /** The supplied value. */
  readonly value: number;
}

/**
 * What a national supplement did to a set: its source and transcriber, whether it is an example, the indicators it
 * defined, how many cells it filled and the values it replaced.
 *
 * @remarks Số liệu quốc gia do người dùng bổ sung từ phụ lục chính thức.
 * @example
 * ```ts
 * supplemented.supplement?.indicatorsAdded.length; // 47
 * ```
 */
export interface NtmSupplementRecord {
  /** The document and annex the values were typed from. */
  readonly source: NationalSupplementSource;
  /** Who transcribed them. */
  readonly transcribedBy?: string;
  /** When they were transcribed. */
  readonly transcribedOn?: IsoDate;
  /** The supplement's note. */
  readonly note?: Bilingual;
  /** True for an example supplement ("minh hoạ — không phải số liệu pháp lý"). */
  readonly illustrative: boolean;
  /** Codes of the indicators it defined, in set order. */
  readonly indicatorsAdded: readonly string[];
  /** Number of threshold cells it supplied. */
  readonly cellsSupplied: number;
  /** Values of the set it replaced or confirmed. */
  readonly replacements: readonly NtmReplacement[];
}

/**
 * A national NTM criteria set (or a province's localised copy): versioned, with its legal basis, validity and the
 * date its data was last checked.
 *
 * @remarks Bộ tiêu chí quốc gia về xã nông thôn mới (QĐ 1980/QĐ-TTg, QĐ 318/QĐ-TTg, QĐ 51/2025/QĐ-TTg…).
 * @example
 * ```ts
 * import { XA_2021_2025 } from '@ntm/criteria/sets';
 * XA_2021_2025.criteria.length; // 19
 * ```
 */
export interface NtmCriteriaSet extends LegalVersion {
  /** Stable id, e.g. `XA_2021_2025`; a localised set keeps the national id in `provenance`. */
  readonly id: string;
  /** What the set is for. */
  readonly level: NtmSetLevel;
  /** Title, in Vietnamese and English. */
  readonly title: Bilingual;
  /** How sure the validity dates are. */
  readonly validityStatus: NtmDataStatus;
  /** Whether thresholds are keyed by region or by commune group. */
  readonly thresholdKey: NtmThresholdKey;
  /** `full`: indicators listed; `structure-only`: criteria known, indicators not obtained. */
  readonly detail: 'full' | 'structure-only';
  /** Number of indicators the decision has, when the sources give it (e.g. 47 for QĐ 51/2025). */
  readonly indicatorCount?: number;
  /** Where to load the missing values from (the official annex). */
  readonly annex: string;
  /** The criteria, in order. */
  readonly criteria: readonly NtmCriterion[];
  /** Rules putting some communes on another region's thresholds. */
  readonly regionOverrides: readonly NtmRegionOverrideRule[];
  /** Caveats about the set as a whole. */
  readonly notes: readonly Bilingual[];
  /** Present on a set completed by a national supplement (`supplementCriteriaSet`). */
  readonly supplement?: NtmSupplementRecord;
  /** Present on a set produced by a province configuration. */
  readonly provenance?: NtmProvenance;
  /** Provincial outcome levels, present on a localised set whose configuration defines them. */
  readonly levels?: ProvinceOutcomeLevels;
}

/**
 * Status flags of a commune that change which thresholds apply (QĐ 318/QĐ-TTg Điều 1 and its amendment of 01/03).
 *
 * @remarks `dbkk` xã đặc biệt khó khăn; `atk` xã an toàn khu; `poorDistrict2018_2020` thuộc huyện nghèo hoặc vừa
 * thoát nghèo giai đoạn 2018–2020; `khuVucII`/`khuVucIII` xã khu vực II/III vùng đồng bào DTTS và miền núi;
 * `coastalOrIslandDbkk` xã đặc biệt khó khăn vùng bãi ngang ven biển và hải đảo.
 * @example
 * ```ts
 * const flags: NtmCommuneFlags = { khuVucIII: true };
 * ```
 */
export interface NtmCommuneFlags {
  /** Xã đặc biệt khó khăn. */
  readonly dbkk?: boolean;
  /** Xã an toàn khu. */
  readonly atk?: boolean;
  /** In a poor district, or one that just left poverty, in 2018–2020. */
  readonly poorDistrict2018_2020?: boolean;
  /** Xã khu vực II (ethnic-minority and mountain areas). */
  readonly khuVucII?: boolean;
  /** Xã khu vực III (ethnic-minority and mountain areas). */
  readonly khuVucIII?: boolean;
  /** Especially disadvantaged coastal (bãi ngang) or island commune. */
  readonly coastalOrIslandDbkk?: boolean;
}

/**
 * A rule deciding a provincial criterion level: the criterion reaches the level when at most `maxIndicatorsNotMet`
 * of its indicators are not met (not-applicable indicators do not count).
 *
 * @example
 * ```ts
 * const rule: ProvinceCriterionLevel = { id: 'dat-chuan', name: { vi: 'Đạt chuẩn', en: 'Met' }, maxIndicatorsNotMet: 0 };
 * ```
 */
export interface ProvinceCriterionLevel {
  /** Stable id, e.g. `co-ban-dat`. */
  readonly id: string;
  /** Name, in Vietnamese and English. */
  readonly name: Bilingual;
  /** Most indicators that may be not met at this level. */
  readonly maxIndicatorsNotMet: number;
}

/**
 * A requirement of a commune level: at least `min` criteria at criterion level `level` or higher.
 *
 * @example
 * ```ts
 * const req: ProvinceLevelRequirement = { level: 'dat-chuan', min: 19 };
 * ```
 */
export interface ProvinceLevelRequirement {
  /** Id of a criterion level. */
  readonly level: string;
  /** Least number of criteria at that level or a higher one. */
  readonly min: number;
}

/**
 * A provincial commune level (e.g. "xã cơ bản đạt chuẩn NTM"): reached when every requirement holds.
 *
 * @example
 * ```ts
 * const level: ProvinceCommuneLevel = {
 *   id: 'dat-chuan', name: { vi: 'Đạt chuẩn NTM', en: 'Meets the NTM standard' },
 *   requires: [{ level: 'dat-chuan', min: 19 }],
 * };
 * ```
 */
export interface ProvinceCommuneLevel {
  /** Stable id. */
  readonly id: string;
  /** Name, in Vietnamese and English. */
  readonly name: Bilingual;
  /** All must hold. */
  readonly requires: readonly ProvinceLevelRequirement[];
}

/**
 * A province's own outcome levels, checked in order (highest first); a criterion or commune that reaches none gets
 * the fallback level.
 *
 * @remarks Điện Biên: tiêu chí "đạt chuẩn / cơ bản đạt / chưa đạt"; xã "đạt chuẩn NTM / cơ bản đạt chuẩn NTM".
 * @example
 * ```ts
 * const levels: ProvinceOutcomeLevels = {
 *   illustrative: true,
 *   criterion: [{ id: 'dat-chuan', name: { vi: 'Đạt chuẩn', en: 'Met' }, maxIndicatorsNotMet: 0 }],
 *   criterionFallback: { id: 'chua-dat', name: { vi: 'Chưa đạt', en: 'Not met' } },
 *   commune: [{ id: 'dat-chuan', name: { vi: 'Đạt chuẩn NTM', en: 'Meets NTM' }, requires: [{ level: 'dat-chuan', min: 19 }] }],
 *   communeFallback: { id: 'chua-dat', name: { vi: 'Chưa đạt chuẩn', en: 'Not yet' } },
 * };
 * ```
 */
export interface ProvinceOutcomeLevels {
  /** True when the rules are an example, not the province's official definitions. */
  readonly illustrative: boolean;
  /** Where the rules come from, or why they are illustrative. */
  readonly note?: Bilingual;
  /** Criterion levels, highest first. */
  readonly criterion: readonly ProvinceCriterionLevel[];
  /** Level of a criterion that reaches none. */
  readonly criterionFallback: { readonly id: string; readonly name: Bilingual };
  /** Commune levels, highest first. */
  readonly commune: readonly ProvinceCommuneLevel[];
  /** Level of a commune that reaches none. */
  readonly communeFallback: { readonly id: string; readonly name: Bilingual };
}
