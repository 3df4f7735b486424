import type { IsoDate, IssuePath, OcopStarLevel } from '@ntm/domain/core';
import { expectInteger, expectOneOf, fail, OCOP_PROCESS_ERRORS } from '@ntm/domain/core';
import { OCOP_LEVELS } from '../data/process/authority.js';
import { OCOP_VERSIONS } from '../data/versions.js';
import type { OcopIssuerLevel, OcopLevelExistence } from './types.js';

/** Throws `input/*` unless `stars` is an integer 1–5. */
export function checkStars(stars: unknown, path: IssuePath): asserts stars is OcopStarLevel {
  expectInteger(stars, path, { min: 1, max: 5 });
}

/** The issuer levels: commune, district, province, central. */
export function issuerLevels(): OcopIssuerLevel[] {
  return OCOP_LEVELS.map((l) => l.level);
}

/**
 * Throws `input/not-allowed` for a level that is not one of ours, and `ocop/issuer-level-not-existing` for one
 * that did not exist on `date` (a district after 30/06/2025).
 */
export function checkIssuerLevel(
  level: unknown,
  date: IsoDate,
  path: IssuePath,
): asserts level is OcopIssuerLevel {
  expectOneOf(level, issuerLevels(), path);
  const known = OCOP_LEVELS.find((l) => l.level === level) as OcopLevelExistence;
  const { validFrom, validTo } = known.validity;
  if (date < validFrom || (validTo !== undefined && date > validTo))
    fail(OCOP_PROCESS_ERRORS['ocop/issuer-level-not-existing'], path, {
      date,
      name: known.name,
      until: validTo ?? '—',
      source: known.source,
      level: known.level,
    });
}

/**
 * Throws `ocop/before-ocop` for a date before the first national OCOP rules (QĐ 1048, 21/08/2019). A lighter check
 * than `processPeriodFor` for functions that do not need the authority table.
 */
export function checkOcopDate(date: IsoDate, path: IssuePath): void {
  const start = OCOP_VERSIONS[0]?.validity.validFrom;
  if (start !== undefined && date < start)
    fail(OCOP_PROCESS_ERRORS['ocop/before-ocop'], path, { date });
}
