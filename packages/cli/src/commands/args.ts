import type { IsoDate } from '@ntm/domain/core';
import { isDomainError } from '@ntm/domain/core';
import { InvalidArgumentError } from 'commander';
import type { Ctx } from '../context.js';
import { parseDateText } from '../io/cells.js';

/**
 * A commander argument parser for dates typed as `YYYY-MM-DD` or `dd/mm/yyyy`; a wrong date is a usage error (exit 2).
 *
 * @example
 * ```ts
 * cmd.option('--date <date>', 'date', dateArg(ctx));
 * ```
 */
export function dateArg(ctx: Ctx): (value: string) => IsoDate {
  return (value: string) => {
    let date: IsoDate | undefined;
    try {
      date = parseDateText(value.trim());
    } catch (error) {
      if (!isDomainError(error)) throw error;
    }
    if (date === undefined)
      throw new InvalidArgumentError(
        ctx.t({
          vi: `"${value}" không phải ngày hợp lệ (YYYY-MM-DD hoặc dd/mm/yyyy)`,
          en: `"${value}" is not a valid date (YYYY-MM-DD or dd/mm/yyyy)`,
        }),
      );
    return date;
  };
}

/**
 * A commander argument parser for integers in a range.
 *
 * @example
 * ```ts
 * cmd.argument('<year>', 'year', intArg(ctx, 1900, 2100));
 * ```
 */
export function intArg(ctx: Ctx, min: number, max: number): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || n < min || n > max)
      throw new InvalidArgumentError(
        ctx.t({
          vi: `"${value}" phải là số nguyên từ ${min} đến ${max}`,
          en: `"${value}" must be a whole number from ${min} to ${max}`,
        }),
      );
    return n;
  };
}

/**
 * Today's date in Vietnam (UTC+7), for options whose default is "today". Only the CLI reads the clock.
 *
 * @example
 * ```ts
 * todayIso(); // e.g. '2026-11-23'
 * ```
 */
export function todayIso(): IsoDate {
  const now = new Date(Date.now() + 7 * 3600 * 1000);
  return now.toISOString().slice(0, 10) as IsoDate;
}
