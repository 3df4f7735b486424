import type { DateInput } from '../dates/iso-date.js';
import type { AdminUnit } from './admin-unit.js';
import { DATASET } from './dataset.js';
import { atDate, inForce, lookupDate, unitAt } from './resolve-code.js';

/**
 * The parents of the unit with this code on `date`, nearest first: `[district, province]` for a commune before
 * 2025-07-01, `[province]` after; `[]` for a province.
 *
 * Throws a `DomainError` for a malformed or unknown code or a code that named no unit on `date`.
 *
 * @remarks
 * Đơn vị cấp trên (huyện, tỉnh).
 *
 * @example
 * ```ts
 * ancestorsOf('03274', '2020-01-01').map((u) => u.fullName); // ['Huyện Tuần Giáo', 'Tỉnh Điện Biên']
 * ancestorsOf('03253', '2026-01-01').map((u) => u.fullName); // ['Tỉnh Điện Biên']
 * ancestorsOf('03316', '2019-06-01')[0]?.code; // '100' (huyện Điện Biên; TP Điện Biên Phủ '094' from 2020, 815/NQ-UBTVQH14)
 * ```
 */
export function ancestorsOf(code: string, date: DateInput): readonly AdminUnit[] {
  const day = lookupDate(date, ['date']);
  const out: AdminUnit[] = [];
  let unit = unitAt(code, day, ['code']);
  while (unit.parentCode !== undefined) {
    unit = unitAt(unit.parentCode, day, ['code']);
    out.push(unit);
  }
  return Object.freeze(out);
}

/**
 * The units directly under the unit with this code on `date`, in the order of the official list: the districts of
 * a province and the communes of a district before 2025-07-01, the communes of a province after. Pass `null` for the
 * provinces of the country.
 *
 * Throws a `DomainError` for a malformed or unknown code or a code that named no unit on `date`.
 *
 * @remarks
 * Danh sách đơn vị trực thuộc.
 *
 * @example
 * ```ts
 * unitsOf('111', '2024-01-01').length; // 10 (the communes of huyện Tân Uyên)
 * unitsOf('12', '2026-01-01').length; // 38 (the communes of Lai Châu)
 * unitsOf(null, '2026-01-01').length; // 34
 * ```
 */
export function unitsOf(parentCode: string | null, date: DateInput): readonly AdminUnit[] {
  const day = lookupDate(date, ['date']);
  if (parentCode === null) {
    return Object.freeze(
      DATASET.units
        .filter((unit) => unit.level === 'province' && inForce(unit, day))
        .sort((a, b) => (a.code < b.code ? -1 : 1))
        .map((unit) => atDate(unit, day)),
    );
  }
  const parent = unitAt(parentCode, day, ['parentCode']);
  return Object.freeze(
    (DATASET.childrenByCode.get(parent.code) ?? [])
      .filter((unit) => inForce(unit, day))
      .map((unit) => atDate(unit, day)),
  );
}
