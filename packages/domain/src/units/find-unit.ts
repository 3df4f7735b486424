import type { DateInput } from '../dates/iso-date.js';
import { UNITS_ERRORS } from '../errors/catalogue/units.js';
import { received } from '../errors/describe-value.js';
import { fail } from '../errors/domain-error.js';
import { nameKey, normalizeVietnamese, searchKey } from '../text/normalize.js';
import type { AdminUnit } from './admin-unit.js';
import { DATASET } from './dataset.js';
import {
  atDate,
  dateUncertain,
  describeUnit,
  inForce,
  lookupDate,
  notInForce,
  provinceOf,
  unitAt,
} from './resolve-code.js';
import { TYPE_WORDS, type UnitLevel, type UnitType } from './unit-types.js';

/**
 * Options of {@link findUnit}.
 *
 * @example
 * ```ts
 * const options: FindUnitOptions = { date: '2020-01-01', within: '12', level: 'commune' };
 * ```
 */
export interface FindUnitOptions {
  /** The date the query refers to (`YYYY-MM-DD`): the unit in force on that day is returned. Required. */
  readonly date: DateInput;
  /** Keep only units of this level. */
  readonly level?: UnitLevel;
  /** Keep only units inside this province or district (its code), as it was on `date`. */
  readonly within?: string;
}

// Look-alikes of Đ/đ pasted from other scripts (eth, African D): fold them before keying.
const LOOKALIKE_D = /[\u00d0\u0189]/gu;
const LOOKALIKE_d = /[\u00f0\u0256]/gu;
const MAX_QUERY = 200;
const LEVELS: readonly UnitLevel[] = ['province', 'district', 'commune'];

const TYPE_KEYS = TYPE_WORDS.map(([word, types]) => ({
  name: `${nameKey(word)} `,
  search: `${searchKey(word)} `,
  types,
}));

interface Reading {
  readonly key: string;
  readonly types?: readonly UnitType[];
}

/** The query read with and without a leading type word ("xã Quài Nưa" → type xã, name "Quài Nưa"). */
function readings(key: string, field: 'name' | 'search'): Reading[] {
  const out: Reading[] = [{ key }];
  for (const word of TYPE_KEYS) {
    const prefix = word[field];
    if (key.startsWith(prefix) && key.length > prefix.length) {
      out.unshift({ key: key.slice(prefix.length), types: word.types });
      break;
    }
  }
  return out;
}

/** Units whose name has this search key, narrowed to the reading's types. */
function lookup(key: string, types: readonly UnitType[] | undefined): AdminUnit[] {
  const list = DATASET.bySearchKey.get(key) ?? [];
  return types ? list.filter((unit) => types.includes(unit.type)) : [...list];
}

/** Exact stage: same name up to Unicode form, case and tone-mark placement (nameKey). */
function exactMatches(text: string): AdminUnit[] {
  return readings(nameKey(text), 'name').flatMap((r) =>
    lookup(searchKey(r.key), r.types).filter((unit) => nameKey(unit.name) === r.key),
  );
}

/** Fallback stage: same letters without any diacritics (searchKey). */
function looseMatches(text: string): AdminUnit[] {
  return readings(searchKey(text), 'search').flatMap((r) => lookup(r.key, r.types));
}

