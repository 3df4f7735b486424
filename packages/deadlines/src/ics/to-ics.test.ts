import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { foldLine, hasControlCharacter, utf8ByteLength } from './fold-line.js';
import { toICS } from './to-ics.js';

const stamp = '2022-07-26T08:30:00Z';

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

describe('toICS', () => {
  // Built inside each test (not when the file is collected), so that coverage per test sees toICS run.
  const build = () =>
    toICS(
      [
        {
          date: '2022-08-04',
          summary:
            'Gửi kế hoạch MTQG xây dựng nông thôn mới giai đoạn 2022-2025 về UBND huyện; phân công nhiệm vụ, BCĐ',
          description:
            'Công văn /UBND-NN ngày 26/7/2022\n"trước ngày 05/08/2022" → hết ngày 04/08/2022',
          location: 'Phòng Nông nghiệp và Phát triển nông thôn, huyện Tuần Giáo',
          categories: ['NTM', 'Tuần Giáo'],
        },
        {
          date: '2022-10-01',
          endDate: '2022-10-31',
          summary: 'Đánh giá sản phẩm OCOP cấp huyện',
          alarm: null,
        },
      ],
      { stamp, calendarName: 'Tuần Giáo — NTM/OCOP 2022', alarm: { daysBefore: 3 } },
    );

  it('parses back with ical.js into all-day events with the same text', () => {
    const { calendar, events } = parse(build());
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Tuần Giáo — NTM/OCOP 2022');
    expect(events).toHaveLength(2);
    const [first, second] = events.map((e) => new ICAL.Event(e));
    expect(first?.startDate.isDate).toBe(true);
    expect(first?.startDate.toString()).toBe('2022-08-04');
    expect(first?.endDate.toString()).toBe('2022-08-05');
    expect(first?.summary).toBe(
      'Gửi kế hoạch MTQG xây dựng nông thôn mới giai đoạn 2022-2025 về UBND huyện; phân công nhiệm vụ, BCĐ',
    );
    expect(first?.description).toBe(
      'Công văn /UBND-NN ngày 26/7/2022\n"trước ngày 05/08/2022" → hết ngày 04/08/2022',
    );
    expect(first?.location).toBe('Phòng Nông nghiệp và Phát triển nông thôn, huyện Tuần Giáo');
    expect(events[0]?.getFirstProperty('categories')?.getValues()).toEqual(['NTM', 'Tuần Giáo']);
    expect(second?.startDate.toString()).toBe('2022-10-01');
    expect(second?.endDate.toString()).toBe('2022-11-01');
    expect(events[0]?.getFirstPropertyValue('dtstamp')?.toString()).toBe('2022-07-26T08:30:00Z');
  });

  it('adds the calendar-wide reminder unless an event turns it off', () => {
    const { events } = parse(build());
    const alarm = events[0]?.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-P3D');
    expect(events[1]?.getFirstSubcomponent('valarm')).toBeNull();
  });

  it('uses CRLF, folds lines at 75 octets without splitting a character, and ends with CRLF', () => {
    const ics = build();
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = ics.split('\r\n');
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of physical) expect(utf8ByteLength(line)).toBeLessThanOrEqual(75);
  });

  it('writes exactly the lines of RFC 5545: header, all-day dates, escaped text, reminders, repeated UIDs', () => {
    const event = { date: '2022-10-01', summary: 'x', uid: 'task-1@tuan-giao' };
    const ics = toICS(
      [
        {
          ...event,
          description: 'a\\b;c,d\r\ne\nf',
          categories: ['NTM', 'A,B'],
          location: 'Xã Quài Tở',
        },
        { ...event, alarm: { daysBefore: 0, description: 'Hôm nay' } },
        { ...event, uid: 'no-domain', alarm: null },
        { ...event, uid: 'no-domain', categories: [] },
      ],
      { stamp: '2022-07-26T23:59:60Z', alarm: { daysBefore: 7 } },
    );
    const event1 = (uid: string) => [
      'BEGIN:VEVENT',
      `UID:${uid}`,
      'DTSTAMP:20220726T235960Z',
      'DTSTART;VALUE=DATE:20221001',
      'DTEND;VALUE=DATE:20221002',
      'SUMMARY:x',
    ];
    const alarm = (description: string, trigger: string) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${description}`,
      `TRIGGER:${trigger}`,
      'END:VALARM',
    ];
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//ntm-sdk//@ntm/deadlines//VI',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      ...event1('task-1@tuan-giao'),
      'DESCRIPTION:a\\\\b\\;c\\,d\\ne\\nf',
      'LOCATION:Xã Quài Tở',
      'CATEGORIES:NTM,A\\,B',
      'TRANSP:TRANSPARENT',
      ...alarm('x', '-P7D'),
      'END:VEVENT',
      ...event1('task-1-2@tuan-giao'),
      'TRANSP:TRANSPARENT',
      ...alarm('Hôm nay', 'PT0S'),
      'END:VEVENT',
      ...event1('no-domain'),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      ...event1('no-domain-2'),
      'TRANSP:TRANSPARENT',
      ...alarm('x', '-P7D'),
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('takes a date or a UTC time as DTSTAMP and refuses impossible times', () => {
    const stampOf = (value: string) =>
      toICS([], { stamp: value, prodId: 'P', calendarName: 'C' }).split('\r\n');
    expect(stampOf('2022-07-26')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:P',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:C',
      'END:VCALENDAR',
      '',
    ]);
    const dtstamp = (value: string) =>
      toICS([{ date: '2022-10-01', summary: 'x' }], { stamp: value })
        .split('\r\n')
        .find((line) => line.startsWith('DTSTAMP:'));
    expect(dtstamp('2022-07-26')).toBe('DTSTAMP:20220726T000000Z');
    expect(dtstamp('2022-07-26T23:59:59Z')).toBe('DTSTAMP:20220726T235959Z');
    for (const bad of [
      '2022-07-26T24:00:00Z',
      '2022-07-26T23:60:00Z',
      '2022-07-26T23:59:61Z',
      '2022-02-30T10:00:00Z',
      '2022-07-26 10:00:00Z',
      '2022-07-26T10:00:00',
    ])
      expect(() => toICS([], { stamp: bad }), bad).toThrowDomainError('input/invalid-format', [
        'stamp',
      ]);
  });

  it('gives stable UIDs: the same event keeps its UID across exports, repeats get a suffix', () => {
    const event = { date: '2020-06-30', summary: 'Báo cáo tiến độ tháng 6' };
    const uidOf = (text: string) => parse(text).events.map((e) => e.getFirstPropertyValue('uid'));
    const once = uidOf(toICS([event], { stamp: '2020-05-01' }));
    const again = uidOf(
      toICS([{ date: '2020-01-01', summary: 'x' }, event], { stamp: '2021-01-01' }),
    );
    expect(again[1]).toBe(once[0]);
    const twice = uidOf(toICS([event, event], { stamp }));
    expect(new Set(twice).size).toBe(2);
    expect(String(twice[1])).toMatch(/-2@ntm-sdk$/);
  });

  it('rejects bad input with errors naming the field', () => {
    const on = (event: object) => [{ date: '2022-10-01', summary: 'x', ...event }];
    expect(() => toICS(on({ date: '2022-02-30' }), { stamp })).toThrowDomainError('date/invalid', [
      'events',
      0,
      'date',
    ]);
    expect(() =>
      toICS(on({ date: '2022-10-31', endDate: '2022-10-01' }), { stamp }),
    ).toThrowDomainError('period/end-before-start', ['events', 0, 'endDate']);
    expect(() => toICS(on({ summary: 'a\u0007b' }), { stamp })).toThrowDomainError(
      'ics/control-character',
      ['events', 0, 'summary'],
    );
    expect(() => toICS(on({ summary: undefined }), { stamp })).toThrowDomainError('input/missing', [
      'events',
      0,
      'summary',
    ]);
    expect(() => toICS(on({ categories: 'NTM' }), { stamp })).toThrowDomainError(
      'input/wrong-type',
      ['events', 0, 'categories'],
    );
    expect(() => toICS(on({ alarm: { daysBefore: -1 } }), { stamp })).toThrowDomainError(
      'input/too-small',
      ['events', 0, 'alarm', 'daysBefore'],
    );
    expect(() => toICS(on({ alarm: 3 }), { stamp })).toThrowDomainError('input/wrong-type', [
      'events',
      0,
      'alarm',
    ]);
  });

  it('refuses a hostile stamp, a null event and a uidDomain that is not a plain name', () => {
    const badToString = JSON.parse('{"toString":"x","valueOf":1}');
    expect(() => toICS([], { stamp: '2022-07-26T25:00:00Z' })).toThrowDomainError(
      'input/invalid-format',
      ['stamp'],
    );
    expect(() => toICS([], { stamp: Object.create(null) })).toThrowDomainError('input/wrong-type', [
      'stamp',
    ]);
    expect(() => toICS([], {} as never)).toThrowDomainError('input/missing', ['stamp']);
    expect(() => toICS([null as never], { stamp })).toThrowDomainError('input/wrong-type', [
      'events',
      0,
    ]);
    expect(() => toICS({} as never, { stamp })).toThrowDomainError('input/wrong-type', ['events']);
    expect(() => toICS([], { stamp, uidDomain: 'a b' })).toThrowDomainError(
      'input/invalid-format',
      ['uidDomain'],
    );
    expect(() => toICS([], { stamp, uidDomain: badToString })).toThrowDomainError(
      'input/wrong-type',
      ['uidDomain'],
    );
    expect(() => toICS([], undefined as never)).toThrowDomainError('input/missing', ['options']);
  });
});

/** UTF-8 octets as the platform counts them: the oracle for foldLine and utf8ByteLength. */
const octets = (text: string) => new TextEncoder().encode(text).length;

describe('foldLine (property)', () => {
  // size 'max': fast-check's default size keeps strings to about ten characters, which never need folding.
  const longText = fc.string({ unit: 'grapheme', maxLength: 400, size: 'max' });

  it('unfolds back to the original, never exceeds 75 octets per line, and fills each line before folding', () => {
    fc.assert(
      fc.property(longText, (value) => {
        const line = `SUMMARY:${value}`;
        const folded = foldLine(line);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
        const physical = folded.split('\r\n');
        for (const [i, part] of physical.entries()) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          if (i > 0) expect(part.startsWith(' ')).toBe(true);
          const next = physical[i + 1];
          // Cut only when the next code point would not fit.
          if (next !== undefined)
            expect(octets(part + String.fromCodePoint(next.codePointAt(1)!))).toBeGreaterThan(75);
        }
        expect(physical.length > 1).toBe(octets(line) > 75);
      }),
    );
  });

  it('cuts at 75 octets and never inside a multi-byte character (RFC 5545 §3.1)', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
    expect(foldLine('a'.repeat(150))).toBe(`${'a'.repeat(75)}\r\n ${'a'.repeat(74)}\r\n a`);
    // 'ệ' is 3 octets: 73 + 3 > 75, so it starts the next line.
    expect(foldLine(`${'a'.repeat(73)}ệ`)).toBe(`${'a'.repeat(73)}\r\n ệ`);
    expect(foldLine(`${'a'.repeat(72)}ệ`)).toBe(`${'a'.repeat(72)}ệ`);
  });

  it('utf8ByteLength counts 1, 2, 3 and 4 octets per code point, as TextEncoder does', () => {
    expect(utf8ByteLength('')).toBe(0);
    expect(utf8ByteLength('\u007f')).toBe(1);
    expect(utf8ByteLength('\u0080')).toBe(2);
    expect(utf8ByteLength('\u07ff')).toBe(2);
    expect(utf8ByteLength('\u0800')).toBe(3);
    expect(utf8ByteLength('\uffff')).toBe(3);
    expect(utf8ByteLength('\u{10000}')).toBe(4);
    expect(utf8ByteLength('Nguyễn 😀')).toBe(octets('Nguyễn 😀'));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200, size: 'max' }), (text) => {
        expect(utf8ByteLength(text)).toBe(octets(text));
      }),
    );
  });

  it('hasControlCharacter: C0 controls and DEL, but not tab, line breaks or printable text', () => {
    for (const text of ['\u0000', '\u0001', '\u001f', '\u007f', 'abc\u0008', 'x\u001bx'])
      expect(hasControlCharacter(text), JSON.stringify(text)).toBe(true);
    for (const text of ['', '\t', '\n', '\r', ' ', '~', '\u0080', 'Tuần Giáo\r\n\tx'])
      expect(hasControlCharacter(text), JSON.stringify(text)).toBe(false);
  });

  it('any summary round-trips through ical.js', () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 200 })
          .filter((s) => !hasControlCharacter(s) && !/[\r\n]/.test(s)),
        (summary) => {
          const { events } = parse(toICS([{ date: '2022-10-01', summary }], { stamp }));
          expect(events[0]?.getFirstPropertyValue('summary')).toBe(summary.normalize('NFC'));
        },
      ),
      { numRuns: 200 },
    );
  });
});
