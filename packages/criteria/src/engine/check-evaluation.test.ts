import type { IssuePath, NtmErrorCode } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { spoilAt } from '../../../../test/support/paths-of.js';
import { checkCommuneRef, checkEvaluation } from './check-evaluation.js';

/** Every field `checkEvaluation` reads, each list with one element (the checker reads no other field). */
const VALID = {
  year: 2024,
  criteriaMet: 18,
  criteriaTotal: 19,
  criteriaNotMet: 1,
  criteriaCannotEvaluate: 0,
  outcome: 'not-met',
  illustrative: false,
  commune: {
    id: 'quai-cang',
    name: 'Quài Cang',
    district: 'Tuần Giáo',
    province: 'Điện Biên',
    targetYear: 2025,
  },
  criteria: [
    {
      code: '15',
      status: 'not-met',
      name: { vi: 'Y tế', en: 'Health' },
      indicators: [{ code: '15.1', status: 'not-met' }],
    },
  ],
  missingThresholds: [{ indicator: '10', cell: '2024:TDMNPB' }],
  gaps: [{ criterion: '15' }],
  provincial: { level: { id: 'co-ban' }, order: ['dat', 'co-ban'] },
};

const set = (path: IssuePath, value: unknown) => spoilAt(VALID, path, { how: 'set', value });
const without = (path: IssuePath) => spoilAt(VALID, path, { how: 'delete' });

/** The codes and paths of a failed check, at `['evaluations', 3]`. */
const failure = (value: unknown) =>
  issuesOf(() => checkEvaluation(value, ['evaluations', 3])).map((i) => [i.code, i.path]);

const at = (...path: IssuePath) => ['evaluations', 3, ...path];

describe('checkEvaluation', () => {
  it('passes a valid evaluation and its optional parts left out, and returns it as it is', () => {
    expect(checkEvaluation(VALID, ['e'])).toBe(VALID);
    for (const optional of [
      ['commune'],
      ['commune', 'district'],
      ['commune', 'province'],
      ['commune', 'targetYear'],
      ['provincial'],
    ])
      expect(() => checkEvaluation(without(optional), ['e']), optional.join('.')).not.toThrow();
    for (const year of [1900, 2100])
      expect(() => checkEvaluation(set(['year'], year), ['e'])).not.toThrow();
  });

  const damaged: readonly [IssuePath, unknown, NtmErrorCode][] = [
    [[], 'evaluation', 'input/wrong-type'],
    [['year'], 1899, 'input/too-small'],
    [['year'], 2101, 'input/too-big'],
    [['year'], '2024', 'input/wrong-type'],
    [['criteriaMet'], -1, 'input/too-small'],
    [['criteriaTotal'], 1001, 'input/too-big'],
    [['criteriaNotMet'], 0.5, 'input/not-integer'],
    [['criteriaCannotEvaluate'], null, 'input/wrong-type'],
    [['outcome'], 'passed', 'input/not-allowed'],
    [['illustrative'], 'no', 'input/wrong-type'],
    [['commune'], 'quai-cang', 'input/wrong-type'],
    [['commune', 'id'], 7, 'input/wrong-type'],
    [['commune', 'name'], null, 'input/wrong-type'],
    [['commune', 'district'], 7, 'input/wrong-type'],
    [['commune', 'province'], 7, 'input/wrong-type'],
    [['commune', 'targetYear'], 2101, 'input/too-big'],
    [['criteria'], {}, 'input/wrong-type'],
    [['criteria', 0], '15', 'input/wrong-type'],
    [['criteria', 0, 'code'], 15, 'input/wrong-type'],
    [['criteria', 0, 'status'], true, 'input/wrong-type'],
    [['criteria', 0, 'name'], 'Y tế', 'input/wrong-type'],
    [['criteria', 0, 'indicators'], 'none', 'input/wrong-type'],
    [['criteria', 0, 'indicators', 0], 1, 'input/wrong-type'],
    [['criteria', 0, 'indicators', 0, 'code'], 15.1, 'input/wrong-type'],
    [['criteria', 0, 'indicators', 0, 'status'], 0, 'input/wrong-type'],
    [['missingThresholds'], null, 'input/wrong-type'],
    [['missingThresholds', 0], '10', 'input/wrong-type'],
    [['missingThresholds', 0, 'indicator'], 10, 'input/wrong-type'],
    [['missingThresholds', 0, 'cell'], 2024, 'input/wrong-type'],
    [['gaps'], 'none', 'input/wrong-type'],
    [['gaps', 0], '15', 'input/wrong-type'],
    [['gaps', 0, 'criterion'], 15, 'input/wrong-type'],
    [['provincial'], 'co-ban', 'input/wrong-type'],
    [['provincial', 'level'], 'co-ban', 'input/wrong-type'],
    [['provincial', 'level', 'id'], 1, 'input/wrong-type'],
    [['provincial', 'order'], 'dat', 'input/wrong-type'],
    [['provincial', 'order', 1], 2, 'input/wrong-type'],
  ];
  it.each(damaged)('names %j when it is %j', (path, value, code) => {
    expect(failure(set(path, value))).toEqual([[code, at(...path)]]);
  });
});

describe('checkCommuneRef', () => {
  it('returns the commune and names a wrong field at the path given', () => {
    const commune = { id: 'x', name: 'Xã X' };
    expect(checkCommuneRef(commune, ['commune'])).toBe(commune);
    expect(issuesOf(() => checkCommuneRef({ id: 'x' }, ['c'])).map((i) => i.path)).toEqual([
      ['c', 'name'],
    ]);
  });

  it('holds a commune to the shape of CommuneFactsSchema, since results copy it whole (fuzzing)', () => {
    const nfd = 'Điện Biên'.normalize('NFD');
    const full = {
      id: '03274',
      name: 'Xã Quài Cang',
      district: 'Tuần Giáo',
      province: 'Điện Biên',
      targetYear: 2023,
    };
    expect(checkCommuneRef(full, ['commune'])).toBe(full);
    // An unknown field would be copied into the result: a NaN under a province's name was.
    expect(() => checkCommuneRef({ ...full, [nfd]: Number.NaN }, ['commune'])).toThrowDomainError(
      'input/unknown-field',
      ['commune', nfd],
    );
    expect(() => checkCommuneRef({ ...full, province: nfd }, ['commune'])).toThrowDomainError(
      'text/not-nfc',
      ['commune', 'province'],
    );
    expect(() => checkCommuneRef({ ...full, id: '__proto__' }, ['commune'])).toThrowDomainError(
      'key/forbidden',
      ['commune', 'id'],
    );
    expect(() => checkCommuneRef({ ...full, targetYear: 2023.5 }, ['commune'])).toThrowDomainError(
      'input/not-integer',
      ['commune', 'targetYear'],
    );
    expect(() => checkCommuneRef({ ...full, district: undefined }, ['commune'])).toThrowDomainError(
      'input/missing',
      ['commune', 'district'],
    );
  });
});
