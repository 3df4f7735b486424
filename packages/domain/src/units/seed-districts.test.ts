/*
 * Golden tests: the old → new tables of huyện Tân Uyên (NQ 1670/NQ-UBTVQH15) and huyện Tuần Giáo
 * (NQ 1661/NQ-UBTVQH15), copied row by row from the resolution's list.
 */
import { describe, expect, it } from 'vitest';
import { findUnit, predecessorsOf, successorsOf, unitsOf } from '../units.js';

type Row = readonly [oldCode: string, oldName: string, newName: string, newCode: string];

const TAN_UYEN: readonly Row[] = [
  ['03598', 'Thị trấn Tân Uyên', 'Xã Tân Uyên', '03598'],
  ['03604', 'Xã Thân Thuộc', 'Xã Tân Uyên', '03598'],
  ['03605', 'Xã Trung Đồng', 'Xã Tân Uyên', '03598'],
  ['03610', 'Xã Nậm Cần', 'Xã Tân Uyên', '03598'],
  ['03601', 'Xã Mường Khoa', 'Xã Mường Khoa', '03601'],
  ['03602', 'Xã Phúc Khoa', 'Xã Mường Khoa', '03601'],
  ['03607', 'Xã Hố Mít', 'Xã Pắc Ta', '03616'],
  ['03616', 'Xã Pắc Ta', 'Xã Pắc Ta', '03616'],
  ['03613', 'Xã Nậm Sỏ', 'Xã Nậm Sỏ', '03613'],
  ['03622', 'Xã Tà Mít', 'Xã Nậm Sỏ', '03613'],
];

const TUAN_GIAO: readonly Row[] = [
  ['03253', 'Thị trấn Tuần Giáo', 'Xã Tuần Giáo', '03253'],
  ['03274', 'Xã Quài Nưa', 'Xã Tuần Giáo', '03253'],
  ['03289', 'Xã Quài Cang', 'Xã Tuần Giáo', '03253'],
  ['03295', 'Xã Quài Tở', 'Xã Quài Tở', '03295'],
  ['03280', 'Xã Tỏa Tình', 'Xã Quài Tở', '03295'],
  ['03304', 'Xã Tênh Phông', 'Xã Quài Tở', '03295'],
  ['03268', 'Xã Mường Mùn', 'Xã Mường Mùn', '03268'],
  ['03262', 'Xã Mùn Chung', 'Xã Mường Mùn', '03268'],
  ['03269', 'Xã Pú Xi', 'Xã Mường Mùn', '03268'],
  ['03271', 'Xã Pú Nhung', 'Xã Pú Nhung', '03260'],
  ['03260', 'Xã Rạng Đông', 'Xã Pú Nhung', '03260'],
  ['03265', 'Xã Ta Ma', 'Xã Pú Nhung', '03260'],
  ['03298', 'Xã Chiềng Sinh', 'Xã Chiềng Sinh', '03283'],
  ['03283', 'Xã Nà Sáy', 'Xã Chiềng Sinh', '03283'],
  ['03277', 'Xã Mường Thín', 'Xã Chiềng Sinh', '03283'],
  ['03284', 'Xã Mường Khong', 'Xã Chiềng Sinh', '03283'],
  ['03299', 'Xã Chiềng Đông', 'Xã Búng Lao', '03301'],
  ['03259', 'Xã Phình Sáng', 'Xã Sáng Nhè', '03244'],
  ['03263', 'Xã Nà Tòng', 'Xã Tủa Chùa', '03217'],
];

/** New units and all their predecessors (NQ 1661/NQ-UBTVQH15, incl. members from outside the old districts). */
const NEW_UNITS: Readonly<Record<string, readonly string[]>> = {
  '03598': ['03598', '03604', '03605', '03610'],
  '03601': ['03601', '03602'],
  '03616': ['03607', '03616'],
  '03613': ['03613', '03622'],
  '03253': ['03253', '03274', '03289'],
  '03295': ['03295', '03280', '03304'],
  '03268': ['03268', '03262', '03269'],
  '03260': ['03271', '03260', '03265'],
  '03283': ['03298', '03283', '03277', '03284'],
  '03244': ['03244', '03247', '03259'],
  '03217': ['03217', '03250', '03263'],
  '03301': ['03292', '03299', '03301'],
};

const BEFORE = '2025-06-30';
const AFTER = '2025-07-01';

