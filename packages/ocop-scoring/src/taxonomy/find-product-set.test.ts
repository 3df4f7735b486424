import { describe, expect, it } from 'vitest';
import { QD26_RUBRICS } from '../data/rubrics/generated/qd26-rubrics.js';
import { OCOP_TAXONOMY } from '../data/taxonomy.js';
import { findProductSet } from './find-product-set.js';

describe('OCOP_TAXONOMY (QĐ 26/2026 Phụ lục I)', () => {
  it('has 6 sectors, 17 groups and 26 product sets, each in an existing group and sector', () => {
    expect(OCOP_TAXONOMY.sectors).toHaveLength(6);
    expect(OCOP_TAXONOMY.groups).toHaveLength(17);
    expect(OCOP_TAXONOMY.productSets).toHaveLength(26);
    const groups = new Set(OCOP_TAXONOMY.groups.map((g) => g.code));
    const sectors = new Set(OCOP_TAXONOMY.sectors.map((s) => s.code));
    for (const set of OCOP_TAXONOMY.productSets) {
      expect(groups.has(set.group)).toBe(true);
      expect(sectors.has(set.sector)).toBe(true);
      expect(set.group.startsWith(`${set.sector}.`)).toBe(true);
    }
  });

  it('has one scoring sheet per product set, with the same code', () => {
    expect(OCOP_TAXONOMY.productSets.map((s) => s.code)).toEqual(Object.keys(QD26_RUBRICS));
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(OCOP_TAXONOMY.productSets[0]?.keywords)).toBe(true);
  });
});

describe('findProductSet', () => {
  it.each([
    ['mật ong', 'B04'],
    ['Mật ong bạc hà Mèo Vạc', 'B04'],
    ['nước mắm', 'B09'],
    ['NUOC MAM PHU QUOC', 'B09'],
    ['du lịch cộng đồng', 'B26'],
    ['homestay du lich sinh thai', 'B26'],
    ['chè shan tuyết', 'B11'],
    ['cà phê', 'B13'],
    ['rượu trắng', 'B14'],
    ['gạo ST25', 'B03'],
    ['tinh dầu quế', 'B20'],
    ['b21', 'B21'],
  ])('finds %s → %s', (query, code) => {
    expect(findProductSet(query)?.code).toBe(code);
  });

  it('ignores tone marks written in decomposed form (NFD)', () => {
    expect(findProductSet('mật ong'.normalize('NFD'))?.code).toBe('B04');
  });

  it('returns undefined when nothing matches, and for blank input', () => {
    expect(findProductSet('xe máy')).toBeUndefined();
    expect(findProductSet('   ')).toBeUndefined();
  });

  it('rejects a non-string with a DomainError', () => {
    expect(() => findProductSet(42 as unknown as string)).toThrowDomainError('input/wrong-type', [
      'query',
    ]);
    expect(() => findProductSet(undefined as unknown as string)).toThrowDomainError(
      'input/missing',
      ['query'],
    );
  });
});

describe('findProductSet: which match is the most specific', () => {
  it('a longer keyword beats a shorter one and a one-word name: "trà hoa" is an herbal tea (B12), not tea or flowers', () => {
    expect(findProductSet('trà hoa')?.code).toBe('B12');
  });

  it('a whole set name in the query beats another set’s keyword: liquor with lingzhi is B15, not B20', () => {
    expect(findProductSet('Đồ uống có cồn khác: rượu nấm linh chi')?.code).toBe('B15');
    expect(findProductSet('Đồ uống có cồn khác từ nếp')?.code).toBe('B15');
  });

  it('a query found inside a name (no keyword) still finds the set, punctuation around it ignored', () => {
    expect(findProductSet('Essential oils')?.code).toBe('B20');
    expect(findProductSet('“Essential oils!”')?.code).toBe('B20');
  });

  it('runs of spaces and punctuation count as one space', () => {
    expect(findProductSet('nước  mắm')?.code).toBe('B09');
    expect(findProductSet('nước - mắm')?.code).toBe('B09');
  });

  it('reads the first 500 characters only', () => {
    expect(findProductSet(`${'x'.repeat(600)} mật ong`)).toBeUndefined();
    expect(findProductSet(`mật ong ${'x'.repeat(600)}`)?.code).toBe('B04');
  });
});
