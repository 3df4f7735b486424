import type { IsoDate } from '@ntm/domain/core';
import { isDomainError } from '@ntm/domain/core';
import type { AdminUnit, UnitLevel } from '@ntm/domain/units';
import { type Command, type Ctx, leaf } from '../../context.js';
import { type OutputOptions, outputOptions, writeResult } from '../../output/destination.js';
import { itemSheet } from '../../output/report.js';
import { HELP } from '../help-texts.js';
import { thenAndNow, type UnitThenAndNow } from './then-and-now.js';

/** The administrative-units entry, loaded when the command runs. */
type Units = typeof import('@ntm/domain/units');

interface FindOptions extends OutputOptions {
  readonly date?: IsoDate;
  readonly today?: IsoDate;
  readonly level?: UnitLevel;
  readonly within?: string;
}

/**
 * `ntm units find <name>`: a unit by name or code, on a date or at any time, and what covers it today.
 *
 * @example
 * ```ts
 * registerFind(ctx, units);
 * ```
 */
export function registerFind(ctx: Ctx, units: Command): Command {
  return outputOptions(ctx, leaf(ctx, units, 'find', HELP['units find'])).action(
    async (name: string, opts: FindOptions) => {
      // The units dataset is the largest part of the SDK: loaded only by this command.
      const units = await import('@ntm/domain/units');
      const today = opts.today ?? ctx.today();
      const results = lookUp(units, name, opts, today).map((r) =>
        thenAndNow(units, r.unit, r.date, today),
      );
      const json = () => {
        const list = results.map((r) => ({
          ...r,
          asOf: today,
          ntmRegion: region(ctx, units, r.was, r.date),
        }));
        return list.length === 1 ? list[0] : list;
      };
      await writeResult(ctx, opts, {
        fileName: () => 'don-vi.xlsx',
        json,
        report: () => ({
          sheets: [
            itemSheet(
              { vi: 'Đơn vị', en: 'Units' },
              results.flatMap((r) => lines(ctx, r, today)),
              [
                ['Thời điểm', 'When', 16, (l) => l.when],
                ['Đơn vị', 'Unit', 50, (l) => [l.unit.fullName, ...l.parents].join(', ')],
                ['Mã', 'Code', 8, (l) => l.unit.code],
                ['Hiệu lực từ', 'In force from', 12, (l) => l.unit.validFrom ?? null, 'date'],
                ['Hiệu lực đến', 'In force until', 12, (l) => l.unit.validTo ?? null, 'date'],
                ['Thay đổi', 'Change', 60, (l) => l.change],
              ],
            ),
          ],
          notes: () =>
            results.flatMap((r) => {
              const text = region(ctx, units, r.was, r.date);
              return text
                ? [`${ctx.t({ vi: 'Vùng NTM', en: 'NTM region' })} (${r.was.fullName}): ${text}`]
                : [];
            }),
        }),
      });
    },
  );
}

/**
 * The unit(s) asked for, each with the date to look at. Without `--date`, a unit that no longer exists is an answer,
 * not an error: it is shown on its last day, with what replaced it.
 */
function lookUp(
  units: Units,
  name: string,
  opts: FindOptions,
  today: IsoDate,
): { unit: AdminUnit; date: IsoDate }[] {
  const find = (date: IsoDate): AdminUnit =>
    units.findUnit(name, {
      date,
      ...(opts.level ? { level: opts.level } : {}),
      ...(opts.within ? { within: parentCode(units, opts.within, date) } : {}),
    });
  if (opts.date !== undefined) return [{ unit: find(opts.date), date: opts.date }];
  try {
    return [{ unit: find(today), date: today }];
  } catch (error) {
    if (!isDomainError(error) || error.issues[0]?.code !== 'units/not-in-force') throw error;
    // Unit ids are `<level>:<code>@-<last day>` for units that ended (documented on AdminUnit.id).
    const candidates = (error.issues[0]?.params?.candidates ?? []) as readonly string[];
    const ended = candidates.flatMap((id) => {
      const last = /@-(\d{4}-\d{2}-\d{2})$/.exec(id)?.[1] as IsoDate | undefined;
      return last === undefined ? [] : [last];
    });
    if (ended.length === 0) throw error;
    return [...new Set(ended)].map((date) => ({ unit: find(date), date }));
  }
}

/** A parent typed by name: a province first ("Lai Châu" is also a city), then any level; a code as it is. */
function parentCode(units: Units, text: string, date: IsoDate): string {
  if (/^\d+$/.test(text.trim())) return text.trim();
  try {
    return units.findUnit(text, { date, level: 'province' }).code;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return units.findUnit(text, { date }).code;
  }
}

function region(ctx: Ctx, units: Units, unit: AdminUnit, date: IsoDate): string | undefined {
  try {
    const r = units.ntmRegionOf(unit.code, date);
    return `${r.region} — ${ctx.text(r.reason)}`;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return undefined;
  }
}

/** A line of the units table: a unit at a moment, the names of the units above it, and how it came to be. */
interface UnitLine {
  readonly when: string;
  readonly unit: AdminUnit;
  readonly parents: readonly string[];
  readonly change: string;
}

/** The unit on the date asked for, then each unit that covers it today (unless it is the same, unchanged). */
function lines(ctx: Ctx, r: UnitThenAndNow, today: IsoDate): UnitLine[] {
  const above = (u: AdminUnit, parents: readonly AdminUnit[]): string[] =>
    parents.filter((p) => p.code !== u.code).map((p) => p.fullName);
  const out: UnitLine[] = [
    {
      when: r.date === today ? ctx.t({ vi: 'Hôm nay', en: 'Today' }) : ctx.date(r.date),
      unit: r.was,
      parents: above(r.was, r.parents),
      change: '',
    },
  ];
  for (const t of r.today) {
    if (t.via.length === 0 && t.unit.id === r.was.id) continue;
    out.push({
      when: `${ctx.t({ vi: 'Hôm nay', en: 'Today' })} (${ctx.date(today)})`,
      unit: t.unit,
      parents: above(t.unit, t.parents),
      change: t.via
        .map(
          (v) =>
            `${ctx.t({ vi: 'từ', en: 'from' })} ${ctx.date(v.date)}: ${ctx.text(v.reason)} (${v.basis.number})`,
        )
        .join('\n'),
    });
  }
  return out;
}
