import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../../../test/support/issues-of.js';
import { isDomainError } from '../errors/domain-error.js';
import { findUnit } from '../units.js';
import { DATASET } from './dataset.js';

const OLD = { date: '2020-01-01' } as const;
const NEW = { date: '2026-01-01' } as const;

describe('findUnit by name', () => {
  it.each(['xã Quài Nưa', 'Quài Nưa', 'Xã Quài Nưa'])(
    'with or without the type word: %s',
    (query) => {
      expect(findUnit(query, OLD).code).toBe('03274');
    },
  );

  it('ignores Unicode form, case and tone-mark placement (all hit 03280)', () => {
    for (const q of [
      'Tỏa Tình',
      'Toả Tình',
      'TỎA TÌNH',
      'toa tinh',
      'Tỏa Tình'.normalize('NFD'),
      '  xã   toả tình ',
    ]) {
      expect(findUnit(q, OLD).code).toBe('03280');
    }
  });

  it('falls back to a diacritic-free match: the seed misspelling "Tênh Phong" finds "Tênh Phông"', () => {
    expect(findUnit('Tênh Phong', OLD).fullName).toBe('Xã Tênh Phông');
  });

  it('folds look-alike Đ (U+00D0 eth) pasted for Đ', () => {
    expect(findUnit('\u00D0iện Biên', { ...OLD, level: 'province' }).code).toBe('11');
  });

  it('the type word narrows: "huyện Tân Uyên" vs "thị trấn Tân Uyên" vs "xã Tân Uyên"', () => {
    expect(findUnit('huyện Tân Uyên', OLD).code).toBe('111');
    expect(findUnit('thị trấn Tân Uyên', OLD).code).toBe('03598');
    expect(findUnit('xã Tân Uyên', NEW).code).toBe('03598');
    expect(findUnit('Tân Uyên', { ...OLD, within: '12', level: 'district' }).code).toBe('111');
  });

  it('a name whose first word looks like a type word without its accents is still found (Xá Nhè ≠ xã Nhè)', () => {
    expect(findUnit('Quài Tở', NEW).code).toBe('03295');
    expect(findUnit('Chiềng Đông', { ...OLD, within: '099' }).code).toBe('03299');
  });

  it('returns the unit of the asked date: an old record finds the old unit, a new one today’s', () => {
    expect(findUnit('Chiềng Sinh', { ...OLD, within: '11' }).code).toBe('03298');
    expect(findUnit('Chiềng Sinh', { ...NEW, within: '11' }).code).toBe('03283');
  });

  it('ambiguous names list the candidates', () => {
    const issue = issuesOf(() => findUnit('Tân Uyên', OLD))[0];
    expect(issue?.code).toBe('units/ambiguous');
    expect(issue?.params?.candidates).toEqual(
      expect.arrayContaining(['district:111@-2025-06-30', 'commune:03598@-2025-06-30']),
    );
    expect(issue?.message.vi).toContain('Huyện Tân Uyên');
    expect(issue?.message.en).toContain('Thị trấn Tân Uyên');
  });

  it('a unit asked for on a date it did not exist says when it did and what replaced it', () => {
    const issue = issuesOf(() => findUnit('xã Quài Nưa', NEW))[0];
    expect(issue?.code).toBe('units/not-in-force');
    expect(issue?.message.en).toContain('until 2025-06-30');
    expect(issue?.message.vi).toContain('Xã Tuần Giáo');
    const district = issuesOf(() => findUnit('huyện Tuần Giáo', NEW))[0];
    expect(district?.code).toBe('units/not-in-force');
    expect(district?.message.vi).toContain('Cấp huyện không còn');
  });

  it('property: every unit is found by its full name on its last day, or the error lists it', () => {
    const units = DATASET.units;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: units.length - 1 }),
        fc.constantFrom('NFC', 'NFD', 'upper', 'lower'),
        (index, form) => {
          const unit = units[index];
          if (!unit) return;
          const date = unit.validTo ?? '2027-01-01';
          const text =
            form === 'upper'
              ? unit.fullName.toUpperCase()
              : form === 'lower'
                ? unit.fullName.toLowerCase()
                : unit.fullName.normalize(form);
          try {
            expect(findUnit(text, { date, within: unit.provinceCode }).id).toBe(unit.id);
          } catch (error) {
            if (!isDomainError(error)) throw error;
            expect(error.issues[0]?.code).toBe('units/ambiguous');
            expect(error.issues[0]?.params?.candidates).toContain(unit.id);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('findUnit by code', () => {
  it('returns the version in force on the date', () => {
    expect(findUnit('03260', OLD).name).toBe('Rạng Đông');
    expect(findUnit('03260', NEW).name).toBe('Pú Nhung');
    expect(findUnit(' 099 ', OLD).fullName).toBe('Huyện Tuần Giáo');
  });
});

describe('findUnit errors (vi and en)', () => {
  it.each([
    ['', 'units/empty-query'],
    ['   ', 'units/empty-query'],
    ['!!!', 'units/invalid-query'],
    ['x'.repeat(500), 'units/invalid-query'],
    ['1234', 'units/invalid-code'],
    ['99999', 'units/unknown-code'],
    ['Không Có Xã Này', 'units/unknown-name'],
    ['__proto__', 'units/unknown-name'],
    ['constructor', 'units/unknown-name'],
  ])('%j → %s', (query, code) => {
    const issue = issuesOf(() => findUnit(query, OLD))[0];
    expect(issue?.code).toBe(code);
    expect(issue?.message.vi.length).toBeGreaterThan(10);
    expect(issue?.message.en.length).toBeGreaterThan(10);
  });

  it('a district in 2026', () => {
    expect(issuesOf(() => findUnit('111', NEW))[0]?.code).toBe('units/not-in-force');
  });

  it('bad dates and options', () => {
    expect(issuesOf(() => findUnit('03274', { date: '2020-02-30' }))[0]?.code).toMatch(/^date\//u);
    expect(issuesOf(() => findUnit('03274', undefined as never))[0]?.code).toBe(
      'units/missing-date',
    );
    expect(issuesOf(() => findUnit(42 as never, OLD))[0]?.code).toBe('input/wrong-type');
    expect(issuesOf(() => findUnit('Quài Nưa', { ...OLD, level: 'xa' as never }))[0]?.code).toBe(
      'units/invalid-level',
    );
    expect(issuesOf(() => findUnit('Quài Nưa', { ...OLD, within: '1' }))[0]?.code).toBe(
      'units/invalid-code',
    );
  });
});
