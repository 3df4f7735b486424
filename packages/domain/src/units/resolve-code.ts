/*
 * Code → unit version in force on a date, with the errors every lookup shares.
 */
import type { IsoDate } from '../dates/iso-date.js';
import { parseIsoDate } from '../dates/iso-date.js';
import { UNITS_ERRORS } from '../errors/catalogue/units.js';
import { received } from '../errors/describe-value.js';
import { fail } from '../errors/domain-error.js';
import type { AdminUnit, UnitBoundary } from './admin-unit.js';
import { DATASET, LEGACY_END } from './dataset.js';
import { levelOfCode } from './unit-types.js';

/** True when the unit version is in force on `date` (a pre-reform unit has no recorded start). */
export function inForce(unit: AdminUnit, date: IsoDate): boolean {
  return (
    (unit.validFrom === undefined || date >= unit.validFrom) &&
    (unit.validTo === undefined || date <= unit.validTo)
  );
}

/**
 * True when the lists disagree about this version on `date` and no resolution dates the change: the date lies after
 * the last list showing the old state and before the version's `validFrom` (it may have begun already), or after the
 * last list showing this version and within its `validTo` (it may have ended already).
 */
export function dateUncertain(unit: AdminUnit, date: IsoDate): boolean {
  const start = unit.validFromBoundary;
  const end = unit.validToBoundary;
  return (
    (start !== undefined && mayHaveChanged(start, date) && date < (unit.validFrom as IsoDate)) ||
    (end !== undefined && mayHaveChanged(end, date) && date <= (unit.validTo as IsoDate))
  );
}

/**
 * True when an undated change may already have happened on `date`: after the last list showing the old state, and
 * not before the signing day of the resolution known to make it (a resolution takes effect on or after signing).
 */
function mayHaveChanged(boundary: UnitBoundary, date: IsoDate): boolean {
  if (boundary.boundaryStatus !== 'between-lists' || date <= boundary.listedBefore) return false;
  const signed = boundary.resolutions?.[0]?.signed;
  return signed === undefined || date >= signed;
}

/** The version as a lookup on `date` returns it: flagged `dateStatus: 'between-lists'` when the date is uncertain. */
export function atDate(unit: AdminUnit, date: IsoDate): AdminUnit {
  return dateUncertain(unit, date) ? Object.freeze({ ...unit, dateStatus: 'between-lists' }) : unit;
}

/** The province version the unit belonged to when it began (or ended, for a unit with no recorded start). */
export function provinceOf(unit: AdminUnit): AdminUnit | undefined {
  const day = unit.validFrom ?? unit.validTo;
  const versions = DATASET.byCode.get(unit.provinceCode) ?? [];
  return day === undefined
    ? versions[versions.length - 1]
    : versions.find((p) => p.level === 'province' && inForce(p, day));
}

/** "Xã Quài Nưa (03274, đến 2025-06-30)" and its English twin, for messages. */
export function describeUnit(unit: AdminUnit): { vi: string; en: string } {
  const period =
    unit.validFrom === undefined
      ? { vi: `đến ${unit.validTo}`, en: `until ${unit.validTo}` }
      : unit.validTo === undefined
        ? { vi: `từ ${unit.validFrom}`, en: `from ${unit.validFrom}` }
        : {
            vi: `${unit.validFrom} – ${unit.validTo}`,
            en: `${unit.validFrom} – ${unit.validTo}`,
          };
  const province = provinceOf(unit);
  const where = unit.level === 'province' || !province ? '' : `, ${province.fullName}`;
  return {
    vi: `${unit.fullName} (${unit.code}${where}, ${period.vi})`,
    en: `${unit.fullName} (${unit.code}${where}, ${period.en})`,
  };
}

/** Parses the date argument of a lookup. */
export function lookupDate(date: unknown, path: readonly (string | number)[]): IsoDate {
  return parseIsoDate(date, path);
}

/** Every version of a code, oldest first; throws for a malformed or unknown code. */
export function versionsOf(
  code: unknown,
  path: readonly (string | number)[],
): readonly AdminUnit[] {
  if (typeof code !== 'string' || levelOfCode(code.trim()) === undefined) {
    fail(UNITS_ERRORS['units/invalid-code'], path, { code: received(code) });
  }
  const clean = code.trim();
  const versions = DATASET.byCode.get(clean);
  if (!versions) {
    fail(UNITS_ERRORS['units/unknown-code'], path, { code: clean });
  }
  return versions;
}

/** The version of `code` in force on `date`; throws when the code named no unit on that date, saying when it did. */
export function unitAt(
  code: unknown,
  date: IsoDate,
  path: readonly (string | number)[],
): AdminUnit {
  const versions = versionsOf(code, path);
  const found = versions.find((unit) => inForce(unit, date));
  if (found) return atDate(found, date);
  return notInForce(versions, date, path);
}

/** Throws `units/not-in-force` listing when the given versions were in force and what replaced them. */
export function notInForce(
  versions: readonly AdminUnit[],
  date: IsoDate,
  path: readonly (string | number)[],
): never {
  const periods = versions.map(describeUnit);
  const next = versions.flatMap((unit) =>
    (DATASET.successors.get(unit.id) ?? []).map((link) => describeUnit(link.to)),
  );
  const successors = next.slice(0, 5);
  const abolished = versions.some((unit) => unit.level === 'district' && date > LEGACY_END);
  const unknown = versions.some(
    (unit) => unit.successorsKnown === false && date > (unit.validTo as IsoDate),
  );
  const hint = {
    vi: `${successors.length > 0 ? ` Đơn vị kế thừa: ${successors.map((d) => d.vi).join('; ')}.` : ''}${unknown ? ' Nguồn dữ liệu chưa cho biết đơn vị này nhập vào đơn vị nào.' : ''}${abolished ? ' Cấp huyện không còn từ 01/07/2025.' : ''}`,
    en: `${successors.length > 0 ? ` Successors: ${successors.map((d) => d.en).join('; ')}.` : ''}${unknown ? ' The sources do not establish which unit it went into.' : ''}${abolished ? ' The district level no longer exists from 2025-07-01.' : ''}`,
  };
  fail(UNITS_ERRORS['units/not-in-force'], path, {
    date,
    periods: { vi: periods.map((d) => d.vi).join('; '), en: periods.map((d) => d.en).join('; ') },
    hint,
    candidates: versions.map((unit) => unit.id),
  });
}