describe.each([
  ['Tân Uyên (111, Lai Châu)', '111', '12', TAN_UYEN],
  ['Tuần Giáo (099, Điện Biên)', '099', '11', TUAN_GIAO],
] as const)('huyện %s', (_label, district, province, rows) => {
  it.each(rows)('%s %s → %s (%s)', (oldCode, oldName, newName, newCode) => {
    const old = findUnit(oldCode, { date: BEFORE });
    expect(old.fullName).toBe(oldName);
    expect(old.parentCode).toBe(district);
    expect(old.provinceCode).toBe(province);
    // Found by its old name too, with and without the type word.
    expect(findUnit(oldName, { date: '2020-01-01', within: district }).code).toBe(oldCode);
    expect(findUnit(old.name, { date: '2020-01-01', within: district }).code).toBe(oldCode);

    const next = successorsOf(oldCode, BEFORE);
    expect(next.map((t) => [t.unit.code, t.unit.fullName])).toEqual([[newCode, newName]]);
    expect(next[0]?.unit.validFrom).toBe(AFTER);
    expect(next[0]?.unit.provinceCode).toBe(province);

    const today = findUnit(newCode, { date: AFTER });
    expect(today.fullName).toBe(newName);
    expect(today.parentCode).toBe(province);
    expect(findUnit(newName, { date: '2026-01-01', within: province }).code).toBe(newCode);
  });

  it('lists exactly these communes under the district before the reform', () => {
    const codes = unitsOf(district, BEFORE).map((u) => u.code);
    const expected = rows.map(([code]) => code);
    if (district === '111') expect([...codes].sort()).toEqual([...expected].sort());
    else for (const code of expected) expect(codes).toContain(code);
  });

  it('the district itself ended on 2025-06-30', () => {
    expect(findUnit(district, { date: BEFORE }).validTo).toBe(BEFORE);
    expect(() => findUnit(district, { date: '2026-01-01' })).toThrowError(/units\/not-in-force/u);
  });
});

describe('new units and their predecessors', () => {
  it.each(Object.entries(NEW_UNITS))('%s ← %j', (code, olds) => {
    const from = predecessorsOf(code, AFTER);
    expect(from.map((t) => t.unit.code).sort()).toEqual([...olds].sort());
    for (const t of from) expect(t.unit.validTo).toBe(BEFORE);
  });

  it('Tân Uyên: all ten were whole-unit merges under NQ 1670', () => {
    for (const [oldCode] of TAN_UYEN) {
      const [t] = successorsOf(oldCode, BEFORE);
      expect(t?.kind).toBe('full');
      expect(t?.basis.number).toBe('1670/NQ-UBTVQH15');
    }
  });

  it('Tuần Giáo links cite NQ 1661', () => {
    for (const [oldCode] of TUAN_GIAO) {
      expect(successorsOf(oldCode, BEFORE)[0]?.basis.number).toBe('1661/NQ-UBTVQH15');
    }
  });

  it('reused and closed codes (03260, 03283 reused; 03271, 03298 closed)', () => {
    expect(findUnit('03260', { date: '2020-01-01' }).fullName).toBe('Xã Rạng Đông');
    expect(findUnit('03260', { date: '2026-01-01' }).fullName).toBe('Xã Pú Nhung');
    expect(findUnit('03283', { date: '2020-01-01' }).fullName).toBe('Xã Nà Sáy');
    expect(findUnit('03283', { date: '2026-01-01' }).fullName).toBe('Xã Chiềng Sinh');
    expect(() => findUnit('03271', { date: '2026-01-01' })).toThrowError(/units\/not-in-force/u);
    expect(() => findUnit('03298', { date: AFTER })).toThrowError(/units\/not-in-force/u);
  });

  it('Lai Châu 106 → 38 (36 xã, 2 phường); Điện Biên 129 → 45 (42 xã, 3 phường)', () => {
    const count = (code: string, date: string) => {
      const byType: Record<string, number> = {};
      const districts = unitsOf(code, date).filter((u) => u.level === 'district');
      const communes =
        districts.length > 0
          ? districts.flatMap((d) => unitsOf(d.code, date))
          : unitsOf(code, date);
      for (const u of communes) byType[u.type] = (byType[u.type] ?? 0) + 1;
      return { total: communes.length, byType };
    };
    expect(count('12', BEFORE).total).toBe(106);
    expect(count('12', AFTER)).toEqual({ total: 38, byType: { xa: 36, phuong: 2 } });
    expect(count('11', BEFORE)).toEqual({
      total: 129,
      byType: { xa: 115, phuong: 9, thi_tran: 5 },
    });
    expect(count('11', AFTER)).toEqual({ total: 45, byType: { xa: 42, phuong: 3 } });
  });
});
