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
   * First day in force. Absent for units already in the earliest list of the history (the GSO list of 2017-10-15):
   * the dataset does not record when they were created, so they are treated as in force on any earlier date.
   */
  readonly validFrom?: IsoDate;
  /** Last day in force; absent while still in force. */
  readonly validTo?: IsoDate;
  /** How `validFrom` was established, for a version that began between 2017-10-15 and 2025-03-01. */
  readonly validFromBoundary?: UnitBoundary;
  /** How `validTo` was established (it is the day before the change), for a version that ended before 2025-03-01. */
  readonly validToBoundary?: UnitBoundary;
  /**
   * `false` when this version ended (its code was closed) and no source in the dataset establishes which unit it
   * went into: `successorsOf` returns no link for it. Absent when the successors are known or the unit is in force.
   */
  readonly successorsKnown?: false;
  /**
   * `false` when this version began with a new code and no source in the dataset establishes which units it was
   * formed from: `predecessorsOf` returns no link for it. Absent otherwise.
   */
  readonly predecessorsKnown?: false;
  /**
   * Set only on a lookup result, when the lookup date falls between two GSO lists that disagree about this unit
   * and no resolution dates the change: on that date the unit may already have changed (see `validToBoundary`) or
   * may not have begun yet (see `validFromBoundary`). The version returned is the one the older list shows, or the
   * only one matching the name.
   */
  readonly dateStatus?: 'between-lists';
}

/**
 * How a version boundary of a unit (a change of name, type or parent, a new code or a closed code between
 * 2017-10-15 and 2025-03-01) was dated.
 *
 * @remarks
 * `resolution`: the day the cited resolution(s) of the UBTVQH (or QH) took effect; the change itself is read from
 * the difference of the GSO lists `listedBefore` and `listedAfter`. `between-lists`: no resolution dates it; the
 * change lies after the list of `listedBefore` and on or before the list of `listedAfter`, and the dataset puts it on
 * `listedAfter` (the first list that shows it). No day is invented.
 *
 * @example
 * ```ts
 * const peo = findUnit('Bản Péo', { date: '2019-06-01' });
 * peo.validToBoundary?.boundaryStatus; // 'resolution' (827/NQ-UBTVQH14, in force 2020-01-01)
 * const taLeng = findUnit('Tà Lèng', { date: '2019-06-01' });
 * taLeng.validToBoundary?.boundaryStatus; // 'between-lists': 815/NQ-UBTVQH14, effective date not verified
 * ```
 */
export interface UnitBoundary {
  /** Dated by a resolution, or only known to lie between two lists. */
  readonly boundaryStatus: 'resolution' | 'between-lists';
  /** The last GSO list (its date) that shows the state before the change. */
  readonly listedBefore: IsoDate;
  /** The first GSO list (its date) that shows the state after the change. */
  readonly listedAfter: IsoDate;
  /**
   * Status `resolution`: the resolutions that took effect on the day of the change. Status `between-lists`: the one
   * resolution known to make the change, whose effective date is not verified — the change lies on or after its
   * signing day (`signed`), which narrows the window.
   */
  readonly resolutions?: readonly LegalBasis[];
}

/**
 * How an old unit passed into a new one.
 *
 * @remarks
 * `full` nhập toàn bộ; `partial` nhập một phần (the old unit was split among several new ones); `reclassify` same code
 * and territory, new type (xã → phường, tỉnh → thành phố); `territory` the new commune covers part of a former
 * district's territory (the district level was abolished, not merged); `continued` the same code goes on with a new
 * name, type or parent (2017–2025; the code stays with the unit, QĐ 124/2004/QĐ-TTg, so after a merger it may cover
 * more territory).
 *
 * @example
 * ```ts
 * const kind: TransitionKind = 'partial';
 * ```
 */
export type TransitionKind = 'full' | 'partial' | 'reclassify' | 'territory' | 'continued';

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
  /** For a change between 2017-10-15 and 2025-03-01: how its date was established. */
  readonly boundary?: UnitBoundary;
}
