import { describe, expect, it } from 'vitest';
import {
  parseNationalSupplement,
  safeParseNationalSupplement,
} from './national-supplement-schema.js';

const codes = (result: { success: boolean; issues?: readonly { code: string }[] }) =>
  result.success ? [] : (result.issues ?? []).map((issue) => issue.code);

const minimal = { baseSetId: 'XA_2026_2030', source: { document: 'QĐ 51/2025/QĐ-TTg' } };

describe('national-supplement', () => {
  it('accepts a minimal and a full supplement and keeps every field', () => {
    expect(parseNationalSupplement(minimal)).toEqual(minimal);
    const full = {
      $schema: '../../packages/domain/schemas/national-supplement.json',
      baseSetId: 'XA_2026_2030',
      source: { document: 'QĐ 51/2025/QĐ-TTg', annex: 'Phụ lục I', page: 3, url: 'https://x.vn' },
      transcribedBy: 'Văn phòng Điều phối NTM tỉnh',
      transcribedOn: '2026-03-02',
      note: { vi: 'Ghi chú', en: 'Note' },
      illustrative: true,
      indicators: [
        {
          code: '1.1',
          criterion: '1',
          text: { vi: 'Chỉ tiêu minh hoạ 1.1' },
          type: 'percent',
          direction: '>=',
          unit: '%',
          optional: false,
          perYear: false,
          thresholds: [{ key: '1', value: 90 }],
        },
      ],
      thresholds: [
        { indicator: '1.1', key: '2', value: 80, replaces: 70, source: { page: '4–5' } },
      ],
    };
    const parsed = parseNationalSupplement(full);
    expect(parsed).toEqual(full);
    expect(parsed.transcribedOn).toBe('2026-03-02');
  });

  it.each([
    ['no source', { baseSetId: 'X' }, 'input/missing'],
    ['a misspelt field', { ...minimal, threshold: [] }, 'input/unknown-field'],
    [
      'NaN',
      { ...minimal, thresholds: [{ indicator: '1', value: Number.NaN }] },
      'number/not-finite',
    ],
    [
      'a negative value',
      { ...minimal, thresholds: [{ indicator: '1', value: -1 }] },
      'input/too-small',
    ],
    [
      'an unknown type',
      { ...minimal, indicators: [{ code: '1.1', criterion: '1', text: { vi: 'a' }, type: 'pct' }] },
      'input/not-allowed',
    ],
    [
      'a prototype key',
      { ...minimal, thresholds: [{ indicator: '__proto__', value: 1 }] },
      'key/forbidden',
    ],
    [
      'NFD text',
      { ...minimal, source: { document: 'Quyết định'.normalize('NFD') } },
      'text/not-nfc',
    ],
    ['an impossible date', { ...minimal, transcribedOn: '2026-02-30' }, 'date/invalid'],
    [
      'a year out of range',
      { ...minimal, thresholds: [{ indicator: '10', year: 20222, value: 1 }] },
      'input/too-big',
    ],
    [
      'a fractional year',
      { ...minimal, thresholds: [{ indicator: '10', year: 2022.5, value: 1 }] },
      'input/not-integer',
    ],
    ['page 0', { ...minimal, source: { document: 'QĐ', page: 0 } }, 'input/too-small'],
  ])('rejects %s', (_name, input, code) => {
    expect(codes(safeParseNationalSupplement(input))).toContain(code);
  });

  it('reports every problem at once, with paths', () => {
    const result = safeParseNationalSupplement({
      ...minimal,
      thresholds: [
        { indicator: '1', value: -1 },
        { indicator: '2', value: Number.POSITIVE_INFINITY },
      ],
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues.map((issue) => issue.path)).toEqual([
        ['thresholds', 0, 'value'],
        ['thresholds', 1, 'value'],
      ]);
    }
  });
});
