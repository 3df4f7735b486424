import type { IsoDate } from '../dates/iso-date.js';
import type { Bilingual } from '../errors/issue.js';

/**
 * Where a deadline phrase was found: the matched words and their position in the text after
 * {@link normalizeVietnamese} (NFC, single spaces).
 *
 * @example
 * ```ts
 * const source: DeadlineSource = { text: 'trước ngày 05/08/2022', start: 41, end: 62 };
 * ```
 */
export interface DeadlineSource {
  /** The words the rule was read from, as written (NFC). */
  readonly text: string;
  /** Index of the first character in the normalised text. */
  readonly start: number;
  /** Index just after the last character in the normalised text. */
  readonly end: number;
}

/**
 * How sure the reading of a phrase is: `verified` (the law says so),
 * `derived` (follows from a verified rule) or `unverified` (office practice; configurable).
 *
 * @example
 * ```ts
 * const status: DeadlineReadingStatus = 'unverified';
 * ```
 */
export type DeadlineReadingStatus = 'verified' | 'derived' | 'unverified';

/**
 * The interpretation used to turn a phrase into a rule, so every date can be explained.
 *
 * @remarks For example "trước ngày X" is read as "due at the end of the day before X" (`before-exclusive`).
 * @example
 * ```ts
 * const reading: DeadlineReading = {
 *   id: 'before-exclusive',
 *   status: 'unverified',
 *   explanation: { vi: 'Hạn là hết ngày liền trước ngày X', en: 'Due at the end of the day before X' },
 * };
 * ```
 */
export interface DeadlineReading {
  /** Stable id of the interpretation (for example `before-exclusive`, `monthly-day-clamped`). */
  readonly id: string;
  /** How well the interpretation is grounded in law. */
  readonly status: DeadlineReadingStatus;
  /** The interpretation in words, Vietnamese and English. */
  readonly explanation: Bilingual;
}

/**
 * What every {@link DeadlineRule} carries besides its dates.
 *
 * @example
 * ```ts
 * const base: DeadlineRuleBase = {
 *   reading: { id: 'by-inclusive', status: 'derived', explanation: { vi: 'Hết ngày X', en: 'End of day X' } },
 * };
 * ```
 */
export interface DeadlineRuleBase {
  /** The phrase the rule was read from; absent for rules built in code (for example with `monthlyOn`). */
  readonly source?: DeadlineSource;
  /** The interpretation used. */
  readonly reading: DeadlineReading;
}

/**
 * "trước ngày X": due at the end of the day before X, or of X itself when `inclusive`.
 *
 * @example
 * ```ts
 * const rule: DeadlineBefore = { kind: 'before', date: parseIsoDate('2022-08-05'), inclusive: false, reading };
 * ```
 */
export interface DeadlineBefore extends DeadlineRuleBase {
  /** Discriminant. */
  readonly kind: 'before';
  /** The date X written in the phrase. */
  readonly date: IsoDate;
  /** True when X itself is still in time (some offices accept it); false reads "trước" literally. */
  readonly inclusive: boolean;
}

/**
 * "chậm nhất ngày X", "hạn cuối ngày X", "cuối tháng M": due at the end of day X (24:00).
 *
 * @example
 * ```ts
 * const rule: DeadlineBy = { kind: 'by', date: parseIsoDate('2022-08-05'), reading };
 * ```
 */
export interface DeadlineBy extends DeadlineRuleBase {
  /** Discriminant. */
  readonly kind: 'by';
  /** The last day, inclusive. */
  readonly date: IsoDate;
}

/**
 * "trong tháng 10/2022", "trong quý III/2022", "trong năm 2022": anytime in a period, due on its last day.
 *
 * @example
 * ```ts
 * const rule: DeadlineWithin = {
 *   kind: 'within', period: 'month', start: parseIsoDate('2022-10-01'), end: parseIsoDate('2022-10-31'), reading,
 * };
 * ```
 */
export interface DeadlineWithin extends DeadlineRuleBase {
  /** Discriminant. */
  readonly kind: 'within';
  /** The kind of period named. */
  readonly period: 'month' | 'quarter' | 'year';
  /** First day of the period. */
  readonly start: IsoDate;
  /** Last day of the period: the deadline. */
  readonly end: IsoDate;
}

