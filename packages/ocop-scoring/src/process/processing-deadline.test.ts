import { compareDates, fromDayNumber, type NtmErrorCode, toDayNumber } from '@ntm/domain/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processingDeadline } from './processing-deadline.js';

describe('processingDeadline (QĐ 26/2026)', () => {
  it('cites the article of each period', () => {
    expect(processingDeadline('commune-check', '2026-06-01').basis.article).toBe('Điều 7 khoản 2');
  });

  // Commune checks count 15 working days (Điều 7.2), re-evaluations 45 days moved off a day off (Điều 7.6.g); the day
  // of receipt is not counted. The last column: whether the due day was moved off a day off (and flagged).
  it.each([
    // 2–5, 8–12, 15–19 June are 14 working days; the 15th is Monday 22 June.
    ['commune-check', '2026-06-01', 'a Monday', '2026-06-22', false],
    // 8–12, 15–19, 22–26 June.
    ['commune-check', '2026-06-06', 'a Saturday, counted from the Monday', '2026-06-26', false],
    // 25–28 Aug (4), 3–4 Sep (6), 7–11 Sep (11), 14–17 Sep (15).
    [
      'commune-check',
      '2026-08-24',
      'before the National Day block 29/08–02/09',
      '2026-09-17',
      false,
    ],
    ['re-evaluation', '2026-06-01', 'a working 45th day', '2026-07-16', false],
    // 2026-06-04 + 45 = Sunday 2026-07-19.
    ['re-evaluation', '2026-06-04', 'a 45th day on a Sunday', '2026-07-20', true],
    ['re-evaluation', '2026-07-18', 'a 45th day on National Day 01/09', '2026-09-03', true],
  ] as const)('%s received %s (%s) is due %s; moved: %s', (step, received, _why, due, moved) => {
    const d = processingDeadline(step, received);
    expect(d.due).toBe(due);
    expect(d.flags.some((f) => f.code === 'ocop/due-on-day-off')).toBe(moved);
  });

  // Rounds (Điều 5): evaluated before the 30th of the round's month, so due the 29th, and flagged as such.
  it.each([
    ['province-round', '2026-05-22', '2026-12-29'],
    ['province-round', '2027-04-29', '2027-06-29'],
    ['province-round', '2027-04-30', '2027-12-29'],
    ['province-round', '2027-10-29', '2027-12-29'],
    ['province-round', '2027-10-30', '2028-06-29'],
    ['province-round', '2027-12-31', '2028-06-29'],
    ['central-round', '2026-05-22', '2026-09-29'],
    ['central-round', '2026-07-29', '2026-09-29'],
    ['central-round', '2026-07-30', '2027-03-29'],
    ['central-round', '2027-01-29', '2027-03-29'],
    ['central-round', '2027-01-30', '2027-09-29'],
  ] as const)('%s: proposal of %s → evaluated by %s', (step, received, due) => {
    const d = processingDeadline(step, received);
    expect(d.due).toBe(due);
    expect(d.round?.evaluateBefore).toBe(`${due.slice(0, 8)}30`);
    expect(d.flags.map((f) => f.code)).toContain('ocop/before-is-strict');
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
