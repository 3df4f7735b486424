import { describe, expect, it } from 'vitest';
import { nameKey } from '../text/normalize.js';
import { ancestorsOf, findUnit, ntmRegionOf, successorsOf, unitsOf } from '../units.js';
import { regionOfOldProvince } from './ntm-region.js';

/** The statistical regions, province names as printed in the published lists (Quảng Ninh left to the caller). */
const REGIONS: Readonly<Record<string, readonly string[]>> = {
  TDMNPB: [
    'Hà Giang',
    'Cao Bằng',
    'Bắc Kạn',
    'Tuyên Quang',
    'Lào Cai',
    'Yên Bái',
    'Thái Nguyên',
    'Lạng Sơn',
    'Bắc Giang',
    'Phú Thọ',
    'Điện Biên',
    'Lai Châu',
    'Sơn La',
    'Hòa Bình',
  ],
  DBSH: [
    'Hà Nội',
    'Vĩnh Phúc',
    'Bắc Ninh',
    'Hải Dương',
    'Hải Phòng',
    'Hưng Yên',
    'Thái Bình',
    'Hà Nam',
    'Nam Định',
    'Ninh Bình',
  ],
  BTB: ['Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế'],
  DHNTB: [
    'Đà Nẵng',
    'Quảng Nam',
    'Quảng Ngãi',
    'Bình Định',
    'Phú Yên',
    'Khánh Hòa',
    'Ninh Thuận',
    'Bình Thuận',
  ],
  TN: ['Kon Tum', 'Gia Lai', 'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng'],
  DNB: ['Bình Phước', 'Tây Ninh', 'Bình Dương', 'Đồng Nai', 'Bà Rịa - Vũng Tàu', 'Hồ Chí Minh'],
  DBSCL: [
    'Long An',
    'Tiền Giang',
    'Bến Tre',
    'Trà Vinh',
    'Vĩnh Long',
    'Đồng Tháp',
    'An Giang',
    'Kiên Giang',
    'Cần Thơ',
    'Hậu Giang',
    'Sóc Trăng',
    'Bạc Liêu',
    'Cà Mau',
  ],
};

describe('region table', () => {
  it('covers the 63 pre-reform provinces as the published lists give them', () => {
    const provinces = unitsOf(null, '2025-06-30');
    expect(provinces).toHaveLength(63);
    for (const [region, names] of Object.entries(REGIONS)) {
      for (const name of names) {
        // Thừa Thiên Huế has been "Thành phố Huế" since 2025-01-01 (NQ 175/2024/QH15).
        const official = name === 'Thừa Thiên Huế' ? 'Huế' : name;
        const province = provinces.find((p) => nameKey(p.name) === nameKey(official));
        expect(province, name).toBeDefined();
        expect(regionOfOldProvince(province?.code ?? '')).toBe(region);
      }
    }
    expect(regionOfOldProvince('22')).toBeUndefined();
  });
});

describe('ntmRegionOf', () => {
  it('an old commune: the region of its province (Điện Biên, Lai Châu → TDMNPB, verified)', () => {
    for (const code of ['03274', '03604', '099', '111', '11', '12']) {
      const r = ntmRegionOf(code, '2020-01-01');
      expect(r.region).toBe('TDMNPB');
      expect(r.status).toBe('verified');
    }
  });

  it('a new commune: from the old province of its predecessors', () => {
    const r = ntmRegionOf('03253', '2026-01-01');
    expect(r.region).toBe('TDMNPB');
    expect(r.provinces.map((p) => p.code)).toEqual(['11']);
    expect(r.reason.vi).toContain('Điện Biên');
  });

  it('non-TDMNPB regions are marked unverified', () => {
    expect(ntmRegionOf('79', '2020-01-01')).toMatchObject({ region: 'DNB', status: 'unverified' });
  });

  it('a merged province spanning regions is ambiguous (new Phú Thọ = TDMNPB + DBSH)', () => {
    expect(() => ntmRegionOf('25', '2026-01-01')).toThrowError(/units\/region-ambiguous/u);
    expect(ntmRegionOf('80', '2020-01-01').region).toBe('DBSCL'); // old Long An
    expect(() => ntmRegionOf('80', '2026-01-01')).toThrowError(/units\/region-ambiguous/u);
  });

  it('Quảng Ninh needs the caller to choose', () => {
    expect(() => ntmRegionOf('22', '2020-01-01')).toThrowError(/units\/region-unset/u);
    expect(ntmRegionOf('22', '2020-01-01', { quangNinh: 'DBSH' })).toMatchObject({
      region: 'DBSH',
      status: 'configured',
    });
  });
});

describe('hierarchy', () => {
  it('ancestors before and after', () => {
    expect(ancestorsOf('03274', '2020-01-01').map((u) => u.code)).toEqual(['099', '11']);
    expect(ancestorsOf('03253', '2026-01-01').map((u) => u.code)).toEqual(['11']);
    expect(ancestorsOf('11', '2026-01-01')).toEqual([]);
  });

  it('a district’s successors are the new communes over its territory', () => {
    const next = successorsOf('111', '2020-01-01');
    expect(next.map((t) => t.unit.code).sort()).toEqual(['03598', '03601', '03613', '03616']);
    expect(next.every((t) => t.kind === 'territory')).toBe(true);
  });

  it('island districts became đặc khu directly', () => {
    const [t] = successorsOf(findUnit('huyện Côn Đảo', { date: '2020-01-01' }).code, '2020-01-01');
    expect(t?.unit.type).toBe('dac_khu');
  });

  it('unitsOf rejects a district after the reform', () => {
    expect(() => unitsOf('099', '2026-01-01')).toThrowError(/units\/not-in-force/u);
  });
});
