/*
 * @ntm/domain/units: indexed lookups against a linear scan over the same 14,160 unit versions.
 * The scan gets precomputed keys too, so the comparison is index vs no index, not key computation.
 */
import { nameKey } from '@ntm/domain/core';
import { findUnit } from '@ntm/domain/units';
import { bench, describe } from 'vitest';
import { DATASET } from '../packages/domain/src/units/dataset.js';

const units = DATASET.units;
const keys = units.map((unit) => nameKey(unit.name));
const date = '2020-01-01';
const inForce = (i: number) => {
  const unit = units[i];
  return (
    unit !== undefined &&
    (unit.validFrom === undefined || date >= unit.validFrom) &&
    (unit.validTo === undefined || date <= unit.validTo)
  );
};

describe('name search: "xã Quài Nưa" on 2020-01-01', () => {
  bench('findUnit (name index)', () => {
    findUnit('xã Quài Nưa', { date });
  });
  bench('linear scan (precomputed keys)', () => {
    const key = nameKey('Quài Nưa');
    const found = [];
    for (let i = 0; i < units.length; i += 1) {
      if (keys[i] === key && units[i]?.type === 'xa' && inForce(i)) found.push(units[i]);
    }
    if (found.length !== 1) throw new Error('scan failed');
  });
});

describe('diacritic-free fallback: "toa tinh"', () => {
  bench('findUnit (name index, diacritic-free)', () => {
    findUnit('toa tinh', { date });
  });
});

describe('code lookup: "03260" on 2026-01-01', () => {
  bench('findUnit (code map)', () => {
    findUnit('03260', { date: '2026-01-01' });
  });
  bench('linear scan', () => {
    const d = '2026-01-01';
    const found = units.find(
      (u) =>
        u.code === '03260' &&
        (u.validFrom === undefined || d >= u.validFrom) &&
        (u.validTo === undefined || d <= u.validTo),
    );
    if (!found) throw new Error('scan failed');
  });
});
