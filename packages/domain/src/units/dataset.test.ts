/*
 * Counts and invariants of the dataset against the published counts (NQ 202/2025/QH15, NQ 1654–1687/NQ-UBTVQH15,
 * the statistics office's lists of 2025-03-01 and 2025-07-01).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../dates/date-math.js';
import type { AdminUnit } from '../units.js';
import { findUnit, predecessorsOf, successorsOf, UNITS_DATA_INFO, unitsOf } from '../units.js';
import { DATASET } from './dataset.js';

const inForceOn = (date: string) =>
  DATASET.units.filter(
    (u) =>
      (u.validFrom === undefined || date >= u.validFrom) &&
      (u.validTo === undefined || date <= u.validTo),
  );
const tally = (units: readonly AdminUnit[], key: 'level' | 'type') => {
  const out: Record<string, number> = {};
  for (const u of units) out[u[key]] = (out[u[key]] ?? 0) + 1;
  return out;
};

describe('counts', () => {
  it('until 2025-06-30: 63 provinces (57 tỉnh + 6 TP), 696 districts, 10,035 communes (617 thị trấn)', () => {
    const units = inForceOn('2025-06-30');
    expect(tally(units, 'level')).toEqual({ province: 63, district: 696, commune: 10035 });
    const types = tally(units, 'type');
    expect(types.tinh).toBe(57);
    expect(types.thanh_pho_tw).toBe(6);
    expect(types.thi_tran).toBe(617);
    // Reported split of the district level (S3 v2.4.1): 508 huyện, 52 thị xã, 49 quận.
    expect([types.huyen, types.thi_xa, types.quan]).toEqual([508, 52, 49]);
  });

  it('from 2025-07-01: 34 provinces (28 tỉnh + 6 TP), 3,321 communes = 2,621 xã + 687 phường + 13 đặc khu', () => {
    const units = inForceOn('2025-07-01');
    expect(tally(units, 'level')).toEqual({ province: 34, commune: 3321 });
    expect(tally(units, 'type')).toEqual({
      tinh: 28,
      thanh_pho_tw: 6,
      xa: 2621,
      phuong: 687,
      dac_khu: 13,
    });
  });

  it('from 2026-04-30 (Đồng Nai): 27 tỉnh + 7 TP; 2,611 xã + 697 phường + 13 đặc khu; codes unchanged', () => {
    const units = inForceOn('2026-04-30');
    expect(tally(units, 'type')).toEqual({
      tinh: 27,
      thanh_pho_tw: 7,
      xa: 2611,
      phuong: 697,
      dac_khu: 13,
    });
    for (const code of [
      '25270',
      '25357',
      '25363',
      '26116',
      '26170',
      '26248',
      '26326',
      '26368',
      '26425',
      '26485',
    ]) {
      expect(findUnit(code, { date: '2026-04-29' }).type).toBe('xa');
      expect(findUnit(code, { date: '2026-04-30' }).type).toBe('phuong');
      const [t] = predecessorsOf(code, '2026-04-30');
      expect(t?.kind).toBe('reclassify');
    }
    expect(findUnit('75', { date: '2026-04-29' }).type).toBe('tinh');
    expect(findUnit('75', { date: '2026-04-30' }).type).toBe('thanh_pho_tw');
  });

  it('the 13 đặc khu', () => {
    const names = unitsOf(null, '2025-07-01')
      .flatMap((p) => unitsOf(p.code, '2025-07-01'))
      .filter((u) => u.type === 'dac_khu')
      .map((u) => u.name)
      .sort();
    expect(names).toEqual(
      [
        'Kiên Hải',
        'Phú Quốc',
        'Thổ Châu',
        'Cát Hải',
        'Bạch Long Vĩ',
        'Vân Đồn',
        'Cô Tô',
        'Côn Đảo',
        'Hoàng Sa',
        'Trường Sa',
        'Phú Quý',
        'Lý Sơn',
        'Cồn Cỏ',
      ].sort(),
    );
  });
});

describe('provinces across the reform (NQ 202/2025/QH15)', () => {
  const COMPOSITION: Readonly<Record<string, readonly string[]>> = {
    '01': ['01'],
    '04': ['04'],
    '08': ['02', '08'],
    '11': ['11'],
    '12': ['12'],
    '14': ['14'],
    '15': ['10', '15'],
    '19': ['06', '19'],
    '20': ['20'],
    '22': ['22'],
    '24': ['24', '27'],
    '25': ['17', '25', '26'],
    '31': ['30', '31'],
    '33': ['33', '34'],
    '37': ['35', '36', '37'],
    '38': ['38'],
    '40': ['40'],
    '42': ['42'],
    '44': ['44', '45'],
    '46': ['46'],
    '48': ['48', '49'],
    '51': ['51', '62'],
    '52': ['52', '64'],
    '56': ['56', '58'],
    '66': ['54', '66'],
    '68': ['60', '67', '68'],
    '75': ['70', '75'],
    '79': ['74', '77', '79'],
    '80': ['72', '80'],
    '82': ['82', '87'],
    '86': ['83', '84', '86'],
    '91': ['89', '91'],
    '92': ['92', '93', '94'],
    '96': ['95', '96'],
  };
  const CLOSED =
    '02 06 10 17 26 27 30 34 35 36 45 49 54 58 60 62 64 67 70 72 74 77 83 84 87 89 93 94 95'.split(
      ' ',
    );

  it.each(Object.entries(COMPOSITION))('%s ← %j', (code, olds) => {
    expect(
      predecessorsOf(code, '2025-07-01')
        .map((t) => t.unit.code)
        .sort(),
    ).toEqual([...olds].sort());
  });

  it('the 29 closed province codes name nothing from 2025-07-01', () => {
    for (const code of CLOSED) {
      expect(() => findUnit(code, { date: '2025-07-01' })).toThrowError(/units\/not-in-force/u);
      expect(successorsOf(code, '2025-06-30').length).toBe(1);
    }
  });

  it('code 24: Bắc Giang until 2025-06-30, Bắc Ninh from 2025-07-01', () => {
    expect(findUnit('24', { date: '2025-06-30' }).name).toBe('Bắc Giang');
    expect(findUnit('24', { date: '2025-07-01' }).name).toBe('Bắc Ninh');
  });
});

describe('invariants', () => {
  // Found by fuzzing: the reason and the legal basis of a link were shared, unfrozen objects: an app that changed
  // one answer's text changed every later answer.
  it('what a lookup returns is frozen to the bottom: links, reasons and legal bases', () => {
    const links = [
      ...successorsOf('01', '2015-01-01'),
      ...predecessorsOf('01', '2025-07-01'),
      ...successorsOf('24', '2025-06-30'),
    ];
    expect(links.length).toBeGreaterThan(0);
    const open: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (value === null || typeof value !== 'object') return;
      if (!Object.isFrozen(value)) open.push(path);
      for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
    };
    links.forEach((link, i) => {
      visit(link, `links[${i}]`);
    });
    expect(open).toEqual([]);
  });

  it('no code names two units on the same day', () => {
    for (const date of ['2020-01-01', '2025-06-30', '2025-07-01', '2026-04-29', '2026-04-30']) {
      const seen = new Set<string>();
      for (const u of inForceOn(date)) {
        expect(seen.has(u.code)).toBe(false);
        seen.add(u.code);
      }
    }
  });

  it('every pre-reform province and commune has at least one successor in force on 2025-07-01', () => {
    for (const u of inForceOn('2025-06-30')) {
      if (u.level === 'district') continue;
      const next = successorsOf(u.code, '2025-06-30');
      expect(next.length).toBeGreaterThan(0);
      for (const t of next) expect(t.unit.validFrom).toBe('2025-07-01');
    }
  });

  it('every new unit (2025-07-01) has at least one predecessor', () => {
    for (const u of inForceOn('2025-07-01')) {
      expect(predecessorsOf(u.code, '2025-07-01').length).toBeGreaterThan(0);
    }
  });

  it('any unit is found by its code on any day of its validity', () => {
    const units = DATASET.units;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: units.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (index, fraction) => {
          const unit = units[index] as AdminUnit;
          // A day inside the unit's validity (open ends bounded by 2015-01-01 and 2027-12-31).
          const from = toDayNumber(unit.validFrom ?? '2015-01-01');
          const to = toDayNumber(unit.validTo ?? '2027-12-31');
          const date = fromDayNumber(from + Math.floor(fraction * (to - from)));
          expect(findUnit(unit.code, { date }).id).toBe(unit.id);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('records its provenance', () => {
    expect(UNITS_DATA_INFO.dataAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    const datasets = UNITS_DATA_INFO.sources.filter((s) => s.licence !== undefined);
    expect(datasets.length).toBeGreaterThan(0);
    expect(datasets.every((s) => s.licence?.startsWith('MIT'))).toBe(true);
    // The resolutions come from the links themselves: the province resolution and one per new province.
    const resolutions = UNITS_DATA_INFO.sources
      .filter((s) => s.licence === undefined)
      .map((s) => s.id);
    expect(resolutions).toContain('202/2025/QH15');
    expect(resolutions).toContain('1661/NQ-UBTVQH15');
    // … and those of the history 2017–2025 that date a change or establish a link.
    expect(resolutions).toEqual(
      expect.arrayContaining(['827/NQ-UBTVQH14', '815/NQ-UBTVQH14', '124/2004/QĐ-TTg']),
    );
    expect(Object.isFrozen(UNITS_DATA_INFO.sources)).toBe(true);
    expect(Object.isFrozen(DATASET.units[0])).toBe(true);
  });
});
