import { DAY_OFF_KIND_LABELS, daysOff, makeUpWorkingDays, NATIONAL_CALENDAR } from '@ntm/deadlines';
import { type Command, type Ctx, leaf } from '../../context.js';
import { type OutputOptions, outputOptions, writeResult } from '../../output/destination.js';
import { columns, type Row } from '../../output/report.js';
import { wholeNumberArg } from '../args.js';
import { HELP } from '../help-texts.js';

/**
 * `ntm deadlines days-off <year>`: the days off and make-up working days of a year, with their legal basis.
 *
 * @example
 * ```ts
 * registerDaysOff(ctx, deadlines);
 * ```
 */
export function registerDaysOff(ctx: Ctx, deadlines: Command): Command {
  const { firstYear, lastYear } = NATIONAL_CALENDAR;
  return outputOptions(
    ctx,
    leaf(ctx, deadlines, 'days-off', HELP['deadlines days-off']).argument(
      '<year>',
      ctx.t({
        vi: `năm, từ ${firstYear} đến ${lastYear}`,
        en: `year, ${firstYear} to ${lastYear}`,
      }),
      wholeNumberArg(firstYear, lastYear),
    ),
  ).action(async (year: number, opts: OutputOptions) => {
    const off = daysOff(year);
    const makeUp = makeUpWorkingDays(year);
    const rows: { date: string; row: Row }[] = [
      ...off.map((d) => ({
        date: d.date,
        row: [
          d.date,
          ctx.t(DAY_OFF_KIND_LABELS[d.kind]),
          ctx.t(d.name),
          d.basis.map((b) => b.number).join('; '),
          d.provisional
            ? ctx.t({
                vi: 'tạm tính: năm chưa có lịch chính thức',
                en: 'provisional: no official schedule yet',
              })
            : '',
        ] as Row,
      })),
      ...makeUp.map((m) => ({
        date: m.date,
        row: [
          m.date,
          ctx.t({ vi: 'đi làm bù', en: 'make-up working day' }),
          m.swappedWith
            ? `${ctx.t(m.name)} — ${ctx.t({ vi: 'thay cho', en: 'instead of' })} ${ctx.date(m.swappedWith)}`
            : ctx.t(m.name),
          m.basis.map((b) => b.number).join('; '),
          '',
        ] as Row,
      })),
    ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    await writeResult(ctx, opts, {
      fileName: () => `ngay-nghi-${year}.xlsx`,
      json: () => ({ year, daysOff: off, makeUpWorkingDays: makeUp }),
      report: () => ({
        sheets: [
          {
            name: { vi: `Ngày nghỉ ${year}`, en: `Days off ${year}` },
            columns: columns([
              ['Ngày', 'Date', 12, 'date'],
              ['Loại', 'Kind', 16],
              ['Tên', 'Name', 40],
              ['Căn cứ', 'Basis', 40],
              ['Ghi chú', 'Note', 30],
            ]),
            rows: rows.map((r) => r.row),
          },
        ],
        notes: () => [
          ctx.t({
            vi: `${off.length} ngày nghỉ ngoài thứ Bảy, Chủ nhật; ${makeUp.length} ngày đi làm bù.`,
            en: `${off.length} days off besides Saturdays and Sundays; ${makeUp.length} make-up working days.`,
          }),
        ],
      }),
    });
  });
}
