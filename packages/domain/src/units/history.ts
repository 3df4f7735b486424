import type { DateInput } from '../dates/iso-date.js';
import type { UnitTransition } from './admin-unit.js';
import { DATASET, LEGACY_END, REFORM_START, toTransition } from './dataset.js';
import { lookupDate, unitAt } from './resolve-code.js';

/**
 * The units that replaced the unit with this code in force on `date`: one for a whole-unit merge, several when the
 * old unit was split ("nhập một phần"), none while it is still in force. For a pre-reform district (the level
 * ended on 2025-07-01) it lists the new communes that cover its former territory (kind `territory`).
 *
 * Between 2017 and 2025 a version is followed by the next version of its code (kind `continued`: new name, type or
 * parent), and a closed code by the unit a transcribed resolution clause says it went into. When no source
 * establishes the successor of a closed code, the result is empty and the unit says `successorsKnown: false`.
 *
 * Throws a `DomainError` for a malformed or unknown code or a code that named no unit on `date`.
 *
 * @remarks
 * Đơn vị kế thừa sau sắp xếp đơn vị hành chính 2025 (NQ 202/2025/QH15, NQ 1654–1687/NQ-UBTVQH15) và các đợt sắp xếp
 * 2019–2025 (nghị quyết của UBTVQH).
 *
 * @example
 * ```ts
 * successorsOf('03274', '2020-01-01').map((t) => t.unit.fullName); // ['Xã Tuần Giáo']
 * successorsOf('03260', '2020-01-01')[0]?.unit.id; // 'commune:03260@2025-07-01' (xã Pú Nhung)
 * successorsOf('01078', '2019-06-01')[0]?.unit.name; // 'Nậm Dịch' (827/NQ-UBTVQH14, from 2020-01-01)
 * ```
 */
export function successorsOf(code: string, date: DateInput): readonly UnitTransition[] {
  const day = lookupDate(date, ['date']);
  const unit = unitAt(code, day, ['code']);
  const direct = (DATASET.successors.get(unit.id) ?? []).map((link) => toTransition(link, link.to));
  if (unit.level !== 'district' || unit.validTo !== LEGACY_END) return Object.freeze(direct);
  // Districts were abolished, not merged: derive from their communes' successors (one entry per new unit).
  const seen = new Set(direct.map((t) => t.unit.id));
  const derived: UnitTransition[] = [];
  for (const commune of DATASET.childrenByCode.get(unit.code) ?? []) {
    if (commune.validTo !== LEGACY_END) continue;
    for (const link of DATASET.successors.get(commune.id) ?? []) {
      if (seen.has(link.to.id)) continue;
      seen.add(link.to.id);
      derived.push(toTransition({ ...link, kind: 'territory', date: REFORM_START }, link.to));
    }
  }
  return Object.freeze([...direct, ...derived]);
}

/**
 * The units that the unit with this code in force on `date` was formed from (several for a merger; the same code
 * for a reclassification or, 2017–2025, the previous version of the code). A unit already in the list of 2017-10-15
 * has none recorded; a new code with no transcribed origin says `predecessorsKnown: false`.
 *
 * Throws a `DomainError` for a malformed or unknown code or a code that named no unit on `date`.
 *
 * @remarks
 * Các đơn vị cũ hợp thành đơn vị mới.
 *
 * @example
 * ```ts
 * predecessorsOf('03260', '2026-01-01').map((t) => t.unit.fullName);
 * // ['Xã Rạng Đông', 'Xã Ta Ma', 'Xã Pú Nhung']
 * ```
 */
export function predecessorsOf(code: string, date: DateInput): readonly UnitTransition[] {
  const day = lookupDate(date, ['date']);
  const unit = unitAt(code, day, ['code']);
  return Object.freeze(
    (DATASET.predecessors.get(unit.id) ?? []).map((link) => toTransition(link, link.from)),
  );
}
