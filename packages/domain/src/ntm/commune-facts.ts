import type { NtmCommuneFlags, NtmCommuneGroup, NtmRegion } from './criteria-set.js';
import type { NtmInputFile } from './input-file.js';

/**
 * A measured value given with its unit, so a wrong unit is caught.
 *
 * @example
 * ```ts
 * const v: NtmMeasuredValue = { value: 42.5, unit: 'triệu đồng/người/năm' };
 * ```
 */
export interface NtmMeasuredValue {
  /** The value. */
  readonly value: number | boolean;
  /** Its unit; must equal the indicator's unit. */
  readonly unit?: string;
  /** Where the value comes from (report, survey). */
  readonly source?: string;
}

/**
 * The value of one indicator: `true`/`false` for a yes/no indicator ("Đạt"), `true` when the thing an absence
 * indicator forbids exists (or a count of them), a number for percentages and numbers, or a {@link NtmMeasuredValue}.
 *
 * @example
 * ```ts
 * const values: Record<string, NtmFactValue> = { '1.1': true, '15.1': 92.4, '9.1': 0 };
 * ```
 */
export type NtmFactValue = number | boolean | NtmMeasuredValue;

/**
 * Who a set of facts is about, and the fields summaries group by.
 *
 * @example
 * ```ts
 * const ref: NtmCommuneRef = { id: 'quai-cang', name: 'Quài Cang', district: 'Tuần Giáo', province: 'Điện Biên', targetYear: 2023 };
 * ```
 */
export interface NtmCommuneRef {
  /** Stable id (official code or slug). */
  readonly id: string;
  /** Commune name (NFC). */
  readonly name: string;
  /** District (huyện) before 01/07/2025. */
  readonly district?: string;
  /** Province. */
  readonly province?: string;
  /** Year the commune aims to reach the standard. */
  readonly targetYear?: number;
}

/**
 * A commune's indicator values for one year (`commune-facts.json`), written for one criteria set version.
 *
 * @remarks Số liệu rà soát, đánh giá mức độ đạt các tiêu chí của xã.
 * @example
 * ```ts
 * const facts: CommuneFacts = {
 *   setId: 'XA_2021_2025', year: 2022, region: 'TDMNPB', illustrative: true,
 *   commune: { id: 'quai-cang', name: 'Quài Cang', district: 'Tuần Giáo' },
 *   values: { '1.1': true, '15.3': 21.5 },
 * };
 * ```
 */
export interface CommuneFacts extends NtmInputFile {
  /** Id of the set the values were collected for; evaluating against another version is an error. */
  readonly setId: string;
  /** Who the facts are about. */
  readonly commune?: NtmCommuneRef;
  /** Data year. */
  readonly year?: number;
  /** Region whose thresholds apply (2016–2025 sets): the commune's pre-2025 province region. */
  readonly region?: NtmRegion;
  /** Commune group (2026–2030 set). */
  readonly communeGroup?: NtmCommuneGroup;
  /** Status flags (xã ĐBKK, ATK, khu vực II/III…). */
  readonly flags?: NtmCommuneFlags;
  /** Free note. */
  readonly note?: string;
  /** Values by indicator code. A missing code makes that indicator `cannot-evaluate`. */
  readonly values: Readonly<Record<string, NtmFactValue>>;
  /** Optional ("nếu có") indicators that do not apply to this commune. */
  readonly notApplicable?: readonly string[];
}
