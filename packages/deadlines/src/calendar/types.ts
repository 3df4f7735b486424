import type { Bilingual, IsoDate, LegalBasis } from '@ntm/domain/core';

/**
 * Which occasion a day off (or a make-up working day) belongs to.
 *
 * @remarks
 * `tet-duong-lich` Tết Dương lịch (1/1), `tet-am-lich` Tết Nguyên Đán, `gio-to-hung-vuong` Giỗ Tổ Hùng Vương (10/3 âm lịch),
 * `chien-thang` Ngày Chiến thắng (30/4), `quoc-te-lao-dong` Quốc tế lao động (1/5), `quoc-khanh` Quốc khánh (2/9 and the
 * adjacent day), `ngay-van-hoa` Ngày Văn hóa Việt Nam (24/11, pending), `custom` a day added by {@link createCalendar}.
 *
 * @example
 * ```ts
 * const code: HolidayCode = 'gio-to-hung-vuong';
 * ```
 */
export type HolidayCode =
  | 'tet-duong-lich'
  | 'tet-am-lich'
  | 'gio-to-hung-vuong'
  | 'chien-thang'
  | 'quoc-te-lao-dong'
  | 'quoc-khanh'
  | 'ngay-van-hoa'
  | 'custom';

/**
 * Why a day is off: a statutory holiday, a compensatory day, a weekday swapped for a Saturday, or a caller's own day.
 *
 * @remarks
 * `holiday` ngày nghỉ lễ, tết (Điều 112 BLLĐ); `compensatory` nghỉ bù (Điều 111 khoản 3); `swap` ngày nghỉ hoán đổi
 * (the weekday off in exchange for a working Saturday, "đi làm bù"); `custom` a day added with `extraDaysOff`.
 *
 * @example
 * ```ts
 * const kind: DayOffKind = 'compensatory';
 * ```
 */
export type DayOffKind = 'holiday' | 'compensatory' | 'swap' | 'custom';

/**
 * How sure the data behind a day is: `verified` (legal text or official announcement, cross-checked), `derived`
 * (follows mechanically from a verified rule), `unverified` (single source or an interpretation), `pending` (announced
 * by policy but not yet law; present only when the caller asked for it with `includePending`).
 *
 * @example
 * ```ts
 * const status: DataStatus = 'verified';
 * ```
 */
export type DataStatus = 'verified' | 'derived' | 'unverified' | 'pending';

/**
 * One day off (other than the weekly rest day) with the reason and its legal basis.
 *
 * @example
 * ```ts
 * const day: DayOff = daysOff(2025)[0]!;
 * day.date; // '2025-01-01'
 * ```
 */
export interface DayOff {
  /** The day. */
  readonly date: IsoDate;
  /** Why it is off. */
  readonly kind: DayOffKind;
  /** The occasion it belongs to. */
  readonly holiday: HolidayCode;
  /** Name in Vietnamese and English, e.g. "Nghỉ bù Giỗ Tổ Hùng Vương" / "Compensatory day for Hung Kings' Day". */
  readonly name: Bilingual;
  /** Legal texts it rests on (statute article, Prime Minister's letter, ministry notice). */
  readonly basis: readonly LegalBasis[];
  /**
   * `schedule`: taken from an official yearly schedule; `rule`: computed from the statute; `pending`: a pending day
   * off the caller switched on (see `PENDING_DAYS_OFF`); `custom`: added by the caller.
   */
  readonly source: 'schedule' | 'rule' | 'pending' | 'custom';
  /** True when the year has no published schedule yet, so the day follows the documented default and may change. */
  readonly provisional: boolean;
  /** Confidence in the underlying data. */
  readonly status: DataStatus;
}

/**
 * A Saturday (or other rest day) made a working day ("đi làm bù") in exchange for a weekday off.
 *
 * @example
 * ```ts
 * makeUpWorkingDays(2025)[0]!.date; // '2025-04-26'
 * ```
 */
export interface MakeUpWorkingDay {
  /** The rest day that becomes a working day. */
  readonly date: IsoDate;
  /** The weekday off it pays for (absent for a caller's `extraWorkingDays`). */
  readonly swappedWith?: IsoDate;
  /** The occasion of the swap. */
  readonly holiday: HolidayCode;
  /** Name in Vietnamese and English. */
  readonly name: Bilingual;
  /** Legal texts it rests on. */
  readonly basis: readonly LegalBasis[];
  /** `schedule` for the government's swaps, `custom` for the caller's `extraWorkingDays`. */
  readonly source: 'schedule' | 'custom';
  /** Confidence in the underlying data. */
  readonly status: DataStatus;
}

