import {
  evaluateCommune,
  localizeCriteriaSet,
  type NtmCommuneEvaluation,
  resolveCriteriaSet,
  roadmap,
  summarize,
} from '@ntm/criteria';
import { NTM_CRITERIA_SETS } from '@ntm/criteria/sets';
import type { NtmCriteriaSet, ProvinceCriteriaConfig } from '@ntm/domain';
import { parseProvinceCriteriaConfig } from '@ntm/domain';
import type { IsoDate } from '@ntm/domain/core';
import { isDomainError } from '@ntm/domain/core';
import { Option } from 'commander';
import { CliError, inputFail, inputIssue, usageFail } from '../cli-error.js';
import { type Command, type Ctx, formatOption, group, leaf } from '../context.js';
import { readJson } from '../io/read-json.js';
import { formatOf, readTable } from '../io/read-table.js';
import { createProgress } from '../output/progress.js';
import { renderTable } from '../output/table.js';
import { dateArg, todayIso } from './args.js';
import { forRow, readCommunes } from './communes-file.js';

/** Options shared by the commands that read a communes file. */
interface CommunesOptions {
  readonly set: string;
  readonly provinceConfig?: string;
  readonly date?: IsoDate;
  readonly sheet?: string;
  readonly format: string;
}

/**
 * The national set by id, or the one in force on a date (`auto`).
 *
 * @example
 * ```ts
 * pickSet('auto', '2022-07-26').id; // 'XA_2021_2025'
 * ```
 */
export function pickSet(id: string, date: string): NtmCriteriaSet {
  if (id !== 'auto') {
    const set = NTM_CRITERIA_SETS.find((s) => s.id.toLowerCase() === id.toLowerCase());
    if (set === undefined)
      usageFail({
        vi: `không có bộ tiêu chí "${id}"; có: auto, ${NTM_CRITERIA_SETS.map((s) => s.id).join(', ')}`,
        en: `no criteria set "${id}"; available: auto, ${NTM_CRITERIA_SETS.map((s) => s.id).join(', ')}`,
      });
    return set;
  }
  return resolveCriteriaSet({ level: 'xa', date }, NTM_CRITERIA_SETS);
}

