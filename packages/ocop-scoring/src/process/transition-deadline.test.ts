import { describe, expect, it } from 'vitest';
import { transitionDeadline } from './transition-deadline.js';

describe('transitionDeadline (QĐ 26/2026 Điều 12.2)', () => {
  it('first or upgrade dossiers: 60 days from 22/05/2026 → 21/07/2026', () => {
    for (const kind of ['first', 'upgrade'] as const) {
      const t = transitionDeadline('2026-05-10', kind);
      expect(t.countedFrom).toBe('2026-05-22');
      expect(t.completeBy).toBe('2026-07-21');
      expect(t.periodId).toBe('QD148_1489_2025');
      expect(t.basis.article).toBe('Điều 12 khoản 2');
    }
  });

  it('re-evaluation: 30 days lands on Sunday 21/06/2026 → Monday 22/06/2026', () => {
    const t = transitionDeadline('2026-05-21', 're-evaluation');
    expect(t.nominal).toBe('2026-06-21');
    expect(t.completeBy).toBe('2026-06-22');
    expect(t.flags.map((f) => f.code)).toContain('ocop/due-on-day-off');
  });

  it('names the period the dossier was submitted in', () => {
    expect(transitionDeadline('2025-07-03', 'first').periodId).toBe('DISTRICTS_CEASED_2025');
    expect(transitionDeadline('2024-11-01', 'first').periodId).toBe('QD148_2023');
  });

  it('bad input', () => {
    expect(() => transitionDeadline('2026-05-22', 'first')).toThrowDomainError(
      'ocop/not-transitional',
      ['submittedOn'],
    );
    expect(() => transitionDeadline('2019-08-20', 'first')).toThrowDomainError('ocop/before-ocop', [
      'submittedOn',
    ]);
    expect(() => transitionDeadline('2026-05-10', 'renewal' as never)).toThrowDomainError(
      'input/not-allowed',
      ['kind'],
    );
  });
});
