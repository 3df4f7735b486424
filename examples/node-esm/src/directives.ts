import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  DEADLINE_RULE_LABELS,
  directiveSchedule,
  directiveStatus,
  type ScheduleItem,
  TASK_STATE_LABELS,
} from '@ntm/deadlines/phrases';
import type { Directive } from '@ntm/domain';
import { parseDirective } from '@ntm/domain';
import type { Bilingual } from '@ntm/domain/core';
import { both, STARTED_TASK, stacked, UNDATED_TASK } from './labels.js';
import { prose, table } from './print.js';

/** Loads and validates a seed directive from examples/directives (the app's embedded data). */
export function loadDirective(id: string): Directive {
  const file = fileURLToPath(new URL(`../../directives/${id}.json`, import.meta.url));
  return parseDirective(JSON.parse(readFileSync(file, 'utf8')));
}

/** What kind of dated item a task has: a start is not a deadline, a recurring report says how often. */
export function kindOf(item: ScheduleItem): Bilingual {
  if (item.occurrence.kind === 'start')
    return { vi: 'bắt đầu (không có hạn)', en: 'start (no deadline)' };
  return item.recurring
    ? {
        vi: `hạn ${DEADLINE_RULE_LABELS[item.rule.kind].vi}`,
        en: `deadline ${DEADLINE_RULE_LABELS[item.rule.kind].en}`,
      }
    : { vi: 'hạn một lần', en: 'one-off deadline' };
}

/**
 * Prints every dated item of a directive between two dates — one row per task, a recurring report with all its
 * dates — and the tasks without a deadline.
 */
export function printSchedule(directive: Directive, from: string, to: string): void {
  const schedule = directiveSchedule(directive, { from, to });
  prose(
    `  Bắt đầu tính từ / counted from ${schedule.startsOn}: ${schedule.startsOnReason.vi} / ${schedule.startsOnReason.en}`,
  );
  const tasks = new Map<string, ScheduleItem[]>();
  for (const i of schedule.items) tasks.set(i.taskId, [...(tasks.get(i.taskId) ?? []), i]);
  const moved = schedule.items.filter((i) => i.occurrence.moved);
  table(
    ['Việc\nTask', 'Ngày\nDate', 'Loại\nKind', 'Theo văn bản\nAs written', 'Thực hiện\nAssignee'],
    [...tasks.values()].map((items) => {
      const first = items[0] as ScheduleItem;
      return [
        first.taskId,
        items
          .map((i) =>
            i.occurrence.kind === 'start'
              ? `từ / from ${i.occurrence.due}`
              : `${i.occurrence.due}${i.occurrence.moved ? ' *' : ''}`,
          )
          .join('\n'),
        stacked(kindOf(first)),
        first.deadlineText,
        first.assignees.join('\n'),
      ];
    }),
    [undefined, undefined, undefined, 40, 30],
  );
  for (const i of moved)
    prose(
      `  * ${i.taskId}: văn bản ghi ${i.occurrence.nominal} (ngày nghỉ), chuyển sang ngày làm việc tiếp theo ${i.occurrence.due} / written as ${i.occurrence.nominal} (a day off), moved to the next working day`,
    );
  for (const p of schedule.problems)
    prose(
      `  ! ${p.taskId} "${p.deadlineText}": ${p.issues.map((x) => both(x.message)).join('; ')}`,
    );
  if (schedule.undated.length > 0)
    prose(`  Việc không ghi hạn / tasks without a deadline: ${schedule.undated.join(', ')}`);
}

/**
 * Prints where each task stands on `asOf` with no report received, read like the CLI's `ntm directive status`: a task
 * without a deadline is "not reported yet" and a start in force is "in force", never "not yet due".
 */
export function printStatus(directive: Directive, asOf: string): void {
  const status = directiveStatus(directive, [], asOf);
  // How each task is dated, up to its last due day even after `asOf`.
  const last = status.tasks.reduce((d, t) => {
    const due = t.dueOn ?? t.next?.due;
    return due !== undefined && due > d ? due : d;
  }, asOf);
  const first = new Map<string, ScheduleItem>();
  for (const i of directiveSchedule(directive, { from: `${directive.signed.year}-01-01`, to: last })
    .items)
    if (!first.has(i.taskId)) first.set(i.taskId, i);
  table(
    ['Việc\nTask', 'Trạng thái\nState', 'Loại hạn\nDeadline kind', 'Hạn\nDue', 'Giải thích\nWhy'],
    status.tasks.map((t) => {
      const item = first.get(t.taskId);
      const start = item?.occurrence.kind === 'start';
      const state =
        t.state === 'due' && start
          ? STARTED_TASK
          : t.state === 'due' && !item
            ? UNDATED_TASK
            : TASK_STATE_LABELS[t.state];
      return [
        t.taskId,
        stacked(state),
        stacked(item ? kindOf(item) : { vi: 'không ghi hạn', en: 'no deadline written' }),
        start ? '—' : (t.dueOn ?? t.next?.due ?? '—'),
        stacked(t.reason),
      ];
    }),
  );
}
