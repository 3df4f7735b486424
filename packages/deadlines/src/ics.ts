/**
 * `@ntm/deadlines/ics`: calendar export. {@link toICS} writes deadlines as an iCalendar (RFC 5545) file
 * for Google Calendar, Outlook and Apple Calendar.
 *
 * @packageDocumentation
 */
export type { IcsAlarm, IcsEvent, ToIcsOptions } from './ics/to-ics.js';
export { toICS } from './ics/to-ics.js';
