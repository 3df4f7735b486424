// validateRecognition word for word in each verdict: 1★/2★ never recognised (QĐ 26/2026 Điều 4.1.a), the competent
// level under QĐ 148 (district 3★) and QĐ 26/2026 (province 3★), the July 2025 gap, and a transitional dossier.
import type { OcopStarLevel } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import type { OcopIssuerLevel } from './types.js';
import { validateRecognition } from './validate-recognition.js';

// The level names of OCOP_LEVELS, in both languages.
const PROVINCE = { vi: 'UBND / Hội đồng cấp tỉnh', en: 'Provincial People’s Committee / council' };
const DISTRICT = { vi: 'UBND / Hội đồng cấp huyện', en: 'District People’s Committee / council' };
const QD148_NOTE = {
  vi: 'Ba cấp: huyện (3 sao), tỉnh (4 sao), trung ương (5 sao). Cấp huyện chấm dứt ngày 01/07/2025.',
  en: 'Three levels: district (3★), province (4★), central (5★). Districts ceased on 2025-07-01.',
};

/** One recognition decision: `stars` recognised by `issuerLevel` on `decidedOn`. */
const recognise = (stars: OcopStarLevel, issuerLevel: OcopIssuerLevel, decidedOn: string) =>
  validateRecognition({ stars, issuerLevel, decidedOn });

describe('validateRecognition: the verdict in words', () => {
  it('2★ recognised by a province: invalid, nothing is issued below 3★', () => {
    const check = recognise(2, 'province', '2026-06-01');
    expect(check.verdict).toBe('invalid');
    expect(check.decision).toEqual({ stars: 2, issuerLevel: 'province', decidedOn: '2026-06-01' });
    expect(check.expected).toBeNull();
    expect(check.reason).toEqual({
      vi: 'Sản phẩm 2 sao không được ban hành quyết định công nhận, không cấp giấy chứng nhận',
      en: 'No recognition decision or certificate is issued for 2★',
    });
  });

  it('QĐ 148: 3★ by the district is valid, by the province invalid', () => {
    const valid = recognise(3, 'district', '2024-03-01');
    expect(valid.verdict).toBe('valid');
    expect(valid.reason).toEqual({
      vi: `Ngày 2024-03-01, ${DISTRICT.vi} có thẩm quyền công nhận 3 sao (${QD148_NOTE.vi})`,
      en: `On 2024-03-01 the ${DISTRICT.en} was competent to recognise 3★ (${QD148_NOTE.en})`,
    });
    const invalid = recognise(3, 'province', '2024-03-01');
    expect(invalid.verdict).toBe('invalid');
    expect(invalid.expected).toBe('district');
    expect(invalid.reason).toEqual({
      vi: `Ngày 2024-03-01, 3 sao do ${DISTRICT.vi} công nhận, không phải ${PROVINCE.vi} (${QD148_NOTE.vi})`,
      en: `On 2024-03-01 3★ was recognised by the ${DISTRICT.en}, not the ${PROVINCE.en} (${QD148_NOTE.en})`,
    });
  });

  it('3★ on 3 July 2025 (districts gone, QĐ 1489 not yet in force): flagged, with the gap explained', () => {
    const check = recognise(3, 'province', '2025-07-03');
    expect(check.verdict).toBe('flagged');
    expect(check.flags.map((f) => f.code)).toEqual(['ocop/district-gap']);
    const gap = check.flags[0]?.message;
    expect(check.reason).toEqual({
      vi: `Ngày 2025-07-03: không xác định được cơ quan có thẩm quyền công nhận 3 sao. ${gap?.vi}`,
      en: `2025-07-03: no level was clearly competent to recognise 3★. ${gap?.en}`,
    });
    expect(gap?.en).toContain('1–5 July 2025');
  });

  it('a transitional dossier (Điều 12.2) is flagged as such; the same decision without it is not', () => {
    const decision = { stars: 3, issuerLevel: 'province', decidedOn: '2026-06-01' } as const;
    const check = validateRecognition({ ...decision, submittedOn: '2026-05-20' });
    expect(check.flags.map((f) => f.code)).toEqual(['ocop/transitional-dossier']);
    const direct = validateRecognition(decision);
    expect(direct.period.id).toBe('QD26_2026');
    expect(direct.flags).toEqual([]);
    expect(direct.reason.en).toBe(
      `On 2026-06-01 the ${PROVINCE.en} was competent to recognise 3★ (Two council levels: province (3★, 4★), central (5★); the commune checks the dossier within 15 working days.)`,
    );
  });

  it('an impossible decision date points at decidedOn', () => {
    expect(() => recognise(3, 'province', '2026-02-30')).toThrowDomainError('date/invalid', [
      'decidedOn',
    ]);
  });
});

describe('validateRecognition: a level that no longer existed', () => {
  it('a district decision on 03/07/2025 names the last day of districts (30/06/2025)', () => {
    const [issue] = issuesOf(() => recognise(3, 'district', '2025-07-03'));
    expect(issue?.code).toBe('ocop/issuer-level-not-existing');
    expect(issue?.path).toEqual(['issuerLevel']);
    expect(issue?.params).toMatchObject({
      date: '2025-07-03',
      until: '2025-06-30',
      level: 'district',
    });
  });
});
