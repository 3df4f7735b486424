import { createCalendar } from '@ntm/deadlines';
import { addDays, compareDates, fromDayNumber, toDayNumber, weekday } from '@ntm/domain/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificateTimeline } from './certificate-timeline.js';

describe('certificateTimeline', () => {
  it('a certificate decided 2025-06-19 is valid until 2028-06-19 (36 months, QĐ 26/2026 Điều 4.3)', () => {
    const t = certificateTimeline('2025-06-19');
    expect(t.expiresNominally).toBe('2028-06-19');
    expect(t.validUntil).toBe('2028-06-19');
    expect(t.basis.map((b) => b.article)).toContain('Điều 4 khoản 3');
  });

  it('files for re-evaluation from 180 to 120 days before expiry (Điều 7.6.a)', () => {
    const t = certificateTimeline('2025-06-19');
    // 2028-06-19 − 180 days = 2027-12-22; − 120 days = 2028-02-20 (2028 is a leap year: Feb has 29 days).
    expect(t.filingWindow.opens).toBe('2027-12-22');
    expect(t.filingWindow.closes).toBe('2028-02-20');
  });

  it('when the last filing day is a Sunday, the safe working day is the Friday before', () => {
    const t = certificateTimeline('2025-06-19');
    expect(weekday(t.filingWindow.closes)).toBe(0);
    expect(t.filingWindow.lastWorkingDay).toBe('2028-02-18');
    expect(t.flags.map((f) => f.code)).toContain('ocop/filing-closes-on-day-off');
  });

  it('late filers stay valid at most 180 days after expiry (Điều 12.3), flagged as transitional', () => {
    const t = certificateTimeline('2025-06-19');
    // 2028-06-19 + 180 days = 2028-12-16, a Saturday → the next working day, Monday 2028-12-18.
    expect(t.lateFilingValidUntil).toBe('2028-12-18');
    expect(t.flags.map((f) => f.code)).toEqual(
      expect.arrayContaining(['ocop/extension-on-day-off', 'ocop/late-filing-transitional']),
    );
  });

  it('an expiry on a Saturday moves to Monday (Civil Code 148(5)); keep leaves it', () => {
    // 2025-06-17 + 36 months = 2028-06-17, a Saturday.
    const t = certificateTimeline('2025-06-17');
    expect(t.expiresNominally).toBe('2028-06-17');
    expect(t.validUntil).toBe('2028-06-19');
    expect(t.flags.map((f) => f.code)).toContain('ocop/expiry-on-day-off');
    expect(certificateTimeline('2025-06-17', { onNonWorkingDay: 'keep' }).validUntil).toBe(
      '2028-06-17',
    );
    expect(certificateTimeline('2025-06-17', { onNonWorkingDay: 'previous' }).validUntil).toBe(
      '2028-06-16',
    );
  });

  it('an expiry on National Day 2026 (off 29/08–02/09) moves to Thursday 03/09/2026', () => {
    const t = certificateTimeline('2023-09-01');
    expect(t.expiresNominally).toBe('2026-09-01');
    expect(t.validUntil).toBe('2026-09-03');
  });

  it('an expiry in the Tết Bính Ngọ block (14–22/02/2026) moves to Monday 23/02/2026', () => {
    expect(certificateTimeline('2023-02-16').validUntil).toBe('2026-02-23');
  });

  it('a province calendar with an extra day off is honoured', () => {
    // 2028-06-19 is a Monday; a province that takes it off pushes the expiry to Tuesday.
    const calendar = createCalendar({ extraDaysOff: ['2028-06-19'] });
    expect(certificateTimeline('2025-06-19', { calendar }).validUntil).toBe('2028-06-20');
  });

  it('29 February: the 36th month has no such day, so it ends on 28 February (Civil Code 148(3))', () => {
    const t = certificateTimeline('2024-02-29', { onNonWorkingDay: 'keep' });
    expect(t.expiresNominally).toBe('2027-02-28');
    // 2027-02-28 is a Sunday: by default the period ends on Monday 2027-03-01.
    expect(certificateTimeline('2024-02-29').validUntil).toBe('2027-03-01');
  });

  it('works for decisions under every version (36 months reported for earlier ones)', () => {
    expect(certificateTimeline('2020-12-30', { onNonWorkingDay: 'keep' }).validUntil).toBe(
      '2023-12-30',
    );
  });

  it('bad input', () => {
    expect(() => certificateTimeline('2019-01-01')).toThrowDomainError('ocop/before-ocop', [
      'decidedOn',
    ]);
    expect(() => certificateTimeline('2025-13-01')).toThrowDomainError('date/invalid');
    expect(() =>
      certificateTimeline('2025-06-19', { onNonWorkingDay: 'later' as never }),
    ).toThrowDomainError('input/not-allowed', ['options', 'onNonWorkingDay']);
    expect(() =>
      certificateTimeline('2025-06-19', { onNonWorkingDay: null as never }),
    ).toThrowDomainError('input/not-allowed', ['options', 'onNonWorkingDay']);
    expect(() => certificateTimeline('2025-06-19', null as never)).toThrowDomainError(
      'input/wrong-type',
      ['options'],
    );
  });

  const decided = fc
    .integer({ min: toDayNumber('2019-08-21'), max: toDayNumber('2035-12-31') })
    .map((n) => fromDayNumber(n));

  it('property: the filing window opens before it closes, and closes 120 days before expiry', () => {
    fc.assert(
      fc.property(decided, (d) => {
        const t = certificateTimeline(d);
        expect(compareDates(t.filingWindow.opens, t.filingWindow.closes)).toBeLessThan(0);
        expect(compareDates(t.filingWindow.closes, t.validUntil)).toBeLessThan(0);
        expect(
          compareDates(t.filingWindow.lastWorkingDay, t.filingWindow.closes),
        ).toBeLessThanOrEqual(0);
        expect(
          compareDates(t.filingWindow.firstWorkingDay, t.filingWindow.opens),
        ).toBeGreaterThanOrEqual(0);
        expect(addDays(t.filingWindow.closes, 120)).toBe(t.validUntil);
      }),
    );
  });

  it('property: valid-until is never earlier than the decision, and the extension never shortens it', () => {
    fc.assert(
      fc.property(
        decided,
        fc.constantFrom('next', 'previous', 'keep') as fc.Arbitrary<'next'>,
        (d, mode) => {
          const t = certificateTimeline(d, { onNonWorkingDay: mode });
          expect(compareDates(t.validUntil, t.decidedOn)).toBeGreaterThan(0);
          expect(compareDates(t.lateFilingValidUntil, t.validUntil)).toBeGreaterThan(0);
        },
      ),
    );
  });
});
