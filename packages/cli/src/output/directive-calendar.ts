// A directive's deadlines as an ICS calendar: the CLI writes it (`ntm directive schedule --out x.ics`), the docs'
// workbench offers it as a download. Pure: the caller gives the DTSTAMP.
import { toICS } from '@ntm/deadlines/ics';
import type { DirectiveSchedule } from '@ntm/deadlines/phrases';
import type { Directive } from '@ntm/domain';

/**
 * An ICS calendar of a directive's deadlines, one event per dated deadline; a start is not a deadline and stays out.
 * `stamp` is the DTSTAMP (UTC, `20260101T000000Z` or ISO), when the file is written.
 *
 * @example
 * ```ts
 * const ics = directiveCalendar(directive, directiveSchedule(directive, { from, to }), '2026-01-01T00:00:00Z');
 * ```
 */
export function directiveCalendar(
  d: Directive,
  schedule: DirectiveSchedule,
  stamp: string,
): string {
  const events = schedule.items
    .filter((i) => i.occurrence.kind === 'due')
    .map((i) => ({
      uid: `${d.id}-${i.taskId}-${i.occurrence.due}`,
      date: i.occurrence.due,
      summary: `${d.issuer.name} ${d.number} — ${i.taskId}: ${i.action}`.slice(0, 200),
      description: `${i.deadlineText}\n${i.assignees.join('; ')}`,
    }));
  return toICS(events, { stamp, calendarName: `${d.issuer.name} ${d.number}`.trim() });
}