/**
 * "ngày N hàng tháng": due on day N of every month; in a month without day N, on its last day.
 *
 * @example
 * ```ts
 * const rule: DeadlineMonthly = { kind: 'monthly', day: 30, inclusive: true, reading };
 * ```
 */
export interface DeadlineMonthly extends DeadlineRuleBase {
  /** Day of the month, 1–31. */
  readonly day: number;
  /** Discriminant. */
  readonly kind: 'monthly';
  /** False for "trước ngày N hàng tháng" (due the day before day N). */
  readonly inclusive: boolean;
}

/**
 * "trước ngày 18 của tháng cuối quý": due on day N of one month of every calendar quarter.
 *
 * @remarks "Hằng quý" with no day written has no deadline (Nghị định 09/2019 leaves it to the regime) and is
 * an error, never a guess.
 * @example
 * ```ts
 * const rule: DeadlineQuarterly = { kind: 'quarterly', day: 18, monthOfQuarter: 3, inclusive: false, reading };
 * ```
 */
export interface DeadlineQuarterly extends DeadlineRuleBase {
  /** Discriminant. */
  readonly kind: 'quarterly';
  /** Day of the month, 1–31 (clamped to the month's last day). */
  readonly day: number;
  /** Which month of the quarter: 1 (first, "tháng đầu quý"), 2 or 3 (last, "tháng cuối quý"). */
  readonly monthOfQuarter: 1 | 2 | 3;
  /** False for "trước ngày N …" (due the day before day N). */
  readonly inclusive: boolean;
}

/**
 * "từ tháng 6 năm 2020", "kể từ ngày X": an obligation that starts on a day (inclusive) and has no end.
 *
 * @example
 * ```ts
 * const rule: DeadlineFrom = { kind: 'from', date: parseIsoDate('2020-06-01'), reading };
 * ```
 */
export interface DeadlineFrom extends DeadlineRuleBase {
  /** Discriminant. */
  readonly kind: 'from';
  /** First day the obligation applies. */
  readonly date: IsoDate;
}

/**
 * "trong thời hạn N ngày kể từ ngày X / kể từ ngày nhận được": day X is not counted; due at the end of
 * the N-th calendar day after it (moved off a day off by the caller's policy).
 *
 * @example
 * ```ts
 * const rule: DeadlineWithinDays = { kind: 'withinDays', days: 15, after: parseIsoDate('2022-07-26'), reading };
 * ```
 */
export interface DeadlineWithinDays extends DeadlineRuleBase {
  /** Discriminant. */
  readonly kind: 'withinDays';
  /** Number of calendar days, at least 1. */
  readonly days: number;
  /** Day X the count starts after; absent for "kể từ ngày nhận được" (the receipt date is supplied later). */
  readonly after?: IsoDate;
}

/**
 * "trong thời hạn N ngày làm việc kể từ …": day X is not counted; due at the end of the N-th working day
 * after it.
 *
 * @example
 * ```ts
 * const rule: DeadlineWithinWorkingDays = { kind: 'withinWorkingDays', days: 5, reading };
 * ```
 */
export interface DeadlineWithinWorkingDays extends DeadlineRuleBase {
  /** Discriminant. */
  readonly kind: 'withinWorkingDays';
  /** Number of working days, at least 1. */
  readonly days: number;
  /** Day X the count starts after; absent for "kể từ ngày nhận được" (the receipt date is supplied later). */
  readonly after?: IsoDate;
}

/**
 * A deadline written in words, read into data: one of the shapes below, each with the phrase it came
 * from and the interpretation used.
 *
 * @remarks Hạn chót trong văn bản chỉ đạo ("trước ngày …", "chậm nhất ngày …", "trong tháng …",
 * "ngày N hàng tháng", "từ tháng …", "trong thời hạn N ngày làm việc …").
 * @example
 * ```ts
 * function dayOf(rule: DeadlineRule): string {
 *   return rule.kind === 'before' || rule.kind === 'by' ? rule.date : rule.kind;
 * }
 * ```
 */
export type DeadlineRule =
  | DeadlineBefore
  | DeadlineBy
  | DeadlineWithin
  | DeadlineMonthly
  | DeadlineQuarterly
  | DeadlineFrom
  | DeadlineWithinDays
  | DeadlineWithinWorkingDays;
