import type { IsoDate } from '@ntm/domain/core';
import { compareDates, isDomainError } from '@ntm/domain/core';
import type { AdminUnit, UnitLevel, UnitTransition } from '@ntm/domain/units';
import { ancestorsOf, findUnit, ntmRegionOf, successorsOf } from '@ntm/domain/units';
import { Option } from 'commander';
import { type Command, type Ctx, formatOption, group, leaf } from '../context.js';
import { renderTable } from '../output/table.js';
import { dateArg, todayIso } from './args.js';

/** A unit as it was on a date and what it is today. */
export interface UnitThenAndNow {
  /** The unit in force on the date asked. */
  readonly was: AdminUnit;
  /** Its parents on that date (commune → district → province). */
  readonly parents: readonly AdminUnit[];
  /** The units that cover it today (itself when unchanged). */
  readonly today: readonly {
    readonly unit: AdminUnit;
    readonly parents: readonly AdminUnit[];
    readonly via: readonly UnitTransition[];
  }[];
}

/**
 * Follows successor links from a unit on `date` to the units in force on `today`.
 *
 * @example
 * ```ts
 * thenAndNow(findUnit('Quài Nưa', { date: '2022-07-26' }), '2022-07-26', '2026-11-23');
 * ```
 */
export function thenAndNow(unit: AdminUnit, date: IsoDate, today: IsoDate): UnitThenAndNow {
  const parents = ancestorsOf(unit.code, date);
  const out: { unit: AdminUnit; parents: readonly AdminUnit[]; via: UnitTransition[] }[] = [];
  const visit = (u: AdminUnit, at: IsoDate, via: UnitTransition[], depth: number): void => {
    const ended = u.validTo !== undefined && compareDates(u.validTo, today) <= 0;
    const next = ended && depth < 6 ? successorsOf(u.code, at) : [];
    if (next.length === 0) {
      out.push({ unit: u, parents: safeAncestors(u, today), via });
      return;
    }
    for (const t of next) visit(t.unit, t.date, [...via, t], depth + 1);
  };
  visit(unit, date, [], 0);
  return { was: unit, parents, today: out };
}

/** A parent typed by name: a province first ("Lai Châu" is also a city), then any level. */
function parentCode(name: string, date: IsoDate): string {
  try {
    return findUnit(name, { date, level: 'province' }).code;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return findUnit(name, { date }).code;
  }
}

function safeAncestors(unit: AdminUnit, date: IsoDate): readonly AdminUnit[] {
  try {
    return ancestorsOf(unit.code, date);
  } catch (error) {
    if (isDomainError(error)) return [];
    throw error;
  }
}

/**
 * `ntm units …`: administrative units before and after the 2025 reform.
 *
 * @example
 * ```ts
 * registerUnits(ctx, program);
 * ```
 */
