/**
 * `@ntm/deadlines/phrases`: deadlines written in words, and directives as schedules.
 * {@link parseDeadline} reads "trước ngày 05/08/2022", "Ngày 30 hàng tháng", "trong tháng 10/2022" … into a
 * `DeadlineRule`; {@link occurrences} dates it on the working-day calendar; {@link directiveSchedule} and
 * {@link directiveStatus} turn a whole directive into a calendar and a list of what is overdue.
 *
 * @packageDocumentation
 */
export type {
  DirectiveSchedule,
  ScheduleItem,
  ScheduleOptions,
  ScheduleProblem,
} from './directives/directive-schedule.js';
export { directiveSchedule } from './directives/directive-schedule.js';
export type {
  DirectiveStatus,
  StatusOptions,
  TaskReport,
  TaskState,
  TaskStatus,
} from './directives/directive-status.js';
export { directiveStatus } from './directives/directive-status.js';
export {
  DEADLINE_RULE_LABELS,
  OCCURRENCE_KIND_LABELS,
  READING_STATUS_LABELS,
  TASK_STATE_LABELS,
} from './phrases/labels.js';
export { monthlyOn } from './phrases/monthly-on.js';
export type { DeadlineOccurrence, OccurrenceOptions } from './phrases/occurrences.js';
export { occurrences } from './phrases/occurrences.js';
export type { ParseDeadlineOptions } from './phrases/parse-deadline.js';
export { parseDeadline } from './phrases/parse-deadline.js';
