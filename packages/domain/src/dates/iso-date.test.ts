import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors/domain-error.js';
import { fromDateParts, isIsoDate, parseIsoDate, toDateParts } from './iso-date.js';

function issueOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (isDomainError(error)) return error.issues[0];
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('parseIsoDate', () => {
  it('accepts existing dates, including 29 February of leap years', () => {
    expect(parseIsoDate('2022-07-26')).toBe('2022-07-26');
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
  });

  it.each([
    ['2022-02-30'],
    ['2022-04-31'],
    ['2022-13-01'],
    ['2022-00-10'],
    ['22-07-26'],
    ['2022-7-26'],
    [' 2022-07-26'],
    [''],
    [null],
    [undefined],
    [1e308],
    [Number.NaN],
    [{}],
    [20220726],
  ])('rejects %s with a typed, bilingual issue naming the field', (value) => {
    const issue = issueOf(() => parseIsoDate(value, ['signedOn']));
    expect(issue?.code).toBe('date/invalid');
    expect(issue?.path).toEqual(['signedOn']);
    expect(issue?.message.vi).toMatch(/Ngày không hợp lệ/);
    expect(issue?.message.en).toMatch(/Invalid date/);
  });

  it('round-trips through its parts for every generated date', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2100-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          // toISOString is UTC, so the generated day does not depend on the host time zone.
          const iso = d.toISOString().slice(0, 10);
          expect(fromDateParts(toDateParts(iso))).toBe(iso);
        },
      ),
    );
  });

  it('rejects parts that do not make a date', () => {
    expect(issueOf(() => fromDateParts({ year: 2025, month: 2, day: 31 }))?.code).toBe(
      'date/invalid',
    );
    expect(issueOf(() => fromDateParts({ year: 2025, month: 1.5, day: 1 }))?.code).toBe(
      'date/invalid',
    );
  });

  // Found by fuzzing: both threw a TypeError ("path is not iterable", destructuring null).
  it('refuses a path that is not a list of keys, and parts that are not an object', () => {
    expect(() => parseIsoDate('2022-02-30', 0 as never)).toThrowDomainError('input/wrong-type', [
      'path',
    ]);
    expect(() => fromDateParts({ year: 2022, month: 1, day: 1 }, 0 as never)).toThrowDomainError(
      'input/wrong-type',
      ['path'],
    );
    expect(() => fromDateParts(null as never, ['signed'])).toThrowDomainError('input/wrong-type', [
      'signed',
    ]);
    // A valid date never reads its path.
    expect(parseIsoDate('2022-07-26', 0 as never)).toBe('2022-07-26');
  });
});
