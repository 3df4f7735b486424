import type { IsoDate, OcopStarLevel } from '@ntm/domain/core';
import { fail } from '@ntm/domain/core';
import { OCOP_LEVELS } from '../data/process/authority.js';
import { OCOP_VERSIONS } from '../scoring/versions.js';
import type { OcopIssuerLevel } from './types.js';

type Path = readonly (string | number)[];

/**
 * Input as text for an error message, without calling its `toString` (a null-prototype object or a hostile
 * `toString` would throw) and cut to a readable length.
 */
export function show(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 60)}…` : value;
  if (value === null || (typeof value !== 'object' && typeof value !== 'function'))
    return String(value);
  return Array.isArray(value) ? '[array]' : '[object]';
}

/** Throws `ocop/invalid-stars` unless `stars` is an integer 1–5. */
export function checkStars(stars: unknown, path: Path): asserts stars is OcopStarLevel {
  if (typeof stars !== 'number' || !Number.isInteger(stars) || stars < 1 || stars > 5)
    fail(
      'ocop/invalid-stars',
      path,
      {
        vi: `Hạng sao phải là số nguyên từ 1 đến 5, nhận được ${show(stars)}`,
        en: `Stars must be an integer from 1 to 5, got ${show(stars)}`,
      },
      { stars: show(stars) },
    );
}

/**
 * Throws `ocop/unknown-issuer-level` for a level that is not one of ours, and `ocop/issuer-level-not-existing`
 * for one that did not exist on `date` (a district after 30/06/2025).
 */
export function checkIssuerLevel(
  level: unknown,
  date: IsoDate,
  path: Path,
): asserts level is OcopIssuerLevel {
  const known = OCOP_LEVELS.find((l) => l.level === level);
  if (!known)
    fail(
      'ocop/unknown-issuer-level',
      path,
      {
        vi: `Cấp "${show(level)}" không hợp lệ; dùng commune, district, province hoặc central`,
        en: `Unknown level "${show(level)}"; use commune, district, province or central`,
      },
      { level: show(level) },
    );
  const { validFrom, validTo } = known.validity;
  if (date < validFrom || (validTo !== undefined && date > validTo))
    fail(
      'ocop/issuer-level-not-existing',
      path,
      {
        vi: `Ngày ${date} không còn ${known.name.vi} (tồn tại đến ${validTo ?? '—'}). ${known.source.vi}`,
        en: `There was no ${known.name.en} on ${date} (it existed until ${validTo ?? '—'}). ${known.source.en}`,
      },
      { level: known.level, date },
    );
}

/** Throws `ocop/invalid-options` unless `value` is an object (or undefined when optional). */
export function checkObject(value: unknown, path: Path, optional = false): void {
  if (optional && value === undefined) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail('ocop/invalid-options', path, {
      vi: 'Giá trị phải là một đối tượng',
      en: 'The value must be an object',
    });
}

/**
 * Throws `ocop/before-ocop` for a date before the first national OCOP rules (QĐ 1048, 21/08/2019). A lighter check
 * than `processPeriodFor` for functions that do not need the authority table.
 */
export function checkOcopDate(date: IsoDate, path: Path): void {
  const start = OCOP_VERSIONS[0]?.validity.validFrom;
  if (start !== undefined && date < start)
    fail(
      'ocop/before-ocop',
      path,
      {
        vi: `Ngày ${date} trước khi có bộ tiêu chí OCOP quốc gia (QĐ 1048/QĐ-TTg ngày 21/08/2019)`,
        en: `${date} is before the national OCOP rules existed (QĐ 1048/QĐ-TTg of 2019-08-21)`,
      },
      { date },
    );
}