export function registerUnits(ctx: Ctx, program: Command): Command {
  const units = group(ctx, program, 'units', {
    description: {
      vi: 'đơn vị hành chính trước và sau sắp xếp 2025',
      en: 'administrative units before and after the 2025 reform',
    },
    examples: [
      {
        run: 'ntm units find "Tân Uyên" --level district --date 2020-05-15',
        note: {
          vi: 'huyện Tân Uyên năm 2020 và hôm nay',
          en: 'Tân Uyên district in 2020 and today',
        },
      },
    ],
  });
  leaf(ctx, units, 'find <name>', {
    description: {
      vi: 'tìm đơn vị theo tên hoặc mã tại một ngày, và cho biết hôm nay đơn vị đó thuộc đơn vị nào',
      en: 'find a unit by name or code on a date, and show what it is today',
    },
    examples: [
      {
        run: 'ntm units find "xã Quài Nưa" --date 26/07/2022',
        note: { vi: 'xã Quài Nưa năm 2022 → hôm nay', en: 'Quài Nưa commune in 2022 → today' },
      },
      {
        run: 'ntm units find "Tân Uyên" --level district --within "Lai Châu" --date 2020-05-15',
        note: {
          vi: 'chọn đúng "Tân Uyên" khi có nhiều đơn vị trùng tên',
          en: 'pick the right "Tân Uyên" among namesakes',
        },
      },
    ],
  })
    .option(
      '--date <date>',
      ctx.t({ vi: 'ngày tra cứu (mặc định: hôm nay)', en: 'date of the lookup (default: today)' }),
      dateArg(ctx),
    )
    .option(
      '--today <date>',
      ctx.t({
        vi: 'ngày coi là "hôm nay" (mặc định: ngày hệ thống)',
        en: 'date taken as "today" (default: the system date)',
      }),
      dateArg(ctx),
    )
    .addOption(
      new Option(
        '--level <level>',
        ctx.t({ vi: 'cấp: province, district, commune', en: 'level: province, district, commune' }),
      ).choices(['province', 'district', 'commune']),
    )
    .option(
      '--within <parent>',
      ctx.t({ vi: 'tên hoặc mã đơn vị cấp trên', en: 'name or code of the parent unit' }),
    )
    .addOption(formatOption(ctx, ['table', 'json']))
    .action(
      (
        name: string,
        opts: {
          date?: IsoDate;
          today?: IsoDate;
          level?: UnitLevel;
          within?: string;
          format: string;
        },
      ) => {
        const today = opts.today ?? todayIso();
        const date = opts.date ?? today;
        const unit = findUnit(name, {
          date,
          ...(opts.level ? { level: opts.level } : {}),
          // The library takes the parent's code; people type its name.
          ...(opts.within
            ? {
                within: /^\d+$/.test(opts.within.trim())
                  ? opts.within.trim()
                  : parentCode(opts.within, date),
              }
            : {}),
        });
        const result = thenAndNow(unit, date, today);
        let region: string | undefined;
        try {
          const r = ntmRegionOf(unit.code, date);
          region = `${r.region} — ${ctx.t(r.reason)}`;
        } catch (error) {
          if (!isDomainError(error)) throw error;
        }
        if (opts.format === 'json') {
          ctx.print(
            JSON.stringify(
              { date, asOf: today, ...result, ...(region ? { ntmRegion: region } : {}) },
              null,
              2,
            ),
          );
          return;
        }
        ctx.print(
          renderTable(
            [ctx.t({ vi: 'Mục', en: 'Item' }), ctx.t({ vi: 'Giá trị', en: 'Value' })],
            unitRows(ctx, result, date, today, region),
          ),
        );
      },
    );
  return units;
}

/**
 * The rows of the "then and today" table, shared with the seed report.
 *
 * @example
 * ```ts
 * renderTable(['', ''], unitRows(ctx, result, '2020-05-15', '2026-11-23'));
 * ```
 */
export function unitRows(
  ctx: Ctx,
  r: UnitThenAndNow,
  date: IsoDate,
  today: IsoDate,
  region?: string,
): [string, string][] {
  const chain = (u: AdminUnit, parents: readonly AdminUnit[]): string =>
    [u.fullName, ...parents.filter((p) => p.code !== u.code).map((p) => p.fullName)].join(', ');
  const rows: [string, string][] = [
    [
      ctx.t({ vi: `Ngày ${date}`, en: `On ${date}` }),
      `${chain(r.was, r.parents)} (${ctx.t({ vi: 'mã', en: 'code' })} ${r.was.code})`,
    ],
    [ctx.t({ vi: 'Hiệu lực', en: 'Valid' }), `${r.was.validFrom ?? '…'} → ${r.was.validTo ?? '…'}`],
  ];
  if (region) rows.push([ctx.t({ vi: 'Vùng NTM', en: 'NTM region' }), region]);
  for (const t of r.today) {
    const via = t.via.map((v) => `${ctx.t(v.reason)} (${v.basis.number}, ${v.date})`).join('; ');
    rows.push([
      ctx.t({ vi: `Hôm nay (${today})`, en: `Today (${today})` }),
      `${chain(t.unit, t.parents)} (${ctx.t({ vi: 'mã', en: 'code' })} ${t.unit.code})${via ? `\n${via}` : ''}`,
    ]);
  }
  return rows;
}
