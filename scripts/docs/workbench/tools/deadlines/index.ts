// Hạn chót và lịch / Deadlines and calendar: a directive's schedule and its ICS calendar, the days off of a year, and
// N working days after a date — the `ntm directive schedule`, `ntm deadlines days-off` and `ntm deadlines add`
// commands in the browser.
import { daysOffSection, workingDaysSection } from './calendar.js';
import { scheduleSection } from './schedule.js';

/** Mounts the tool into the page's `<main id="workbench">`. */
export function mount(root: HTMLElement): void {
  root.append(scheduleSection(), workingDaysSection(), daysOffSection());
}
