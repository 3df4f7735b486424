// Exact keys for Vietnamese text: white space, look-alike letters, tone-mark placement, and the typed error for what
// is not text.
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { nameKey, normalizeVietnamese, searchKey } from './normalize.js';

describe('normalizeVietnamese', () => {
  it('folds every run of white space to one space and trims both ends', () => {
    expect(normalizeVietnamese('\tMường\n\n Nhé \u00a0')).toBe('Mường Nhé');
    expect(normalizeVietnamese('a  b')).toBe('a b');
    expect(normalizeVietnamese('')).toBe('');
  });

  it('reads each look-alike of đ and Đ, every time it occurs', () => {
    expect(normalizeVietnamese('\u00d0\u0189 \u00f0\u0256')).toBe('ĐĐ đđ');
    expect(normalizeVietnamese('\u00f0ồng \u00f0ất')).toBe('đồng đất');
  });

  it('composes decomposed text', () => {
    const nfd = 'Điện Biên'.normalize('NFD');
    expect(normalizeVietnamese(nfd)).toBe('Điện Biên');
    expect(normalizeVietnamese(nfd)).not.toBe(nfd);
  });

  it('refuses a value that is not text with input/wrong-type, saying what came', () => {
    expect(issuesOf(() => normalizeVietnamese(5 as never))).toEqual([
      {
        code: 'input/wrong-type',
        path: [],
        message: { vi: 'Cần một chuỗi văn bản, nhận 5', en: 'Expected a text, got 5' },
        params: { expected: { vi: 'một chuỗi văn bản', en: 'a text' }, received: '5' },
      },
    ]);
  });
});

describe('nameKey', () => {
  it('is lower case, NFC, and puts each syllable’s tone mark last', () => {
    expect(nameKey('  HOÀ   BÌNH ')).toBe('hoà binh\u0300');
    expect(nameKey('Hòa Bình')).toBe(nameKey('Hoà Bình'));
    expect(nameKey('Thuỷ')).toBe(nameKey('Thủy'));
    expect(nameKey('Na')).toBe('na');
  });

  it('keeps the vowel letters and đ, and tells apart different tones', () => {
    expect(nameKey('Ðiện')).toBe(nameKey('Điện'));
    expect(nameKey('Điện')).not.toBe(nameKey('Diện'));
    expect(nameKey('Hòa')).not.toBe(nameKey('Hóa'));
    expect(nameKey('Ân')).not.toBe(nameKey('An'));
  });

  it('moves every tone mark of a syllable, and only within it', () => {
    // Two marks in one syllable (malformed, but pasted text has them) stay together at its end.
    expect(nameKey('ho\u0300a\u0301')).toBe('hoa\u0300\u0301'.normalize('NFC'));
    expect(nameKey('hòa bình')).not.toBe(nameKey('hoa bìnhf'));
    expect(nameKey('Toả Tình').split(' ')).toHaveLength(2);
  });
});

describe('searchKey', () => {
  it('drops every mark, reads đ and Đ as d, and lowers the case', () => {
    expect(searchKey('ĐỒNG ĐĂNG')).toBe('dong dang');
    expect(searchKey('đồng đăng')).toBe('dong dang');
    expect(searchKey('  Mường   Tè ')).toBe('muong te');
    expect(searchKey('Ð\u0189\u00f0\u0256')).toBe('dddd');
  });
});
