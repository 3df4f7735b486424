import { CALENDAR_ERRORS, dayNumberOf, fail, type IssuePath } from '@ntm/domain/core';
import { LUNAR_TABLE, UNCERTAIN_MONTH_STARTS } from '../data/lunar-table.js';

/** First lunar year of the table (Tết 1900 = 1900-01-31). */
export const FIRST_LUNAR_YEAR = 1900;
/** Last lunar year of the table (conversions stop at 2100-12-31). */
export const LAST_LUNAR_YEAR = 2100;
/** 64 characters, one per 6 bits of the table. */
export const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
/** Day number of 1900-01-31, the first convertible day. */
export const FIRST_DAY = dayNumberOf(1900, 1, 31);
/** Day number of 2100-12-31, the last convertible day. */
export const LAST_DAY = dayNumberOf(2100, 12, 31);

/** Decoded year: day number of Tết, leap position (0 = none), month-length bits, uncertain-month bits. */
interface LunarYear {
  readonly start: number;
  readonly leap: number;
  readonly lengths: number;
  readonly months: number;
  readonly uncertain: number;
}

/** Reads `count` base-64 characters of `text` from `at` as one number. */
function read(text: string, at: number, count: number): number {
  let value = 0;
  for (let c = 0; c < count; c += 1) value = value * 64 + ALPHABET.indexOf(text[at + c]!);
  return value;
}

function decode(): readonly LunarYear[] {
  const uncertainStarts: number[] = [];
  for (let i = 0; i < UNCERTAIN_MONTH_STARTS.length; i += 3) {
    uncertainStarts.push(FIRST_DAY + read(UNCERTAIN_MONTH_STARTS, i, 3));
  }
  const years: LunarYear[] = [];
  for (let i = 0; i * 4 < LUNAR_TABLE.length; i += 1) {
    const bits = read(LUNAR_TABLE, i * 4, 4);
    const leap = (bits >> 13) & 15;
    const months = leap === 0 ? 12 : 13;
    const start = dayNumberOf(FIRST_LUNAR_YEAR + i, 1, 1) + (bits >> 17);
    const lengths = bits & 8191;
    let uncertain = 0;
    let monthStart = start;
    for (let m = 0; m < months; m += 1) {
      const next = monthStart + 29 + ((lengths >> m) & 1);
      // A month is uncertain when its first day or the first day of the next month is.
      if (uncertainStarts.includes(monthStart) || uncertainStarts.includes(next)) {
        uncertain |= 1 << m;
      }
      monthStart = next;
    }
    years.push(Object.freeze({ start, leap, lengths, months, uncertain }));
  }
  return Object.freeze(years);
}

/** The lunar years FIRST_LUNAR_YEAR…LAST_LUNAR_YEAR, decoded once and frozen. */
export const LUNAR_YEARS = decode();

/** Throws `lunar/out-of-range`: conversions cover 1900-01-31 … 2100-12-31 (lunar years 1900–2100). */
export function lunarOutOfRange(path: IssuePath): never {
  fail(CALENDAR_ERRORS['lunar/out-of-range'], path);
}
