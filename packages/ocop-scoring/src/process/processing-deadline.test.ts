import { compareDates, fromDayNumber, type NtmErrorCode, toDayNumber } from '@ntm/domain/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processingDeadline } from './processing-deadline.js';

describe('processingDeadline (QĐ 26/2026)', () => {
  it('commune: 15 working days, the day of receipt not counted (Điều 7.2)', () => {
    // Received Monday 2026-06-01: 2–5, 8–12, 15–19 June are 14 working days; the 15th is Monday 22 June.
    const d = processingDeadline('commune-check', '2026-06-01');
    expect(d.due).toBe('2026-06-22');
    expect(d.basis.article).toBe('Điều 7 khoản 2');
  });

  it('commune: a dossier received on a Saturday still counts 15 working days from the Monday', () => {
    // Saturday 2026-06-06: 8–12, 15–19, 22–26 June → Friday 26 June.
    expect(processingDeadline('commune-check', '2026-06-06').due).toBe('2026-06-26');
  });

  it('commune: the National Day 2026 block (29/08–02/09) is skipped', () => {
    // Received Monday 24/08: 25–28 Aug (4), 3–4 Sep (6), 7–11 Sep (11), 14–17 Sep (15) → Thursday 17/09/2026.
    expect(processingDeadline('commune-check', '2026-08-24').due).toBe('2026-09-17');
  });

  it('re-evaluation: a 45th day on National Day 01/09/2026 moves past the holiday to 03/09/2026', () => {
    const d = processingDeadline('re-evaluation', '2026-07-18');
    expect(d.due).toBe('2026-09-03');
    expect(d.flags.map((f) => f.code)).toContain('ocop/due-on-day-off');
  });

  it('re-evaluation: 45 days from a complete dossier (Điều 7.6.g)', () => {
    expect(processingDeadline('re-evaluation', '2026-06-01').due).toBe('2026-07-16');
  });

  it('re-evaluation: a 45th day on a Sunday moves to Monday', () => {
    // 2026-06-06 + 45 days = Tuesday 2026-07-21; 2026-06-04 + 45 = Sunday 2026-07-19 → Monday 2026-07-20.
    const d = processingDeadline('re-evaluation', '2026-06-04');
    expect(d.due).toBe('2026-07-20');
    expect(d.flags.map((f) => f.code)).toContain('ocop/due-on-day-off');
  });

  it.each([
    ['2026-05-22', '2026-12-29'],
    ['2027-04-29', '2027-06-29'],
    ['2027-04-30', '2027-12-29'],
    ['2027-10-29', '2027-12-29'],
    ['2027-10-30', '2028-06-29'],
    ['2027-12-31', '2028-06-29'],
  ])('province round: proposal of %s → evaluated by %s (Điều 5)', (received, due) => {
    const d = processingDeadline('province-round', received);
    expect(d.due).toBe(due);
    expect(d.flags.map((f) => f.code)).toContain('ocop/before-is-strict');
  });

  it.each([
    ['2026-05-22', '2026-09-29'],
    ['2026-07-29', '2026-09-29'],
    ['2026-07-30', '2027-03-29'],
    ['2027-01-29', '2027-03-29'],
    ['2027-01-30', '2027-09-29'],
  ])('central round: proposal of %s → evaluated by %s (Điều 5)', (received, due) => {
    const d = processingDeadline('central-round', received);
    expect(d.due).toBe(due);
    expect(d.round?.evaluateBefore).toBe(`${due.slice(0, 8)}30` as typeof d.due);
  });

  it('a round due day on a weekend is flagged, not moved (a fixed date, not a period)', () => {
    // 2027-06-29 is a Tuesday; 2029-12-29 is a Saturday.
    const d = processingDeadline('province-round', '2029-10-01');
    expect(d.due).toBe('2029-12-29');
    expect(d.flags.map((f) => f.code)).toContain('ocop/due-on-day-off');
  });

  it('bad input', () => {
    expect(() => processingDeadline('district-check' as never, '2026-06-01')).toThrowDomainError(
      'input/not-allowed',
      ['step'],
    );
    expect(() => processingDeadline('commune-check', '2026-05-21')).toThrowDomainError(
      'ocop/rule-not-in-force',
      ['receivedOn'],
    );
    expect(() => processingDeadline('commune-check', '2026-02-30')).toThrowDomainError(
      'date/invalid',
    );
    // Raised by the working-day calendar of @ntm/deadlines (which ends in 2100).
    const calendarInvalid = 'calendar/invalid' as NtmErrorCode;
    expect(() => processingDeadline('commune-check', '2026-06-01', {} as never)).toThrowDomainError(
      calendarInvalid,
    );
    expect(() => processingDeadline('re-evaluation', '2026-06-01', {} as never)).toThrowDomainError(
      calendarInvalid,
    );
    expect(() => processingDeadline('commune-check', '2100-12-25')).toThrowDomainError(
      'calendar/out-of-range' as NtmErrorCode,
    );
  });

  it('property: every deadline falls after the day of receipt', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: toDayNumber('2026-05-22'), max: toDayNumber('2035-12-31') })
          .map(fromDayNumber),
        fc.constantFrom(
          'commune-check',
          're-evaluation',
          'province-round',
          'central-round',
        ) as fc.Arbitrary<'commune-check'>,
        (received, step) => {
          expect(compareDates(processingDeadline(step, received).due, received)).toBeGreaterThan(0);
        },
      ),
    );
  });
});