/**
 * How the five (before May 2013: four) Tết days are placed around lunar new year's day: `before` days before mùng 1,
 * the rest from mùng 1 on. `{ before: 1 }` is "1 + 4" (30 Chạp – mùng 4), `{ before: 2 }` is "2 + 3".
 *
 * @example
 * ```ts
 * const split: TetSplit = { before: 2 };
 * ```
 */
export interface TetSplit {
  /** Tết days before lunar new year's day (0–4). */
  readonly before: number;
}

/**
 * Options of {@link createCalendar}. Every field is optional; the defaults give the civil-service calendar.
 *
 * @example
 * ```ts
 * const options: CalendarOptions = { weeklyRest: [0], extraDaysOff: ['2025-03-10'] };
 * ```
 */
export interface CalendarOptions {
  /** Name of the calendar, shown in traces. Default `'custom'`. */
  readonly name?: string;
  /** Weekly rest days, 0 = Sunday … 6 = Saturday. Default `[0, 6]` (Quyết định 188/1999/QĐ-TTg). */
  readonly weeklyRest?: readonly number[];
  /** Extra days off (a province's own holiday, a company's closure), `YYYY-MM-DD`. */
  readonly extraDaysOff?: readonly string[];
  /** Extra working days that override any day off or rest day, `YYYY-MM-DD`. */
  readonly extraWorkingDays?: readonly string[];
  /**
   * Follow the government's yearly civil-service schedules (Tết split, adjacent Quốc khánh day, swapped Saturdays).
   * Default: true when `weeklyRest` is Saturday + Sunday, false otherwise (swaps bind only state bodies).
   */
  readonly followSchedules?: boolean;
  /** Tết split for years without a followed schedule. Default `{ before: 2 }`, marked provisional. */
  readonly tetSplit?: TetSplit;
  /** Adjacent Quốc khánh day (from 2021) for years without a followed schedule: `'before'` = 1/9 (default), `'after'` = 3/9. */
  readonly nationalDayAdjacent?: 'before' | 'after';
  /**
   * Include the pending days off of `PENDING_DAYS_OFF` (announced, not yet law: Ngày Văn hóa Việt Nam 24/11):
   * `true` from the first year each could apply, `{ fromYear }` from a later year you know the law starts. They are
   * marked `status: 'pending'`. Default `false`: not days off, but still reported by `pendingDaysOff` and `describeDay`.
   */
  readonly includePending?: boolean | { readonly fromYear: number };
}

/**
 * A working-day calendar: weekly rest days, holidays, compensatory days and swaps, precomputed for the years it covers.
 * Build one with {@link createCalendar}; {@link NATIONAL_CALENDAR} is the civil-service default. Immutable.
 *
 * @remarks
 * Lịch làm việc của cơ quan nhà nước (nghỉ thứ Bảy, Chủ nhật) hoặc của một đơn vị tự đặt ngày nghỉ hằng tuần.
 *
 * @example
 * ```ts
 * isWorkingDay('2025-04-26', NATIONAL_CALENDAR); // true (a make-up Saturday)
 * ```
 */
export interface WorkingCalendar {
  /** Name shown in traces, `'vn-civil-service'` for the national default. */
  readonly name: string;
  /** Weekly rest days, 0 = Sunday … 6 = Saturday, sorted. */
  readonly weeklyRest: readonly number[];
  /** First year covered (days before 1 January of it throw `calendar/out-of-range`). */
  readonly firstYear: number;
  /** Last year covered. */
  readonly lastYear: number;
  /** Day number (days since 1970-01-01) of 1 January of `firstYear`. */
  readonly firstDayNumber: number;
  /**
   * One character per day from `firstDayNumber`: `'0'` working day, `'1'` day off. An immutable precomputed table,
   * exposed for speed; use {@link isDayOff} rather than reading it.
   */
  readonly table: string;
  /** Days off other than weekly rest days, grouped by year (index = year − firstYear). */
  readonly daysOffByYear: readonly (readonly DayOff[])[];
  /** Make-up working days, grouped by year (index = year − firstYear). */
  readonly workingByYear: readonly (readonly MakeUpWorkingDay[])[];
  /** Years whose days follow an official schedule (the rest are provisional). */
  readonly scheduledYears: readonly number[];
  /** The options it was built from. */
  readonly options: CalendarOptions;
}
