import {
  addDays,
  type DateInput,
  describeValue,
  fail,
  type IsoDate,
  isIsoDate,
  normalizeVietnamese,
  parseIsoDate,
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
  if (!Array.isArray(events)) {
    fail('ics/invalid-events', ['events'], {
      vi: 'Danh sách sự kiện phải là một mảng.',
      en: 'Events must be an array.',
    });
  }
  if (typeof options !== 'object' || options === null) {
    fail('ics/invalid-options', ['options'], {
      vi: 'Tùy chọn phải là một đối tượng có stamp.',
      en: 'The options must be an object with a stamp.',
    });
  }
  const stamp = formatStamp(options.stamp);
  const domain = options.uidDomain ?? 'ntm-sdk';
  if (typeof domain !== 'string' || !/^[\w.-]+$/u.test(domain)) {
    fail('ics/invalid-uid-domain', ['uidDomain'], {
      vi: `uidDomain chỉ gồm chữ, số, dấu chấm, gạch ngang (nhận được ${describeValue(domain)}).`,
      en: `uidDomain may contain letters, digits, dots and hyphens only (got ${describeValue(domain)}).`,
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
    if (typeof event !== 'object' || event === null) {
      fail('ics/invalid-event', path, {
        vi: 'Mỗi sự kiện phải là một đối tượng { date, summary }.',
        en: 'Each event must be an object { date, summary }.',
      });
    }
    const start = parseIsoDate(event.date, [...path, 'date']);
    const last =
      event.endDate === undefined ? start : parseIsoDate(event.endDate, [...path, 'endDate']);
    if (last < start) {
      fail('ics/end-before-start', [...path, 'endDate'], {
        vi: `Ngày kết thúc ${last} trước ngày bắt đầu ${start}.`,
        en: `The end date ${last} is before the start date ${start}.`,
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
    if (event.categories !== undefined && !Array.isArray(event.categories)) {
      fail('ics/invalid-text', [...path, 'categories'], {
        vi: 'categories phải là một mảng chuỗi.',
        en: 'categories must be an array of strings.',
      });
    }
    if (event.categories !== undefined && event.categories.length > 0) {
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

function checkAlarm(alarm: IcsAlarm, path: readonly (string | number)[]): IcsAlarm {
  if (typeof alarm !== 'object' || alarm === null) {
    fail('ics/invalid-alarm', path, {
      vi: 'Nhắc hẹn phải là một đối tượng { daysBefore }.',
      en: 'An alarm must be an object { daysBefore }.',
    });
  }
  const days = alarm.daysBefore;
  if (!Number.isInteger(days) || days < 0 || days > 365) {
    fail('ics/invalid-alarm', [...path, 'daysBefore'], {
      vi: `Số ngày nhắc trước phải là số nguyên 0–365 (nhận được ${describeValue(days)}).`,
      en: `daysBefore must be a whole number 0–365 (got ${describeValue(days)}).`,
    });
  }
  return alarm;
}

/** Escapes iCalendar TEXT: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
function text(value: string, path: readonly (string | number)[]): string {
  if (typeof value !== 'string' || hasControlCharacter(value)) {
    fail('ics/invalid-text', path, {
      vi: 'Nội dung phải là chuỗi văn bản, không chứa ký tự điều khiển.',
      en: 'The value must be text without control characters.',
    });
  }
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
  const match = typeof stamp === 'string' ? STAMP.exec(stamp) : null;
  const [hours, minutes, seconds] = match ? [match[2], match[3], match[4]].map(Number) : [];
  if (
    !match ||
    !isIsoDate(match[1]) ||
    hours === undefined ||
    hours > 23 ||
    (minutes ?? 60) > 59 ||
    (seconds ?? 61) > 60
  ) {
    fail('ics/invalid-stamp', ['stamp'], {
      vi: `stamp phải là ngày YYYY-MM-DD hoặc thời điểm UTC YYYY-MM-DDTHH:MM:SSZ (nhận được ${normalizeVietnamese(describeValue(stamp))}).`,
      en: `stamp must be a date YYYY-MM-DD or a UTC time YYYY-MM-DDTHH:MM:SSZ (got ${normalizeVietnamese(describeValue(stamp))}).`,
    });
  }
  return `${compact(match[1] as IsoDate)}T${match[2]}${match[3]}${match[4]}Z`;
}
