import { toICS } from '@ntm/deadlines/ics';
import { directiveSchedule, directiveStatus, type TaskReport } from '@ntm/deadlines/phrases';
import type { Directive } from '@ntm/domain';
import { parseDirective } from '@ntm/domain';
import { expectArray, type IsoDate } from '@ntm/domain/core';
import { type Command, type Ctx, formatOption, group, leaf } from '../context.js';
import { inFile } from '../io/in-file.js';
import { readJson } from '../io/read-json.js';
import { renderTable } from '../output/table.js';
import { writeOutput } from '../output/write-file.js';
import { dateArg } from './args.js';

async function loadDirective(file: string): Promise<Directive> {
  const data = await readJson(file);
  return inFile(file, () => parseDirective(data));
}

function yearOf(directive: Directive): number {
  return directive.signed.year;
}

/**
 * `ntm directive …`: the dated schedule of a directive and the status of its tasks.
 *
 * @example
 * ```ts
 * registerDirective(ctx, program);
 * ```
 */
export function registerDirective(ctx: Ctx, program: Command): Command {
  const directive = group(ctx, program, 'directive', {
    description: {
      vi: 'văn bản chỉ đạo: lịch hạn chót, lịch ICS, tình hình thực hiện',
      en: 'directives: deadline schedule, ICS calendar, task status',
    },
    examples: [
      {
        run: 'ntm directive schedule examples/directives/lai-chau-2020.json',
        note: { vi: 'các hạn năm 2020', en: 'the 2020 deadlines' },
      },
    ],
  });
  leaf(ctx, directive, 'schedule <directive>', {
    description: {
      vi: 'liệt kê mọi hạn chót có ngày của văn bản (JSON theo schema directive), xuất lịch .ics',
      en: 'list every dated deadline of a directive (JSON, directive schema), export an .ics calendar',
    },
    examples: [
      {
        run: 'ntm directive schedule examples/directives/lai-chau-2020.json',
        note: {
          vi: 'báo cáo ngày 30 hằng tháng năm 2020',
          en: 'monthly reports on day 30 in 2020',
        },
      },
      {
        run: 'ntm directive schedule examples/directives/tuan-giao-2022.json --ics tuan-giao.ics',
        note: { vi: 'nhập vào Google Calendar/Outlook', en: 'import into Google Calendar/Outlook' },
      },
    ],
  })
    .option(
      '--from <date>',
      ctx.t({
        vi: 'từ ngày (mặc định: đầu năm ký)',
        en: 'from (default: start of the signing year)',
      }),
      dateArg(ctx),
    )
    .option(
      '--to <date>',
      ctx.t({
        vi: 'đến ngày (mặc định: cuối năm ký)',
        en: 'to (default: end of the signing year)',
      }),
      dateArg(ctx),
    )
    .option('--ics <file>', ctx.t({ vi: 'ghi lịch .ics', en: 'write an .ics calendar' }))
    .option('--force', ctx.t({ vi: 'ghi đè tệp đã có', en: 'overwrite an existing file' }))
    .addOption(formatOption(ctx, ['table', 'json']))
    .action(
      async (
        file: string,
        opts: { from?: IsoDate; to?: IsoDate; ics?: string; force?: boolean; format: string },
      ) => {
        const d = await loadDirective(file);
        const year = yearOf(d);
        const from = opts.from ?? `${year}-01-01`;
        const to = opts.to ?? `${year}-12-31`;
        const schedule = inFile(file, () => directiveSchedule(d, { from, to }));
        if (opts.ics !== undefined) {
          const events = schedule.items.map((i) => ({
            uid: `${d.id}-${i.taskId}-${i.occurrence.due}`,
            date: i.occurrence.due,
            summary: `${d.issuer.name} ${d.number ?? ''} — ${i.taskId}: ${i.action}`.slice(0, 200),
            description: `${i.deadlineText}\n${i.assignees.join('; ')}`,
          }));
          // Only the CLI reads the clock: DTSTAMP is when the file was written.
          const stamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
          const text = toICS(events, {
            stamp,
            calendarName: `${d.issuer.name} ${d.number ?? ''}`.trim(),
          });
          await writeOutput(opts.ics, text, opts.force === true ? { force: true } : {});
          ctx.print(
            ctx.t({
              vi: `Đã ghi ${opts.ics} (${events.length} sự kiện)`,
              en: `Wrote ${opts.ics} (${events.length} events)`,
            }),
          );
        }
        if (opts.format === 'json') {
          ctx.print(JSON.stringify(schedule, null, 2));
          return;
        }
        ctx.print(`${d.issuer.name} ${d.number ?? ''} — ${ctx.t(schedule.startsOnReason)}`);
        ctx.print(
          renderTable(
            [
              ctx.t({ vi: 'Việc', en: 'Task' }),
              ctx.t({ vi: 'Hạn', en: 'Due' }),
              ctx.t({ vi: 'Theo văn bản', en: 'As written' }),
              ctx.t({ vi: 'Thực hiện', en: 'Assignees' }),
            ],
            schedule.items.map((i) => [
              i.taskId,
              i.occurrence.due + (i.occurrence.moved ? ` (${i.occurrence.nominal})` : ''),
              i.deadlineText,
              i.assignees.join('; '),
            ]),
          ),
        );
        for (const p of schedule.problems) {
          ctx.finding();
          ctx.print(
            `! ${p.taskId} "${p.deadlineText}": ${p.issues.map((x) => ctx.t(x.message)).join('; ')}`,
          );
        }
        if (schedule.undated.length > 0)
          ctx.print(
            `${ctx.t({ vi: 'Việc không ghi hạn', en: 'Tasks without a deadline' })}: ${schedule.undated.join(', ')}`,
          );
      },
    );

  leaf(ctx, directive, 'status <directive>', {
    description: {
      vi: 'tình hình từng việc vào một ngày: đã xong, còn hạn, quá hạn (mã thoát 1 nếu có việc quá hạn)',
      en: 'each task on a date: done, due, overdue (exit code 1 when something is overdue)',
    },
    examples: [
      {
        run: 'ntm directive status examples/directives/tuan-giao-2022.json --as-of 2022-08-15',
        note: { vi: 'kế hoạch hạn 04/08 đã quá hạn', en: 'the plan due 2022-08-04 is overdue' },
      },
      {
        run: 'ntm directive status cv.json --as-of 15/08/2022 --reports bao-cao.json',
        note: {
          vi: 'có tệp báo cáo [{ "taskId": "3.2", "on": "2022-08-03" }]',
          en: 'with a reports file [{ "taskId": "3.2", "on": "2022-08-03" }]',
        },
      },
    ],
  })
    .requiredOption(
      '--as-of <date>',
      ctx.t({ vi: 'ngày xem xét', en: 'date of the review' }),
      dateArg(ctx),
    )
    .option(
      '--reports <file>',
      ctx.t({ vi: 'tệp JSON các báo cáo đã nhận', en: 'JSON file of the reports received' }),
    )
    .addOption(formatOption(ctx, ['table', 'json']))
    .action(async (file: string, opts: { asOf: IsoDate; reports?: string; format: string }) => {
      const d = await loadDirective(file);
      let reports: TaskReport[] = [];
      if (opts.reports !== undefined) {
        const data = await readJson(opts.reports);
        reports = inFile(opts.reports, () => expectArray(data, [])) as TaskReport[];
      }
      const reportsFile = opts.reports ?? file;
      const status = inFile(reportsFile, () => directiveStatus(d, reports, opts.asOf));
      if (status.tasks.some((t) => t.state === 'overdue')) ctx.finding();
      if (opts.format === 'json') {
        ctx.print(JSON.stringify(status, null, 2));
        return;
      }
      const states: Record<string, { vi: string; en: string }> = {
        done: { vi: 'đã xong', en: 'done' },
        due: { vi: 'còn hạn', en: 'due' },
        overdue: { vi: 'QUÁ HẠN', en: 'OVERDUE' },
        'cannot-evaluate': { vi: 'không xác định', en: 'cannot evaluate' },
      };
      ctx.print(
        `${d.issuer.name} ${d.number ?? ''} — ${ctx.t({ vi: 'ngày', en: 'as of' })} ${opts.asOf}`,
      );
      ctx.print(
        renderTable(
          [
            ctx.t({ vi: 'Việc', en: 'Task' }),
            ctx.t({ vi: 'Trạng thái', en: 'State' }),
            ctx.t({ vi: 'Hạn', en: 'Due' }),
            ctx.t({ vi: 'Giải thích', en: 'Why' }),
          ],
          status.tasks.map((t) => [
            t.taskId,
            ctx.t(states[t.state] ?? { vi: t.state, en: t.state }),
            t.dueOn ?? t.next?.due ?? '—',
            ctx.t(t.reason),
          ]),
        ),
      );
    });
  return directive;
}
