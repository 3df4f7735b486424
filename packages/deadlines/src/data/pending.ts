import type { Bilingual, DataSource, IsoDate, LegalBasis } from '@ntm/domain/core';
import { deepFreeze } from '@ntm/domain/core';
import type { HolidayCode } from '../calendar/types.js';
import { HOLIDAY_NAMES } from './holiday-names.js';
import { NQ_30_2026_CP, NQ_80_2026 } from './legal-texts.js';
import { S5, S6 } from './sources.js';

/**
 * When a pending day off falls and what it cites: what the calendar needs of it (the rest of {@link PendingDayOff}
 * stays out of bundles).
 *
 * @example
 * ```ts
 * const rule: PendingDayOffRule = PENDING_DAYS_OFF[0]!;
 * `${rule.day}/${rule.month}`; // '24/11'
 * ```
 */
export interface PendingDayOffRule {
  /** The occasion. */
  readonly holiday: HolidayCode;
  /** Month of the yearly date (Gregorian). */
  readonly month: number;
  /** Day of the month. */
  readonly day: number;
  /** The first year the policy could apply to (the year it was announced); the law may start later. */
  readonly earliestYear: number;
  /** The policy documents. None of them is the law that would make the day off binding. */
  readonly basis: readonly LegalBasis[];
}

/**
 * A day off announced by policy but not yet law when the data was cut. A calendar includes it only when asked
 * (`createCalendar({ includePending: … })`), and then marks it `status: 'pending'`; either way `pendingDaysOff` and
 * `describeDay` report it, so it is never silently on or off.
 *
 * @remarks
 * Ngày nghỉ đã được chủ trương nhưng chưa thành luật (chưa rõ có hiệu lực từ năm nào).
 *
 * @example
 * ```ts
 * const culture: PendingDayOff = PENDING_DAYS_OFF[0]!;
 * culture.holiday; // 'ngay-van-hoa'
 * ```
 */
export interface PendingDayOff extends PendingDayOffRule {
  /** Its name. */
  readonly name: Bilingual;
  /** The day the policy was announced. */
  readonly announced: IsoDate;
  /** Published reports of the policy and of the state of the amendment. */
  readonly sources: readonly DataSource[];
  /** What is known and what is not. */
  readonly note: Bilingual;
}

/** The rules of the pending days off, for the calendar. */
export const PENDING_RULES: readonly PendingDayOffRule[] = /* @__PURE__ */ deepFreeze([
  {
    holiday: 'ngay-van-hoa',
    month: 11,
    day: 24,
    earliestYear: 2026,
    basis: [NQ_80_2026, NQ_30_2026_CP],
  },
]);

/**
 * The known pending days off: Ngày Văn hóa Việt Nam, 24/11 every year, chosen by the Politburo (Nghị quyết 80-NQ/TW,
 * 07/01/2026) as a paid day off in principle; the Government asked for Labour Code Điều 112 khoản 1 to be amended
 * (Nghị quyết 30/NQ-CP, 02/2026). Whether and from which year the amendment took effect was not confirmed when the
 * data was cut: the Labour Code still listed 11 days.
 *
 * @example
 * ```ts
 * PENDING_DAYS_OFF.map((p) => `${p.day}/${p.month}`); // ['24/11']
 * ```
 */
export const PENDING_DAYS_OFF: readonly PendingDayOff[] = /* @__PURE__ */ pendingDaysOffData();

function pendingDaysOffData(): readonly PendingDayOff[] {
  const [culture] = PENDING_RULES;
  return deepFreeze([
    {
      ...(culture as PendingDayOffRule),
      name: HOLIDAY_NAMES['ngay-van-hoa'],
      announced: NQ_80_2026.signed as IsoDate,
      sources: [S5, S6],
      note: {
        vi: 'Chủ trương của Bộ Chính trị; Chính phủ giao sửa khoản 1 Điều 112 Bộ luật Lao động. Đến khi cắt dữ liệu, Bộ luật vẫn quy định 11 ngày nghỉ lễ, tết; chưa rõ sửa đổi có hiệu lực từ năm nào.',
        en: "The Politburo's policy; the Government tasked amending Labour Code Art. 112(1). When the data was cut the Code still listed 11 paid holidays; from which year the amendment applies is not known.",
      },
    },
  ] satisfies PendingDayOff[]);
}
