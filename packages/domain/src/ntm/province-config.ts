import type { Bilingual } from '../errors/issue.js';
import type { LegalBasis } from '../legal/legal-basis.js';
import type { NtmDirection, NtmIndicatorType, ProvinceOutcomeLevels } from './criteria-set.js';
import type { NtmInputFile } from './input-file.js';

/**
 * A threshold a province sets: it fills a value the national set leaves missing or delegates, or tightens a national
 * one. Without `key` it applies to every region or group; without `year`, to every year.
 *
 * @example
 * ```ts
 * const entry: ProvinceThresholdEntry = { indicator: '15.4', key: 'TDMNPB', value: 60, source: 'QĐ …/QĐ-UBND' };
 * ```
 */
export interface ProvinceThresholdEntry {
  /** Indicator code, e.g. `10`. */
  readonly indicator: string;
  /** The threshold, in the indicator's unit. */
  readonly value: number;
  /** Region code or commune group (`'1'`…`'3'`) it applies to; absent = all. */
  readonly key?: string;
  /** Data year it applies to (for per-year indicators such as income); absent = all years. */
  readonly year?: number;
  /** Where the value comes from (article of the provincial decision). */
  readonly source?: string;
  /** A caveat shown next to the value. */
  readonly note?: Bilingual;
}

/**
 * An indicator a province adds to a national criterion.
 *
 * @example
 * ```ts
 * const added: ProvinceAddedIndicator = {
 *   code: '17.DB1', criterion: '17', type: 'boolean',
 *   text: { vi: 'Chỉ tiêu riêng của tỉnh', en: 'A provincial indicator' },
 * };
 * ```
 */
export interface ProvinceAddedIndicator {
  /** New code, not used by the national set. */
  readonly code: string;
  /** Code of the national criterion it joins. */
  readonly criterion: string;
  /** Wording. */
  readonly text: Bilingual;
  /** How it is measured. */
  readonly type: NtmIndicatorType;
  /** Unit of a percentage or number. */
  readonly unit?: string;
  /** Minimum or maximum (percentages and numbers). */
  readonly direction?: NtmDirection;
  /** Threshold for every key (percentages and numbers). */
  readonly value?: number;
  /** True when a commune may declare it not applicable ("nếu có"). */
  readonly optional?: boolean;
}

/**
 * A province's criteria configuration file (`province-criteria.json`): which national set it localises, the provincial
 * decision, the thresholds it fills or tightens, the indicators it adds and its own outcome levels. It may never loosen
 * a national threshold or drop a national indicator.
 *
 * @remarks Bộ tiêu chí xã NTM của tỉnh (UBND tỉnh "quy định cụ thể" các chỉ tiêu được phân cấp).
 * @example
 * ```ts
 * const config: ProvinceCriteriaConfig = {
 *   province: 'Điện Biên', baseSetId: 'XA_2021_2025', illustrative: true,
 *   thresholds: [{ indicator: '15.4', key: 'TDMNPB', value: 60 }],
 * };
 * ```
 */
export interface ProvinceCriteriaConfig extends NtmInputFile {
  /** Province name (NFC). */
  readonly province?: string;
  /** Id of the national set it localises; must match the set passed to `localizeCriteriaSet`. */
  readonly baseSetId?: string;
  /** The provincial decision (Quyết định của UBND tỉnh). */
  readonly decision?: LegalBasis;
  /** A note shown with every result. */
  readonly note?: Bilingual;
  /** Thresholds set by the province. */
  readonly thresholds?: readonly ProvinceThresholdEntry[];
  /** Indicators the province adds. */
  readonly addIndicators?: readonly ProvinceAddedIndicator[];
  /** National indicators the file tries to drop: always rejected (listed so the rejection names them). */
  readonly removeIndicators?: readonly string[];
  /** The province's own outcome levels (đạt chuẩn / cơ bản đạt / chưa đạt). */
  readonly levels?: ProvinceOutcomeLevels;
}
