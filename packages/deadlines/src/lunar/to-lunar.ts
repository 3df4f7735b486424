import { parseDayNumber } from '../calendar/day-number.js';
import type { LunarDate } from './lunar-date.js';
import { FIRST_DAY, FIRST_LUNAR_YEAR, LAST_DAY, LUNAR_YEARS, lunarOutOfRange } from './table.js';

/**
 * Converts a Gregorian date to the Vietnamese lunar calendar (UTC+7, meridian 105°E), 1900-01-31 … 2100-12-31.
 * Uses a precomputed table, never the host time zone. Throws `date/invalid` or `lunar/out-of-range`.
 *
 * @remarks
 * Âm lịch Việt Nam tính theo giờ UTC+7 (kinh tuyến 105°Đ) cho mọi năm; trước 1968 một số lịch in dùng UTC+8 (xem hướng dẫn).
 *
 * @example
 * ```ts
 * toLunar('2025-04-07'); // { year: 2025, month: 3, day: 10, leap: false, uncertain: false } — Giỗ Tổ
 * toLunar('1985-01-21'); // { year: 1985, month: 1, day: 1, … } — Tết in Vietnam, a month before China
 * ```
 */
export function toLunar(date: string): LunarDate {
  const n = parseDayNumber(date, ['date']);
  if (n < FIRST_DAY || n > LAST_DAY) lunarOutOfRange(['date']);
  // A lunar year is 354–385 days: estimate the year from the day number, then correct by one at most.
  let index = Math.floor((n - FIRST_DAY) / 365.25);
  let info = LUNAR_YEARS[index]!;
  if (n < info.start) info = LUNAR_YEARS[--index]!;
  else if (index + 1 < LUNAR_YEARS.length && n >= LUNAR_YEARS[index + 1]!.start)
    info = LUNAR_YEARS[++index]!;
  let offset = n - info.start;
  let position = 0;
  for (;;) {
    const length = 29 + ((info.lengths >> position) & 1);
    if (offset < length) break;
    offset -= length;
    position += 1;
  }
  const leap = info.leap !== 0 && position === info.leap;
  return {
    year: FIRST_LUNAR_YEAR + index,
    month: info.leap !== 0 && position >= info.leap ? position : position + 1,
    day: offset + 1,
    leap,
    uncertain: ((info.uncertain >> position) & 1) === 1,
  };
}
