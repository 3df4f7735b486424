// resolveRubric's reason and transition word for word per version (QĐ 1048 + 781, 148, 148 + 1489, 26/2026), and
// the QĐ 26/2026 Điều 12.2 windows: 60 days for a first or upgrade evaluation, 30 for a re-evaluation, from 22/05/2026.
import type { OcopEvaluationKind } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { QD26_RUBRICS } from '../data/rubrics/generated/qd26-rubrics.js';
import { resolveRubric } from './resolve.js';

const transition = (days: number, completeBy: string) => ({
  article: '26/2026/QĐ-TTg Điều 12 khoản 2',
  completeBy,
  reason: {
    vi: `Hồ sơ nộp trước 2026-05-22 tiếp tục đánh giá theo quy định giai đoạn 2021–2025, hoàn thành trong ${days} ngày kể từ 2026-05-22`,
    en: `Dossiers submitted before 2026-05-22 continue under the 2021–2025 rules and must be completed within ${days} days of 2026-05-22`,
  },
});

/** resolveRubric's reason: the day the dossier was submitted and the decision that applies, as amended. */
const applies = (submittedOn: string, decision: string, amendedBy?: string) => ({
  vi: `Hồ sơ nộp ngày ${submittedOn}: áp dụng ${decision}${amendedBy ? ` (sửa đổi bởi ${amendedBy})` : ''}`,
  en: `Dossier submitted on ${submittedOn}: ${decision}${amendedBy ? ` (as amended by ${amendedBy})` : ''} applies`,
});

/** The B04 sheet for a dossier submitted on `submittedOn`, with the given sheets if any. */
const resolveB04 = (submittedOn: string, kind: OcopEvaluationKind, rubrics?: typeof QD26_RUBRICS) =>
  resolveRubric('B04', { submittedOn, kind, ...(rubrics === undefined ? {} : { rubrics }) });

describe('resolveRubric: reason and transition', () => {
  it('QĐ 1048 as amended by 781 (July 2020): no QĐ 26/2026 transition for a dossier of that era', () => {
    const r = resolveB04('2020-07-10', 'first');
    expect(r.version.id).toBe('QD1048_2019');
    expect(r.transition).toBeUndefined();
    expect(r.reason).toEqual(applies('2020-07-10', '1048/QĐ-TTg', '781/QĐ-TTg'));
  });

  it('QĐ 1048 before 781 was signed (10/01/2020): the reason names 1048 alone', () => {
    const r = resolveB04('2020-01-10', 'first');
    expect(r.version.id).toBe('QD1048_2019');
    expect(r.reason).toEqual(applies('2020-01-10', '1048/QĐ-TTg'));
  });

  it('QĐ 781 counts from the day it was signed (08/06/2020), not the day before', () => {
    const before = resolveB04('2020-06-07', 'first');
    const on = resolveB04('2020-06-08', 'first');
    expect(before.reason.en).toBe('Dossier submitted on 2020-06-07: 1048/QĐ-TTg applies');
    expect(on.reason.en).toBe(
      'Dossier submitted on 2020-06-08: 1048/QĐ-TTg (as amended by 781/QĐ-TTg) applies',
    );
  });

  it('QĐ 148 (2024): parts only, finishes under the old rules within 60 days of 22/05/2026', () => {
    const r = resolveB04('2024-01-10', 'first');
    expect(r.rubricId).toBeNull();
    expect(r.transition).toEqual(transition(60, '2026-07-21'));
    expect(r.reason).toEqual(applies('2024-01-10', '148/QĐ-TTg'));
  });

  it('QĐ 148 + 1489, a re-evaluation submitted 21/05/2026: within 30 days', () => {
    const r = resolveB04('2026-05-21', 're-evaluation');
    expect(r.transition).toEqual(transition(30, '2026-06-22'));
    expect(r.reason).toEqual(applies('2026-05-21', '148/QĐ-TTg', '1489/QĐ-TTg'));
  });

  it('QĐ 26/2026: the sheet itself, no transition', () => {
    const r = resolveB04('2026-06-01', 'first', QD26_RUBRICS);
    expect(r.rubricId).toBe('QD26_2026-B04');
    expect(r.rubric?.id).toBe('QD26_2026-B04');
    expect(r.transition).toBeUndefined();
    expect(r.reason).toEqual(applies('2026-06-01', '26/2026/QĐ-TTg'));
  });

  it('sheets given for a version known by its parts only are not looked up', () => {
    const r = resolveB04('2024-01-10', 'first', QD26_RUBRICS);
    expect(r.rubricId).toBeNull();
    expect('rubric' in r).toBe(false);
  });
});
