import {
  addDays,
  type DateInput,
  expectAnyString,
  expectArray,
  expectInteger,
  expectRecord,
  expectString,
  fail,
  ICS_ERRORS,
  INPUT_ERRORS,
  type IsoDate,
  type IssuePath,
  isIsoDate,
  PERIOD_ERRORS,
  parseIsoDate,
  received,
} from '@ntm/domain/core';
import { foldLine, hasControlCharacter } from './fold-line.js';
import { stableHash } from './stable-uid.js';

/**
 * A reminder shown before an event (RFC 5545 VALARM, `ACTION:DISPLAY`).
 *
 * @example
 * ```ts
 * const alarm: IcsAlarm = { daysBefore: 3, description: 'Sắp đến hạn báo cáo' };
 * ```
 */
export interface IcsAlarm {
  /** Whole days before the start of the (all-day) event, 0–365; 0 fires at its start. */
  readonly daysBefore: number;
  /** Text of the reminder; defaults to the event's summary. */
  readonly description?: string;
}

/**
 * One all-day event: a deadline, a recurring report date, the start of an obligation.
 *
 * @example
 * ```ts
 * const event: IcsEvent = {
 *   date: '2022-08-04',
 *   summary: 'Gửi kế hoạch MTQG NTM 2022-2025 về UBND huyện',
 *   description: 'Công văn /UBND-NN ngày 26/7/2022 — "trước ngày 05/08/2022"',
 * };
 * ```
 */
export interface IcsEvent {
  /** The day of the event. */
  readonly date: DateInput;
  /** Last day of a multi-day event (inclusive); default: the same day. */
  readonly endDate?: DateInput;
  /** Title. */
  readonly summary: string;
  /** Longer text; line breaks are kept. */
  readonly description?: string;
  /** Place or responsible office. */
  readonly location?: string;
  /** Categories (tags), e.g. `['NTM', 'OCOP']`. */
  readonly categories?: readonly string[];
  /** A UID of your own; default: derived from date, end date and summary, so it is stable across exports. */
  readonly uid?: string;
  /** A reminder for this event; overrides the calendar-wide {@link ToIcsOptions.alarm}. `null` turns it off. */
  readonly alarm?: IcsAlarm | null;
}

/**
 * Options of {@link toICS}.
 *
 * @example
 * ```ts
 * const options: ToIcsOptions = { stamp: '2022-07-26T00:00:00Z', calendarName: 'Hạn chót NTM/OCOP', alarm: { daysBefore: 2 } };
 * ```
 */
export interface ToIcsOptions {
  /**
   * When the file was produced (DTSTAMP, required by RFC 5545): `YYYY-MM-DD` or UTC `YYYY-MM-DDTHH:MM:SSZ`.
   * A parameter, not the clock, so the same input always gives the same file.
   */
  readonly stamp: string;
  /** Right-hand part of generated UIDs (`<hash>@<uidDomain>`). Default `ntm-sdk`. */
  readonly uidDomain?: string;
  /** Calendar name shown by Google Calendar and Outlook (`X-WR-CALNAME`). */
  readonly calendarName?: string;
  /** PRODID. Default `-//ntm-sdk//@ntm/deadlines//VI`. */
  readonly prodId?: string;
  /** A reminder added to every event that does not set its own. */
  readonly alarm?: IcsAlarm;
}

const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/u;
const STAMP_FORMAT = {
  vi: 'ngày YYYY-MM-DD hoặc thời điểm UTC YYYY-MM-DDTHH:MM:SSZ',
  en: 'a date YYYY-MM-DD or a UTC time YYYY-MM-DDTHH:MM:SSZ',
};
const UID_DOMAIN_FORMAT = {
  vi: 'chỉ gồm chữ, số, dấu chấm, gạch ngang',
  en: 'letters, digits, dots and hyphens only',
};

/**
 * Writes events as an iCalendar file (RFC 5545) that Google Calendar, Outlook and Apple Calendar import:
 * all-day events (`DTSTART;VALUE=DATE`, exclusive `DTEND`), stable UIDs, escaped text, lines folded at
 * 75 octets without splitting a UTF-8 character, CRLF line ends, optional reminders (VALARM).
 * Pure: the DTSTAMP comes from `options.stamp`.
 *
 * @remarks Xuất lịch hạn chót (tệp .ics) để nhập vào Google Calendar, Outlook.
 * @example
 * ```ts
 * const ics = toICS(
 *   [{ date: '2022-09-30', summary: 'Hoàn thiện hồ sơ OCOP năm 2022' }],
 *   { stamp: '2022-07-26', calendarName: 'Tuần Giáo — NTM/OCOP', alarm: { daysBefore: 3 } },
 * );
 * // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…'
 * ```
 */
