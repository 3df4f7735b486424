import { addWorkingDays, daysOff, makeUpWorkingDays } from '@ntm/deadlines';
import { parseDeadline } from '@ntm/deadlines/phrases';
import type { DeadlineRule, IsoDate } from '@ntm/domain/core';
import { addDays } from '@ntm/domain/core';
import { type Command, type Ctx, formatOption, group, leaf } from '../context.js';
import { renderTable } from '../output/table.js';
import { dateArg, intArg } from './args.js';

/**
 * A deadline rule in words, for tables.
 *
 * @example
 * ```ts
 * describeRule(ctx, rule); // 'trước ngày 2022-08-05 → hạn cuối 2022-08-04'
 * ```
 */
export function describeRule(ctx: Ctx, rule: DeadlineRule): string {
  switch (rule.kind) {
    case 'before':
      return rule.inclusive
        ? ctx.t({ vi: `đến hết ngày ${rule.date}`, en: `until the end of ${rule.date}` })
        : ctx.t({
            vi: `trước ngày ${rule.date} → hạn cuối ${addDays(rule.date, -1)}`,
            en: `before ${rule.date} → last day ${addDays(rule.date, -1)}`,
          });
    case 'by':
      return ctx.t({ vi: `chậm nhất ngày ${rule.date}`, en: `by ${rule.date}` });
    case 'within':
      return ctx.t({
        vi: `trong khoảng ${rule.start} – ${rule.end}`,
        en: `within ${rule.start} – ${rule.end}`,
      });
    case 'monthly':
      return ctx.t({ vi: `ngày ${rule.day} hằng tháng`, en: `day ${rule.day} of every month` });
    case 'quarterly':
      return ctx.t({
        vi: `ngày ${rule.day}, tháng thứ ${rule.monthOfQuarter} mỗi quý`,
        en: `day ${rule.day} of month ${rule.monthOfQuarter} of each quarter`,
      });
    case 'from':
      return ctx.t({ vi: `từ ngày ${rule.date}`, en: `from ${rule.date}` });
    case 'withinDays':
      return ctx.t({
        vi: `trong ${rule.days} ngày${rule.after ? ` kể từ ${rule.after}` : ''}`,
        en: `within ${rule.days} days${rule.after ? ` after ${rule.after}` : ''}`,
      });
    case 'withinWorkingDays':
      return ctx.t({
        vi: `trong ${rule.days} ngày làm việc${rule.after ? ` kể từ ${rule.after}` : ''}`,
        en: `within ${rule.days} working days${rule.after ? ` after ${rule.after}` : ''}`,
      });
  }
}

/**
 * `ntm deadlines …`: deadline phrases, days off and working days.
 *
 * @example
 * ```ts
 * registerDeadlines(ctx, program);
 * ```
 */
