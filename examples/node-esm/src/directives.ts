import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { directiveSchedule } from '@ntm/deadlines/phrases';
import type { Directive } from '@ntm/domain';
import { parseDirective } from '@ntm/domain';
import { line, table } from './print.js';

/** Loads and validates a seed directive from examples/directives (the app's embedded data). */
export function loadDirective(id: string): Directive {
  const file = fileURLToPath(new URL(`../../directives/${id}.json`, import.meta.url));
  return parseDirective(JSON.parse(readFileSync(file, 'utf8')));
}

/** Prints every dated item of a directive between two dates, and the tasks without a deadline. */
export function printSchedule(directive: Directive, from: string, to: string): void {
  const schedule = directiveSchedule(directive, { from, to });
  line(`  Bắt đầu tính từ / counted from ${schedule.startsOn}: ${schedule.startsOnReason.vi}`);
  table(
    ['Việc / Task', 'Hạn / Due', 'Theo văn bản / As written', 'Đơn vị thực hiện / Assignee'],
    schedule.items.map((i) => [
      i.taskId,
      i.occurrence.moved
        ? `${i.occurrence.due} (${i.occurrence.nominal} nghỉ / day off)`
        : i.occurrence.due,
      i.deadlineText,
      i.assignees.join('; ').slice(0, 60),
    ]),
  );
  for (const p of schedule.problems)
    line(`  ! ${p.taskId} "${p.deadlineText}": ${p.issues.map((x) => x.message.vi).join('; ')}`);
  if (schedule.undated.length > 0)
    line(`  Việc không ghi hạn / tasks without a deadline: ${schedule.undated.join(', ')}`);
}