export function toICS(events: readonly IcsEvent[], options: ToIcsOptions): string {
  expectArray(events, ['events']);
  expectRecord(options, ['options']);
  const stamp = formatStamp(options.stamp);
  const domain =
    options.uidDomain === undefined ? 'ntm-sdk' : expectString(options.uidDomain, ['uidDomain']);
  if (!/^[\w.-]+$/u.test(domain)) {
    fail(INPUT_ERRORS['input/invalid-format'], ['uidDomain'], {
      format: UID_DOMAIN_FORMAT,
      received: received(domain),
    });
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${text(options.prodId ?? '-//ntm-sdk//@ntm/deadlines//VI', ['prodId'])}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.calendarName !== undefined) {
    lines.push(`X-WR-CALNAME:${text(options.calendarName, ['calendarName'])}`);
  }
  const defaultAlarm =
    options.alarm === undefined ? undefined : checkAlarm(options.alarm, ['alarm']);
  const used = new Map<string, number>();
  events.forEach((event, index) => {
    const path = ['events', index];
    expectRecord(event, path);
    const start = parseIsoDate(event.date, [...path, 'date']);
    const last =
      event.endDate === undefined ? start : parseIsoDate(event.endDate, [...path, 'endDate']);
    if (last < start) {
      fail(PERIOD_ERRORS['period/end-before-start'], [...path, 'endDate'], {
        start,
        end: last,
      });
    }
    const summary = text(event.summary, [...path, 'summary']);
    const uid = uniqueUid(
      event.uid ?? `${stableHash(`${start}|${last}|${summary}`)}@${domain}`,
      used,
    );
    lines.push(
      'BEGIN:VEVENT',
      `UID:${text(uid, [...path, 'uid'])}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(start)}`,
      `DTEND;VALUE=DATE:${compact(addDays(last, 1))}`,
      `SUMMARY:${summary}`,
    );
    if (event.description !== undefined) {
      lines.push(`DESCRIPTION:${text(event.description, [...path, 'description'])}`);
    }
    if (event.location !== undefined) {
      lines.push(`LOCATION:${text(event.location, [...path, 'location'])}`);
    }
    if (
      event.categories !== undefined &&
      expectArray(event.categories, [...path, 'categories']).length > 0
    ) {
      lines.push(
        `CATEGORIES:${event.categories.map((c: string, i: number) => text(c, [...path, 'categories', i])).join(',')}`,
      );
    }
    // All-day deadlines should not block the day as busy.
    lines.push('TRANSP:TRANSPARENT');
    const alarm =
      event.alarm === null
        ? undefined
        : event.alarm === undefined
          ? defaultAlarm
          : checkAlarm(event.alarm, [...path, 'alarm']);
    if (alarm) {
      const description =
        alarm.description === undefined ? summary : text(alarm.description, [...path, 'alarm']);
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${description}`,
        `TRIGGER:${alarm.daysBefore === 0 ? 'PT0S' : `-P${alarm.daysBefore}D`}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** Two events with the same content would share a UID and one would vanish on import: number the repeats. */
function uniqueUid(uid: string, used: Map<string, number>): string {
  const seen = used.get(uid) ?? 0;
  used.set(uid, seen + 1);
  if (seen === 0) return uid;
  const at = uid.lastIndexOf('@');
  return at < 0 ? `${uid}-${seen + 1}` : `${uid.slice(0, at)}-${seen + 1}${uid.slice(at)}`;
}

function checkAlarm(alarm: IcsAlarm, path: IssuePath): IcsAlarm {
  expectRecord(alarm, path);
  expectInteger(alarm.daysBefore, [...path, 'daysBefore'], { min: 0, max: 365 });
  return alarm;
}

/** Escapes iCalendar TEXT: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
function text(value: string, path: IssuePath): string {
  if (hasControlCharacter(expectAnyString(value, path)))
    fail(ICS_ERRORS['ics/control-character'], path, { received: received(value) });
  return value
    .normalize('NFC')
    .replace(/\\/gu, '\\\\')
    .replace(/;/gu, '\\;')
    .replace(/,/gu, '\\,')
    .replace(/\r\n|\r|\n/gu, '\\n');
}

function compact(date: IsoDate): string {
  return date.replaceAll('-', '');
}

function formatStamp(stamp: DateInput): string {
  if (isIsoDate(stamp)) return `${compact(stamp)}T000000Z`;
  const match = STAMP.exec(expectAnyString(stamp, ['stamp']));
  if (
    !match ||
    !isIsoDate(match[1]) ||
    Number(match[2]) > 23 ||
    Number(match[3]) > 59 ||
    Number(match[4]) > 60
  ) {
    fail(INPUT_ERRORS['input/invalid-format'], ['stamp'], {
      format: STAMP_FORMAT,
      received: received(stamp),
    });
  }
  return `${compact(match[1] as IsoDate)}T${match[2]}${match[3]}${match[4]}Z`;
}
