import type { AdminUnit } from '@ntm/domain/units';
import { ancestorsOf, findUnit, successorsOf } from '@ntm/domain/units';
import { table } from './print.js';

/** The units that cover `unit` (in force on `date`) on `today`, following merges across the 2025 reform. */
export function todayOf(unit: AdminUnit, date: string, today: string): AdminUnit[] {
  if (unit.validTo === undefined || unit.validTo >= today) return [unit];
  const next = successorsOf(unit.code, date);
  if (next.length === 0) return [unit];
  return next.flatMap((t) => todayOf(t.unit, t.date, today));
}

function withProvince(unit: AdminUnit, date: string): string {
  const province = ancestorsOf(unit.code, date).find((u) => u.level === 'province');
  return province && province.code !== unit.code
    ? `${unit.fullName} (${province.fullName})`
    : unit.fullName;
}

/** Prints each named unit as it was on `date` and what covers it today. */
export function thenAndToday(
  names: readonly string[],
  options: {
    date: string;
    today: string;
    within?: string;
    level?: 'commune' | 'district' | 'province';
  },
): void {
  const rows = names.map((name) => {
    const unit = findUnit(name, {
      date: options.date,
      ...(options.within ? { within: options.within } : {}),
      ...(options.level ? { level: options.level } : {}),
    });
    const now = todayOf(unit, options.date, options.today);
    return [
      name,
      `${unit.fullName} [${unit.code}]`,
      now.map((u) => `${withProvince(u, options.today)} [${u.code}]`).join('\n'),
    ];
  });
  table(
    ['Văn bản ghi / Written', `Ngày / Date ${options.date}`, `Hôm nay / Today ${options.today}`],
    rows,
  );
}