/** A JSON pointer (RFC 6901) for a path, as editors show it. */
function pointer(path: readonly (string | number)[]): string {
  return `/${path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

/** Reads a province configuration and applies it to a national set; errors name the file and JSON pointer. */
async function localize(file: string, national: NtmCriteriaSet): Promise<NtmCriteriaSet> {
  const data = await readJson(file);
  try {
    const config: ProvinceCriteriaConfig = parseProvinceCriteriaConfig(data);
    return localizeCriteriaSet(national, config);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new CliError(
      error.issues.map((i) => inputIssue(i.code, i.message, { file, field: pointer(i.path) })),
    );
  }
}

async function evaluateFile(
  ctx: Ctx,
  file: string,
  opts: CommunesOptions,
): Promise<{ set: NtmCriteriaSet; evaluations: NtmCommuneEvaluation[] }> {
  if (formatOf(file) === 'json')
    inputFail(
      'cli/unsupported-format',
      {
        vi: 'dùng tệp .csv hoặc .xlsx (tạo mẫu: ntm init communes)',
        en: 'use a .csv or .xlsx file (template: ntm init communes)',
      },
      { file },
    );
  const table = await readTable(file, opts.sheet === undefined ? {} : { sheet: opts.sheet });
  const cache = new Map<string, NtmCriteriaSet>();
  const setFor = async (year: number): Promise<NtmCriteriaSet> => {
    const date = opts.date ?? `${year}-12-31`;
    const national = pickSet(opts.set, date);
    const key = national.id;
    let set = cache.get(key);
    if (set === undefined) {
      set =
        opts.provinceConfig === undefined
          ? national
          : await localize(opts.provinceConfig, national);
      cache.set(key, set);
    }
    return set;
  };
  // The set of the first row decides the columns; every row is then checked against it.
  const yearCol = table.headers.findIndex((h) => /^(năm|nam|year)$/i.test(h.trim()));
  // Without a year column, this year in Vietnam (not in the machine's time zone).
  const firstYearValue = Number(table.rows[0]?.cells[yearCol] ?? todayIso().slice(0, 4));
  const set = await setFor(Number.isInteger(firstYearValue) ? firstYearValue : 2022);
  const rows = await readCommunes(table, set);
  const progress = createProgress(
    rows.length,
    ctx.t({ vi: 'Đánh giá xã', en: 'Evaluating communes' }),
  );
  const evaluations = rows.map((row) => {
    const e = forRow(table.file, row, () =>
      evaluateCommune(set, row.facts, {
        year: row.year,
        region: row.facts.region,
        communeGroup: row.facts.communeGroup,
        commune: row.facts.commune,
      }),
    );
    progress.tick();
    return e;
  });
  progress.done();
  return { set, evaluations };
}

function communesOptions(ctx: Ctx, cmd: Command): Command {
  return cmd
    .option(
      '--set <id>',
      ctx.t({
        vi: 'bộ tiêu chí (mã) hoặc auto = bộ có hiệu lực',
        en: 'criteria set id, or auto = the set in force',
      }),
      'auto',
    )
    .option(
      '--province-config <file>',
      ctx.t({
        vi: 'cấu hình tiêu chí của tỉnh (JSON)',
        en: "the province's criteria configuration (JSON)",
      }),
    )
    .option(
      '--date <date>',
      ctx.t({
        vi: 'ngày chọn bộ tiêu chí (mặc định: cuối năm đánh giá)',
        en: 'date that selects the set (default: end of the year evaluated)',
      }),
      dateArg(ctx),
    )
    .option('--sheet <name>', ctx.t({ vi: 'tên trang tính (XLSX)', en: 'sheet name (XLSX)' }));
}

/** A fact value for people: yes/no words for booleans. */
function show(ctx: Ctx, value: number | boolean): string {
  if (typeof value === 'boolean')
    return value ? ctx.t({ vi: 'có', en: 'yes' }) : ctx.t({ vi: 'không', en: 'no' });
  return String(value);
}

const OUTCOME = {
  met: { vi: 'đạt chuẩn', en: 'met' },
  'not-met': { vi: 'chưa đạt', en: 'not met' },
  'cannot-evaluate': { vi: 'chưa đủ dữ liệu', en: 'cannot evaluate' },
} as const;

/**
 * `ntm criteria …`: evaluate communes, summarise, plan, check a province configuration.
 *
 * @example
 * ```ts
 * registerCriteria(ctx, program);
 * ```
 */
export function registerCriteria(ctx: Ctx, program: Command): Command {
  const criteria = group(ctx, program, 'criteria', {
    description: {
      vi: 'tiêu chí xã nông thôn mới: đánh giá, tổng hợp, lộ trình, cấu hình tỉnh',
      en: 'NTM commune criteria: evaluate, summarise, plan, province configuration',
    },
    examples: [
      {
        run: 'ntm criteria evaluate xa.csv --province-config examples/province-config/dien-bien.json',
        note: {
          vi: 'đánh giá theo cấu hình Điện Biên',
          en: 'evaluate with the Điện Biên configuration',
        },
      },
    ],
  });

  communesOptions(
    ctx,
    leaf(ctx, criteria, 'evaluate <communes>', {
      description: {
        vi: 'đánh giá từng xã (.csv/.xlsx): số tiêu chí đạt, kết quả, chỉ tiêu còn thiếu',
        en: 'evaluate each commune (.csv/.xlsx): criteria met, outcome, gaps',
      },
      examples: [
        {
          run: 'ntm criteria evaluate examples/cli-tour/data/xa-tuan-giao.csv',
          note: { vi: 'số liệu minh hoạ', en: 'illustrative values' },
        },
        {
          run: 'ntm criteria evaluate xa.xlsx --set XA_2021_2025 --format json',
          note: { vi: 'kết quả đầy đủ dạng JSON', en: 'full results as JSON' },
        },
      ],
    }),
  )
    .addOption(formatOption(ctx, ['table', 'json']))
    .action(async (file: string, opts: CommunesOptions) => {
      const { set, evaluations } = await evaluateFile(ctx, file, opts);
      if (opts.format === 'json') {
        ctx.print(JSON.stringify(evaluations, null, 2));
        return;
      }
      ctx.print(`${set.id} — ${ctx.t(set.title)} (${set.basis.number})`);
      ctx.print(
        renderTable(
          [
            ctx.t({ vi: 'Xã', en: 'Commune' }),
            ctx.t({ vi: 'Năm', en: 'Year' }),
            ctx.t({ vi: 'Đạt', en: 'Met' }),
            ctx.t({ vi: 'Kết quả', en: 'Outcome' }),
            ctx.t({ vi: 'Mức của tỉnh', en: 'Provincial level' }),
            ctx.t({ vi: 'Còn thiếu', en: 'Gaps' }),
          ],
          evaluations.map((e) => [
            e.commune?.name ?? '',
            e.year,
            `${e.criteriaMet}/${e.criteriaTotal}`,
            ctx.t(OUTCOME[e.outcome]),
            e.provincial
              ? `${ctx.t(e.provincial.level.name)}${e.provincial.illustrative ? ctx.t({ vi: ' (minh hoạ)', en: ' (illustrative)' }) : ''}`
              : '—',
            e.gaps
              .slice(0, 6)
              .map(
                (g) =>
                  `${g.indicator}: ${show(ctx, g.value)}→${show(ctx, g.needed)}${typeof g.needed === 'number' ? (g.unit ?? '') : ''}`,
              )
              .join('; ') + (e.gaps.length > 6 ? ` (+${e.gaps.length - 6})` : ''),
          ]),
        ),
      );
      const missing = new Set(
        evaluations.flatMap((e) => e.missingThresholds.map((m) => m.indicator)),
      );
      if (missing.size > 0)
        ctx.print(
          ctx.t({
            vi: `Chỉ tiêu chưa có ngưỡng (cần cấu hình tỉnh): ${[...missing].join(', ')}`,
            en: `Indicators without a threshold (need a province configuration): ${[...missing].join(', ')}`,
          }),
        );
      if (evaluations.some((e) => e.illustrative))
        ctx.print(
          ctx.t({
            vi: 'Có kết quả dùng quy tắc minh hoạ, không phải quy định chính thức.',
            en: 'Some results use illustrative rules, not official ones.',
          }),
        );
    });

  communesOptions(
    ctx,
    leaf(ctx, criteria, 'summary <communes>', {
      description: {
        vi: 'tổng hợp số xã đạt chuẩn theo huyện, tỉnh, năm mục tiêu; số xã dưới 15 tiêu chí',
        en: 'count communes meeting the standard by district, province, target year; communes under 15 criteria',
      },
      examples: [
        {
          run: 'ntm criteria summary xa.csv --by district',
          note: { vi: '"huyện X: a/b xã đạt chuẩn"', en: '"district X: a/b communes met"' },
        },
      ],
    }),
  )
    .addOption(
      new Option('--by <field>', ctx.t({ vi: 'nhóm theo', en: 'group by' }))
        .choices(['district', 'province', 'targetYear', 'year'])
        .default('district'),
    )
    .addOption(formatOption(ctx, ['table', 'json']))
    .action(
      async (
        file: string,
        opts: CommunesOptions & { by: 'district' | 'province' | 'targetYear' | 'year' },
      ) => {
        const { evaluations } = await evaluateFile(ctx, file, opts);
        const s = summarize(evaluations, { by: opts.by });
        if (opts.format === 'json') {
          ctx.print(JSON.stringify(s, null, 2));
          return;
        }
        ctx.print(
          renderTable(
            [
              ctx.t({ vi: 'Nhóm', en: 'Group' }),
              ctx.t({ vi: 'Số xã', en: 'Communes' }),
              ctx.t({ vi: 'Đạt chuẩn', en: 'Met' }),
              ctx.t({ vi: 'Chưa đạt', en: 'Not met' }),
              ctx.t({ vi: 'Chưa đủ dữ liệu', en: 'Cannot evaluate' }),
              ctx.t({ vi: 'Dưới 15 tiêu chí', en: 'Under 15 criteria' }),
              ctx.t({ vi: 'Tóm tắt', en: 'Summary' }),
            ],
            [...s.groups, s.total].map((g) => [
              g.key,
              g.communes,
              g.met,
              g.notMet,
              g.cannotEvaluate,
              g.below,
              ctx.t(g.label),
            ]),
          ),
        );
      },
    );

  communesOptions(
    ctx,
    leaf(ctx, criteria, 'roadmap <communes>', {
      description: {
        vi: 'lộ trình từng xã đến năm mục tiêu (cột "Năm mục tiêu"): tiêu chí còn thiếu, kế hoạch theo năm',
        en: 'each commune\'s path to its target year ("Năm mục tiêu" column): criteria missing, year-by-year plan',
      },
      examples: [
        {
          run: 'ntm criteria roadmap examples/cli-tour/data/xa-tuan-giao.csv',
          note: {
            vi: 'các xã Quài phấn đấu đạt chuẩn 2023',
            en: 'the Quài communes targeting 2023',
          },
        },
      ],
    }),
  )
    .addOption(formatOption(ctx, ['table', 'json']))
    .action(async (file: string, opts: CommunesOptions) => {
      const { evaluations } = await evaluateFile(ctx, file, opts);
      const byYear: Record<string, NtmCommuneEvaluation[]> = {};
      for (const e of evaluations) {
        const list = byYear[String(e.year)] ?? [];
        list.push(e);
        byYear[String(e.year)] = list;
      }
      const targets = [
        ...new Map(
          evaluations
            .filter((e) => e.commune?.targetYear !== undefined)
            .map((e) => [e.commune!.id, { commune: e.commune!.id, year: e.commune!.targetYear! }]),
        ).values(),
      ];
      if (targets.length === 0)
        inputFail(
          'cli/no-targets',
          {
            vi: 'không xã nào có "Năm mục tiêu"',
            en: 'no commune has a "Năm mục tiêu" (target year)',
          },
          { file },
        );
      const plans = roadmap(byYear, targets);
      if (opts.format === 'json') {
        ctx.print(JSON.stringify(plans, null, 2));
        return;
      }
      ctx.print(
        renderTable(
          [
            ctx.t({ vi: 'Xã', en: 'Commune' }),
            ctx.t({ vi: 'Mục tiêu', en: 'Target' }),
            ctx.t({ vi: 'Tình trạng', en: 'Status' }),
            ctx.t({ vi: 'Còn thiếu', en: 'Missing' }),
            ctx.t({ vi: 'Kế hoạch', en: 'Plan' }),
          ],
          plans.map((p) => [
            p.commune.name,
            p.target.year,
            p.status,
            p.remaining.map((r) => r.criterion).join(', ') || '—',
            p.plan.map((s) => `${s.year}: ${s.criteria.join(', ')}`).join('\n') || '—',
          ]),
        ),
      );
    });

  leaf(ctx, criteria, 'check-config <province-config>', {
    description: {
      vi: 'kiểm tra cấu hình tiêu chí của tỉnh so với mức sàn quốc gia (tệp, JSON pointer, thông báo vi/en)',
      en: "check a province's criteria configuration against the national floor (file, JSON pointer, vi/en message)",
    },
    examples: [
      {
        run: 'ntm criteria check-config examples/province-config/dien-bien.json',
        note: { vi: 'cấu hình minh hoạ Điện Biên', en: 'the illustrative Điện Biên configuration' },
      },
      {
        run: 'ntm criteria check-config tinh.json --set XA_2021_2025 --lang en',
        note: { vi: 'chỉ định bộ tiêu chí', en: 'name the set' },
      },
    ],
  })
    .option(
      '--set <id>',
      ctx.t({
        vi: 'bộ tiêu chí quốc gia (mặc định: baseSetId trong tệp)',
        en: 'national set (default: baseSetId in the file)',
      }),
    )
    .action(async (file: string, opts: { set?: string }) => {
      const data = (await readJson(file)) as { baseSetId?: unknown };
      const setId = opts.set ?? (typeof data?.baseSetId === 'string' ? data.baseSetId : undefined);
      if (setId === undefined)
        usageFail({
          vi: 'tệp không có "baseSetId"; thêm --set <mã bộ>',
          en: 'the file has no "baseSetId"; add --set <set id>',
        });
      const national = pickSet(setId, '2022-01-01');
      try {
        const local = await localize(file, national);
        ctx.print(
          ctx.t({
            vi: `✔ ${file}: hợp lệ so với ${national.id} (${national.basis.number})`,
            en: `✔ ${file}: valid against ${national.id} (${national.basis.number})`,
          }),
        );
        const count = local.criteria.reduce((n, c) => n + c.indicators.length, 0);
        ctx.print(
          ctx.t({
            vi: `  ${local.criteria.length} tiêu chí, ${count} chỉ tiêu sau khi áp dụng cấu hình tỉnh.`,
            en: `  ${local.criteria.length} criteria, ${count} indicators after the province configuration.`,
          }),
        );
      } catch (error) {
        if (error instanceof CliError) {
          ctx.finding();
          for (const issue of error.issues) ctx.print(`✖ ${ctx.t(issue.message)} [${issue.code}]`);
          return;
        }
        throw error;
      }
    });
  return criteria;
}
