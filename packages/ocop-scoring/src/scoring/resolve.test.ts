import type { NtmErrorCode } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { QD26_RUBRICS } from '../data/rubrics/generated/qd26-rubrics.js';
import { resolveRubric, versionForDate } from './resolve.js';

const at = (submittedOn: string, kind: 'first' | 'upgrade' | 're-evaluation' = 'first') =>
  resolveRubric('B04', { submittedOn, kind });

describe('resolveRubric: version by submission date', () => {
  it.each([
    ['2019-08-21', 'QD1048_2019'],
    ['2023-02-23', 'QD1048_2019'],
    ['2023-02-24', 'QD148_2023'],
    ['2025-07-05', 'QD148_2023'],
    ['2025-07-06', 'QD148_1489_2025'],
    ['2026-05-21', 'QD148_1489_2025'],
    ['2026-05-22', 'QD26_2026'],
    ['2030-01-01', 'QD26_2026'],
  ])('submitted %s → %s', (date, id) => {
    expect(at(date).version.id).toBe(id);
  });

  it('has no national version before 21/08/2019', () => {
    expect(() => at('2019-08-20')).toThrowDomainError('ocop/before-ocop', ['submittedOn']);
  });

  it('gives the sheet id for QĐ 26/2026 and parts-only for older versions', () => {
    expect(at('2026-06-01')).toMatchObject({ detail: 'full', rubricId: 'QD26_2026-B04' });
    expect(at('2024-06-01')).toMatchObject({ detail: 'parts-only', rubricId: null });
  });

  it('returns the sheet itself when the rubrics are passed', () => {
    const r = resolveRubric('B26', {
      submittedOn: '2026-06-01',
      kind: 'upgrade',
      rubrics: QD26_RUBRICS,
    });
    expect(r.rubric).toBe(QD26_RUBRICS.B26);
  });

  it('applies Điều 12.2: dossiers submitted before 22/05/2026 finish within 60 days (30 for re-evaluation)', () => {
    expect(at('2026-05-21', 'first').transition?.completeBy).toBe('2026-07-21');
    expect(at('2026-05-21', 'upgrade').transition?.completeBy).toBe('2026-07-21');
    // 22/05/2026 + 30 days = 21/06/2026, a Sunday: the period ends on Monday 22/06 (Civil Code art. 148).
    expect(at('2026-05-21', 're-evaluation').transition?.completeBy).toBe('2026-06-22');
    expect(at('2026-05-22').transition).toBeUndefined();
  });

  it.each<[unknown, unknown, NtmErrorCode, (string | number)[]]>([
    [
      'B27',
      { submittedOn: '2026-06-01', kind: 'first' },
      'ocop/unknown-product-set',
      ['productSet'],
    ],
    [4, { submittedOn: '2026-06-01', kind: 'first' }, 'input/wrong-type', ['productSet']],
    ['B04', null, 'input/wrong-type', ['options']],
    ['B04', { submittedOn: '2026-06-31', kind: 'first' }, 'date/invalid', ['submittedOn']],
    ['B04', { submittedOn: '2026-06-01', kind: 'renewal' }, 'input/not-allowed', ['kind']],
    [
      'B04',
      { submittedOn: '2026-06-01', kind: 'first', rubrics: 'QD26' },
      'input/wrong-type',
      ['rubrics'],
    ],
    [
      'B04',
      { submittedOn: '2026-06-01', kind: 'first', rubrics: {} },
      'ocop/rubric-not-found',
      ['rubrics', 'B04'],
    ],
  ])('rejects %s %o with %s', (code, options, errorCode, path) => {
    expect(() => resolveRubric(code as string, options as never)).toThrowDomainError(
      errorCode,
      path,
    );
  });

  it('does not take a sheet from another key ("__proto__", or a sheet filed under the wrong code)', () => {
    const rubrics = JSON.parse('{"__proto__": {}}');
    expect(() =>
      resolveRubric('B04', { submittedOn: '2026-06-01', kind: 'first', rubrics }),
    ).toThrowDomainError('ocop/rubric-not-found', ['rubrics', 'B04']);
    expect(() =>
      resolveRubric('B04', {
        submittedOn: '2026-06-01',
        kind: 'first',
        rubrics: { B04: QD26_RUBRICS.B05 as never },
      }),
    ).toThrowDomainError('ocop/rubric-not-found', ['rubrics', 'B04']);
  });
});

describe('versionForDate', () => {
  it('picks the version in force on the day', () => {
    expect(versionForDate('2025-07-06').amendedBy[0]?.number).toBe('1489/QĐ-TTg');
  });

  // Found by fuzzing: a date before OCOP with a path that is not a list threw "path is not iterable".
  it('refuses a path that is not a list of keys when it has an error to report', () => {
    expect(() => versionForDate('2015-01-01', 0 as never)).toThrowDomainError('input/wrong-type', [
      'path',
    ]);
    expect(() => versionForDate('2015-01-01', ['submittedOn'])).toThrowDomainError(
      'ocop/before-ocop',
      ['submittedOn'],
    );
  });
});
