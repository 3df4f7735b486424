// The reasons, routes and flags of recognitionPath in each regime, word for word, and the edges of the QĐ 26/2026
// transition (Điều 12.2: a dossier submitted before 22/05/2026 finishes under the 2021–2025 rules).
import { describe, expect, it } from 'vitest';
import { flag } from '../../test/process-flags.js';
import { recognitionPath } from './recognition-path.js';

const routeOf = (p: ReturnType<typeof recognitionPath>) =>
  p.route.map((s) => [s.level, s.action, s.to ?? null]);

const QD1048_NOTE = {
  vi: 'Ba cấp hội đồng; cấp huyện chỉ đánh giá, cấp tỉnh công nhận 3 và 4 sao (theo tin tổng hợp, danang.gov.vn).',
  en: 'Three council levels; the district only evaluates, the province recognises 3★ and 4★ (from summaries, danang.gov.vn).',
};

describe('recognitionPath: the reason in words', () => {
  it('QĐ 1048: 3★ evaluated by district then province, recognised by the province', () => {
    const p = recognitionPath(3, '2020-06-15');
    expect(p.reason).toEqual({
      vi: `Hạng 3 sao: hội đồng cấp huyện → cấp tỉnh đánh giá; cấp tỉnh công nhận (${QD1048_NOTE.vi})`,
      en: `3★: evaluated by district → province; recognised by the province (${QD1048_NOTE.en})`,
    });
    expect(p.flags).toEqual([]);
    expect(p.status).toBe('determined');
    expect(p.rulesDate).toBe('2020-06-15');
  });

  it('QĐ 1048: 5★ goes through three councils to the central level', () => {
    const p = recognitionPath(5, '2020-06-15');
    expect(routeOf(p)).toEqual([
      ['district', 'forward', 'province'],
      ['province', 'forward', 'central'],
      ['central', 'recognise', null],
    ]);
    expect(p.reason).toEqual({
      vi: `Hạng 5 sao: hội đồng cấp huyện → cấp tỉnh → trung ương đánh giá; trung ương công nhận (${QD1048_NOTE.vi})`,
      en: `5★: evaluated by district → province → central level; recognised by the central level (${QD1048_NOTE.en})`,
    });
  });

  it('1★ and 2★: evaluated by the first council, no decision, no certificate (QĐ 26/2026 Điều 4.1.a)', () => {
    expect(recognitionPath(2, '2020-06-15').reason).toEqual({
      vi: 'Hạng 2 sao: hội đồng cấp huyện đánh giá; không ban hành quyết định công nhận, không cấp giấy chứng nhận',
      en: '2★: evaluated by the district council; no recognition decision, no certificate',
    });
    const p = recognitionPath(1, '2026-06-01');
    expect(routeOf(p)).toEqual([
      ['commune', 'forward', 'province'],
      ['province', 'stop', null],
    ]);
    expect(p.reason).toEqual({
      vi: 'Hạng 1 sao: hội đồng cấp tỉnh đánh giá; không ban hành quyết định công nhận, không cấp giấy chứng nhận',
      en: '1★: evaluated by the province council; no recognition decision, no certificate',
    });
    expect(p.flags).toEqual([]);
  });

  it('QĐ 148: 3★ recognised by the district council that evaluated it', () => {
    const p = recognitionPath(3, '2024-01-10');
    expect(routeOf(p)).toEqual([['district', 'recognise', null]]);
    expect(p.reason.vi).toBe(
      'Hạng 3 sao: hội đồng cấp huyện đánh giá; cấp huyện công nhận (Ba cấp: huyện (3 sao), tỉnh (4 sao), trung ương (5 sao). Cấp huyện chấm dứt ngày 01/07/2025.)',
    );
    expect(p.reason.en).toBe(
      '3★: evaluated by district; recognised by the district (Three levels: district (3★), province (4★), central (5★). Districts ceased on 2025-07-01.)',
    );
  });

  it('the 1–5 July 2025 gap: 4★ keeps its province route but is flagged; 3★ has no route and says why', () => {
    const four = recognitionPath(4, '2025-07-03');
    expect(four.status).toBe('flagged');
    expect(four.entry).toBeNull();
    expect(routeOf(four)).toEqual([['province', 'recognise', null]]);
    expect(four.evaluatedBy).toEqual(['province']);
    expect(four.reason.en).toBe(
      '4★: evaluated by province; recognised by the province (The 1–5 July 2025 gap: results are flagged, never guessed.)',
    );
    const three = recognitionPath(3, '2025-07-03');
    expect(three.route).toEqual([]);
    expect(three.flags.map((f) => f.code)).toEqual(['ocop/district-gap']);
    expect(three.reason).toEqual({
      vi: `Hạng 3 sao: ${three.flags[0]?.message.vi}`,
      en: `3★: ${three.flags[0]?.message.en}`,
    });
  });
});

describe('recognitionPath: which date picks the rules', () => {
  it('submitted 21/05/2026, evaluated on 22/05/2026: QĐ 148 + 1489, flagged as transitional', () => {
    const p = recognitionPath(3, '2026-05-22', { submittedOn: '2026-05-21' });
    expect(p.rulesDate).toBe('2026-05-21');
    expect(p.period.id).toBe('QD148_1489_2025');
    expect(p.flags).toEqual([
      flag(
        'ocop/transitional-dossier',
        'Hồ sơ nộp ngày 2026-05-21, trước 2026-05-22: tiếp tục theo quy định giai đoạn 2021–2025 (QĐ 26/2026 Điều 12.2)',
        'Dossier submitted on 2026-05-21, before 2026-05-22: it continues under the 2021–2025 rules (QĐ 26/2026 Art. 12.2)',
      ),
    ]);
  });

  it('submitted on 22/05/2026 itself: QĐ 26/2026, the date asked about picks the rules', () => {
    const p = recognitionPath(3, '2026-06-01', { submittedOn: '2026-05-22' });
    expect(p.rulesDate).toBe('2026-06-01');
    expect(p.period.id).toBe('QD26_2026');
    expect(p.flags).toEqual([]);
  });

  it('submitted and evaluated the same day, before 22/05/2026: no transition', () => {
    const p = recognitionPath(3, '2026-05-21', { submittedOn: '2026-05-21' });
    expect(p.rulesDate).toBe('2026-05-21');
    expect(p.flags).toEqual([]);
  });

  it('earlier changes of rules do not follow the submission date: only the QĐ 26/2026 transition does', () => {
    // Submitted under QĐ 148 with districts (June 2025), evaluated under QĐ 148 + 1489 (August 2025).
    const p = recognitionPath(3, '2025-08-01', { submittedOn: '2025-06-20' });
    expect(p.rulesDate).toBe('2025-08-01');
    expect(p.period.id).toBe('QD148_1489_2025');
    expect(p.recognisedBy).toBe('province');
  });

  it('an invalid submission date points at options.submittedOn', () => {
    expect(() =>
      recognitionPath(3, '2026-06-01', { submittedOn: '2026-02-30' }),
    ).toThrowDomainError('date/invalid', ['options', 'submittedOn']);
  });
});
