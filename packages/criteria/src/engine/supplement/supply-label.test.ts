import { describe, expect, it } from 'vitest';
import { citationOf, supplyLabel } from './supply-label.js';

const source = { document: 'QĐ 51/2025/QĐ-TTg', annex: 'Phụ lục I', page: 12 };

describe('citationOf and supplyLabel', () => {
  it('cite the annex, the document and the page', () => {
    expect(citationOf(source)).toBe('Phụ lục I QĐ 51/2025/QĐ-TTg');
    expect(citationOf({ document: 'QĐ 51/2025/QĐ-TTg' })).toBe('QĐ 51/2025/QĐ-TTg');
    expect(supplyLabel({ source, illustrative: true })).toEqual({
      vi: 'theo Phụ lục I QĐ 51/2025/QĐ-TTg, tr. 12 — do người dùng nhập (minh hoạ — không phải số liệu pháp lý)',
      en: 'per Phụ lục I QĐ 51/2025/QĐ-TTg, p. 12 — entered by the user (illustrative, not legal values)',
    });
  });

  // Found by fuzzing: a null source threw a TypeError; an object as document was cited as "[object Object]".
  it('refuse a mark or a source that is not one, naming the field', () => {
    expect(() => citationOf(null as never)).toThrowDomainError('input/wrong-type', ['source']);
    expect(() => citationOf({ document: {} } as never)).toThrowDomainError('input/wrong-type', [
      'source',
      'document',
    ]);
    expect(() => supplyLabel(0 as never)).toThrowDomainError('input/wrong-type', ['mark']);
    expect(() =>
      supplyLabel({ source: { ...source, page: Number.NaN }, illustrative: false }),
    ).toThrowDomainError('number/not-finite', ['mark', 'source', 'page']);
    expect(() => supplyLabel({ source, illustrative: 'yes' } as never)).toThrowDomainError(
      'input/wrong-type',
      ['mark', 'illustrative'],
    );
  });
});

describe('supplyLabel without a page, and with a page as text', () => {
  it('leaves the page out, or cites it as written', () => {
    expect(
      supplyLabel({
        source: { document: 'QĐ 51/2025/QĐ-TTg', annex: 'Phụ lục I' },
        illustrative: false,
      }),
    ).toEqual({
      vi: 'theo Phụ lục I QĐ 51/2025/QĐ-TTg — do người dùng nhập',
      en: 'per Phụ lục I QĐ 51/2025/QĐ-TTg — entered by the user',
    });
    expect(
      supplyLabel({ source: { document: 'QĐ 51', page: '4–5' }, illustrative: false }),
    ).toEqual({
      vi: 'theo QĐ 51, tr. 4–5 — do người dùng nhập',
      en: 'per QĐ 51, p. 4–5 — entered by the user',
    });
    expect(() => citationOf({ document: 'QĐ 51', annex: 1 } as never)).toThrowDomainError(
      'input/wrong-type',
      ['source', 'annex'],
    );
  });
});
