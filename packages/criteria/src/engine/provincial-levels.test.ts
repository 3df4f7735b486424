// Provincial outcome levels of a criterion and a commune, decided only when the unknown indicators cannot change them
// (illustrative levels of the Điện Biên example: "đạt chuẩn" with no indicator unmet, "cơ bản đạt" with one).
import type { ProvinceOutcomeLevels } from '@ntm/domain/core';
import { describe, expect, it } from 'vitest';
import type { NtmCriterionResult } from './evaluation.js';
import { communeLevel, criterionLevel } from './provincial-levels.js';
import { REASONS } from './reasons.js';

const name = (vi: string) => ({ vi, en: vi });
const LEVELS = {
  illustrative: true,
  criterion: [
    { id: 'dat-chuan', name: name('Đạt chuẩn'), maxIndicatorsNotMet: 0 },
    { id: 'co-ban-dat', name: name('Cơ bản đạt'), maxIndicatorsNotMet: 1 },
  ],
  criterionFallback: { id: 'chua-dat', name: name('Chưa đạt') },
  commune: [
    { id: 'dat', name: name('Đạt'), requires: [{ level: 'dat-chuan', min: 3 }] },
    {
      id: 'co-ban',
      name: name('Cơ bản'),
      requires: [
        { level: 'dat-chuan', min: 1 },
        { level: 'co-ban-dat', min: 3 },
      ],
    },
  ],
  communeFallback: { id: 'chua', name: name('Chưa') },
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
    expect(criterionLevel(LEVELS, 0, 0, false)).toEqual({
      id: 'dat-chuan',
      name: name('Đạt chuẩn'),
    });
    expect(criterionLevel(LEVELS, 1, 0, false)).toEqual({
      id: 'co-ban-dat',
      name: name('Cơ bản đạt'),
    });
    expect(criterionLevel(LEVELS, 0, 1, false)).toEqual(UNDECIDED);
    expect(criterionLevel(LEVELS, 2, 0, false)).toEqual({ id: 'chua-dat', name: name('Chưa đạt') });
  });
});

describe('communeLevel', () => {
  it('counts a criterion of a better level towards a lower requirement', () => {
    expect(communeLevel(LEVELS, criteria('dat-chuan', 'dat-chuan', 'dat-chuan'))).toEqual({
      id: 'dat',
      name: name('Đạt'),
    });
    expect(communeLevel(LEVELS, criteria('dat-chuan', 'co-ban-dat', 'co-ban-dat'))).toEqual({
      id: 'co-ban',
      name: name('Cơ bản'),
    });
  });
  it('is undecided when the undecided criteria could still reach a level, and falls back when none can', () => {
    expect(communeLevel(LEVELS, criteria('dat-chuan', 'dat-chuan', 'cannot-evaluate'))).toEqual(
      UNDECIDED,
    );
    expect(communeLevel(LEVELS, criteria('dat-chuan', 'dat-chuan', undefined))).toEqual(UNDECIDED);
    expect(communeLevel(LEVELS, criteria('chua-dat', 'co-ban-dat', 'co-ban-dat'))).toEqual({
      id: 'chua',
      name: name('Chưa'),
    });
    expect(communeLevel(LEVELS, criteria('dat-chuan', 'chua-dat', 'co-ban-dat'))).toEqual({
      id: 'chua',
      name: name('Chưa'),
    });
  });
  it('counts nothing towards a level the province does not define', () => {
    const odd = {
      ...LEVELS,
      commune: [{ id: 'x', name: name('X'), requires: [{ level: 'khac', min: 1 }] }],
    } as unknown as ProvinceOutcomeLevels;
    expect(communeLevel(odd, criteria('dat-chuan'))).toEqual({ id: 'chua', name: name('Chưa') });
  });
});
