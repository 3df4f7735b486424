// Each text field of toICS is checked on its own: a control character in one is reported at that field's path,
// and a repeated UID whose local part is empty keeps its domain after the suffix.
import { describe, expect, it } from 'vitest';
import { toICS } from './to-ics.js';

const stamp = '2022-07-26';
const BELL = 'a\u0007b';

describe('toICS names the field that holds a control character', () => {
  it('in the options: prodId, calendarName, the default alarm', () => {
    expect(() => toICS([], { stamp, prodId: BELL })).toThrowDomainError('ics/control-character', [
      'prodId',
    ]);
    expect(() => toICS([], { stamp, calendarName: BELL })).toThrowDomainError(
      'ics/control-character',
      ['calendarName'],
    );
    expect(() => toICS([], { stamp, alarm: { daysBefore: 400 } })).toThrowDomainError(
      'input/too-big',
      ['alarm', 'daysBefore'],
    );
  });

  it('in an event: endDate, uid, description, location, a category, the alarm text', () => {
    const at = (event: object) => () =>
      toICS(
        [
          { date: '2022-10-01', summary: 'x' },
          { date: '2022-10-01', summary: 'y', ...event },
        ],
        {
          stamp,
        },
      );
    expect(at({ endDate: '2022-13-01' })).toThrowDomainError('date/invalid', [
      'events',
      1,
      'endDate',
    ]);
    expect(at({ uid: BELL })).toThrowDomainError('ics/control-character', ['events', 1, 'uid']);
    expect(at({ description: BELL })).toThrowDomainError('ics/control-character', [
      'events',
      1,
      'description',
    ]);
    expect(at({ location: BELL })).toThrowDomainError('ics/control-character', [
      'events',
      1,
      'location',
    ]);
    expect(at({ categories: ['NTM', BELL] })).toThrowDomainError('ics/control-character', [
      'events',
      1,
      'categories',
      1,
    ]);
    expect(at({ alarm: { daysBefore: 1, description: BELL } })).toThrowDomainError(
      'ics/control-character',
      ['events', 1, 'alarm'],
    );
  });
});

describe('toICS numbers a repeated UID before its @', () => {
  it('even when nothing comes before the @', () => {
    const event = { date: '2022-10-01', summary: 'x', uid: '@tinh.gov.vn' };
    const uids = toICS([event, event, event], { stamp })
      .split('\r\n')
      .filter((line) => line.startsWith('UID:'));
    expect(uids).toEqual(['UID:@tinh.gov.vn', 'UID:-2@tinh.gov.vn', 'UID:-3@tinh.gov.vn']);
  });

  it('and at the end when there is no @', () => {
    const event = { date: '2022-10-01', summary: 'x', uid: 'han-bao-cao' };
    const uids = toICS([event, event], { stamp })
      .split('\r\n')
      .filter((line) => line.startsWith('UID:'));
    expect(uids).toEqual(['UID:han-bao-cao', 'UID:han-bao-cao-2']);
  });
});
