import { DATE_ERRORS } from '../errors/catalogue/date.js';
import { received } from '../errors/describe-value.js';
import { fail } from '../errors/domain-error.js';
import type { IssuePath } from '../errors/issue.js';
import { normalizeVietnamese } from '../text/normalize.js';
import { expectPath, expectString } from '../validation/guards.js';
import { fromDateParts, type IsoDate } from './iso-date.js';

/**
 * A date known to the day, the month or only the year, as directives write them
 * ("ngày 26 tháng 7 năm 2022", "ngày tháng 5 năm 2020" with the day left blank, "năm 2022").
 *
 * @example
 * ```ts
 * const may2020: PartialDate = { precision: 'month', year: 2020, month: 5 };
 * ```
 */
export type PartialDate =
  | {
      readonly precision: 'day';
      readonly year: number;
      readonly month: number;
      readonly day: number;
      readonly date: IsoDate;
    }
  | { readonly precision: 'month'; readonly year: number; readonly month: number }
  | { readonly precision: 'year'; readonly year: number };

const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u;
const WORDS = /^(?:ngày\s*(\d{1,2})?\s*)?(?:tháng\s*(\d{1,2})\s*)?năm\s*(\d{4})$/iu;
const MONTH_YEAR = /^(?:tháng\s*)?(\d{1,2})[/.-](\d{4})$/iu;

/**
 * Parses a date as Vietnamese documents write it and returns a {@link PartialDate}:
 * `26/7/2022`, `26-07-2022`, `ngày 26 tháng 7 năm 2022`, `ngày tháng 5 năm 2020` (day left blank → month),
 * `tháng 10/2022` (month), `năm 2022` (year). Leading place names ("Lai Châu, ngày …") are ignored.
 * Throws `date/invalid` for text that is not a date or a date that does not exist (31/04/2022).
 *
 * @example
 * ```ts
 * parseVietnameseDate('26/7/2022');            // { precision: 'day', year: 2022, month: 7, day: 26, date: '2022-07-26' }
 * parseVietnameseDate('ngày tháng 5 năm 2020'); // { precision: 'month', year: 2020, month: 5 }
 * ```
 */
export function parseVietnameseDate(input: unknown, path: IssuePath = []): PartialDate {
  expectPath(path, ['path']);
  const text = expectString(input, path);
  const clean = normalizeVietnamese(text).replace(/^.*?,\s*(?=ngày|tháng|năm)/iu, '');
  let match = NUMERIC.exec(clean);
  if (match) return day(Number(match[3]), Number(match[2]), Number(match[1]), path);
  match = WORDS.exec(clean);
  if (match) {
    const year = Number(match[3]);
    if (match[2] === undefined) {
      if (match[1] !== undefined) return invalid(text, path);
      return Object.freeze({ precision: 'year', year });
    }
    const month = checkMonth(Number(match[2]), text, path);
    if (match[1] === undefined) return Object.freeze({ precision: 'month', year, month });
    return day(year, month, Number(match[1]), path);
  }
  match = MONTH_YEAR.exec(clean);
  if (match) {
    const month = checkMonth(Number(match[1]), text, path);
    return Object.freeze({ precision: 'month', year: Number(match[2]), month });
  }
  return invalid(text, path);
}

function day(
  year: number,
  month: number,
  dayOfMonth: number,
  path: readonly (string | number)[],
): PartialDate {
  const date = fromDateParts({ year, month, day: dayOfMonth }, path);
  return Object.freeze({ precision: 'day', year, month, day: dayOfMonth, date });
}

function checkMonth(month: number, text: string, path: readonly (string | number)[]): number {
  if (month < 1 || month > 12) invalid(text, path);
  return month;
}

function invalid(text: string, path: IssuePath): never {
  fail(DATE_ERRORS['date/unreadable'], path, { value: received(text) });
}
