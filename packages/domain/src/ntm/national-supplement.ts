import type { NtmDirection, NtmIndicatorType } from './criteria-set.js';
import type { NtmInputFile } from './input-file.js';

/**
 * Where the values of a national supplement were typed from: the official document, its annex and page, and where
 * to read it.
 *
 * @remarks Nguồn: văn bản, phụ lục, trang.
 * @example
 * ```ts
 * const source: NationalSupplementSource = { document: 'QĐ 51/2025/QĐ-TTg', annex: 'Phụ lục I', page: 3 };
 * ```
 */
export interface NationalSupplementSource {
  /** The decision, e.g. `QĐ 51/2025/QĐ-TTg`. */
  readonly document: string;
  /** The annex, e.g. `Phụ lục I`. */
  readonly annex?: string;
  /** Page (or page range) in the document. */
  readonly page?: string | number;
  /** Where the document can be read. */
  readonly url?: string;
}

/**
 * A text typed from the annex: Vietnamese (NFC), with an English rendering when the user has one.
 *
 * @example
 * ```ts
 * const text: NationalSupplementText = { vi: 'Chỉ tiêu minh hoạ 1.1 — nhập từ Phụ lục I QĐ 51/2025/QĐ-TTg' };
 * ```
 */
export interface NationalSupplementText {
  /** Vietnamese, as in the annex. */
  readonly vi: string;
  /** English rendering; the Vietnamese is shown when absent. */
  readonly en?: string;
}

/**
 * One threshold of an indicator the supplement defines: without `key` it applies to every region or commune group
 * of the set; `year` is required for per-year indicators and refused for the others.
 *
 * @example
 * ```ts
 * const cell: NationalSupplementCell = { key: '1', value: 90 };
 * ```
 */
export interface NationalSupplementCell {
  /** Region code (`TDMNPB`…) or commune group (`'1'`…`'3'`); absent = every key of the set. */
  readonly key?: string;
  /** Data year, for per-year indicators (income). */
  readonly year?: number;
  /** The threshold, in the indicator's unit. */
  readonly value: number;
}

/**
 * An indicator the supplement defines: one of a structure-only set (QĐ 51/2025 lists 47) or one the SDK lacks.
 *
 * @remarks Chỉ tiêu nhập từ phụ lục chính thức.
 * @example
 * ```ts
 * const indicator: NationalSupplementIndicator = {
 *   code: '1.1', criterion: '1', type: 'boolean',
 *   text: { vi: 'Chỉ tiêu minh hoạ 1.1 — nhập từ Phụ lục I QĐ 51/2025/QĐ-TTg' },
 * };
 * ```
 */
export interface NationalSupplementIndicator {
  /** New code: the criterion code, a dot and a number (`1.1`), or the criterion code alone for a single indicator. */
  readonly code: string;
  /** Code of the set's criterion it belongs to. */
  readonly criterion: string;
  /** Wording, as in the annex. */
  readonly text: NationalSupplementText;
  /** How it is measured. */
  readonly type: NtmIndicatorType;
  /** Unit: `%` for percentages (the default), required for numbers, none for yes/no and absence indicators. */
  readonly unit?: string;
  /** Minimum or maximum: required for percentages and numbers, refused for yes/no and absence indicators. */
  readonly direction?: NtmDirection;
  /** True for "(nếu có)" indicators, which a commune may declare not applicable. */
  readonly optional?: boolean;
  /** True when thresholds are set per year (income). */
  readonly perYear?: boolean;
  /** Its thresholds (percentages and numbers only). */
  readonly thresholds?: readonly NationalSupplementCell[];
}

/**
 * A value for a threshold cell the SDK marks `missing` (or, with `replaces`, one it ships as `reported` or
 * `unverified`). Without `key` it applies to every key of the set.
 *
 * @example
 * ```ts
 * const entry: NationalSupplementThreshold = { indicator: '10', key: 'TDMNPB', year: 2022, value: 30 };
 * ```
 */
export interface NationalSupplementThreshold {
  /** Indicator code, of the set or of the supplement. */
  readonly indicator: string;
  /** Region code or commune group; absent = every key of the set. */
  readonly key?: string;
  /** Data year, required for per-year indicators. */
  readonly year?: number;
  /** The value read in the annex. */
  readonly value: number;
  /** The value the SDK ships for this cell, stated to replace a `reported` or `unverified` value. */
  readonly replaces?: number;
  /** Where this value was read, when it differs from the supplement's source (fields given replace the source's). */
  readonly source?: Partial<NationalSupplementSource>;
}

/**
 * A national supplement (`national-supplement.json`): values of the official annex that the SDK lacks, typed in by a
 * user with their source — indicators of a structure-only set, thresholds the SDK marks `missing`. Applied with
 * `supplementCriteriaSet` before any province localisation; a supplied value never contradicts a `verified` one.
 *
 * @remarks Bổ sung số liệu quốc gia còn thiếu (phụ lục của quyết định), có nguồn, do người dùng nhập.
 * @example
 * ```ts
 * const supplement: NationalSupplement = {
 *   baseSetId: 'XA_2021_2025',
 *   source: { document: 'QĐ 318/QĐ-TTg', annex: 'Phụ lục I' },
 *   thresholds: [{ indicator: '11', key: 'TDMNPB', value: 10 }],
 * };
 * ```
 */
export interface NationalSupplement extends NtmInputFile {
  /** Id of the national set it completes (`XA_2026_2030`). */
  readonly baseSetId: string;
  /** Where the values were typed from. */
  readonly source: NationalSupplementSource;
  /** Who typed them (office, person). */
  readonly transcribedBy?: string;
  /** When (`YYYY-MM-DD`). */
  readonly transcribedOn?: string;
  /** A note shown with the supplement. */
  readonly note?: NationalSupplementText;
  /** Indicators the set lacks. */
  readonly indicators?: readonly NationalSupplementIndicator[];
  /** Values for cells the set lacks. */
  readonly thresholds?: readonly NationalSupplementThreshold[];
}
