import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, normalizeVietnamese, searchKey } from './normalize.js';

describe('Vietnamese text keys', () => {
  it('normalises to NFC and single spaces, keeping the spelling', () => {
    const nfd = '  Tỏa   Tình '.normalize('NFD');
    expect(normalizeVietnamese(nfd)).toBe('Tỏa Tình'.normalize('NFC'));
    expect(normalizeVietnamese('Toả Tình')).toBe('Toả Tình');
  });

  it('gives one name key to both tone-mark placements and any case', () => {
    expect(nameKey('Toả Tình')).toBe(nameKey('Tỏa Tình'));
    expect(nameKey('HOÀ BÌNH')).toBe(nameKey('Hòa Bình'));
    expect(nameKey('Thuỵ')).toBe(nameKey('Thụy'));
    expect(nameKey('Tênh Phong')).not.toBe(nameKey('Tênh Phông'));
  });

  it('reads the look-alike letters Ð and Ɖ as Đ', () => {
    expect(normalizeVietnamese('\u00d0iện Biên')).toBe('Điện Biên');
    expect(nameKey('\u0189iện Biên')).toBe(nameKey('Điện Biên'));
    expect(searchKey('\u00d0iện Biên')).toBe('dien bien');
  });

  it('drops all diacritics for search keys', () => {
    expect(searchKey('Tỏa Tình')).toBe('toa tinh');
    expect(searchKey('Điện Biên')).toBe('dien bien');
    expect(searchKey('Tênh Phông')).toBe(searchKey('Tênh Phong'));
  });

  it('is idempotent and blind to Unicode form', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(normalizeVietnamese(normalizeVietnamese(s))).toBe(normalizeVietnamese(s));
        expect(nameKey(s.normalize('NFD'))).toBe(nameKey(s.normalize('NFC')));
        expect(searchKey(searchKey(s))).toBe(searchKey(s));
      }),
    );
  });
});