/**
 * Finds the administrative unit in force on a date, by code or by name.
 *
 * - A code (`"11"`, `"099"`, `"03260"`) returns the unit that code named on that date; codes are reused after
 *   mergers, so `"03260"` is xã Rạng Đông in 2020 and xã Pú Nhung in 2026.
 * - A name may carry its type word or not ("xã Quài Nưa", "Quài Nưa"); it is matched regardless of Unicode form,
 *   case and tone-mark placement ("Toả Tình" = "Tỏa Tình"), and, only when that finds nothing, without any
 *   diacritics ("toa tinh"; "Tênh Phong" finds "Tênh Phông").
 *
 * Between 2017 and 2025 the unit is returned as it was on that date (name, type, district). When the date falls
 * between two GSO lists that disagree about it and no resolution dates the change, the result carries
 * `dateStatus: 'between-lists'` (see `validFromBoundary` / `validToBoundary`).
 *
 * Throws a `DomainError`: `units/invalid-query` (empty, too long, no letters), `units/invalid-code`,
 * `units/unknown-code`, `units/unknown-name`, `units/not-in-force` (the unit existed, but not on that date; the
 * message lists when it did and its successors) and `units/ambiguous` (several units match; the message and
 * `params.candidates` list them; narrow with the type word, `level` or `within`).
 *
 * @remarks
 * Tra cứu đơn vị hành chính theo mã hoặc tên tại một ngày: trước 01/07/2025 là hệ thống 3 cấp (tỉnh, huyện, xã);
 * từ 01/07/2025 là 2 cấp (tỉnh, xã).
 *
 * @example
 * ```ts
 * findUnit('xã Quài Nưa', { date: '2020-01-01' }).code; // '03274'
 * findUnit('03260', { date: '2026-01-01' }).fullName; // 'Xã Pú Nhung'
 * findUnit('toa tinh', { date: '2024-05-01' }).fullName; // 'Xã Tỏa Tình'
 * findUnit('Tân Uyên', { date: '2020-01-01', within: '12', level: 'district' }).code; // '111'
 * findUnit('xã Tà Lèng', { date: '2019-06-01' }).code; // '03144' (merged into xã Thanh Minh, 815/NQ-UBTVQH14)
 * ```
 */
export function findUnit(query: string, options: FindUnitOptions): AdminUnit {
  if (typeof options !== 'object' || options === null) {
    fail(UNITS_ERRORS['units/missing-date'], ['options']);
  }
  const date = lookupDate(options.date, ['date']);
  if (options.level !== undefined && !LEVELS.includes(options.level)) {
    fail(UNITS_ERRORS['units/invalid-level'], ['options', 'level'], {
      level: received(options.level),
    });
  }
  if (normalizeVietnamese(query) === '') {
    fail(UNITS_ERRORS['units/empty-query'], ['query']);
  }
  const text = normalizeVietnamese(query).replace(LOOKALIKE_D, 'Đ').replace(LOOKALIKE_d, 'đ');
  if (/^\d+$/u.test(text)) return unitAt(text, date, ['query']);
  if (text.length > MAX_QUERY || !/\p{L}/u.test(text)) {
    fail(UNITS_ERRORS['units/invalid-query'], ['query'], { query: received(text) });
  }

  let matches = exactMatches(text);
  if (matches.length === 0) matches = looseMatches(text);
  matches = [...new Set(matches)];
  if (options.level !== undefined) matches = matches.filter((unit) => unit.level === options.level);
  if (options.within !== undefined) {
    const within = unitAt(options.within, date, ['within']);
    matches = matches.filter((unit) => isInside(unit, within.code));
  }
  if (matches.length === 0) return unknownName(text);
  let current = matches.filter((unit) => inForce(unit, date));
  // No version in force by the lists' dating, but one that may already have begun (the lists that bracket the date
  // disagree and no resolution dates the change): return it, flagged.
  if (current.length === 0) current = matches.filter((unit) => dateUncertain(unit, date));
  if (current.length === 1) return atDate(current[0] as AdminUnit, date);
  if (current.length === 0) return notInForce(matches, date, ['query']);
  const listed = current.map(describeUnit);
  return fail(UNITS_ERRORS['units/ambiguous'], ['query'], {
    count: current.length,
    query: received(text),
    date,
    matches: { vi: listed.map((d) => d.vi).join('; '), en: listed.map((d) => d.en).join('; ') },
    candidates: current.map((unit) => unit.id),
  });
}

/** True when `code` is the unit's province or district in the unit's own period. */
function isInside(unit: AdminUnit, code: string): boolean {
  return unit.provinceCode === code || unit.parentCode === code;
}

function unknownName(text: string): never {
  const first = searchKey(text).split(' ')[0] ?? '';
  const similar = [...DATASET.bySearchKey.keys()]
    .filter((key) => key.startsWith(first))
    .slice(0, 5)
    .flatMap((key) => DATASET.bySearchKey.get(key)?.slice(0, 1) ?? [])
    .map((unit) => {
      const province = provinceOf(unit);
      return `${unit.fullName}${province && unit.level !== 'province' ? ` (${province.fullName})` : ''}`;
    });
  fail(UNITS_ERRORS['units/unknown-name'], ['query'], {
    query: received(text),
    hint:
      similar.length > 0
        ? {
            vi: ` Tên gần giống: ${similar.join('; ')}.`,
            en: ` Similar names: ${similar.join('; ')}.`,
          }
        : '',
    similar,
  });
}
