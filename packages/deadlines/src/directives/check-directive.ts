import type { Directive } from '@ntm/domain/core';
import { describeValue, fail } from '@ntm/domain/core';
import { checkCalendar } from '../calendar/day-index.js';
import type { WorkingCalendar } from '../calendar/types.js';

/**
 * Checks the parts of a directive that dating reads: an object with an id, a signing date and a list of tasks, each
 * with an id and, when it has a deadline, its text. Directives from `parseDirective` always pass; this guards hand-built
 * or JSON-cast objects, which would otherwise crash or date nothing without saying why.
 */
export function checkDirective(directive: unknown): asserts directive is Directive {
  const d = directive as Partial<Directive> | null;
  if (
    typeof d !== 'object' ||
    d === null ||
    typeof d.id !== 'string' ||
    typeof d.signed !== 'object' ||
    d.signed === null ||
    !Array.isArray(d.tasks)
  ) {
    fail('deadlines/invalid-directive', ['directive'], {
      vi: 'Văn bản chỉ đạo không hợp lệ: hãy đọc nó bằng parseDirective (cần id, signed, tasks).',
      en: 'Invalid directive: read it with parseDirective (id, signed and tasks are required).',
    });
  }
  d.tasks.forEach((task, index) => {
    const deadline = (task as Partial<typeof task> | null)?.deadline;
    if (
      typeof task !== 'object' ||
      task === null ||
      typeof task.id !== 'string' ||
      (deadline !== undefined &&
        (typeof deadline !== 'object' || deadline === null || typeof deadline.text !== 'string'))
    ) {
      fail('deadlines/invalid-directive', ['tasks', index], {
        vi: 'Nhiệm vụ không hợp lệ: cần id và, nếu có hạn, deadline.text.',
        en: 'Invalid task: an id is required and, with a deadline, deadline.text.',
      });
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
  if (typeof options !== 'object' || options === null) {
    fail('deadlines/invalid-option', ['options'], {
      vi: 'Tùy chọn phải là một đối tượng.',
      en: 'The options must be an object.',
    });
  }
  const { onNonWorkingDay, inclusive, calendar } = options as {
    onNonWorkingDay?: unknown;
    inclusive?: unknown;
    calendar?: unknown;
  };
  if (
    onNonWorkingDay !== undefined &&
    onNonWorkingDay !== 'next' &&
    onNonWorkingDay !== 'previous' &&
    onNonWorkingDay !== 'keep'
  ) {
    fail('deadlines/invalid-option', ['onNonWorkingDay'], {
      vi: `onNonWorkingDay phải là 'next', 'previous' hoặc 'keep' (nhận được ${describeValue(onNonWorkingDay)}).`,
      en: `onNonWorkingDay must be 'next', 'previous' or 'keep' (got ${describeValue(onNonWorkingDay)}).`,
    });
  }
  if (inclusive !== undefined && typeof inclusive !== 'boolean') {
    fail('deadlines/invalid-option', ['inclusive'], {
      vi: 'Tùy chọn inclusive phải là true hoặc false.',
      en: 'The inclusive option must be true or false.',
    });
  }
  if (calendar !== undefined) checkCalendar(calendar as WorkingCalendar);
}
