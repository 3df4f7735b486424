import type { IsoDate } from '@ntm/domain/core';
import { CLI_ERRORS, isDomainError } from '@ntm/domain/core';
import { usageFail } from '../cli-error.js';
import { parseDateText } from '../io/cells.js';

/*
 * Parsers for values typed on the command line. A wrong value is a usage error (exit code 2) whose message quotes it,
 * in both languages; commander calls them while parsing, so the error is printed before anything runs.
 */

/**
 * A date typed as `YYYY-MM-DD` or `dd/mm/yyyy`.
 *
 * @example
 * ```ts
 * cmd.option('--date <date>', 'date', parseDateArg);
 * parseDateArg('26/07/2022'); // '2022-07-26'
 * ```
 */
export function parseDateArg(value: string): IsoDate {
  let date: IsoDate | undefined;
  try {
    date = parseDateText(value.trim());
  } catch (error) {
    if (!isDomainError(error)) throw error;
  }
  if (date === undefined) usageFail(CLI_ERRORS['cli/not-a-date'], { received: `"${value}"` });
  return date;
}

/**
 * A parser for whole numbers from `min` to `max`.
 *
 * @example
 * ```ts
 * cmd.argument('<year>', 'year', wholeNumberArg(1900, 2100));
 * ```
 */
export function wholeNumberArg(min: number, max: number): (value: string) => number {
  return (value: string) => {
    const n = Number(value.trim());
    if (!/^-?\d+$/.test(value.trim()) || n < min || n > max)
      usageFail(CLI_ERRORS['cli/not-a-whole-number'], { received: `"${value}"`, min, max });
    return n;
  };
}

/**
 * Today's date in Vietnam (UTC+7, no daylight saving), whatever the machine's time zone: the default of options whose
 * default is "today". Only the command line reads the clock.
 *
 * @example
 * ```ts
 * todayIso(); // e.g. '2026-11-23'
 * ```
 */
export function todayIso(): IsoDate {
  return new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10) as IsoDate;
}
