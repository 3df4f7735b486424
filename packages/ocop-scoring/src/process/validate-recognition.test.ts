import { describe, expect, it } from 'vitest';
import { validateRecognition } from './validate-recognition.js';

describe('validateRecognition', () => {
  it('a district 3★ decision of 16/06/2025 is valid (QĐ 148)', () => {
    const r = validateRecognition({ stars: 3, issuerLevel: 'district', decidedOn: '2025-06-16' });
    expect(r.verdict).toBe('valid');
    expect(r.expected).toBe('district');
    expect(r.period.id).toBe('QD148_2023');
    expect(r.reason.vi).toContain('2025-06-16');
  });

  it('a district decision dated after 06/07/2025 is rejected: there were no districts', () => {
    for (const decidedOn of ['2025-07-07', '2025-08-01', '2026-06-01'])
      expect(() =>
        validateRecognition({ stars: 3, issuerLevel: 'district', decidedOn }),
      ).toThrowDomainError('ocop/issuer-level-not-existing', ['issuerLevel']);
  });

  it('a district decision on the last day districts existed (30/06/2025) is valid', () => {
    expect(
      validateRecognition({ stars: 3, issuerLevel: 'district', decidedOn: '2025-06-30' }).verdict,
    ).toBe('valid');
  });

  it('under QĐ 1048 the province, not the district, recognised 3★', () => {
    expect(
      validateRecognition({ stars: 3, issuerLevel: 'province', decidedOn: '2021-03-01' }).verdict,
    ).toBe('valid');
    const r = validateRecognition({ stars: 3, issuerLevel: 'district', decidedOn: '2021-03-01' });
    expect(r.verdict).toBe('invalid');
    expect(r.expected).toBe('province');
  });

  it('under QĐ 148 a province 3★ decision is invalid (the district recognised 3★)', () => {
    const r = validateRecognition({ stars: 3, issuerLevel: 'province', decidedOn: '2024-03-01' });
    expect(r.verdict).toBe('invalid');
    expect(r.expected).toBe('district');
  });

  it('5★ is always central; a province 5★ decision is invalid', () => {
    for (const decidedOn of ['2020-12-01', '2024-03-01', '2025-09-01', '2026-09-01']) {
      expect(validateRecognition({ stars: 5, issuerLevel: 'central', decidedOn }).verdict).toBe(
        'valid',
      );
      expect(validateRecognition({ stars: 5, issuerLevel: 'province', decidedOn }).verdict).toBe(
        'invalid',
      );
    }
  });

  it('1★ and 2★ get no decision at all', () => {
    const r = validateRecognition({ stars: 2, issuerLevel: 'province', decidedOn: '2026-09-01' });
    expect(r.verdict).toBe('invalid');
    expect(r.expected).toBeNull();
  });

  it('a province 3★ decision on 01–05/07/2025 is flagged, not judged', () => {
    const r = validateRecognition({ stars: 3, issuerLevel: 'province', decidedOn: '2025-07-03' });
    expect(r.verdict).toBe('flagged');
    expect(r.flags.map((f) => f.code)).toContain('ocop/district-gap');
  });

  it('a transitional dossier decided after 22/05/2026 is checked under QĐ 148 + 1489', () => {
    const r = validateRecognition({
      stars: 3,
      issuerLevel: 'province',
      decidedOn: '2026-06-15',
      submittedOn: '2026-05-01',
    });
    expect(r.verdict).toBe('valid');
    expect(r.period.id).toBe('QD148_1489_2025');
  });

  it('bad input', () => {
    expect(() =>
      validateRecognition({
        stars: 6 as never,
        issuerLevel: 'province',
        decidedOn: '2024-01-01',
      }),
    ).toThrowDomainError('input/too-big', ['stars']);
    expect(() =>
      validateRecognition({ stars: 3, issuerLevel: 'ward' as never, decidedOn: '2024-01-01' }),
    ).toThrowDomainError('input/not-allowed', ['issuerLevel']);
    expect(() =>
      validateRecognition({
        stars: 3,
        issuerLevel: '__proto__' as never,
        decidedOn: '2024-01-01',
      }),
    ).toThrowDomainError('input/not-allowed', ['issuerLevel']);
    expect(() =>
      validateRecognition({ stars: 3, issuerLevel: 'province', decidedOn: '2018-01-01' }),
    ).toThrowDomainError('ocop/before-ocop', ['decidedOn']);
    expect(() => validateRecognition(null as never)).toThrowDomainError('input/wrong-type', [
      'decision',
    ]);
  });
});
