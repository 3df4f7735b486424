// scoreParts word for word: the reason names the decision, the total and the band (QĐ 26/2026 Điều 3.3: 4★ from 70
// to under 90), a part exactly at its version's cap is accepted (A ≤ 40), and a bad date points at `date`.
import { describe, expect, it } from 'vitest';
import { scoreParts } from './score-parts.js';

describe('scoreParts: reason, caps, paths', () => {
  it('A 30 + B 20 + C 25 = 75 under QĐ 26/2026 → 4★, minima not checked', () => {
    const r = scoreParts({ A: 30, B: 20, C: 25 }, '2026-06-01');
    expect(r.parts).toEqual({ A: 30, B: 20, C: 25 });
    expect(r.reason).toEqual({
      vi: '26/2026/QĐ-TTg: tổng 75,00 điểm → 4 sao (từ 70 đến dưới 90 điểm); chưa kiểm tra yêu cầu tối thiểu theo hạng sao',
      en: '26/2026/QĐ-TTg: total 75.00 → 4 stars (70 to under 90 points); per-star minima not checked',
    });
  });

  it('each part may reach its cap exactly: 40 + 25 + 35 = 100 → 5★', () => {
    const r = scoreParts({ A: 40, B: 25, C: 35 }, '2026-06-01');
    expect(r.total).toBe(100);
    expect(r.stars).toBe(5);
  });

  it('parts given with other fields are copied without them', () => {
    const r = scoreParts({ A: 30, B: 20, C: 25, D: 9 } as never, '2026-06-01');
    expect(r.parts).toStrictEqual({ A: 30, B: 20, C: 25 });
  });

  it('an impossible date points at date', () => {
    expect(() => scoreParts({ A: 30, B: 20, C: 25 }, '2026-02-30')).toThrowDomainError(
      'date/invalid',
      ['date'],
    );
  });
});