export function registerDeadlines(ctx: Ctx, program: Command): Command {
  const deadlines = group(ctx, program, 'deadlines', {
    description: {
      vi: 'hạn chót: đọc cụm từ hạn trong văn bản, ngày nghỉ, ngày làm việc',
      en: 'deadlines: phrases in directives, days off, working days',
    },
    examples: [
      {
        run: 'ntm deadlines parse "trước ngày 05/08/2022" --issued 2022-07-26',
        note: { vi: 'đọc một hạn chót', en: 'read one deadline' },
      },
    ],
  });
  leaf(ctx, deadlines, 'parse <phrase>', {
    description: {
      vi: 'đọc cụm từ hạn chót trong văn bản chỉ đạo thành quy tắc có ngày',
      en: 'read a deadline phrase from a directive into a dated rule',
    },
    examples: [
      {
        run: 'ntm deadlines parse "hoàn thiện trước ngày 01/10/2022" --issued 26/07/2022',
        note: { vi: 'hạn cuối 30/09/2022', en: 'last day 2022-09-30' },
      },
      {
        run: 'ntm deadlines parse "Ngày 30 hàng tháng, báo cáo tiến độ" --format json',
        note: { vi: 'báo cáo định kỳ', en: 'a monthly report' },
      },
    ],
  })
    .option(
      '--issued <date>',
      ctx.t({
        vi: 'ngày ban hành văn bản (cho ngày không ghi năm)',
        en: 'date the directive was issued (for dates without a year)',
      }),
      dateArg(ctx),
    )
    .option(
      '--inclusive',
      ctx.t({ vi: '"trước ngày X" vẫn tính ngày X', en: '"trước ngày X" still allows X' }),
    )
    .addOption(formatOption(ctx, ['table', 'json']))
    .action((phrase: string, opts: { issued?: IsoDate; inclusive?: boolean; format: string }) => {
      const rule = parseDeadline(phrase, {
        ...(opts.issued ? { issuedOn: opts.issued } : {}),
        ...(opts.inclusive ? { inclusive: true } : {}),
      });
      if (opts.format === 'json') {
        ctx.print(JSON.stringify(rule, null, 2));
        return;
      }
      ctx.print(
        renderTable(
          [ctx.t({ vi: 'Mục', en: 'Item' }), ctx.t({ vi: 'Giá trị', en: 'Value' })],
          [
            [ctx.t({ vi: 'Cụm từ', en: 'Phrase' }), rule.source?.text ?? phrase],
            [ctx.t({ vi: 'Loại', en: 'Kind' }), rule.kind],
            [ctx.t({ vi: 'Hạn', en: 'Deadline' }), describeRule(ctx, rule)],
            [
              ctx.t({ vi: 'Cách hiểu', en: 'Reading' }),
              `${ctx.t(rule.reading.explanation)} [${rule.reading.status}]`,
            ],
          ],
        ),
      );
    });
  leaf(ctx, deadlines, 'days-off <year>', {
    description: {
      vi: 'ngày nghỉ lễ, Tết, nghỉ bù, hoán đổi và ngày làm bù của một năm, kèm căn cứ',
      en: 'days off (holidays, Tết, compensatory, swapped) and make-up working days of a year, with their basis',
    },
    examples: [
      {
        run: 'ntm deadlines days-off 2026',
        note: { vi: 'lịch nghỉ năm 2026', en: 'days off in 2026' },
      },
      {
        run: 'ntm deadlines days-off 2020 --format json --lang en',
        note: { vi: 'dạng JSON', en: 'as JSON' },
      },
    ],
  })
    .addOption(formatOption(ctx, ['table', 'json']))
    .action((yearText: string, opts: { format: string }) => {
      const year = intArg(ctx, 1900, 2100)(yearText);
      const off = daysOff(year);
      const makeUp = makeUpWorkingDays(year);
      if (opts.format === 'json') {
        ctx.print(JSON.stringify({ year, daysOff: off, makeUpWorkingDays: makeUp }, null, 2));
        return;
      }
      const kinds: Record<string, { vi: string; en: string }> = {
        holiday: { vi: 'nghỉ lễ', en: 'holiday' },
        compensatory: { vi: 'nghỉ bù', en: 'compensatory' },
        swap: { vi: 'hoán đổi', en: 'swapped' },
        custom: { vi: 'riêng', en: 'custom' },
      };
      ctx.print(
        renderTable(
          [
            ctx.t({ vi: 'Ngày', en: 'Date' }),
            ctx.t({ vi: 'Loại', en: 'Kind' }),
            ctx.t({ vi: 'Tên', en: 'Name' }),
            ctx.t({ vi: 'Căn cứ', en: 'Basis' }),
          ],
          off.map((d) => [
            d.date,
            ctx.t(kinds[d.kind] ?? { vi: d.kind, en: d.kind }) +
              (d.provisional ? ctx.t({ vi: ' (tạm tính)', en: ' (provisional)' }) : ''),
            ctx.t(d.name),
            d.basis.map((b) => b.number).join(', '),
          ]),
        ),
      );
      if (makeUp.length > 0)
        ctx.print(
          `${ctx.t({ vi: 'Ngày làm bù', en: 'Make-up working days' })}: ${makeUp.map((m) => `${m.date}${m.swappedWith ? ` (↔ ${m.swappedWith})` : ''}`).join(', ')}`,
        );
      ctx.print(
        ctx.t({
          vi: `${off.length} ngày nghỉ (ngoài thứ Bảy, Chủ nhật).`,
          en: `${off.length} days off (besides Saturdays and Sundays).`,
        }),
      );
    });

  leaf(ctx, deadlines, 'add <date> <n>', {
    description: {
      vi: 'cộng n ngày làm việc vào một ngày (bỏ qua ngày nghỉ, tính ngày làm bù)',
      en: 'add n working days to a date (skipping days off, counting make-up days)',
    },
    examples: [
      {
        run: 'ntm deadlines add 2026-02-13 1',
        note: { vi: 'ngày làm việc đầu tiên sau Tết', en: 'first working day after Tết' },
      },
      {
        run: 'ntm deadlines add 26/07/2022 15',
        note: { vi: '15 ngày làm việc', en: '15 working days' },
      },
    ],
  }).action((dateText: string, nText: string) => {
    const date = dateArg(ctx)(dateText);
    const n = intArg(ctx, -100000, 100000)(nText);
    const result = addWorkingDays(date, n);
    ctx.print(
      ctx.t({
        vi: `${date} + ${n} ngày làm việc = ${result}`,
        en: `${date} + ${n} working days = ${result}`,
      }),
    );
  });
  return deadlines;
}
