import {
  DEADLINE_RULE_LABELS,
  directiveSchedule,
  directiveStatus,
  TASK_STATE_LABELS,
  type TaskReport,
  type TaskState,
} from '@ntm/deadlines/phrases';
import type { IsoDate } from '@ntm/domain/core';
import { INPUT_ERRORS, received } from '@ntm/domain/core';
import { inputFail } from '../../cli-error.js';
import type { Command, Ctx } from '../../context.js';
import { cellDate } from '../../io/cells.js';
import { inJsonFile } from '../../io/plain-issues.js';
import { readJson } from '../../io/read-json.js';
import { type OutputOptions, outputOptions, writeResult } from '../../output/destination.js';
import { itemSheet } from '../../output/report.js';
import { directiveLeaf, directiveTitle, loadDirective } from './load.js';

/**
 * `ntm directive status <directive> --as-of <date>`: each task done, not yet due, or overdue (exit code 1).
 *
 * @example
 * ```ts
 * registerStatus(ctx, directive);
 * ```
 */
export function registerStatus(ctx: Ctx, directive: Command): Command {
  return outputOptions(ctx, directiveLeaf(ctx, directive, 'status')).action(
    async (file: string, opts: OutputOptions & { asOf: IsoDate; reports?: string }) => {
      const d = await loadDirective(ctx, file);
      const reports = opts.reports === undefined ? [] : await readReports(ctx, opts.reports);
      const status = inJsonFile(
        opts.reports ?? file,
        () => directiveStatus(d, reports, opts.asOf),
        {
          drop: 'reports',
        },
      );
      if (status.tasks.some((t) => t.state === 'overdue')) ctx.finding();
      // How each task is dated, from the schedule up to the review day or the last due date still ahead of it (a task
      // due after the review day is dated all the same): a start is not a deadline.
      const schedule = inJsonFile(file, () =>
        directiveSchedule(d, {
          from: `${d.signed.year}-01-01`,
          to: lastDueDate(status.tasks, opts.asOf),
        }),
      );
      const kinds = new Map<string, string>();
      for (const i of schedule.items)
        if (!kinds.has(i.taskId))
          kinds.set(
            i.taskId,
            i.occurrence.kind === 'start'
              ? ctx.t({
                  vi: 'áp dụng từ một ngày, không có hạn',
                  en: 'applies from a day, no deadline',
                })
              : i.recurring
                ? ctx.t(DEADLINE_RULE_LABELS[i.rule.kind])
                : ctx.t({ vi: 'một lần', en: 'once' }),
          );
      const starts = new Set(
        schedule.items.filter((i) => i.occurrence.kind === 'start').map((i) => i.taskId),
      );
      await writeResult(ctx, opts, {
        fileName: () => `${d.id}-tinh-hinh.xlsx`,
        json: () => status,
        report: () => ({
          title: [
            `${directiveTitle(ctx, d)} — ${ctx.t({ vi: 'tình hình ngày', en: 'as of' })} ${ctx.date(opts.asOf)}`,
          ],
          sheets: [
            itemSheet({ vi: 'Tình hình', en: 'Status' }, status.tasks, [
              ['Việc', 'Task', 6, (t) => t.taskId],
              [
                'Trạng thái',
                'State',
                14,
                (t) => stateText(ctx, t.state, starts.has(t.taskId), kinds.has(t.taskId)),
              ],
              [
                'Loại hạn',
                'Deadline kind',
                18,
                (t) =>
                  kinds.get(t.taskId) ?? ctx.t({ vi: 'không ghi hạn', en: 'no deadline written' }),
              ],
              [
                'Hạn',
                'Due',
                12,
                (t) => (starts.has(t.taskId) ? null : (t.dueOn ?? t.next?.due ?? null)),
                'date',
              ],
              ['Đã báo cáo', 'Reported', 12, (t) => t.doneOn ?? null, 'date'],
              ['Giải thích', 'Why', 60, (t) => ctx.text(t.reason)],
            ]),
          ],
        }),
      });
    },
  );
}

/** The latest of `asOf` and every task's due date (`dueOn`, or the next one of a recurring task). */
function lastDueDate(
  tasks: readonly { readonly dueOn?: IsoDate; readonly next?: { readonly due: IsoDate } }[],
  asOf: IsoDate,
): IsoDate {
  let last = asOf;
  for (const t of tasks) {
    const due = t.dueOn ?? t.next?.due;
    if (due !== undefined && due > last) last = due;
  }
  return last;
}

/** A task's state in words: a start in force and an undated task are not "not yet due". */
function stateText(ctx: Ctx, state: TaskState, start: boolean, dated: boolean): string {
  if (state === 'due' && start) return ctx.t({ vi: 'đang áp dụng', en: 'in force' });
  if (state === 'due' && !dated) return ctx.t({ vi: 'chưa báo cáo', en: 'not reported yet' });
  return ctx.t(TASK_STATE_LABELS[state]);
}

/** The reports file: a JSON array of `{ taskId, on, period? }`, dates as `YYYY-MM-DD` or `dd/mm/yyyy`. */
async function readReports(ctx: Ctx, file: string): Promise<TaskReport[]> {
  const data = await readJson(ctx.files, file);
  if (!Array.isArray(data))
    inputFail(
      INPUT_ERRORS['input/wrong-type'],
      { file },
      {
        expected: {
          vi: 'một danh sách JSON, ví dụ [{ "taskId": "3.2", "on": "03/08/2022" }]',
          en: 'a JSON list, e.g. [{ "taskId": "3.2", "on": "2022-08-03" }]',
        },
        received: received(data),
      },
    );
  return data.map((item, index) => {
    const r = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const date = (key: 'on' | 'period') =>
      typeof r[key] === 'string'
        ? cellDate(r[key] as string, { file, field: `/${index}/${key}` })
        : r[key];
    return {
      ...r,
      on: date('on'),
      ...(r.period === undefined ? {} : { period: date('period') }),
    } as TaskReport;
  });
}
