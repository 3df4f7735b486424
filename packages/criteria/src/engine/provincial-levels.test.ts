// Provincial outcome levels of a criterion and a commune, decided only when the unknown indicators cannot change them
// (illustrative levels of the Điện Biên example: "đạt chuẩn" with no indicator unmet, "cơ bản đạt" with one).
import type { ProvinceOutcomeLevels } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import type { NtmCriterionResult } from './evaluation.js';
import { communeLevel, criterionLevel } from './provincial-levels.js';
import { REASONS } from './reasons.js';

/** A level as the functions return it: its id and its name (the same text in both languages here). */
const level = (id: string, vi: string) => ({ id, name: { vi, en: vi } });
const DAT = level('dat', 'Đạt');
const CHUA = level('chua', 'Chưa');
const LEVELS = {
  illustrative: true,
  criterion: [
    { ...level('dat-chuan', 'Đạt chuẩn'), maxIndicatorsNotMet: 0 },
    { ...level('co-ban-dat', 'Cơ bản đạt'), maxIndicatorsNotMet: 1 },
  ],
  criterionFallback: level('chua-dat', 'Chưa đạt'),
  commune: [
    { ...DAT, requires: [{ level: 'dat-chuan', min: 3 }] },
    {
      ...level('co-ban', 'Cơ bản'),
      requires: [
        { level: 'dat-chuan', min: 1 },
        { level: 'co-ban-dat', min: 3 },
      ],
    },
  ],
  communeFallback: CHUA,
} as unknown as ProvinceOutcomeLevels;
const UNDECIDED = { id: 'cannot-evaluate', name: REASONS.undecided };
const criteria = (...ids: (string | undefined)[]) =>
  ids.map((id) =>
    id === undefined ? {} : { provincialLevel: { id } },
  ) as unknown as NtmCriterionResult[];

describe('criterionLevel', () => {
  it('is undecided for a criterion with no indicators, whatever its counts', () => {
    expect(criterionLevel(LEVELS, 0, 0, true)).toEqual(UNDECIDED);
  });
  it('gives the first level that holds counting unknowns as unmet', () => {
    expect(criterionLevel(LEVELS, 0, 0, false)).toEqual(level('dat-chuan', 'Đạt chuẩn'));
    expect(criterionLevel(LEVELS, 1, 0, false)).toEqual(level('co-ban-dat', 'Cơ bản đạt'));
    expect(criterionLevel(LEVELS, 0, 1, false)).toEqual(UNDECIDED);
    expect(criterionLevel(LEVELS, 2, 0, false)).toEqual(level('chua-dat', 'Chưa đạt'));
  });
});

describe('communeLevel', () => {
  it('counts a criterion of a better level towards a lower requirement', () => {
    expect(communeLevel(LEVELS, criteria('dat-chuan', 'dat-chuan', 'dat-chuan'))).toEqual(DAT);
    expect(communeLevel(LEVELS, criteria('dat-chuan', 'co-ban-dat', 'co-ban-dat'))).toEqual(
      level('co-ban', 'Cơ bản'),
    );
  });
  it('is undecided when the undecided criteria could still reach a level, and falls back when none can', () => {
    expect(communeLevel(LEVELS, criteria('dat-chuan', 'dat-chuan', 'cannot-evaluate'))).toEqual(
      UNDECIDED,
    );
    expect(communeLevel(LEVELS, criteria('dat-chuan', 'dat-chuan', undefined))).toEqual(UNDECIDED);
    expect(communeLevel(LEVELS, criteria('chua-dat', 'co-ban-dat', 'co-ban-dat'))).toEqual(CHUA);
    expect(communeLevel(LEVELS, criteria('dat-chuan', 'chua-dat', 'co-ban-dat'))).toEqual(CHUA);
  });
  it('counts nothing towards a level the province does not define', () => {
    const odd = {
      ...LEVELS,
      commune: [{ ...level('x', 'X'), requires: [{ level: 'khac', min: 1 }] }],
    } as unknown as ProvinceOutcomeLevels;
    expect(communeLevel(odd, criteria('dat-chuan'))).toEqual(CHUA);
  });
});
