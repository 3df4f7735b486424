/**
 * A date of the Vietnamese lunar calendar (âm lịch), as given to {@link fromLunar}.
 *
 * @remarks
 * `month` 1 is tháng Giêng, 12 tháng Chạp; `leap: true` marks the leap month (tháng nhuận), which repeats the number of
 * the month before it.
 *
 * @example
 * ```ts
 * const gioTo: LunarDateInput = { year: 2025, month: 3, day: 10 };
 * ```
 */
export interface LunarDateInput {
  /** Lunar year (the Gregorian year in which its Tết falls), 1900–2100. */
  readonly year: number;
  /** Month 1–12. */
  readonly month: number;
  /** Day 1–30. */
  readonly day: number;
  /** True for the leap month; default false. */
  readonly leap?: boolean;
}

/**
 * A lunar date returned by {@link toLunar}.
 *
 * @example
 * ```ts
 * toLunar('2025-01-29'); // { year: 2025, month: 1, day: 1, leap: false, uncertain: false }
 * ```
 */
export interface LunarDate {
  /** Lunar year (the Gregorian year in which its Tết falls). */
  readonly year: number;
  /** Month 1–12. */
  readonly month: number;
  /** Day 1–30. */
  readonly day: number;
  /** True in the leap month (tháng nhuận). */
  readonly leap: boolean;
  /**
   * True when the start or the end of this month is decided by a new moon within 20 minutes of midnight (UTC+7) outside
   * 1990–2050 (e.g. 2054-05, 2062-04): published almanacs may differ by one day.
   */
  readonly uncertain: boolean;
}
