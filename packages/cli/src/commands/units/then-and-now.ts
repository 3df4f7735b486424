import type { IsoDate } from '@ntm/domain/core';
import { compareDates, isDomainError } from '@ntm/domain/core';
import type { AdminUnit, UnitTransition } from '@ntm/domain/units';

/** The lookups of `@ntm/domain/units` this module needs (the dataset is loaded only by the command that uses it). */
export type UnitsLookups = Pick<typeof import('@ntm/domain/units'), 'ancestorsOf' | 'successorsOf'>;

/** A unit as it was on a date and what covers it today. */
export interface UnitThenAndNow {
  /** The unit in force on the date asked. */
  readonly was: AdminUnit;
  /** The date asked. */
  readonly date: IsoDate;
  /** Its parents on that date (commune → district → province). */
  readonly parents: readonly AdminUnit[];
  /** The units that cover it today (itself when unchanged), with the changes that led there. */
  readonly today: readonly {
    readonly unit: AdminUnit;
    readonly parents: readonly AdminUnit[];
    readonly via: readonly UnitTransition[];
  }[];
}

/**
 * Follows successor links from a unit on `date` to the units in force on `today`.
 *
 * @example
 * ```ts
 * thenAndNow(units, findUnit('Quài Nưa', { date: '2022-07-26' }), '2022-07-26', '2026-11-23');
 * ```
 */
export function thenAndNow(
  units: UnitsLookups,
  unit: AdminUnit,
  date: IsoDate,
  today: IsoDate,
): UnitThenAndNow {
  const { ancestorsOf, successorsOf } = units;
  const parents = ancestorsOf(unit.code, date);
  const out: { unit: AdminUnit; parents: readonly AdminUnit[]; via: UnitTransition[] }[] = [];
  const visit = (u: AdminUnit, at: IsoDate, via: UnitTransition[], depth: number): void => {
    const ended = u.validTo !== undefined && compareDates(u.validTo, today) < 0;
    const next = ended && depth < 6 ? successorsOf(u.code, at) : [];
    if (next.length === 0) {
      out.push({ unit: u, parents: safeAncestors(units, u, today), via });
      return;
    }
    for (const t of next) visit(t.unit, t.date, [...via, t], depth + 1);
  };
  visit(unit, date, [], 0);
  return { was: unit, date, parents, today: out };
}

function safeAncestors(units: UnitsLookups, unit: AdminUnit, date: IsoDate): readonly AdminUnit[] {
  try {
    return units.ancestorsOf(unit.code, date);
  } catch (error) {
    if (isDomainError(error)) return [];
    throw error;
  }
}
