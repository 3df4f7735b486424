import type { Directive } from '@ntm/domain/core';
import {
  expectAnyString,
  expectArray,
  expectBoolean,
  expectRecord,
  expectString,
  type IssuePath,
  optional,
} from '@ntm/domain/core';
import { checkCalendar } from '../calendar/day-index.js';
import type { WorkingCalendar } from '../calendar/types.js';
import { policyOf } from '../periods/policy.js';

/**
 * Checks the parts of a directive that dating reads: an object with an id, a signing date and a list of tasks, each
 * with an id, an action, a list of assignees and, when it has a deadline, its text. Directives from `parseDirective` always pass; this guards hand-built
 * or JSON-cast objects, which would otherwise crash or date nothing without saying why. Each check raises what
 * parseDirective raises for the same field (check-directive.test.ts holds them together); the directive itself is at
 * `['directive']`, its fields at their own paths.
 */
export function checkDirective(directive: unknown): asserts directive is Directive {
  const d = expectRecord(directive, ['directive']);
  expectAnyString(d.id, ['id']);
  expectRecord(d.signed, ['signed']);
  expectArray(d.tasks, ['tasks']).forEach((item, index) => {
    const path: IssuePath = ['tasks', index];
    const task = expectRecord(item, path);
    expectString(task.id, [...path, 'id']);
    // A schedule shows who does what as written: both must be text.
    expectAnyString(task.action, [...path, 'action']);
    expectArray(task.assignees, [...path, 'assignees']).forEach((assignee, i) => {
      expectAnyString(assignee, [...path, 'assignees', i]);
    });
    if (task.deadline !== undefined) {
      const deadline = expectRecord(task.deadline, [...path, 'deadline']);
      expectString(deadline.text, [...path, 'deadline', 'text']);
    }
  });
}

/**
 * Checks the options of directiveSchedule / directiveStatus up front (absent is allowed when `required` is false): a
 * wrong `onNonWorkingDay`, `inclusive` or `calendar` is the caller's mistake, not a problem of one task, so it must not
 * end up in a task's `problems` nor fall back to a default.
 */
export function checkOptions(options: unknown, required: boolean): void {
  if (options === undefined && !required) return;
  const { onNonWorkingDay, inclusive, calendar } = expectRecord(options, ['options']);
  policyOf(onNonWorkingDay, ['onNonWorkingDay']);
  optional(inclusive, (value) => expectBoolean(value, ['inclusive']));
  if (calendar !== undefined) checkCalendar(calendar as WorkingCalendar);
}
