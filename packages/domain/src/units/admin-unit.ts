import type { IsoDate } from '../dates/iso-date.js';
import type { Bilingual } from '../errors/issue.js';
import type { LegalBasis } from '../legal/legal-basis.js';
import type { UnitLevel, UnitType } from './unit-types.js';

/**
 * One version of an administrative unit: a code together with the period in which it named this unit. Codes are
 * reused after mergers (commune `03260` was xã Rạng Đông until 2025-06-30 and is xã Pú Nhung since 2025-07-01), so a
 * unit is identified by {@link AdminUnit.id} (code and validity), never by its code alone.
 *
 * @remarks
 * Đơn vị hành chính: tỉnh / thành phố trực thuộc trung ương, huyện / quận / thị xã / thành phố (đến 30/06/2025),
 * xã / phường / thị trấn (đến 30/06/2025) / đặc khu (từ 01/07/2025).
 *
 * @example
 * ```ts
 * const unit: AdminUnit = findUnit('xã Quài Nưa', { date: '2020-01-01' });
 * unit.id; // 'commune:03274@-2025-06-30'
 * ```
 */
export interface AdminUnit {
  /** Stable identity of this version: `<level>:<code>@<validFrom>`, or `@-<validTo>` for pre-reform units. */
  readonly id: string;
  /** Official code, zero-padded: 2 digits (province), 3 (district), 5 (commune). */
  readonly code: string;
  /** Province, district or commune level. */
  readonly level: UnitLevel;
  /** Unit type (tỉnh, huyện, xã, phường …) in this period. */
  readonly type: UnitType;
  /** Official name without the type word, NFC, spelled as in the source list: `Quài Nưa`. */
  readonly name: string;
  /** Official full name: `Xã Quài Nưa`. */
  readonly fullName: string;
  /** Code of the parent: the district before 2025-07-01, the province after; absent for provinces. */
  readonly parentCode?: string;
  /** Code of the province the unit belonged to in this period. */
  readonly provinceCode: string;
  /**
   * First day in force. Absent for pre-reform units: the dataset starts from the list of 2025-03-01 and does not
   * record when those units were created, so they are treated as in force on any earlier date.
   */
  readonly validFrom?: IsoDate;
  /** Last day in force; absent while still in force. */
  readonly validTo?: IsoDate;
}

/**
 * How an old unit passed into a new one.
 *
 * @remarks
 * `full` nhập toàn bộ; `partial` nhập một phần (the old unit was split among several new ones); `reclassify` same code
 * and territory, new type (xã → phường, tỉnh → thành phố); `territory` the new commune covers part of a former
 * district's territory (the district level was abolished, not merged).
 *
 * @example
 * ```ts
 * const kind: TransitionKind = 'partial';
 * ```
 */
export type TransitionKind = 'full' | 'partial' | 'reclassify' | 'territory';

/**
 * A link between two unit versions across a change, as returned by `successorsOf` and `predecessorsOf`.
 *
 * @example
 * ```ts
 * const [next] = successorsOf('03274', '2020-01-01');
 * next?.unit.fullName; // 'Xã Tuần Giáo'
 * next?.kind; // 'full'
 * ```
 */
export interface UnitTransition {
  /** The unit on the other side of the change (the successor or the predecessor). */
  readonly unit: AdminUnit;
  /** Whole-unit merge, partial transfer, reclassification, or territory of an abolished district. */
  readonly kind: TransitionKind;
  /** First day of the new arrangement. */
  readonly date: IsoDate;
  /** The resolution or decision that made the change. */
  readonly basis: LegalBasis;
  /** `verified` when the link comes from the resolutions' mapping datasets; `reported` when from one secondary source. */
  readonly status: 'verified' | 'reported';
  /** The change in words. */
  readonly reason: Bilingual;
}
