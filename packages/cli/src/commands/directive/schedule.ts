import {
  DEADLINE_RULE_LABELS,
  type DirectiveSchedule,
  directiveSchedule,
  OCCURRENCE_KIND_LABELS,
} from '@ntm/deadlines/phrases';
import type { Directive } from '@ntm/domain';
import type { IsoDate } from '@ntm/domain/core';
import type { Command, Ctx } from '../../context.js';
import { inJsonFile } from '../../io/plain-issues.js';
import {
  createFile,
  type OutputFormat,
  type OutputOptions,
  outputOptions,
  TABLE_FORMATS,
  writeResult,
} from '../../output/destination.js';
import { directiveCalendar } from '../../output/directive-calendar.js';
import { itemSheet } from '../../output/report.js';
import { directiveLeaf, directiveTitle, loadDirective } from './load.js';

const FORMATS: readonly OutputFormat[] = [...TABLE_FORMATS, 'ics'];

interface ScheduleOptions extends OutputOptions {
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  readonly ics?: string;
}

/**
 * `ntm directive schedule <directive>`: every deadline of a directive with its date, recurring reports and starts
 * shown as such; an ICS calendar of the deadlines.
 *
 * @example
 * ```ts
 * registerSchedule(ctx, directive);
 * ```
 */
export function registerSchedule(ctx: Ctx, directive: Command): Command {
  return outputOptions(ctx, directiveLeaf(ctx, directive, 'schedule')).action(
    async (file: string, opts: ScheduleOptions) => {
      const d = await loadDirective(ctx, file);
      const year = d.signed.year;
      const schedule = inJsonFile(file, () =>
        directiveSchedule(d, {
          from: opts.from ?? `${year}-01-01`,
          to: opts.to ?? `${year}-12-31`,
        }),
      );
      await writeResult(ctx, opts, {
        formats: FORMATS,
        fileName: (format) => `${d.id}.${format}`,
        json: () => schedule,
        other: (dest) => dest.write(calendarNow(d, schedule)),
        report: () => ({
          title: [`${directiveTitle(ctx, d)} — ${ctx.text(schedule.startsOnReason)}`],
          sheets: [
            itemSheet({ vi: 'Lịch hạn', en: 'Schedule' }, schedule.items, [
              ['Việc', 'Task', 6, (i) => i.taskId],
              ['Loại', 'Kind', 18, (i) => kindText(ctx, i)],
              ['Ngày', 'Date', 12, (i) => i.occurrence.due, 'date'],
              ['Theo văn bản', 'As written', 50, (i) => i.deadlineText],
              ['Thực hiện', 'Assignees', 30, (i) => i.assignees.join('; ')],
              ['Ghi chú', 'Note', 40, (i) => movedNote(ctx, i)],
            ]),
          ],
          notes: () => notes(ctx, schedule),
        }),
      });
      if (opts.ics !== undefined) {
        const sink = await createFile(ctx, opts.ics, opts.force === true);
        await sink.write(calendarNow(d, schedule));
        await sink.close();
        ctx.print(ctx.t({ vi: `Đã ghi ${opts.ics}`, en: `Wrote ${opts.ics}` }));
      }
    },
  );
}

type ScheduleItem = DirectiveSchedule['items'][number];

/** A deadline's kind: a start, or a due date, recurring or not. */
function kindText(ctx: Ctx, i: ScheduleItem): string {
  return i.occurrence.kind === 'start'
    ? ctx.t({ vi: 'bắt đầu (không có hạn)', en: 'start (no deadline)' })
    : `${ctx.t(OCCURRENCE_KIND_LABELS.due)}${i.recurring ? ` ${ctx.t(DEADLINE_RULE_LABELS[i.rule.kind])}` : ''}`;
}

/** Why a due date differs from the one written: it fell on a day off. */
function movedNote(ctx: Ctx, i: ScheduleItem): string {
  return i.occurrence.moved
    ? ctx.t({
        vi: `văn bản ghi ${ctx.date(i.occurrence.nominal)} (ngày nghỉ), chuyển sang ngày làm việc tiếp theo`,
        en: `written as ${ctx.date(i.occurrence.nominal)} (a day off), moved to the next working day`,
      })
    : '';
}

function notes(ctx: Ctx, schedule: DirectiveSchedule): string[] {
  const out: string[] = [];
  for (const p of schedule.problems) {
    ctx.finding();
    out.push(
      `! ${p.taskId} "${p.deadlineText}": ${p.issues.map((x) => ctx.text(x.message)).join('; ')}`,
    );
  }
  const starts = schedule.items.filter((i) => i.occurrence.kind === 'start').map((i) => i.taskId);
  if (starts.length > 0)
    out.push(
      ctx.t({
        vi: `Việc bắt đầu từ một ngày, không có hạn (không đưa vào lịch .ics): ${starts.join(', ')}`,
        en: `Tasks that start on a day and have no deadline (left out of the .ics calendar): ${starts.join(', ')}`,
      }),
    );
  if (schedule.undated.length > 0)
    out.push(
      `${ctx.t({ vi: 'Việc không ghi hạn', en: 'Tasks without a deadline' })}: ${schedule.undated.join(', ')}`,
    );
  return out;
}

/** The calendar stamped now: only the command line reads the clock (DTSTAMP is when the file was written). */
function calendarNow(d: Directive, schedule: DirectiveSchedule): string {
  return directiveCalendar(d, schedule, new Date().toISOString().replace(/\.\d+Z$/, 'Z'));
}
